import { DomainError } from '../errors/domain-error';
import {
  CLUSTER_OWN_ORGANIZATION_MESSAGE,
  assertMayApplyToCluster,
  availableClusterMembershipActions,
  organizationsThatMayApply,
  transitionClusterMembership,
  type ClusterMembershipStatus,
} from './cluster-membership';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : 'other';
  }
  return 'none';
};

describe('cluster membership transitions', () => {
  it('walks the life of a membership: apply, admit, remove, apply again, reject', () => {
    let status: ClusterMembershipStatus = transitionClusterMembership(null, 'apply');
    expect(status).toBe('PENDING');
    status = transitionClusterMembership(status, 'admit');
    expect(status).toBe('ACTIVE');
    status = transitionClusterMembership(status, 'remove', 'No longer based in the complex');
    expect(status).toBe('REMOVED');
    status = transitionClusterMembership(status, 'apply');
    expect(status).toBe('PENDING');
    expect(transitionClusterMembership(status, 'reject', 'Outside the focus sectors')).toBe(
      'REJECTED',
    );
    expect(transitionClusterMembership('REJECTED', 'apply')).toBe('PENDING');
  });

  it.each([
    ['PENDING', 'apply'],
    ['ACTIVE', 'apply'],
    ['ACTIVE', 'admit'],
    ['REJECTED', 'admit'],
    ['ACTIVE', 'reject'],
    ['PENDING', 'remove'],
    ['REMOVED', 'remove'],
  ] as const)('refuses %s → %s as a CONFLICT on status', (from, action) => {
    expect(codeOf(() => transitionClusterMembership(from, action, 'a reason'))).toBe(
      'CONFLICT:status',
    );
  });

  it('requires a reason to reject or remove, not to admit', () => {
    expect(codeOf(() => transitionClusterMembership('PENDING', 'reject'))).toBe(
      'BAD_USER_INPUT:reason',
    );
    expect(codeOf(() => transitionClusterMembership('ACTIVE', 'remove', '   '))).toBe(
      'BAD_USER_INPUT:reason',
    );
    expect(transitionClusterMembership('PENDING', 'admit')).toBe('ACTIVE');
  });

  it('offers exactly the actions that would succeed', () => {
    expect(availableClusterMembershipActions(null)).toEqual(['apply']);
    expect(availableClusterMembershipActions('PENDING')).toEqual(['admit', 'reject']);
    expect(availableClusterMembershipActions('ACTIVE')).toEqual(['remove']);
    expect(availableClusterMembershipActions('REMOVED')).toEqual(['apply']);
  });
});

describe('who may apply to a cluster', () => {
  const CLUSTER_ORG = { id: 'agency', name: 'Daegu Technopark' };
  const FIRM = { id: 'firm', name: 'Gear Works' };
  const MEMBER = { id: 'member', name: 'Already In' };

  it('refuses the cluster’s own organization on organizationId', () => {
    expect(() => assertMayApplyToCluster({ organizationId: 'agency' }, 'agency')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'organizationId',
        message: CLUSTER_OWN_ORGANIZATION_MESSAGE,
      }),
    );
    expect(() => assertMayApplyToCluster({ organizationId: 'agency' }, 'firm')).not.toThrow();
  });

  it('offers the organizations a person administers that are not in, never the cluster’s own, and none to its managers', () => {
    const administered = [CLUSTER_ORG, FIRM, MEMBER];
    const memberOrApplied = new Set(['member']);
    expect(
      organizationsThatMayApply({
        cluster: { organizationId: 'agency', viewerIsManager: false },
        administered,
        memberOrApplied,
      }),
    ).toEqual([FIRM]);
    expect(
      organizationsThatMayApply({
        cluster: { organizationId: 'agency', viewerIsManager: true },
        administered,
        memberOrApplied,
      }),
    ).toEqual([]);
  });
});
