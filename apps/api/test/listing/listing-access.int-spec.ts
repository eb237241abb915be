import { DomainError } from '@spillover/domain';
import { ListingAccess } from '../../src/listing/listing-access';
import type { Actor } from '../../src/platform/auth/actor';
import { capabilityIn, capabilityInput, needIn } from '../support/listings';
import { castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';

// ListingAccess.visible, the one door features answering a listing of either kind (interests)
// go through: the same view of a need and a capability, and NOT_FOUND for what the policy hides.

let t: TestApp;
let cast: Cast;
let access: ListingAccess;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  access = t.app.get(ListingAccess);
});
afterAll(async () => {
  await t.close();
});

const userActor = (userId: string): Actor => ({
  kind: 'user',
  userId,
  isAdmin: false,
  requestId: 'listing-access',
  via: { kind: 'session', sessionId: 'listing-access' },
});
const anonymous: Actor = { kind: 'anonymous', requestId: 'listing-access' };

async function refusalOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
}

describe('ListingAccess.visible', () => {
  it('gives an OPEN need with its deadline, open for answers, to anyone who may see it', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const view = await access.visible(anonymous, { kind: 'NEED', id: need.id });
    expect(view).toMatchObject({
      kind: 'NEED',
      id: need.id,
      organizationId: cast.org.id,
      title: need.title,
      status: 'OPEN',
      visibility: 'PUBLIC',
      openForAnswers: true,
    });
    expect(view.deadline?.toISOString()).toBe(need.responseDeadline);
  });

  it('says a CLOSED need and an ARCHIVED capability take no answers', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'CLOSED');
    expect((await access.visible(anonymous, { kind: 'NEED', id: need.id })).openForAnswers).toBe(
      false,
    );
    const capability = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'ARCHIVED');
    expect(
      await access.visible(userActor(cast.orgAdmin.userId), {
        kind: 'CAPABILITY',
        id: capability.id,
      }),
    ).toMatchObject({ status: 'ARCHIVED', openForAnswers: false });
  });

  it('gives a PUBLISHED capability without a deadline', async () => {
    const capability = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'PUBLISHED');
    expect(await access.visible(anonymous, { kind: 'CAPABILITY', id: capability.id })).toEqual({
      kind: 'CAPABILITY',
      id: capability.id,
      organizationId: cast.org.id,
      title: capability.title,
      status: 'PUBLISHED',
      visibility: 'PUBLIC',
      deadline: null,
      openForAnswers: true,
    });
  });

  it('answers NOT_FOUND for a draft outside its organization, a PRIVATE listing to the uninvited, and an unknown id', async () => {
    const draft = await needIn(cast.orgAdmin.client, cast.org.id, 'DRAFT');
    expect(
      (await access.visible(userActor(cast.orgMember.userId), { kind: 'NEED', id: draft.id }))
        .status,
    ).toBe('DRAFT');
    expect(
      await refusalOf(
        access.visible(userActor(cast.otherOrgAdmin.userId), { kind: 'NEED', id: draft.id }),
      ),
    ).toBe('NOT_FOUND');
    const hidden = await capabilityIn(
      cast.orgAdmin.client,
      cast.org.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.clusterOrg.id],
      }),
    );
    expect(
      await refusalOf(
        access.visible(userActor(cast.otherOrgAdmin.userId), { kind: 'CAPABILITY', id: hidden.id }),
      ),
    ).toBe('NOT_FOUND');
    expect(await refusalOf(access.visible(anonymous, { kind: 'CAPABILITY', id: hidden.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await refusalOf(
        access.visible(anonymous, { kind: 'NEED', id: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lets an invited organization see a PRIVATE listing', async () => {
    const invited = await capabilityIn(
      cast.orgAdmin.client,
      cast.org.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [cast.otherOrg.id],
      }),
    );
    expect(
      await access.visible(userActor(cast.otherOrgAdmin.userId), {
        kind: 'CAPABILITY',
        id: invited.id,
      }),
    ).toMatchObject({ visibility: 'PRIVATE', openForAnswers: true });
  });
});
