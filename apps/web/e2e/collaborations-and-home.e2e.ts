import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';
import { signIn } from './support/session';

/**
 * Collaborations, the bookmarks page and the home page per role, on the demo data: Hanbit
 * (a firm, Korean) started a collaboration with KITECH from its hard-trimming need; its ORG_ADMIN
 * marks it completed and the collaboration reads the same on both organizations' pages.
 */
const visitor = visitorPerTest('en-GB');

const HANBIT = '(주)한빛오토텍';
const KITECH = '한국생산기술연구원(KITECH) 대구지역본부';

describe('collaborations and the home page', () => {
  test('a firm sees what needs it now, completes a collaboration, and both organizations show it', async () => {
    const page = await visitor().newPage();
    await signIn(page, 'ceo.hanbit@spillover.demo');
    const now = page.getByRole('region', { name: '지금 확인할 일' });
    await now.waitFor();
    await now.getByRole('heading', { name: '이번 주 마감' }).waitFor();
    await now.getByRole('heading', { name: /새 매칭/ }).waitFor();
    await expectAccessible(page, 'home, firm (ko)');

    await page.getByRole('main').getByRole('link', { name: HANBIT }).first().click();
    await page.getByRole('heading', { level: 1, name: HANBIT }).waitFor();
    await page.getByRole('tab', { name: '협력' }).click();
    const row = page.getByRole('row', { name: /KITECH/ });
    await row.getByText('진행 중').waitFor();
    await row.getByText('기술협력', { exact: false }).first().waitFor();
    await expectAccessible(page, 'organization collaborations, member (ko)');

    await row.getByRole('button', { name: `완료 처리: ${KITECH}와의 협력` }).click();
    await row.getByRole('radio', { name: '플랫폼 밖에서 계속 진행' }).check();
    await expectAccessible(page, 'completing a collaboration (ko)');
    await row.getByRole('button', { name: '완료 처리', exact: true }).click();
    await row.getByText('완료', { exact: true }).waitFor();
    await row.getByText('플랫폼 밖에서 계속 진행').waitFor();

    // The same edge on the partner's page.
    await row.getByRole('link', { name: KITECH }).click();
    await page.getByRole('heading', { level: 1, name: KITECH }).waitFor();
    await page.getByRole('tab', { name: '협력' }).click();
    const partnerRow = page.getByRole('row', { name: /한빛오토텍/ });
    await partnerRow.getByText('완료', { exact: true }).waitFor();
    await partnerRow.getByText('플랫폼 밖에서 계속 진행').waitFor();
    // Hanbit's member does not belong to KITECH: nothing to complete there, and it is done anyway.
    expect(await partnerRow.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'partner organization collaborations (ko)');

    await page.goto('/bookmarks');
    await page.getByRole('heading', { level: 1, name: '관심 매칭' }).waitFor();
    await page.getByText('아직 관심 표시한 매칭이 없습니다', { exact: false }).waitFor();
    await expectAccessible(page, 'bookmarks page (ko)');
  });

  test('a visitor sees an organization’s collaborations, a completed one with its outcome', async () => {
    const page = await visitor().newPage();
    await page.goto('/organizations');
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await page
      .getByRole('search', { name: 'Search organizations' })
      .getByRole('searchbox', { name: 'Search' })
      .fill('팔공모빌리티');
    await page.getByRole('main').getByRole('link', { name: '(주)팔공모빌리티' }).click();
    await page.getByRole('tab', { name: 'Collaborations' }).click();
    const row = page.getByRole('row', { name: /KITECH/ });
    await row.getByText('Completed', { exact: true }).waitFor();
    await row.getByText('Solved', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'organization collaborations, visitor (en)');
  });

  test('a cluster manager sees the applications to decide', async () => {
    const manager = await visitor().newPage();
    await signIn(manager, 'manager.daegu@spillover.demo');
    await manager
      .getByRole('region', { name: '지금 확인할 일' })
      .getByRole('heading', { name: /결정할 가입 신청/ })
      .waitFor();
    await expectAccessible(manager, 'home, cluster manager (ko)');
  });

  test('a platform admin sees the outbox and audit pointers', async () => {
    const admin = await visitor().newPage();
    await signIn(admin, 'admin@spillover.demo');
    const now = admin.getByRole('region', { name: 'What needs you now' });
    await now.getByRole('heading', { name: 'Platform' }).waitFor();
    await now.getByRole('link', { name: /E-mail outbox/ }).waitFor();
    await expectAccessible(admin, 'home, platform admin (en)');
  });
});
