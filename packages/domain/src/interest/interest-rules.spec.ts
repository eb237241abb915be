import { DomainError } from '../errors/domain-error';
import { INTEREST_ACTIONS } from './interest-status';
import {
  INTEREST_ROLES,
  assertMayAnswer,
  interestPermission,
  interestRoleOf,
  type InterestPermissionAction,
  type InterestRole,
} from './interest-rules';

const now = new Date('2026-11-24T09:00:00Z');
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError
      ? `${error.code}:${error.field}:${error.key}`
      : `other:${String(error)}`;
  }
  return 'none';
};

describe('interest permissions', () => {
  // The whole matrix, written out: a change to who may do what must change this table.
  const expected: Record<
    InterestPermissionAction,
    Record<InterestRole, 'allow' | 'forbid' | 'hide'>
  > = {
    view: {
      SENDER_ADMIN: 'allow',
      SENDER_MEMBER: 'allow',
      OWNER_ADMIN: 'allow',
      OWNER_MEMBER: 'allow',
      NONE: 'hide',
    },
    submit: {
      SENDER_ADMIN: 'allow',
      SENDER_MEMBER: 'allow',
      OWNER_ADMIN: 'forbid',
      OWNER_MEMBER: 'forbid',
      NONE: 'hide',
    },
    withdraw: {
      SENDER_ADMIN: 'allow',
      SENDER_MEMBER: 'allow',
      OWNER_ADMIN: 'forbid',
      OWNER_MEMBER: 'forbid',
      NONE: 'hide',
    },
    shortlist: {
      SENDER_ADMIN: 'forbid',
      SENDER_MEMBER: 'forbid',
      OWNER_ADMIN: 'allow',
      OWNER_MEMBER: 'allow',
      NONE: 'hide',
    },
    accept: {
      SENDER_ADMIN: 'forbid',
      SENDER_MEMBER: 'forbid',
      OWNER_ADMIN: 'allow',
      OWNER_MEMBER: 'forbid',
      NONE: 'hide',
    },
    decline: {
      SENDER_ADMIN: 'forbid',
      SENDER_MEMBER: 'forbid',
      OWNER_ADMIN: 'allow',
      OWNER_MEMBER: 'forbid',
      NONE: 'hide',
    },
  };

  it.each([...INTEREST_ACTIONS, 'submit', 'view'] as const)('%s: every role', (action) => {
    for (const role of INTEREST_ROLES)
      expect(`${role}:${interestPermission(action, role)}`).toBe(
        `${role}:${expected[action][role]}`,
      );
  });

  it('finds the role from organization memberships, the owner side first', () => {
    const interest = { senderOrganizationId: 's', ownerOrganizationId: 'o' };
    expect(interestRoleOf(new Map([['s', 'ORG_MEMBER']]), interest)).toBe('SENDER_MEMBER');
    expect(interestRoleOf(new Map([['o', 'ORG_ADMIN']]), interest)).toBe('OWNER_ADMIN');
    expect(
      interestRoleOf(
        new Map([
          ['s', 'ORG_ADMIN'],
          ['o', 'ORG_MEMBER'],
        ]),
        interest,
      ),
    ).toBe('OWNER_MEMBER');
    expect(interestRoleOf(new Map([['x', 'ORG_ADMIN']]), interest)).toBe('NONE');
  });
});

describe('who may answer what', () => {
  const need = {
    kind: 'NEED' as const,
    organizationId: 'owner',
    status: 'OPEN',
    deadline: '2026-12-01T00:00:00Z',
  };
  const capability = { kind: 'CAPABILITY' as const, organizationId: 'owner', status: 'PUBLISHED' };
  const university = { id: 'u', kind: 'UNIVERSITY' as const };
  const firm = { id: 'f', kind: 'FIRM' as const };

  it('lets any organization answer an open need before its deadline, and a firm a published capability', () => {
    expect(refusal(() => assertMayAnswer(need, university, now))).toBe('none');
    expect(refusal(() => assertMayAnswer({ ...need, deadline: null }, firm, now))).toBe('none');
    expect(refusal(() => assertMayAnswer(capability, firm, now))).toBe('none');
  });

  it('refuses its own listing, a capability for a non-firm, a closed or past-deadline need and an archived capability', () => {
    expect(refusal(() => assertMayAnswer(need, { id: 'owner', kind: 'FIRM' }, now))).toBe(
      'BAD_USER_INPUT:organizationId:interest.ownListing',
    );
    expect(refusal(() => assertMayAnswer(capability, university, now))).toBe(
      'BAD_USER_INPUT:organizationId:interest.capabilityFirmsOnly',
    );
    expect(refusal(() => assertMayAnswer({ ...need, status: 'CLOSED' }, firm, now))).toBe(
      'CONFLICT:needId:interest.needClosed',
    );
    expect(refusal(() => assertMayAnswer({ ...need, deadline: now }, firm, now))).toBe(
      'CONFLICT:needId:interest.deadlinePassed',
    );
    expect(refusal(() => assertMayAnswer({ ...capability, status: 'ARCHIVED' }, firm, now))).toBe(
      'CONFLICT:capabilityId:interest.capabilityArchived',
    );
  });
});
