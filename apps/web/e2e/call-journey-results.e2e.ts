import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import {
  FIRM,
  FUNDED_TITLE,
  OTHER_FIRM,
  REJECTED_TITLE,
  REVIEWER,
  confirm,
  openedCall,
} from './support/call-journey';
import { DAEGU_MANAGER } from './support/demo';
import { people } from './support/session';
import { eventually } from './support/wait';

/**
 * The call journey after the deadline (call-journey.e2e.ts opened the call, seated the
 * reviewer and had both consortia submit; the sequencer runs this file last): the platform
 * closes the call; the manager starts the evaluation and runs the assignment; the reviewer
 * declares no conflict of interest and scores both applications; the manager previews the
 * ranking and publishes. The firm sees its project FUNDED with its scores; the other firm
 * sees it was not funded and why: the same sentence the ranking computed. Axe runs on every page.
 */
const person = people();

// Up to the deadline if the other files were quicker than the window, then four people.
jest.setTimeout(15 * 60_000);

/** The reviewer declares no conflict (only then is the content shown), scores and submits. */
async function review(page: Page, title: string, scores: [string, string]) {
  await page.goto('/reviews');
  await page.getByRole('heading', { level: 1, name: 'My reviews' }).waitFor();
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('region', { name: 'Conflict of interest' }).waitFor();
  await confirm(
    page,
    page.getByRole('button', { name: 'I have no conflict of interest' }),
    'I have no conflict of interest',
  );
  const form = page.getByRole('region', { name: 'Scores' });
  await form.getByRole('textbox', { name: /^Score for 기술성/ }).fill(scores[0]);
  await form
    .getByRole('textbox', { name: /^Comment on 기술성/ })
    .fill(`기술성 ${scores[0]}점의 근거.`);
  await form.getByRole('textbox', { name: /^Score for 사업성/ }).fill(scores[1]);
  await form
    .getByRole('textbox', { name: /^Comment on 사업성/ })
    .fill(`사업성 ${scores[1]}점의 근거.`);
  await expectAccessible(page, `scoring ${title} (reviewer, en)`);
  await confirm(page, form.getByRole('button', { name: 'Submit review' }), 'Submit review');
  await form.getByText(/The review is locked/).waitFor();
}

test('after the deadline: evaluate without conflict, rank, publish, and each firm sees why', async () => {
  const { callUrl, closesAt, fundedUrl, rejectedUrl } = openedCall();
  const manager = await person(DAEGU_MANAGER.email);
  await manager.goto(callUrl);
  const reviewPanel = manager.getByRole('region', { name: '평가위원회' });
  await reviewPanel.waitFor();

  // 3. The deadline passes; the platform closes the call and decides each application's
  // eligibility (one job, every minute), so the evaluation can start at once.
  await new Promise((done) => setTimeout(done, Math.max(0, closesAt - Date.now())));
  const start = reviewPanel.getByRole('button', { name: '평가 시작' });
  await eventually(async () => {
    await manager.reload();
    await reviewPanel.waitFor();
    await start.waitFor({ timeout: 2_000 });
  }, 120_000);
  await confirm(manager, start, '평가 시작');
  await start.waitFor({ state: 'detached' });
  await confirm(
    manager,
    reviewPanel.getByRole('button', { name: '평가위원 배정' }),
    '평가위원 배정',
  );
  // The solver's answer: each application has its one reviewer, in the list of assignments.
  for (const title of [FUNDED_TITLE, REJECTED_TITLE])
    await reviewPanel
      .getByRole('row', { name: new RegExp(`^${title} Yoon Min-ji`) })
      .waitFor({ timeout: 30_000 });
  await expectAccessible(manager, 'review panel, assigned (manager, ko)');

  // 4. The reviewer declares no conflict and scores: the first project well, the second
  // under the call's threshold of 70 (5 and 4 of 10, weighted 60/40: 46).
  const reviewer = await person(REVIEWER);
  await review(reviewer, FUNDED_TITLE, ['9', '8']);
  await review(reviewer, REJECTED_TITLE, ['5', '4']);

  // 5. The manager previews the ranking, then publishes it.
  await manager.goto(`${callUrl}/award`);
  await manager.getByRole('heading', { level: 1, name: '순위 및 선정' }).waitFor();
  const ranking = manager.getByRole('table').first();
  await ranking.getByRole('row', { name: new RegExp(`${FUNDED_TITLE}.*선정`) }).waitFor();
  await ranking.getByRole('row', { name: new RegExp(`${REJECTED_TITLE}.*미선정`) }).waitFor();
  await expectAccessible(manager, 'ranking preview (manager, ko)');
  await confirm(manager, manager.getByRole('button', { name: '결과 발표' }), '결과 발표');
  await manager.getByText(/에 발표되었습니다\./).waitFor();
  await expectAccessible(manager, 'results published (manager, ko)');

  // 6. The firm sees its project funded, with its scores and the reviewer's comments.
  const firm = await person(FIRM);
  await firm.goto(fundedUrl);
  await firm.getByRole('link', { name: '결과 보기' }).click();
  await firm.getByRole('heading', { level: 1, name: `결과: ${FUNDED_TITLE}` }).waitFor();
  await firm.getByText('선정', { exact: true }).waitFor();
  await firm.getByText('100점 만점에 86점 (기준 70점)').waitFor();
  await firm.getByText('기술성 9점의 근거.').waitFor();
  await expectAccessible(firm, 'result, funded (firm, ko)');

  // The other firm sees why not: below the threshold, the sentence of the ranking itself.
  const otherFirm = await person(OTHER_FIRM);
  await otherFirm.goto(rejectedUrl);
  await otherFirm.getByRole('link', { name: '결과 보기' }).click();
  await otherFirm.getByRole('heading', { level: 1, name: `결과: ${REJECTED_TITLE}` }).waitFor();
  await otherFirm.getByText('미선정', { exact: true }).waitFor();
  await otherFirm
    .getByRole('alert')
    .filter({ hasText: '미선정 사유' })
    .getByText('총점 46점이 선정 기준 70점에 미달합니다.')
    .waitFor();
  await expectAccessible(otherFirm, 'result, not funded (other firm, ko)');
});
