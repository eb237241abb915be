import { expectRefused } from '../support/factories';
import { CLOSE_NEED, needIn } from '../support/listings';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import {
  ACCEPT,
  DECLINE,
  INTEREST,
  SHORTLIST,
  WITHDRAW,
  codeOf,
  express,
  expressed,
  interestCast,
  interestInput,
  openNeed,
  publishedCapability,
  type InterestCast,
  type InterestView,
} from './interest-support';

let t: TestApp;
let cast: InterestCast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await interestCast(t);
});
afterAll(async () => {
  await t.close();
});

const read = async (client: TestClient, id: string) =>
  (await client.ok<{ interest: InterestView }>(INTEREST, { id })).interest;

describe('interests: permissions of every role for every transition', () => {
  const roles = () => ({
    ownerAdmin: cast.orgAdmin.client,
    ownerMember: cast.orgMember.client,
    senderAdmin: cast.senderAdmin.client,
    senderMember: cast.senderMember.client,
    stranger: cast.stranger.client,
    clusterManager: cast.manager.client,
    platformAdmin: cast.admin.client,
    anonymous: cast.anonymous,
  });
  type Role = keyof ReturnType<typeof roles>;
  const HIDDEN = {
    stranger: 'NOT_FOUND',
    clusterManager: 'NOT_FOUND',
    platformAdmin: 'NOT_FOUND',
    anonymous: 'NOT_FOUND',
  } as const;
  const cases: {
    action: string;
    query: string;
    from: 'SUBMITTED' | 'SHORTLISTED';
    allowed: Role;
    expected: Record<Role, string>;
  }[] = [
    {
      action: 'shortlist',
      query: SHORTLIST,
      from: 'SUBMITTED',
      allowed: 'ownerMember',
      expected: {
        ownerAdmin: 'OK',
        ownerMember: 'OK',
        senderAdmin: 'FORBIDDEN',
        senderMember: 'FORBIDDEN',
        ...HIDDEN,
      },
    },
    {
      action: 'accept',
      query: ACCEPT,
      from: 'SHORTLISTED',
      allowed: 'ownerAdmin',
      expected: {
        ownerAdmin: 'OK',
        ownerMember: 'FORBIDDEN',
        senderAdmin: 'FORBIDDEN',
        senderMember: 'FORBIDDEN',
        ...HIDDEN,
      },
    },
    {
      action: 'decline',
      query: DECLINE,
      from: 'SUBMITTED',
      allowed: 'ownerAdmin',
      expected: {
        ownerAdmin: 'OK',
        ownerMember: 'FORBIDDEN',
        senderAdmin: 'FORBIDDEN',
        senderMember: 'FORBIDDEN',
        ...HIDDEN,
      },
    },
    {
      action: 'withdraw',
      query: WITHDRAW,
      from: 'SHORTLISTED',
      allowed: 'senderMember',
      expected: {
        ownerAdmin: 'FORBIDDEN',
        ownerMember: 'FORBIDDEN',
        senderAdmin: 'OK',
        senderMember: 'OK',
        ...HIDDEN,
      },
    },
  ];

  it.each(cases)(
    '$action: refused for every role but its own, with nothing changed',
    async ({ query, from, allowed, expected }) => {
      const need = await openNeed(cast);
      const interest = await expressed(
        cast.senderAdmin.client,
        interestInput(cast.sender.id, { needId: need.id }),
      );
      if (from === 'SHORTLISTED') await cast.orgMember.client.ok(SHORTLIST, { id: interest.id });
      const variables = { id: interest.id, reason: 'Not a fit for our line.' };
      for (const [role, client] of Object.entries(roles()) as [Role, TestClient][]) {
        if (expected[role] === 'OK') continue;
        await expectRefused(
          t,
          () => client.gql(query, variables),
          expected[role] === 'NOT_FOUND' && role === 'anonymous' ? 'NOT_FOUND' : expected[role],
        );
      }
      // Every role marked OK may: the one tried here succeeds (the others differ only by role kind).
      expect(codeOf(await roles()[allowed].gql(query, variables))).toBe('OK');
    },
  );

  it('lets only members of the sending organization express interest for it', async () => {
    const need = await openNeed(cast);
    const input = interestInput(cast.sender.id, { needId: need.id });
    await expectRefused(
      t,
      () => express(cast.stranger.client, input),
      'FORBIDDEN',
      'organizationId',
    );
    await expectRefused(t, () => express(cast.admin.client, input), 'FORBIDDEN', 'organizationId');
    await expectRefused(t, () => express(cast.anonymous, input), 'UNAUTHENTICATED');
  });
});

