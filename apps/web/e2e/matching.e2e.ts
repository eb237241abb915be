import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { launchBrowser, newVisitor } from './support/browser';
import { DEMO_PASSWORD, FIRM_ADMIN } from './support/demo';
import { choose } from './support/mantine';
import { eventually } from './support/wait';
import { signIn } from './support/session';

/**
 * Matching on the real platform: a research institute has published a hydrogen fuel cell
 * capability; a firm posts and publishes a hydrogen fuel cell need; the background refresh
 * (a pg-boss job woken by NOTIFY) matches them, and the need's page, which polls while the
 * refresh runs, shows the capability with its reasons and its score's breakdown. The
 * institute then finds the need among the needs its capability could serve.
 */
const run = Date.now().toString(36);

/** ORG_ADMIN of Fraunhofer IPA (Stuttgart, research institute); prefers English. */
const INSTITUTE_ADMIN = {
  email: 'partnering.ipa@spillover.demo',
  organization: 'Fraunhofer Institute for Manufacturing Engineering and Automation IPA',
};

const capability = {
  title: `PEM hydrogen fuel cell stack testing ${run}`,
  description:
    'Test benches and expertise for hydrogen fuel cell stacks (PEM): durability, efficiency ' +
    'and bipolar plate validation for vehicle powertrains.',
};
const need = {
  title: `Hydrogen fuel cell stack for a light commercial vehicle ${run}`,
  summary:
    'We need a partner to test and validate a PEM hydrogen fuel cell stack for our lightweight ' +
    'vehicle platform: durability and efficiency on a test bench.',
};

/** How long the background refresh may take to match a new listing. */
const REFRESH_TIMEOUT = 20_000;

let browser: Browser;
let instituteContext: BrowserContext;
let firmContext: BrowserContext;
let needPath = '';
let capabilityId = '';
let instituteId = '';
let reached = 0;

