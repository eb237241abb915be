import { assertPartnershipFits } from '@spillover/domain';
import { DEMO_CLUSTERS, DEMO_CLUSTER_MEMBERSHIPS } from './demo-data';
import { DEMO_COLLABORATIONS } from './demo-collaborations';
import { DEMO_CLUSTER_PARTNERSHIPS } from './demo-partnerships';

const clusterOf = (key: string) => DEMO_CLUSTERS.find((cluster) => cluster.key === key)!;

describe('demo cluster partnerships', () => {
  it('are of the kind their countries call for, one live partnership per pair', () => {
    for (const partnership of DEMO_CLUSTER_PARTNERSHIPS) {
      const proposer = clusterOf(partnership.proposer);
      const recipient = clusterOf(partnership.recipient);
      expect(() =>
        assertPartnershipFits(
          partnership.kind,
          { id: proposer.key, country: proposer.country },
          { id: recipient.key, country: recipient.country },
        ),
      ).not.toThrow();
      expect(partnership.answeredDaysAgo === null).toBe(partnership.status === 'PROPOSED');
    }
    const pairs = DEMO_CLUSTER_PARTNERSHIPS.map((p) => [p.proposer, p.recipient].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('show the Daegu–Baden-Württemberg partnership working: active, with a collaboration across it', () => {
    expect(DEMO_CLUSTER_PARTNERSHIPS).toContainEqual(
      expect.objectContaining({
        proposer: 'daegu-seongseo',
        recipient: 'bw-automotive',
        status: 'ACTIVE',
        kind: 'INTERNATIONAL',
      }),
    );
    expect(DEMO_CLUSTER_PARTNERSHIPS).toContainEqual(
      expect.objectContaining({ kind: 'DOMESTIC', status: 'PROPOSED' }),
    );
    const activeIn = (cluster: string) =>
      new Set(
        DEMO_CLUSTER_MEMBERSHIPS.filter((m) => m.cluster === cluster && m.status === 'ACTIVE').map(
          (m) => m.organization as string,
        ),
      );
    const [daegu, bw] = [activeIn('daegu-seongseo'), activeIn('bw-automotive')];
    expect(
      DEMO_COLLABORATIONS.some(
        ({ between: [a, b] }) => (daegu.has(a) && bw.has(b)) || (daegu.has(b) && bw.has(a)),
      ),
    ).toBe(true);
  });
});
