import type { WhyNotFunded } from './award';
import { explainWhyNotFunded, type ExplainContext } from './why-not-funded';

const context = (language: 'en' | 'ko'): ExplainContext => ({
  language,
  currency: 'EUR',
  criterionName: (i) => ['Excellence', 'Impact'][i] ?? `#${i + 1}`,
  funderName: (id) => (id === 'kr' ? '대구 클러스터' : 'Bavaria Cluster'),
  organizationName: () => '한빛모션',
});

const EVERY_REASON: WhyNotFunded[] = [
  { code: 'NOT_SCORED', criterion: null },
  { code: 'NOT_SCORED', criterion: 1 },
  { code: 'BELOW_CRITERION_MINIMUM', criterion: 0, score: 2.5, minimum: 3 },
  { code: 'BELOW_THRESHOLD', score: 44.125, threshold: 50 },
  { code: 'NO_FUNDER', organizationId: 'o' },
  { code: 'FUNDER_OVER_MAX', clusterId: 'kr', share: 6000, maximum: 5000 },
  { code: 'FUNDER_SHORT', clusterId: 'kr', share: 2000, remaining: 1000, rank: 2 },
  { code: 'BUDGET_EXHAUSTED', share: 5000, remaining: 4000, rank: 3 },
  { code: 'FUNDING_STOPPED', rank: 3 },
  { code: 'PARTIAL_FUNDING', granted: 4000, requested: 5000 },
  { code: 'CUT_BY_MANAGER', note: 'The consortium dissolved.' },
  { code: 'DECLINED' },
];

describe('explainWhyNotFunded', () => {
  it.each(EVERY_REASON.map((r) => [r.code, r] as const))(
    'explains %s in English and Korean',
    (_code, reason) => {
      const en = explainWhyNotFunded(reason, context('en'));
      const ko = explainWhyNotFunded(reason, context('ko'));
      expect(en).toMatch(/[A-Za-z]/);
      expect(ko).toMatch(/[가-힣]/);
      expect(en).not.toBe(ko);
    },
  );

  it('names the criterion, the numbers, the funder and the rank', () => {
    expect(explainWhyNotFunded(EVERY_REASON[2]!, context('en'))).toBe(
      'Its average on “Excellence” (2.5) is below that criterion’s minimum of 3.',
    );
    expect(explainWhyNotFunded(EVERY_REASON[6]!, context('en'))).toBe(
      'At rank 2, 대구 클러스터 had €10.00 left and could not pay its share of €20.00.',
    );
    // The particle follows the name's last syllable: 클러스터 ends in a vowel → 는.
    expect(explainWhyNotFunded(EVERY_REASON[6]!, context('ko'))).toContain('대구 클러스터는');
    expect(explainWhyNotFunded(EVERY_REASON[3]!, context('ko'))).toBe(
      '총점 44.13점이 선정 기준 50점에 미달합니다.',
    );
  });
});
