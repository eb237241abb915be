import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { DAEGU_MANAGER, UNIVERSITY_ADMIN } from './support/demo';
import {
  CALL,
  FIRM,
  FUNDED_TITLE,
  OTHER_FIRM,
  REJECTED_TITLE,
  confirm,
  saveOpenedCall,
} from './support/call-journey';
import { choose } from './support/mantine';
import { people } from './support/session';

/**
 * A call from start to award (issue 15's journey), up to the deadline: the Daegu manager sets
 * up a call in the wizard and opens it with a short window, and seats the demo's independent
 * expert on its panel (a platform user found by name); (주)팔공모빌리티 applies together with
 * KNU (the university accepts from its own login), and so does (주)한빛오토텍; both submit
 * inside the window, and the manager's conflict check finds nobody conflicted. Axe runs on
 * every page.
 *
 * call-journey-results.e2e.ts continues after the deadline (evaluation, ranking, results).
 * jest.e2e.sequencer.cjs runs this file first and that one last, so the window passes while
 * the other files run rather than in a wait of its own.
 */
const person = people();

/**
 * The window the call is open for. Both consortia must submit inside it; then the second
 * half waits for the deadline, as everyone would. Long enough for a slow machine, short for CI.
 */
const WINDOW_MINUTES = 3;

// Four people, two applications, submitted inside the window.
jest.setTimeout(15 * 60_000);

/** A minute-precision wall-clock time in Seoul (UTC+9, no daylight saving), as the form takes it. */
const seoul = (at: number): string => new Date(at + 9 * 3_600_000).toISOString().slice(0, 16);

const rule = (page: Page, name: string, met: boolean): Locator =>
  page.locator(`[data-section="eligibility"] li[data-rule="${name}"][data-met="${met}"]`);

/** A lead firm drafts an application, invites KNU with its budget, and saves its own. */
async function draftWithUniversity(
  lead: Page,
  callUrl: string,
  title: string,
  budgets: { lead: string; leadOwn: string; partner: string; partnerOwn: string },
): Promise<string> {
  await lead.goto(callUrl);
  await lead.getByRole('heading', { level: 1, name: CALL.ko }).waitFor();
  const start = lead.getByRole('region', { name: '이 공모에 신청하기' });
  await start.getByRole('textbox', { name: '과제 가제' }).fill(title);
  await start.getByRole('button', { name: '신청서 작성 시작' }).click();
  await lead.getByRole('heading', { level: 1, name: title }).waitFor();

  await lead.getByRole('textbox', { name: '주관기관 신청 예산 (KRW)' }).fill(budgets.lead);
  await lead.getByRole('textbox', { name: '주관기관 자체 부담금 (KRW)' }).fill(budgets.leadOwn);
  await lead.getByRole('button', { name: '임시저장' }).click();
  await rule(lead, 'minPartners', false).waitFor();

  const invite = lead.getByRole('form', { name: '참여기관 초대' });
  await choose(lead, '기관 찾기', /^경북대학교 산학협력단/, '경북대', invite);
  await invite.getByRole('textbox', { name: '신청 예산 (KRW)' }).fill(budgets.partner);
  await invite.getByRole('textbox', { name: '자체 부담금 (KRW)' }).fill(budgets.partnerOwn);
  await invite.getByRole('button', { name: '초대', exact: true }).click();
  await lead
    .getByRole('region', { name: '컨소시엄' })
    .getByRole('cell', { name: UNIVERSITY_ADMIN.organization, exact: true })
    .waitFor();
  return lead.url();
}

/** The lead submits once its partner has accepted: the checklist is green. */
async function submit(lead: Page) {
  await rule(lead, 'minPartners', true).waitFor({ timeout: 30_000 });
  await lead
    .getByText('컨소시엄이 공모의 모든 신청자격을 충족합니다. 제출할 수 있습니다.')
    .waitFor();
  await confirm(lead, lead.getByRole('button', { name: '신청서 제출' }), '신청서 제출');
  await lead.getByTestId('application-status').filter({ hasText: '제출됨' }).waitFor();
}

