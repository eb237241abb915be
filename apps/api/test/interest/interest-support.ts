import { runFanOuts } from '../notification/notification-support';
import { createOrganization, signUp, type SignedIn } from '../support/factories';
import { capabilityIn, capabilityInput, needIn } from '../support/listings';
import { castOfRoles, joinOrganization, type Cast, type Member } from '../support/roles';
import type { GraphQLResult, TestApp, TestClient } from '../support/test-app';

export const INTEREST_FIELDS = `id listingKind status message proposedApproach declineReason matchScore fromMatch createdAt decidedAt
  viewerRole viewerActions senderOrganization { id } ownerOrganization { id } need { id } capability { id } linkedCapabilities { id }`;
export const EXPRESS = `mutation Express($input: ExpressInterestInput!) { expressInterest(input: $input) { ${INTEREST_FIELDS} } }`;
export const SHORTLIST = `mutation Shortlist($id: ID!) { shortlistInterest(id: $id) { ${INTEREST_FIELDS} } }`;
export const ACCEPT = `mutation Accept($id: ID!) { acceptInterest(id: $id) { ${INTEREST_FIELDS} } }`;
export const DECLINE = `mutation Decline($id: ID!, $reason: String!) { declineInterest(id: $id, reason: $reason) { ${INTEREST_FIELDS} } }`;
export const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawInterest(id: $id) { ${INTEREST_FIELDS} } }`;
export const INTEREST = `query Interest($id: ID!) { interest(id: $id) { ${INTEREST_FIELDS} } }`;
export const BOARD = `query Board($needId: ID, $capabilityId: ID, $statuses: [InterestStatus!], $orderBy: InterestOrder, $first: Int, $after: String) {
  interestsForListing(needId: $needId, capabilityId: $capabilityId, statuses: $statuses, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status matchScore senderOrganization { id } } }
  }
}`;
export const MINE = `query Mine($statuses: [InterestStatus!]) { myInterests(statuses: $statuses) { totalCount edges { node { id status declineReason } } } }`;

export interface InterestView {
  id: string;
  status: string;
  declineReason: string | null;
  viewerRole: string;
  viewerActions: string[];
  linkedCapabilities: { id: string }[];
  need: { id: string } | null;
  capability: { id: string } | null;
  matchScore: number | null;
}

/**
 * The cast around interests: `cast.org` owns the listings (its `orgAdmin` and `orgMember`);
 * `sender` is a firm answering them, with an ORG_ADMIN and a plain ORG_MEMBER; `university`
 * answers needs only; `stranger` runs an organization that is neither party.
 */
export interface InterestCast extends Cast {
  sender: { id: string; name: string };
  senderAdmin: SignedIn;
  senderMember: Member;
  senderCapability: { id: string };
  university: { id: string };
  universityAdmin: SignedIn;
  stranger: SignedIn;
}

export async function interestCast(t: TestApp): Promise<InterestCast> {
  const cast = await castOfRoles(t);
  const senderAdmin = await signUp(t, { displayName: 'Sender Admin' });
  const sender = await createOrganization(senderAdmin.client, {
    name: `Hanbit Motion ${Math.random().toString(36).slice(2, 8)}`,
  });
  const senderMember = await joinOrganization(t, senderAdmin.client, sender.id, 'ORG_MEMBER');
  const senderCapability = await capabilityIn(
    senderAdmin.client,
    sender.id,
    'PUBLISHED',
    capabilityInput('SERVICE'),
  );
  const universityAdmin = await signUp(t, { displayName: 'University Admin' });
  const university = await createOrganization(universityAdmin.client, {
    name: `Kyungpook Lab ${Math.random().toString(36).slice(2, 8)}`,
    kind: 'UNIVERSITY',
    size: null,
  });
  const stranger = await signUp(t, { displayName: 'Stranger Admin' });
  await createOrganization(stranger.client, {
    name: `Unrelated Works ${Math.random().toString(36).slice(2, 8)}`,
  });
  return {
    ...cast,
    sender,
    senderAdmin,
    senderMember,
    senderCapability,
    university,
    universityAdmin,
    stranger,
  };
}

export const openNeed = (cast: InterestCast, overrides: Record<string, unknown> = {}) =>
  needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', overrides);
export const publishedCapability = (cast: InterestCast) =>
  capabilityIn(cast.orgAdmin.client, cast.org.id, 'PUBLISHED');

export const interestInput = (
  organizationId: string,
  listing: { needId?: string; capabilityId?: string },
  overrides: Record<string, unknown> = {},
) => ({
  organizationId,
  ...listing,
  message: 'We built three fuel-cell test rigs for truck makers last year.',
  proposedApproach: 'A six-month joint project: test protocol first, then a pilot on your line.',
  ...overrides,
});

export const express = (client: TestClient, input: Record<string, unknown>) =>
  client.gql<{ expressInterest: InterestView }>(EXPRESS, { input });

export async function expressed(
  client: TestClient,
  input: Record<string, unknown>,
): Promise<InterestView> {
  return (await client.ok<{ expressInterest: InterestView }>(EXPRESS, { input })).expressInterest;
}

/** The notifications of a type stored for a user, once the queued fan-outs ran. */
export async function notificationsOf(
  t: TestApp,
  userId: string,
  type: string,
): Promise<{ params: Record<string, string> }[]> {
  await runFanOuts(t);
  return t.dataSource.query(
    `SELECT params FROM notification WHERE recipient_id = $1 AND type = $2`,
    [userId, type],
  );
}

export async function auditActionsOf(t: TestApp, interestId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.dataSource.query(
    `SELECT action FROM audit_event WHERE object_id = $1 ORDER BY created_at, action`,
    [interestId],
  );
  return rows.map((row) => row.action);
}

export const codeOf = (result: GraphQLResult<unknown>): string =>
  result.errors?.[0]?.extensions?.code ?? 'OK';
