import type { ClusterPartnershipKind } from '@spillover/domain';
import type { DemoClusterKey } from './demo-data';

/**
 * Cluster partnerships (클러스터 협력) of the demo programme: the Daegu mini-cluster and the
 * Baden-Württemberg automotive cluster work together (their members see each other's
 * cluster-only listings, and matching reads "partner cluster"), and Changwon has just
 * proposed a domestic (pan-regional) partnership that Daegu's manager has yet to answer.
 */
export interface DemoClusterPartnership {
  readonly proposer: DemoClusterKey;
  readonly recipient: DemoClusterKey;
  readonly kind: ClusterPartnershipKind;
  readonly status: 'ACTIVE' | 'PROPOSED';
  readonly note: string;
  readonly proposedDaysAgo: number;
  /** Null while PROPOSED; accepted by the recipient's manager. */
  readonly answeredDaysAgo: number | null;
}

export const DEMO_CLUSTER_PARTNERSHIPS: readonly DemoClusterPartnership[] = [
  {
    proposer: 'daegu-seongseo',
    recipient: 'bw-automotive',
    kind: 'INTERNATIONAL',
    status: 'ACTIVE',
    note: 'Global R&DB on lightweight and fuel-cell vehicle parts: Seongseo suppliers with Stuttgart research partners. 성서 자동차부품 기업과 슈투트가르트 연구기관의 국제공동 R&DB를 제안합니다.',
    proposedDaysAgo: 90,
    answeredDaysAgo: 84,
  },
  {
    proposer: 'changwon',
    recipient: 'daegu-seongseo',
    kind: 'DOMESTIC',
    status: 'PROPOSED',
    note: '창원 수소·기계 부품 기업과 대구 자동차부품 기업의 초광역 협력을 제안합니다. 수소 상용차 부품 공동 과제를 함께 준비하고 싶습니다.',
    proposedDaysAgo: 2,
    answeredDaysAgo: null,
  },
];
