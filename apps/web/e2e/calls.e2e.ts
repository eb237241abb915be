import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';
import { DAEGU_MANAGER, FIRM_ADMIN } from './support/demo';
import { signIn } from './support/session';

/**
 * Calls (공모): a Stuttgart firm finds the demo's joint Korea–Germany call and reads its
 * rules in words; the Daegu manager drafts a call in the wizard, watching the rules'
 * preview, and lands on the draft's page with what it still needs before opening.
 */
const visitor = visitorPerTest('en-GB');

test('a firm finds the open joint call and reads its rules in words', async () => {
  const page = await visitor().newPage();
  await signIn(page, FIRM_ADMIN.email);
  await page.goto('/calls');
  await page.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
  const card = page.getByRole('link', { name: /Korea–Germany joint call 2027/ });
  await card.waitFor();
  await expectAccessible(page, 'calls, open');
  await card.click();
  await page.getByRole('heading', { level: 1, name: /Korea–Germany joint call 2027/ }).waitFor();
  const rules = page.getByRole('region', { name: 'Eligibility (신청자격)' });
  await rules.getByText('From 3 to 6 organizations, the lead included.').waitFor();
  await rules.getByText(/funds organizations of Baden-Württemberg\./).waitFor();
  expect(await page.getByRole('region', { name: 'Manage the call' }).count()).toBe(0);
  await expectAccessible(page, 'call page (firm)');
});

test('the Daegu manager drafts a call with the wizard and sees what it needs to open', async () => {
  const page = await visitor().newPage();
  await signIn(page, DAEGU_MANAGER.email);
  // The manager prefers Korean: the app speaks it once they are signed in.
  await page.goto('/calls');
  await page.getByRole('heading', { level: 1, name: '공모' }).waitFor();
  await page.getByRole('link', { name: '새 공모' }).click();
  await page.getByRole('heading', { level: 1, name: '새 공모' }).waitFor();
  await page.getByRole('textbox', { name: '사업명' }).fill('산업단지 대개조 초광역 협력');
  await page.getByRole('textbox', { name: '공모명(국문)' }).fill('대구-경북 스마트 제조 공동 공모');
  await expectAccessible(page, 'call wizard, basics (ko)');
  await page
    .getByRole('button', { name: /신청자격/ })
    .first()
    .click();
  const preview = page.getByRole('region', { name: '신청자격 미리보기' });
  await preview.getByText('아직 요건이 없어 모든 컨소시엄이 신청할 수 있습니다.').waitFor();
  await page.getByRole('textbox', { name: '최소 기관 수(주관기관 포함)' }).fill('3');
  await preview.getByText('주관기관을 포함해 최소 3개 기관').waitFor();
  await page.getByRole('checkbox', { name: '해외 참여기관 필수' }).check();
  await preview.getByText('주관기관과 다른 국가의 참여기관 최소 1개').waitFor();
  await expectAccessible(page, 'call wizard, eligibility (ko)');
  await page.getByRole('button', { name: '임시저장' }).click();
  await page.getByRole('heading', { level: 1, name: '대구-경북 스마트 제조 공동 공모' }).waitFor();
  const panel = page.getByRole('region', { name: '공모 관리' });
  await panel.getByRole('heading', { name: '개시 전에 채울 항목' }).waitFor();
  await expectAccessible(page, 'call page, draft (ko)');
});