describe('interests: refusals name the field and change nothing', () => {
  it('refuses an empty message, a short approach and a capability that is not the sender’s own', async () => {
    const need = await openNeed(cast);
    const ownerCapability = await publishedCapability(cast);
    await expectRefused(
      t,
      () =>
        express(
          cast.senderAdmin.client,
          interestInput(cast.sender.id, { needId: need.id }, { message: '   ' }),
        ),
      'BAD_USER_INPUT',
      'message',
    );
    await expectRefused(
      t,
      () =>
        express(
          cast.senderAdmin.client,
          interestInput(cast.sender.id, { needId: need.id }, { proposedApproach: 'soon' }),
        ),
      'BAD_USER_INPUT',
      'proposedApproach',
    );
    await expectRefused(
      t,
      () =>
        express(
          cast.senderAdmin.client,
          interestInput(
            cast.sender.id,
            { needId: need.id },
            { capabilityIds: [cast.senderCapability.id, ownerCapability.id] },
          ),
        ),
      'BAD_USER_INPUT',
      'capabilityIds.1',
    );
    await expectRefused(
      t,
      () =>
        express(
          cast.senderAdmin.client,
          interestInput(cast.sender.id, { needId: need.id, capabilityId: ownerCapability.id }),
        ),
      'BAD_USER_INPUT',
      'needId',
    );
    await expectRefused(
      t,
      () =>
        express(cast.senderAdmin.client, interestInput(cast.sender.id, { needId: 'not-an-id' })),
      'BAD_USER_INPUT',
      'needId',
    );
  });

  it('refuses a closed need, a need past its deadline, an archived capability, a hidden need and its own listing', async () => {
    const closed = await needIn(cast.orgAdmin.client, cast.org.id, 'CLOSED');
    await expectRefused(
      t,
      () => express(cast.senderAdmin.client, interestInput(cast.sender.id, { needId: closed.id })),
      'CONFLICT',
      'needId',
    );
    const late = await openNeed(cast);
    await t.dataSource.query(
      `UPDATE technology_need SET response_deadline = now() - interval '1 minute' WHERE id = $1`,
      [late.id],
    );
    await expectRefused(
      t,
      () => express(cast.senderAdmin.client, interestInput(cast.sender.id, { needId: late.id })),
      'CONFLICT',
      'needId',
    );
    const privateNeed = await openNeed(cast, {
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.otherOrg.id],
    });
    await expectRefused(
      t,
      () =>
        express(cast.senderAdmin.client, interestInput(cast.sender.id, { needId: privateNeed.id })),
      'NOT_FOUND',
    );
    const own = await openNeed(cast);
    await expectRefused(
      t,
      () => express(cast.orgAdmin.client, interestInput(cast.org.id, { needId: own.id })),
      'BAD_USER_INPUT',
      'organizationId',
    );
    const capability = await publishedCapability(cast);
    await expectRefused(
      t,
      () =>
        express(
          cast.universityAdmin.client,
          interestInput(cast.university.id, { capabilityId: capability.id }),
        ),
      'BAD_USER_INPUT',
      'organizationId',
    );
    await cast.orgAdmin.client.ok(`mutation A($id: ID!) { archiveCapability(id: $id) { id } }`, {
      id: capability.id,
    });
    await expectRefused(
      t,
      () =>
        express(
          cast.senderAdmin.client,
          interestInput(cast.sender.id, { capabilityId: capability.id }),
        ),
      'CONFLICT',
      'capabilityId',
    );
  });

  it('refuses a second open interest, accepting before a shortlist, and any change to a final interest', async () => {
    const need = await openNeed(cast);
    const interest = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    await expectRefused(
      t,
      () => express(cast.senderMember.client, interestInput(cast.sender.id, { needId: need.id })),
      'CONFLICT',
      'needId',
    );
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(ACCEPT, { id: interest.id }),
      'CONFLICT',
      'status',
    );
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(DECLINE, { id: interest.id, reason: ' ' }),
      'BAD_USER_INPUT',
      'reason',
    );
    await cast.senderAdmin.client.ok(WITHDRAW, { id: interest.id });
    await expectRefused(
      t,
      () => cast.senderAdmin.client.gql(WITHDRAW, { id: interest.id }),
      'CONFLICT',
      'status',
    );
    await expectRefused(
      t,
      () => cast.orgMember.client.gql(SHORTLIST, { id: interest.id }),
      'CONFLICT',
      'status',
    );
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(DECLINE, { id: interest.id, reason: 'Too late' }),
      'CONFLICT',
      'status',
    );
  });

  it('refuses a match that is not between the answered listing and one of the sender’s own', async () => {
    const need = await openNeed(cast);
    const ownerCapability = await publishedCapability(cast);
    await expectRefused(
      t,
      () =>
        express(
          cast.senderAdmin.client,
          interestInput(
            cast.sender.id,
            { needId: need.id },
            { match: { needId: need.id, capabilityId: ownerCapability.id } },
          ),
        ),
      'BAD_USER_INPUT',
      'match',
    );
    // The need closes after the interest: the interest stays and may still be answered.
    const kept = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    await cast.orgAdmin.client.ok(CLOSE_NEED, { id: need.id, reason: 'SOLVED' });
    expect((await read(cast.orgAdmin.client, kept.id)).viewerActions).toEqual([
      'shortlist',
      'decline',
    ]);
  });
});
