import { expectRefused } from '../support/factories';
import {
  CLOSE_NEED,
  CREATE_NEED,
  PUBLISH_NEED,
  UPDATE_NEED,
  createNeed,
  inDays,
  needIn,
  needInput,
  type NeedData,
} from '../support/listings';
import { castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

// Bad input and wrong states for every need mutation: each is refused with its code and
// field, and nothing changes (expectRefused compares every row before and after).

const MISSING = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let cast: Cast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
});
afterAll(async () => {
  await t.close();
});

const update = (client: TestClient, id: string, input: Record<string, unknown>) =>
  client.gql<{ updateTechnologyNeed: NeedData }>(UPDATE_NEED, { id, input });

describe('technology needs: bad input and wrong states', () => {
  describe('createTechnologyNeed: bad input', () => {
    it.each([
      ['title', { title: '  ' }],
      ['currency', { currency: 'XYZ' }],
      ['currency', { currency: null }],
      ['technologyAreas.0', { technologyAreas: ['ZZ99'] }],
      ['sectors.1', { sectors: ['29', '99x'] }],
      ['currentTrl', { currentTrl: 0 }],
      ['targetTrl', { targetTrl: 10 }],
      ['targetTrl', { currentTrl: 6, targetTrl: 5 }],
      ['budgetMax', { budgetMin: 300_000_000, budgetMax: 50_000_000 }],
      ['budgetMin', { budgetMin: -1 }],
      ['collaborationTypes', { collaborationTypes: ['LICENSE', 'LICENSE'] }],
      [
        'invitedOrganizationIds',
        { visibility: 'PUBLIC', invitedOrganizationIds: ['3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f'] },
      ],
      ['invitedOrganizationIds.0', { visibility: 'PRIVATE', invitedOrganizationIds: [MISSING] }],
      [
        'invitedOrganizationIds.0',
        { visibility: 'PRIVATE', invitedOrganizationIds: ['not-a-uuid'] },
      ],
      ['publicSummary', { publicSummary: 'x'.repeat(2001) }],
      ['visibility', { visibility: 'FRIENDS' }],
    ])('refuses a bad %s and creates nothing', async (field, overrides) => {
      await expectRefused(
        t,
        () =>
          cast.orgMember.client.gql(CREATE_NEED, { org: cast.org.id, input: needInput(overrides) }),
        'BAD_USER_INPUT',
        field,
      );
    });

    it('names the second invited organization when only it does not exist', async () => {
      await expectRefused(
        t,
        () =>
          cast.orgMember.client.gql(CREATE_NEED, {
            org: cast.org.id,
            input: needInput({
              visibility: 'PRIVATE',
              invitedOrganizationIds: [cast.otherOrg.id, MISSING],
            }),
          }),
        'BAD_USER_INPUT',
        'invitedOrganizationIds.1',
      );
    });
  });

  describe('updateTechnologyNeed: bad input', () => {
    it.each([
      ['title', { title: 'ab' }],
      ['currency', { currency: 'XYZ' }],
      ['technologyAreas.0', { technologyAreas: ['ZZ99'] }],
      // Fine alone, not with what is stored (current TRL 4, budget 50M–300M KRW).
      ['targetTrl', { targetTrl: 3 }],
      ['budgetMax', { budgetMax: 1_000 }],
      ['currency', { currency: null }],
      ['invitedOrganizationIds.0', { visibility: 'PRIVATE', invitedOrganizationIds: [MISSING] }],
    ])('refuses a bad %s on a draft and changes nothing', async (field, input) => {
      const draft = await createNeed(cast.orgMember.client, cast.org.id);
      await expectRefused(
        t,
        () => update(cast.orgMember.client, draft.id, input),
        'BAD_USER_INPUT',
        field,
      );
    });

    it('refuses invitations on a PUBLIC need, and switching to PUBLIC while invitations remain', async () => {
      const draft = await createNeed(cast.orgMember.client, cast.org.id);
      await expectRefused(
        t,
        () =>
          update(cast.orgMember.client, draft.id, { invitedOrganizationIds: [cast.otherOrg.id] }),
        'BAD_USER_INPUT',
        'invitedOrganizationIds',
      );
      const hidden = await createNeed(cast.orgMember.client, cast.org.id, {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      });
      await expectRefused(
        t,
        () => update(cast.orgMember.client, hidden.id, { visibility: 'CLUSTER' }),
        'BAD_USER_INPUT',
        'invitedOrganizationIds',
      );
    });

    it('keeps an OPEN need publishable: clearing a required field, a past deadline or a PRIVATE need without invitations is refused', async () => {
      const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
      await expectRefused(
        t,
        () => update(cast.orgMember.client, open.id, { publicSummary: null }),
        'BAD_USER_INPUT',
        'publicSummary',
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, open.id, { technologyAreas: [] }),
        'BAD_USER_INPUT',
        'technologyAreas',
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, open.id, { responseDeadline: inDays(-1) }),
        'BAD_USER_INPUT',
        'responseDeadline',
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, open.id, { visibility: 'PRIVATE' }),
        'BAD_USER_INPUT',
        'invitedOrganizationIds',
      );
    });

    it('refuses any edit of a CLOSED need (CONFLICT on status) and a malformed id', async () => {
      const closed = await needIn(cast.orgAdmin.client, cast.org.id, 'CLOSED');
      await expectRefused(
        t,
        () => update(cast.orgAdmin.client, closed.id, { title: 'Try again' }),
        'CONFLICT',
        'status',
      );
      await expectRefused(
        t,
        () => update(cast.orgAdmin.client, closed.id, {}),
        'CONFLICT',
        'status',
      );
      await expectRefused(
        t,
        () => update(cast.orgAdmin.client, 'need-1', { title: 'Try again' }),
        'BAD_USER_INPUT',
        'id',
      );
      await expectRefused(
        t,
        () => update(cast.orgAdmin.client, MISSING, { title: 'Try again' }),
        'NOT_FOUND',
      );
    });
  });

  describe('publishTechnologyNeed: bad input and wrong state', () => {
    it('names the first missing field of an incomplete draft, in form order', async () => {
      const steps: [string, Record<string, unknown>][] = [
        ['publicSummary', { publicSummary: 'Lighter stacks.' }],
        ['technologyAreas', { technologyAreas: ['EF05'] }],
        ['currentTrl', { currentTrl: 3 }],
        ['targetTrl', { targetTrl: 6 }],
        ['responseDeadline', { responseDeadline: inDays(10) }],
        ['collaborationTypes', { collaborationTypes: ['LICENSE'] }],
      ];
      const { id } = (
        await cast.orgMember.client.ok<{ createTechnologyNeed: NeedData }>(CREATE_NEED, {
          org: cast.org.id,
          input: { title: 'Step by step' },
        })
      ).createTechnologyNeed;
      for (const [field, fix] of steps) {
        await expectRefused(
          t,
          () => cast.orgAdmin.client.gql(PUBLISH_NEED, { id }),
          'BAD_USER_INPUT',
          field,
        );
        expect((await update(cast.orgMember.client, id, fix)).errors).toBeUndefined();
      }
      expect(
        (await cast.orgAdmin.client.ok<{ publishTechnologyNeed: NeedData }>(PUBLISH_NEED, { id }))
          .publishTechnologyNeed.status,
      ).toBe('OPEN');
    });

    it('refuses a deadline in the past, a PRIVATE need without invitations, and an already OPEN need', async () => {
      const past = await createNeed(cast.orgMember.client, cast.org.id, {
        responseDeadline: inDays(-1),
      });
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(PUBLISH_NEED, { id: past.id }),
        'BAD_USER_INPUT',
        'responseDeadline',
      );
      const lonely = await createNeed(cast.orgMember.client, cast.org.id, {
        visibility: 'PRIVATE',
      });
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(PUBLISH_NEED, { id: lonely.id }),
        'BAD_USER_INPUT',
        'invitedOrganizationIds',
      );
      const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(PUBLISH_NEED, { id: open.id }),
        'CONFLICT',
        'status',
      );
      const closed = await needIn(cast.orgAdmin.client, cast.org.id, 'CLOSED');
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(PUBLISH_NEED, { id: closed.id }),
        'CONFLICT',
        'status',
      );
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(PUBLISH_NEED, { id: '123' }),
        'BAD_USER_INPUT',
        'id',
      );
    });
  });

  describe('closeTechnologyNeed: bad input and wrong state', () => {
    it('refuses EXPIRED as the owner’s reason, closing a DRAFT or a CLOSED need, an unknown reason and a malformed id', async () => {
      const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(CLOSE_NEED, { id: open.id, reason: 'EXPIRED' }),
        'BAD_USER_INPUT',
        'reason',
      );
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(CLOSE_NEED, { id: open.id, reason: 'BORED' }),
        'BAD_USER_INPUT',
        'reason',
      );
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(CLOSE_NEED, { id: 'x', reason: 'SOLVED' }),
        'BAD_USER_INPUT',
        'id',
      );
      const draft = await createNeed(cast.orgMember.client, cast.org.id);
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(CLOSE_NEED, { id: draft.id, reason: 'SOLVED' }),
        'CONFLICT',
        'status',
      );
      const closed = await needIn(cast.orgAdmin.client, cast.org.id, 'CLOSED');
      await expectRefused(
        t,
        () => cast.orgAdmin.client.gql(CLOSE_NEED, { id: closed.id, reason: 'WITHDRAWN' }),
        'CONFLICT',
        'status',
      );
    });
  });
});