test('a call from the wizard to submitted applications: open with a short window, seat a reviewer, apply together, submit in time', async () => {
  // 1. The manager sets the call up in the wizard (Korean, the manager's language).
  const manager = await person(DAEGU_MANAGER.email);
  await manager.goto('/calls/new');
  await manager.getByRole('heading', { level: 1, name: '새 공모' }).waitFor();
  await manager.getByRole('textbox', { name: '사업명' }).fill('산업단지 대개조 지역거점');
  await manager.getByRole('textbox', { name: '공모명(국문)' }).fill(CALL.ko);
  await manager.getByRole('textbox', { name: '공모명(영문)' }).fill(CALL.en);
  await manager
    .getByRole('textbox', { name: '공모 내용(국문)' })
    .fill('전장부품 기업과 대학이 함께 실증하는 과제를 지원합니다.');
  await manager
    .getByRole('textbox', { name: '공모 내용(영문)' })
    .fill('Funds demonstrations run by EV electronics firms together with a university.');
  await manager.getByRole('button', { name: '다음' }).click();

  await manager.getByRole('textbox', { name: '시간대' }).fill('Asia/Seoul');
  await choose(manager, '지원 방식', '실질 공동기금');
  const now = Date.now();
  const minute = Math.floor(now / 60_000) * 60_000;
  const closesAt = minute + WINDOW_MINUTES * 60_000;
  await manager.getByLabel('접수 시작 (Asia/Seoul)').fill(seoul(minute - 60_000));
  await manager.getByLabel('접수 마감 (Asia/Seoul)').fill(seoul(closesAt));
  await choose(manager, '통화', /KRW/, 'KRW');
  await manager.getByRole('textbox', { name: '과제당 최대 지원금' }).fill('200000000');
  await manager.getByRole('textbox', { name: '최대 지원 비율(%)' }).fill('80');
  await expectAccessible(manager, 'call wizard, schedule (manager, ko)');
  await manager.getByRole('button', { name: '다음' }).click();

  await manager.getByRole('textbox', { name: '최소 기관 수(주관기관 포함)' }).fill('2');
  await manager
    .getByRole('region', { name: '신청자격 미리보기' })
    .getByText('주관기관을 포함해 최소 2개 기관')
    .waitFor();
  await manager.getByRole('button', { name: '다음' }).click();

  const criteria: [string, string][] = [
    ['기술성', '60'],
    ['사업성', '40'],
  ];
  for (const [index, [name, weight]] of criteria.entries()) {
    await manager.getByRole('button', { name: '평가항목 추가' }).click();
    const row = manager.getByRole('group', { name: `항목 ${index + 1}` });
    await row.getByRole('textbox', { name: '항목명' }).fill(name);
    await row.getByRole('textbox', { name: '가중치(%)' }).fill(weight);
    await row.getByRole('textbox', { name: '만점' }).fill('10');
  }
  await manager.getByText('가중치 합계 100').waitFor();
  await manager.getByRole('textbox', { name: '선정 기준 점수(%)' }).fill('70');
  await manager.getByRole('textbox', { name: '신청서당 평가위원 수' }).fill('1');
  await expectAccessible(manager, 'call wizard, evaluation (manager, ko)');
  await manager.getByRole('button', { name: '임시저장' }).click();
  await manager.getByRole('heading', { level: 1, name: CALL.ko }).waitFor();
  const callUrl = new URL(manager.url()).pathname;

  // The cluster funds it from a real common pot: 250 million won, enough for one project.
  const addFunder = manager.getByRole('form', { name: '지원기관 추가' });
  await choose(manager, '지원 클러스터', '대구 성서산업단지 미니클러스터', undefined, addFunder);
  await addFunder.getByRole('textbox', { name: '예산(지원기관 통화)' }).fill('250000000');
  await addFunder.getByRole('button', { name: '지원기관 추가' }).click();
  const panel = manager.getByRole('region', { name: '공모 관리' });
  await panel.getByRole('heading', { name: '개시 전에 채울 항목' }).waitFor({ state: 'detached' });
  await confirm(manager, panel.getByRole('button', { name: '공모 개시' }), '공모 개시');
  await panel.getByRole('button', { name: '공모 개시' }).waitFor({ state: 'detached' });
  await expectAccessible(manager, 'call opened (manager, ko)');

  // The manager seats the independent expert on the panel: a user of the platform, found by
  // her name, with her expertise in words.
  const reviewPanel = manager.getByRole('region', { name: '평가위원회' });
  const add = reviewPanel.getByRole('form', { name: '평가위원 추가' });
  const search = add.getByRole('textbox', { name: /^사용자 찾기/ });
  await search.fill('Yoon Min');
  await search.press('Enter');
  await add.getByRole('radio', { name: 'Yoon Min-ji' }).check();
  await add.getByRole('textbox', { name: /^전문분야\(자유 기술\)/ }).fill('전력전자, 열관리');
  await add.getByRole('button', { name: '평가위원 후보에 추가' }).click();
  await reviewPanel
    .getByRole('row', { name: /Yoon Min-ji/ })
    .getByText('전력전자, 열관리')
    .waitFor();
  await expectAccessible(manager, 'review panel with its expert (manager, ko)');

  // 2. Two firms apply, each with the university; the university accepts both from its inbox.
  const firm = await person(FIRM);
  const fundedUrl = await draftWithUniversity(firm, callUrl, FUNDED_TITLE, {
    lead: '150000000',
    leadOwn: '60000000',
    partner: '40000000',
    partnerOwn: '10000000',
  });
  await expectAccessible(firm, 'application draft (firm, ko)');
  const otherFirm = await person(OTHER_FIRM);
  const rejectedUrl = await draftWithUniversity(otherFirm, callUrl, REJECTED_TITLE, {
    lead: '120000000',
    leadOwn: '50000000',
    partner: '30000000',
    partnerOwn: '10000000',
  });

  const university = await person(UNIVERSITY_ADMIN.email);
  await university.goto('/consortium-invitations');
  await university.getByRole('heading', { level: 1, name: '컨소시엄 참여 초대' }).waitFor();
  await expectAccessible(university, 'consortium invitations (university, ko)');
  for (const title of [FUNDED_TITLE, REJECTED_TITLE]) {
    await university.getByRole('button', { name: `수락: ${title}` }).click();
    await university
      .getByRole('article', { name: title, exact: true })
      .getByRole('link', { name: '신청서 열기' })
      .waitFor();
  }
  await submit(firm);
  await expectAccessible(firm, 'application submitted (firm, ko)');
  await submit(otherFirm);
  expect(Date.now()).toBeLessThan(closesAt);

  // The manager runs the conflict check before any assignment: nobody is conflicted.
  await manager.reload();
  await reviewPanel.getByRole('button', { name: '이해충돌 확인' }).click();
  await reviewPanel.getByText('이해충돌이 없습니다.').waitFor();

  saveOpenedCall({ callUrl, closesAt, fundedUrl, rejectedUrl });
});
