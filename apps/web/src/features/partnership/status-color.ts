import type { ClusterPartnershipStatus } from '../../generated/graphql';

/** A partnership's status badge colour: active green, waiting blue, over grey. */
export const statusColor = (status: ClusterPartnershipStatus): string =>
  status === 'ACTIVE' ? 'teal' : status === 'PROPOSED' ? 'blue' : 'gray';
