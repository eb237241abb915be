import type { Funder } from '../call/call-funder';
import { rankAndAllocate } from './award';
import { funderAllocationSheet, rankingSheet, type AwardExportContext } from './award-export';

const f = (clusterId: string, country: string, budget: number): Funder => ({
  clusterId,
  funds: 'COUNTRY',
  country,
  region: null,
  budget,
  currency: 'EUR',
  maxPerProject: null,
});
const outcome = rankAndAllocate(
  {
    currency: 'EUR',
    criteria: [{ weight: 100, maxScore: 10 }],
    threshold: 50,
    budgetRule: 'SKIP',
    fundingMode: 'VIRTUAL_COMMON_POT',
    funders: [f('kr', 'KR', 10_000), f('de', 'DE', 5_000)],
  },
  [
    {
      applicationId: 'a1',
      submittedAt: new Date(0),
      reviews: [[9]],
      organizations: [
        {
          organizationId: 'o1',
          requestedBudget: 6_000,
          country: 'KR',
          region: null,
          activeClusterIds: [],
          sme: true,
        },
        {
          organizationId: 'o2',
          requestedBudget: 4_000,
          country: 'DE',
          region: null,
          activeClusterIds: [],
          sme: false,
        },
      ],
    },
    {
      applicationId: 'a2',
      submittedAt: new Date(0),
      reviews: [[8]],
      organizations: [
        {
          organizationId: 'o3',
          requestedBudget: 2_000,
          country: 'DE',
          region: null,
          activeClusterIds: [],
          sme: false,
        },
      ],
    },
    {
      applicationId: 'a3',
      submittedAt: new Date(0),
      reviews: [[2]],
      organizations: [
        {
          organizationId: 'o4',
          requestedBudget: 100,
          country: 'KR',
          region: null,
          activeClusterIds: [],
          sme: false,
        },
      ],
    },
  ],
);
const ctx = (language: 'en' | 'ko'): AwardExportContext => ({
  language,
  currency: 'EUR',
  criterionNames: ['Excellence'],
  criterionName: () => 'Excellence',
  funderName: (id) => (id === 'kr' ? 'Daegu' : 'Bavaria'),
  organizationName: (id) => id,
  applicationTitle: (id) => (id === 'a3' ? '=HYPERLINK("x")' : `Project ${id}`),
  leadName: () => 'Lead',
});

describe('award exports', () => {
  it('writes the ranking with the criterion means, amounts in the currency and the reasons', () => {
    const sheet = rankingSheet(outcome.results, ctx('en'));
    expect(sheet.header).toContain('Criterion: Excellence (mean)');
    expect(sheet.rows.map((r) => [r[0], r[1], r[6], r[9]])).toEqual([
      [1, 'Project a1', 'Funded', 100],
      [2, 'Project a2', 'Reserve', 0],
      // A title that starts like a formula is written as text.
      [3, `'=HYPERLINK("x")`, 'Rejected', 0],
    ]);
    expect(String(sheet.rows[1]?.[10])).toContain('Bavaria had €10.00 left');
  });

  it('has Korean headers and labels', () => {
    const sheet = rankingSheet(outcome.results, ctx('ko'));
    expect(sheet.header[0]).toBe('순위');
    expect(sheet.rows.map((r) => r[6])).toEqual(['선정', '예비', '미선정']);
  });

  it('lists per funder what it funds, what it could not pay, and its total', () => {
    const sheet = funderAllocationSheet(outcome.funders, ctx('en'));
    expect(sheet.rows.map((r) => [r[0], r[2], r[4], r[5], r[6]])).toEqual([
      ['Daegu', 'Funds', 'Project a1', 60, ''],
      ['Daegu', 'Total granted', '', 60, 40],
      ['Bavaria', 'Funds', 'Project a1', 40, ''],
      ['Bavaria', 'Could not pay (share)', 'Project a2', 20, 10],
      ['Bavaria', 'Total granted', '', 40, 10],
    ]);
  });
});
