import type { BrowserContext } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';
import { FIRM_ADMIN } from './support/demo';
import { signIn } from './support/session';

/**
 * Expressions of interest on the real platform, as one story: a Stuttgart firm answers a
 * Daegu firm's open need with a message and an approach (checked live); the need's owner, who
 * reads Korean, finds it on the board among the demo interests, compares two side by side and
 * shortlists it by keyboard; the firm's "My interests" page shows the answer.
 */
const visitor = visitorPerTest('en-GB');

/** ORG_ADMIN of (주)성서정밀, owner of the demo need below; reads Korean. */
const OWNER = { email: 'ceo.seongseo@spillover.demo', displayName: '김민준' };
const NEED_TITLE = '전기차 조향 너클 알루미늄 경량화를 위한 단조품 정밀가공 변형 제어 기술';

let needPath = '';
let reached = 0;
const requireScenario = (step: number) => {
  if (reached < step) throw new Error(`Scenario ${step} did not complete; this one builds on it.`);
};

/** The demo need's page, found through the directory as a visitor's script would. */
async function needPathOf(context: BrowserContext): Promise<string> {
  const response = await context.request.post('/graphql', {
    data: {
      query: `query { organizations(first: 1, filter: { query: "성서정밀" }) { edges { node { name technologyNeeds(first: 10) { edges { node { id title } } } } } } }`,
    },
  });
  const answer = (await response.json()) as {
    data?: {
      organizations: {
        edges: {
          node: { technologyNeeds: { edges: { node: { id: string; title: string } }[] } };
        }[];
      };
    };
  };
  const need = answer.data?.organizations.edges
    .flatMap((edge) => edge.node.technologyNeeds.edges)
    .find((edge) => edge.node.title === NEED_TITLE);
  if (!need) throw new Error(`demo need not found: ${JSON.stringify(answer)}`);
  return `/needs/${need.node.id}`;
}

describe('expressions of interest', () => {
  test('1. a firm answers an open need; the message is checked as it is typed', async () => {
    const context = visitor();
    const page = await context.newPage();
    // Asked before signing in: a PUBLIC need, and a signed-in request would need the CSRF token.
    needPath = await needPathOf(context);
    await signIn(page, FIRM_ADMIN.email);
    await page.goto(needPath);
    await page.getByRole('heading', { level: 1, name: NEED_TITLE }).waitFor();
    const section = page.getByRole('region', { name: 'Expressions of interest' });
    await section.getByRole('button', { name: `Express interest in “${NEED_TITLE}”` }).click();
    const form = section.getByRole('form', { name: `Expression of interest in “${NEED_TITLE}”` });
    const message = form.getByRole('textbox', { name: /^Message to the owner/ });
    await message.fill('Too short');
    await message.blur();
    await form.getByText('Write a message of at least 10 characters.').waitFor();
    await message.fill('Schwaben Leichtbau redesigns cast chassis parts for German OEMs.');
    await form
      .getByRole('textbox', { name: /^Proposed approach/ })
      .fill('A six-month study: simulation in Stuttgart, forging trials on your line in Daegu.');
    await expectAccessible(page, 'need page, express interest form');
    await form.getByRole('button', { name: 'Send interest' }).click();
    await section.getByRole('status').filter({ hasText: 'Your interest was sent.' }).waitFor();
    await section
      .getByRole('article', { name: /^About “/ })
      .getByText('Submitted', { exact: true })
      .waitFor();
    reached = 1;
  });

  test('2. the owner finds it on the board, compares two side by side and shortlists it by keyboard (ko)', async () => {
    requireScenario(1);
    const page = await visitor().newPage();
    await signIn(page, OWNER.email);
    await page.goto(needPath);
    await page.getByRole('heading', { level: 1, name: NEED_TITLE }).waitFor();
    const section = page.getByRole('region', { name: '관심표명' });
    const card = section.getByRole('article', { name: `${FIRM_ADMIN.organization}의 관심표명` });
    await card.waitFor();
    await card
      .getByRole('checkbox', { name: `${FIRM_ADMIN.organization}의 관심표명 비교` })
      .check();
    await section.getByRole('checkbox', { name: /경북대학교.*의 관심표명 비교/ }).check();
    const compare = section.getByRole('region', { name: '나란히 비교' });
    await compare.getByRole('article', { name: `${FIRM_ADMIN.organization}의 관심표명` }).waitFor();
    await expectAccessible(page, 'need page, owner board comparing two interests (ko)');
    await compare.getByRole('button', { name: '선택 해제' }).click();
    await compare.waitFor({ state: 'detached' });
    await card
      .getByRole('button', { name: `${FIRM_ADMIN.organization}의 관심표명 후보 선정` })
      .focus();
    await page.keyboard.press('Enter');
    await card.getByText('후보 선정', { exact: true }).waitFor();
    reached = 2;
  });

  test("3. the firm's My interests page shows the answer", async () => {
    requireScenario(2);
    const page = await visitor().newPage();
    await signIn(page, FIRM_ADMIN.email);
    await page.getByRole('link', { name: 'My interests' }).click();
    await page.getByRole('heading', { level: 1, name: 'My interests' }).waitFor();
    const card = page.getByRole('article', { name: `About “${NEED_TITLE}” of (주)성서정밀` });
    await card.getByText('Shortlisted', { exact: true }).waitFor();
    await expectAccessible(page, 'my interests');
  });
});
