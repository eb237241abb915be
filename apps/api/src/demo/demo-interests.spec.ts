// The demo interests are inserted without the service: these checks hold them to the rules
// the API enforces (who may answer what, one holding interest per sender and item, the
// message schema, a reason exactly when declined).
import {
  assertMayAnswer,
  interestMessageSchema,
  isInterestHolding,
  type OrganizationKind,
} from '@spillover/domain';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data';
import { DEMO_INTERESTS } from './demo-interests';
import { DEMO_CAPABILITIES, DEMO_NEEDS } from './demo-listings';

const needs = new Map(DEMO_NEEDS.map((need) => [need.key as string, need]));
const capabilities = new Map(
  DEMO_CAPABILITIES.map((capability) => [capability.key as string, capability]),
);
const kindOf = new Map(
  DEMO_ORGANIZATIONS.map((organization) => [
    organization.key as string,
    organization.kind as OrganizationKind,
  ]),
);

describe('demo interests', () => {
  it('answer listings their senders may answer, written by members of the sender, valid by the domain schema', () => {
    const now = new Date();
    for (const demo of DEMO_INTERESTS) {
      const need = demo.need ? needs.get(demo.need) : undefined;
      const capability = demo.capability ? capabilities.get(demo.capability) : undefined;
      expect(Boolean(need) !== Boolean(capability)).toBe(true);
      const listing = need
        ? {
            kind: 'NEED' as const,
            organizationId: need.organization,
            status: need.status,
            responseDeadline:
              need.deadlineInDays === null
                ? null
                : new Date(now.getTime() + need.deadlineInDays * 86_400_000),
          }
        : {
            kind: 'CAPABILITY' as const,
            organizationId: capability!.organization,
            status: capability!.status,
          };
      expect(() =>
        assertMayAnswer(listing, { id: demo.from, kind: kindOf.get(demo.from)! }, now),
      ).not.toThrow();
      const author = DEMO_USERS.find((user) => user.email === demo.by);
      expect(author?.memberships.map((membership) => membership.organization)).toContain(demo.from);
      expect(
        interestMessageSchema.safeParse({
          message: demo.message,
          proposedApproach: demo.proposedApproach,
        }).success,
      ).toBe(true);
      for (const key of demo.linked)
        expect(capabilities.get(key)).toMatchObject({
          organization: demo.from,
          status: 'PUBLISHED',
        });
      expect(demo.declineReason !== undefined).toBe(demo.status === 'DECLINED');
    }
  });

  it('hold at most one open interest per sender and item, and show every state', () => {
    const holding = DEMO_INTERESTS.filter((demo) => isInterestHolding(demo.status)).map(
      (demo) => `${demo.from}:${demo.need ?? demo.capability}`,
    );
    expect(new Set(holding).size).toBe(holding.length);
    expect(new Set(DEMO_INTERESTS.map((demo) => demo.status))).toEqual(
      new Set(['SUBMITTED', 'SHORTLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']),
    );
  });
});
