import { expectAccessible } from './support/axe';
import { visitorPerTest } from './support/browser';
import { choose } from './support/mantine';
import { htmlLang } from './support/wait';
import { signIn } from './support/session';

/**
 * Brainport Eindhoven's manager proposes an international partnership to the Gumi cluster;
 * Gumi's manager, reading in Korean, accepts it by keyboard. The tests run in order and build
 * on each other, as the people in them would.
 */
const BRAINPORT = {
  nameEn: 'Brainport Eindhoven High-Tech Systems Cluster',
  manager: 'manager.eindhoven@spillover.demo',
};
const GUMI = {
  nameEn: 'Gumi National Industrial Complex Cluster',
  nameKo: '구미국가산업단지 클러스터',
  manager: 'manager.gumi@spillover.demo',
  managerName: '박지훈',
};
const NOTE = 'Machine vision for display inspection: joint R&DB of Eindhoven and Gumi suppliers.';

const visitor = visitorPerTest('en-GB');
let reached = 0;

describe('two clusters become partners', () => {
  test('1. the Brainport manager proposes an international partnership to Gumi', async () => {
    const page = await visitor().newPage();
    await signIn(page, BRAINPORT.manager);
    await page.getByRole('heading', { level: 2, name: 'Clusters you manage' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: BRAINPORT.nameEn, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: BRAINPORT.nameEn }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Partner clusters' }).waitFor();
    const form = main.getByRole('form', { name: 'Propose a partnership' });
    await expectAccessible(page, 'cluster page with partner clusters, manager (en)');

    await choose(page, 'Cluster to partner with', new RegExp(`^${GUMI.nameEn}`), 'Gumi', form);
    // The countries call for an international partnership: the form picks it.
    await form.getByRole('radio', { name: 'International' }).waitFor();
    expect(await form.getByRole('radio', { name: 'International' }).isChecked()).toBe(true);
    await form.getByRole('textbox', { name: /Note to the other cluster/ }).fill(NOTE);
    await form.getByRole('button', { name: 'Propose the partnership' }).click();
    await main
      .getByText(`Partnership proposed to ${GUMI.nameEn}. Its managers will answer.`)
      .waitFor();
    const row = main.getByRole('row').filter({
      has: page.getByRole('link', { name: `Open the partnership with ${GUMI.nameEn}` }),
    });
    await row.getByText('Proposed', { exact: true }).waitFor();
    await expectAccessible(page, 'cluster page, partnership proposed');
    reached = 1;
  });

  test('2. the Gumi manager reads the proposal in Korean and accepts it by keyboard', async () => {
    if (reached < 1) throw new Error('Scenario 1 did not complete; this one builds on it.');
    const page = await visitor().newPage();
    await signIn(page, GUMI.manager);
    // The manager's saved preference is Korean.
    await page
      .getByRole('heading', { level: 1, name: `${GUMI.managerName} 님, 환영합니다` })
      .waitFor();
    expect(await htmlLang(page)).toBe('ko');
    await page.getByRole('main').getByRole('link', { name: GUMI.nameKo, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: GUMI.nameKo }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: '협력 클러스터' }).waitFor();
    const link = main.getByRole('link', {
      name: /브레인포트 아인트호번 하이테크 시스템 클러스터 협력\(파트너십\) 열기/,
    });
    await main.getByText('응답 대기 중').waitFor();
    await link.focus();
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: /구미국가산업단지 클러스터/ }).waitFor();
    await main.getByText(NOTE).waitFor();
    await main.getByText('제안됨', { exact: true }).waitFor();
    await main.getByRole('heading', { level: 2, name: '공동 공모' }).waitFor();
    await expectAccessible(page, 'partnership page, proposal to answer (ko)');

    const accept = main.getByRole('button', { name: '협력(파트너십) 수락' });
    await accept.focus();
    await page.keyboard.press('Enter');
    await main.getByText('협력(파트너십)이 시작되었습니다.').waitFor();
    await main.getByText('진행 중', { exact: true }).waitFor();
    // Both clusters' members are listed now that it is active.
    await main
      .getByRole('heading', { level: 2, name: /^두 클러스터의 회원기관 \(\d+\)$/ })
      .waitFor();
    await main.getByRole('button', { name: '협력(파트너십) 종료' }).waitFor();
    await expectAccessible(page, 'partnership page, active (ko)');
  });
});
