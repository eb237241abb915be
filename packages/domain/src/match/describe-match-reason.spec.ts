import { LANGUAGES } from '../common/fields';
import { describeMatchReason } from './describe-match-reason';
import { MATCH_REASON_CODES, type MatchReasonCode, type MatchReasonParams } from './match-reason';

const EXAMPLES: Record<MatchReasonCode, MatchReasonParams> = {
  SHARED_TECHNOLOGY: { codes: ['EF05', 'EF06', 'EA04', 'EE18'], count: 4 },
  RELATED_TECHNOLOGY: { codes: ['EF06'], toCodes: ['EF05'], count: 1 },
  SHARED_SECTORS: { codes: ['29'], count: 1 },
  RELATED_SECTORS: { codes: ['28'], toCodes: ['29'], count: 1 },
  MATCHED_TERMS: { terms: ['수소', '연료전지', 'stack'], count: 3 },
  MATCHED_CONCEPTS: { concepts: ['fuel-cell', 'bipolar-plate'], count: 2 },
  RELATED_CONCEPTS: { families: ['biosignals'], count: 1 },
  TRL_NOT_APPLICABLE: { kind: 'FACILITY' },
  TRL_MATURE_SUPPLIER: { trl: 9, current: 6, target: 8 },
  TRL_FITS: { trl: 6, current: 4, target: 7 },
  TRL_BELOW: { trl: 3, current: 4, target: 7, levels: 1 },
  TRL_ABOVE: { trl: 9, current: 4, target: 7, levels: 2 },
  COLLABORATION_FITS: { types: ['LICENSE'] },
  COLLABORATION_DIFFERS: {
    sought: ['LICENSE'],
    offered: ['EQUIPMENT_ACCESS', 'SERVICE'],
    kind: 'EQUIPMENT',
  },
  SAME_CLUSTER: { clusterIds: ['c'], clusterNames: ['Daegu Mobility Cluster'] },
  PARTNER_CLUSTER: { clusterIds: ['c'], clusterNames: ['Automotive BW'] },
  SAME_REGION: { region: 'KR-27', country: 'KR' },
  SAME_COUNTRY: { country: 'KR' },
  ABROAD_WELCOME: { needCountry: 'KR', capabilityCountry: 'DE' },
  ABROAD: { needCountry: 'KR', capabilityCountry: 'DE' },
  EARLIER_COLLABORATION: { count: 2 },
  LEARNED_TRL: { direction: 'UP', dismissal: 'TOO_EARLY', levels: 1, count: 3, side: 'NEED_OWNER' },
  LEARNED_FIELD: { codes: ['EA04'], strength: 0.5, side: 'NEED_OWNER' },
  MATCHING_CAPABILITIES: { count: 3, best: 82 },
  TRACK_RECORD: { count: 4 },
};

describe('describeMatchReason', () => {
  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(MATCH_REASON_CODES)('describes %s', (code) => {
      for (const params of [EXAMPLES[code], {}]) {
        const text = describeMatchReason({ code, params }, language);
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(/undefined|NaN|null|\[object/);
      }
    });
  });

  it('names codes by their labels, in the reader’s language', () => {
    const shared = { code: 'SHARED_TECHNOLOGY', params: EXAMPLES.SHARED_TECHNOLOGY } as const;
    expect(describeMatchReason(shared, 'en')).toMatch(
      /^Shares 4 technology areas: Hydrogen and fuel cells, .+, …$/,
    );
    expect(describeMatchReason(shared, 'ko')).toMatch(/^기술분야 4개 공통: 수소·연료전지, .+, …$/);
    expect(describeMatchReason({ code: 'SAME_REGION', params: EXAMPLES.SAME_REGION }, 'en')).toBe(
      'In the same region: Daegu',
    );
  });

  it('reads like the product speaks', () => {
    const text = (code: MatchReasonCode, language: 'en' | 'ko' = 'en') =>
      describeMatchReason({ code, params: EXAMPLES[code] }, language);
    expect(text('TRL_FITS')).toBe('TRL 6 fits 4→7');
    expect(text('TRL_FITS', 'ko')).toBe('TRL 6, 요구 범위 4→7에 맞음');
    expect(text('TRL_BELOW')).toBe('TRL 3 is 1 level below 4→7');
    expect(text('SAME_CLUSTER')).toBe('Member of the same cluster: Daegu Mobility Cluster');
    expect(text('SAME_CLUSTER', 'ko')).toBe('같은 클러스터 회원: Daegu Mobility Cluster');
    expect(text('EARLIER_COLLABORATION')).toBe('Worked together 2 times before');
    expect(text('LEARNED_TRL')).toBe(
      "Your earlier 'too early' dismissals moved the TRL preference up by 1",
    );
    expect(describeMatchReason({ code: 'EARLIER_COLLABORATION', params: { count: 1 } }, 'en')).toBe(
      'Worked together once before',
    );
  });

  it('falls back gracefully when the caller knew no cluster names', () => {
    expect(
      describeMatchReason(
        { code: 'SAME_CLUSTER', params: { clusterIds: ['c'], clusterNames: [] } },
        'en',
      ),
    ).toBe('Member of the same cluster');
  });

  it('shows an unknown code as itself rather than failing', () => {
    expect(describeMatchReason({ code: 'NEW_CODE' as MatchReasonCode, params: {} }, 'en')).toBe(
      'NEW_CODE',
    );
  });
});

describe('reasons of the relevance-first score', () => {
  it('names a matched concept in the reader’s language', () => {
    const reason = {
      code: 'MATCHED_CONCEPTS' as const,
      params: { concepts: ['bipolar-plate', 'fuel-cell'] },
    };
    expect(describeMatchReason(reason, 'en')).toBe(
      'Same technical concepts: bipolar plate, fuel cell',
    );
    expect(describeMatchReason(reason, 'ko')).toBe('같은 기술 개념: 분리판, 연료전지');
  });

  it('names a related field by its family in the reader’s language', () => {
    const reason = { code: 'RELATED_CONCEPTS' as const, params: { families: ['biosignals'] } };
    expect(describeMatchReason(reason, 'en')).toBe('Related technical fields: biosignals');
    expect(describeMatchReason(reason, 'ko')).toBe('관련 기술 분야: 생체신호');
  });

  it('says a facility is judged on availability and a mature supplier fits', () => {
    expect(
      describeMatchReason({ code: 'TRL_NOT_APPLICABLE', params: { kind: 'FACILITY' } }, 'ko'),
    ).toContain('시설');
    expect(
      describeMatchReason(
        { code: 'TRL_MATURE_SUPPLIER', params: { trl: 9, current: 6, target: 8 } },
        'en',
      ),
    ).toBe('Proven supplier at TRL 9: fits a need seeking a supplier or service (6→8)');
  });
});