function requireScenario(step: number) {
  if (reached < step) throw new Error(`Scenario ${step} did not complete; this one builds on it.`);
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/** One GraphQL request with the context's cookies (and its CSRF token once signed in). */
async function graphql<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown>,
  csrfToken?: string,
): Promise<T> {
  const response = await context.request.post('/graphql', {
    data: { query, variables },
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (!answer.data || answer.errors?.length)
    throw new Error(`GraphQL refused: ${JSON.stringify(answer.errors ?? answer)}`);
  return answer.data;
}

/** The card of one match in a list, found by the link in its title. */
function matchCard(list: Locator, title: string): Locator {
  return list
    .locator(':scope > li')
    .filter({ has: list.page().getByRole('link', { name: title }) });
}

beforeAll(async () => {
  browser = await launchBrowser();
  // The institute's capability exists before the need is posted: set up through the API.
  instituteContext = await newVisitor(browser, 'en-GB');
  const { logIn } = await graphql<{
    logIn: {
      csrfToken: string;
      memberships: { organization: { id: string; name: string } }[];
    };
  }>(
    instituteContext,
    `
      mutation LogIn($input: LogInInput!) {
        logIn(input: $input) {
          csrfToken
          memberships {
            organization {
              id
              name
            }
          }
        }
      }
    `,
    { input: { email: INSTITUTE_ADMIN.email, password: DEMO_PASSWORD } },
  );
  const membership = logIn.memberships.find(
    (candidate) => candidate.organization.name === INSTITUTE_ADMIN.organization,
  );
  if (!membership) throw new Error(`${INSTITUTE_ADMIN.email} is not a member of the institute.`);
  instituteId = membership.organization.id;
  const { createCapability } = await graphql<{ createCapability: { id: string } }>(
    instituteContext,
    `
      mutation CreateCapability($organizationId: ID!, $input: CapabilityDraftInput!) {
        createCapability(organizationId: $organizationId, input: $input) {
          id
        }
      }
    `,
    {
      organizationId: instituteId,
      input: {
        kind: 'EXPERTISE',
        title: capability.title,
        description: capability.description,
        technologyAreas: ['EF05'],
        trl: 6,
        contactName: 'Lukas Schmid',
        contactEmail: 'fuelcells@ipa.example',
        visibility: 'PUBLIC',
      },
    },
    logIn.csrfToken,
  );
  capabilityId = createCapability.id;
  await graphql(
    instituteContext,
    `
      mutation Publish($id: ID!) {
        publishCapability(id: $id) {
          id
          status
        }
      }
    `,
    { id: capabilityId },
    logIn.csrfToken,
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('matching a need with a capability', () => {
  test('1. a firm publishes a hydrogen fuel cell need and sees the institute’s capability among its matches', async () => {
    firmContext = await newVisitor(browser, 'en-GB');
    const page = await firmContext.newPage();
    await signIn(page, FIRM_ADMIN.email);
    await page
      .getByRole('heading', { level: 1, name: `Welcome, ${FIRM_ADMIN.displayName}` })
      .waitFor();
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Post a need' }).click();
    await page.getByRole('heading', { level: 1, name: 'Post a technology need' }).waitFor();

    const form = page.getByRole('form', { name: 'Technology need' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(need.title);
    await form.getByRole('textbox', { name: 'Public summary' }).fill(need.summary);
    await form
      .getByRole('textbox', { name: 'Desired outcome' })
      .fill('A validated fuel cell stack on a test bench.');
    await choose(page, 'Technology areas', 'EF05 · Hydrogen and fuel cells', 'Hydrogen and fuel');
    await choose(page, 'Current TRL', 'TRL 4 · Technology validated in lab');
    await choose(
      page,
      'Target TRL',
      'TRL 7 · System prototype demonstration in operational environment',
    );
    await form.getByLabel('Response deadline').fill('2031-06-30T18:00');
    await form.getByRole('checkbox', { name: 'Joint research' }).check();
    const welcome = form.getByRole('checkbox', { name: 'International partners welcome' });
    await welcome.check();
    await form.getByRole('region', { name: 'Ready to publish' }).waitFor();
    await expectAccessible(page, 'new need form, international partners welcome');

    // What goes over the live socket (graphql-ws on /graphql): the page asks to hear of the
    // refresh's end, and hears it instead of polling.
    const sent: string[] = [];
    const received: string[] = [];
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => sent.push(String(payload)));
      socket.on('framereceived', ({ payload }) => received.push(String(payload)));
    });
    await form.getByRole('button', { name: 'Save and publish' }).click();
    await page.getByRole('heading', { level: 1, name: need.title }).waitFor();
    needPath = new URL(page.url()).pathname;
    await main.getByText('Open', { exact: true }).waitFor();
    await main.getByText('International partners welcome:').waitFor();

    // The page waits for the refresh over the socket; the match arrives without a reload.
    const matches = main.getByRole('region', { name: 'Matches' });
    expect(
      await matches
        .getByRole('tab', { name: 'Matching capabilities' })
        .getAttribute('aria-selected'),
    ).toBe('true');
    const list = matches.getByRole('list', { name: 'Matching capabilities' });
    const card = matchCard(list, capability.title);
    await card.waitFor({ timeout: REFRESH_TIMEOUT });
    await eventually(async () =>
      expect(await matches.getByText('Updating matches…').count()).toBe(0),
    );
    // A page that read the list after the refresh was already done had nothing to wait for.
    if (sent.some((frame) => frame.includes('MatchesRefreshed')))
      expect(received.some((frame) => frame.includes('"matchesRefreshed"'))).toBe(true);
    expect(await card.getByRole('link', { name: capability.title }).getAttribute('href')).toBe(
      `/capabilities/${capabilityId}`,
    );
    expect(await card.innerText()).toMatch(/\d{1,3}% match/);
    expect(await card.innerText()).toContain(`Offered by ${INSTITUTE_ADMIN.organization}`);

    const reasons = await card
      .getByRole('list', { name: `Why “${capability.title}” matches` })
      .getByRole('listitem')
      .allInnerTexts();
    expect(reasons.some((reason) => /technology area/.test(reason))).toBe(true);
    expect(reasons.join('\n')).toContain('Hydrogen and fuel cells');

    // The breakdown: each part's weight, fit and contribution, opened by its button.
    const toggle = card.getByRole('button', {
      name: `Show score breakdown of “${capability.title}”`,
    });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const breakdown = card.getByRole('table', { name: /How the score of/ });
    await breakdown.waitFor();
    expect(
      await card
        .getByRole('button', { name: `Hide score breakdown of “${capability.title}”` })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    const technology = await breakdown
      .getByRole('row', { name: /^Technology areas/ })
      .allInnerTexts();
    expect(technology.join(' ')).toMatch(/30%/);
    await breakdown.getByRole('progressbar', { name: 'Fit of Technology areas' }).waitFor();
    await expectAccessible(page, 'need page, owner, matches with a breakdown');

    // The owner may bookmark a match (a toggle), and dismiss it, then take that back.
    const bookmark = card.getByRole('button', { name: `Bookmark “${capability.title}”` });
    await bookmark.click();
    await eventually(async () => expect(await bookmark.getAttribute('aria-pressed')).toBe('true'));
    await card.getByRole('button', { name: `Dismiss “${capability.title}”` }).click();
    const dismissal = card.getByRole('form', { name: `Why “${capability.title}” does not fit` });
    await dismissal.getByRole('radio', { name: 'Other' }).check();
    await dismissal.getByRole('button', { name: 'Dismiss match' }).click();
    await dismissal
      .getByText('Say in a few words why the match does not fit: a note is needed with “Other”.')
      .waitFor();
    await expectAccessible(page, 'need page, dismissal form with an error');
    await dismissal.getByRole('textbox', { name: /^Note/ }).fill('We test this in-house already.');
    await dismissal.getByRole('button', { name: 'Dismiss match' }).click();
    await matches
      .getByText(`“${capability.title}” was dismissed: it is no longer suggested.`)
      .waitFor();
    expect(await card.count()).toBe(0);
    await matches.getByRole('button', { name: `Undo: show “${capability.title}” again` }).click();
    await card.waitFor();
    // Undone on the server too: the match is still listed after a reload.
    await page.reload();
    await matchCard(
      page.getByRole('main').getByRole('list', { name: 'Matching capabilities' }),
      capability.title,
    ).waitFor();

    // The institute behind it is suggested as a partner.
    const reloaded = page.getByRole('main').getByRole('region', { name: 'Matches' });
    await reloaded.getByRole('tab', { name: 'Partners' }).click();
    const partners = reloaded.getByRole('list', { name: 'Partners' });
    const partner = matchCard(partners, INSTITUTE_ADMIN.organization);
    await partner.waitFor({ timeout: REFRESH_TIMEOUT });
    await partner.getByRole('link', { name: capability.title }).waitFor();
    await expectAccessible(page, 'need page, partners tab');
    reached = 1;
  });

  test('2. the institute finds the need among those its capability could serve', async () => {
    requireScenario(1);
    const page = await instituteContext.newPage();
    await page.goto(`/capabilities/${capabilityId}`);
    await page.getByRole('heading', { level: 1, name: capability.title }).waitFor();
    const section = page.getByRole('main').getByRole('region', { name: 'Needs this could serve' });
    const card = matchCard(
      section.getByRole('list', { name: 'Needs this could serve' }),
      need.title,
    );
    await card.waitFor({ timeout: REFRESH_TIMEOUT });
    expect(await card.getByRole('link', { name: need.title }).getAttribute('href')).toBe(needPath);
    expect(await card.innerText()).toContain(`Posted by ${FIRM_ADMIN.organization}`);
    await expectAccessible(page, 'capability page, owner, needs it could serve');

    // Its members see "needs you could answer" on the organization's page.
    await page.goto(`/organizations/${instituteId}?tab=answerable`);
    const answerable = page
      .getByRole('main')
      .getByRole('region', { name: 'Needs you could answer' });
    const answer = matchCard(
      answerable.getByRole('list', { name: 'Needs you could answer' }),
      need.title,
    );
    await answer.waitFor({ timeout: REFRESH_TIMEOUT });
    expect(await answer.innerText()).toContain(`For your capability “${capability.title}”`);
    await expectAccessible(page, 'organization page, needs you could answer');

    // Not a member of the firm: the firm's page offers no such tab.
    await page.goto(needPath);
    await page.getByRole('heading', { level: 1, name: need.title }).waitFor();
    await page.getByRole('main').getByRole('link', { name: FIRM_ADMIN.organization }).click();
    await page.getByRole('heading', { level: 1, name: FIRM_ADMIN.organization }).waitFor();
    expect(await page.getByRole('tab', { name: 'Needs you could answer' }).count()).toBe(0);
  });
});
