import { expectRefused } from '../support/factories';
import {
  ARCHIVE_CAPABILITY,
  CREATE_CAPABILITY,
  DELETE_CAPABILITY_DRAFT,
  PUBLISH_CAPABILITY,
  UPDATE_CAPABILITY,
  capabilityIn,
  capabilityInput,
  createCapability,
  type CapabilityData,
} from '../support/listings';
import { castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

// Bad input and wrong states for every capability mutation: each is refused with its code
// and field, and nothing changes (expectRefused compares every row before and after).

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
  client.gql<{ updateCapability: CapabilityData }>(UPDATE_CAPABILITY, { id, input });
const create = (client: TestClient, input: Record<string, unknown>, organizationId = cast.org.id) =>
  client.gql<{ createCapability: CapabilityData }>(CREATE_CAPABILITY, {
    org: organizationId,
    input,
  });
const publish = (client: TestClient, id: string) =>
  client.gql<{ publishCapability: CapabilityData }>(PUBLISH_CAPABILITY, { id });
const archive = (client: TestClient, id: string) =>
  client.gql<{ archiveCapability: CapabilityData }>(ARCHIVE_CAPABILITY, { id });
const remove = (client: TestClient, id: string) =>
  client.gql<{ deleteCapabilityDraft: string }>(DELETE_CAPABILITY_DRAFT, { id });

describe('capabilities: bad input and wrong states', () => {
  describe('createCapability: bad input', () => {
    it.each([
      ['patentNumber', capabilityInput('EQUIPMENT', { patentNumber: 'KR 10-2021-0123456' })],
      ['licensingStatus', capabilityInput('SERVICE', { licensingStatus: 'AVAILABLE' })],
      ['location', capabilityInput('EXPERTISE', { location: 'Daegu' })],
      ['model', capabilityInput('IP', { model: 'X-1' })],
      ['patentNumber', capabilityInput('IP', { patentNumber: 'pending' })],
      ['technologyAreas.0', capabilityInput('EXPERTISE', { technologyAreas: ['ZZ99'] })],
      ['sectors.0', capabilityInput('EXPERTISE', { sectors: ['99x'] })],
      ['trl', capabilityInput('EXPERTISE', { trl: 0 })],
      ['contactEmail', capabilityInput('EXPERTISE', { contactEmail: 'not an address' })],
      ['title', capabilityInput('EXPERTISE', { title: 'ab' })],
      ['kind', capabilityInput('EXPERTISE', { kind: 'ROBOT' })],
      [
        'invitedOrganizationIds',
        capabilityInput('EXPERTISE', { visibility: 'PUBLIC', invitedOrganizationIds: [MISSING] }),
      ],
      [
        'invitedOrganizationIds.0',
        capabilityInput('EXPERTISE', { visibility: 'PRIVATE', invitedOrganizationIds: [MISSING] }),
      ],
    ])('refuses a bad %s and creates nothing', async (field, input) => {
      await expectRefused(t, () => create(cast.orgMember.client, input), 'BAD_USER_INPUT', field);
    });
  });

  describe('updateCapability: bad input', () => {
    it.each([
      ['model', { kind: 'EXPERTISE' }],
      ['patentNumber', { patentNumber: 'EP1234567' }],
      ['contactEmail', { contactEmail: 'lab@' }],
      ['technologyAreas.1', { technologyAreas: ['EF05', 'ZZ99'] }],
      ['trl', { trl: 10 }],
      ['invitedOrganizationIds.0', { visibility: 'PRIVATE', invitedOrganizationIds: [MISSING] }],
    ])('refuses a bad %s on an EQUIPMENT draft and changes nothing', async (field, input) => {
      const draft = await createCapability(
        cast.orgMember.client,
        cast.org.id,
        capabilityInput('EQUIPMENT'),
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, draft.id, input),
        'BAD_USER_INPUT',
        field,
      );
    });

    it('keeps a PUBLISHED capability publishable', async () => {
      const published = await capabilityIn(
        cast.orgAdmin.client,
        cast.org.id,
        'PUBLISHED',
        capabilityInput('EQUIPMENT'),
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, published.id, { location: null }),
        'BAD_USER_INPUT',
        'location',
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, published.id, { contactName: '  ' }),
        'BAD_USER_INPUT',
        'contactName',
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, published.id, { visibility: 'PRIVATE' }),
        'BAD_USER_INPUT',
        'invitedOrganizationIds',
      );
      const ip = await capabilityIn(
        cast.orgAdmin.client,
        cast.org.id,
        'PUBLISHED',
        capabilityInput('IP'),
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, ip.id, { patentNumber: null }),
        'BAD_USER_INPUT',
        'patentNumber',
      );
    });

    it('refuses a malformed id and an unknown one', async () => {
      await expectRefused(
        t,
        () => update(cast.orgMember.client, 'cap-1', { title: 'New title' }),
        'BAD_USER_INPUT',
        'id',
      );
      await expectRefused(
        t,
        () => update(cast.orgMember.client, MISSING, { title: 'New title' }),
        'NOT_FOUND',
      );
    });
  });

  describe('publishCapability: bad input and wrong state', () => {
    it.each([
      ['patentNumber', capabilityInput('IP', { patentNumber: null })],
      ['licensingStatus', capabilityInput('IP', { licensingStatus: null })],
      ['trl', capabilityInput('IP', { trl: null })],
      ['location', capabilityInput('EQUIPMENT', { location: null })],
      ['location', capabilityInput('FACILITY', { location: '   ' })],
      ['description', capabilityInput('SERVICE', { description: null })],
      ['technologyAreas', capabilityInput('EXPERTISE', { technologyAreas: [] })],
      ['contactEmail', capabilityInput('EXPERTISE', { contactEmail: null })],
      ['invitedOrganizationIds', capabilityInput('EXPERTISE', { visibility: 'PRIVATE' })],
    ])('refuses to publish a draft missing %s', async (field, input) => {
      const draft = await createCapability(cast.orgMember.client, cast.org.id, input);
      await expectRefused(
        t,
        () => publish(cast.orgAdmin.client, draft.id),
        'BAD_USER_INPUT',
        field,
      );
    });

    it('names the first missing field of a title-only draft', async () => {
      const draft = (
        await create(cast.orgMember.client, { kind: 'EQUIPMENT', title: 'Only a title' })
      ).data!.createCapability;
      await expectRefused(
        t,
        () => publish(cast.orgAdmin.client, draft.id),
        'BAD_USER_INPUT',
        'description',
      );
    });

    it('refuses publishing a PUBLISHED capability, and a malformed id', async () => {
      const published = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'PUBLISHED');
      await expectRefused(
        t,
        () => publish(cast.orgAdmin.client, published.id),
        'CONFLICT',
        'status',
      );
      await expectRefused(t, () => publish(cast.orgAdmin.client, 'cap-1'), 'BAD_USER_INPUT', 'id');
      await expectRefused(t, () => publish(cast.orgAdmin.client, MISSING), 'NOT_FOUND');
    });
  });

  describe('archiveCapability: wrong state', () => {
    it('refuses archiving a DRAFT or an ARCHIVED capability (CONFLICT on status), and a malformed id', async () => {
      const draft = await createCapability(cast.orgMember.client, cast.org.id);
      await expectRefused(t, () => archive(cast.orgAdmin.client, draft.id), 'CONFLICT', 'status');
      const archived = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'ARCHIVED');
      await expectRefused(
        t,
        () => archive(cast.orgAdmin.client, archived.id),
        'CONFLICT',
        'status',
      );
      await expectRefused(t, () => archive(cast.orgAdmin.client, 'cap-1'), 'BAD_USER_INPUT', 'id');
      await expectRefused(t, () => archive(cast.orgAdmin.client, MISSING), 'NOT_FOUND');
    });
  });

  describe('deleteCapabilityDraft: wrong state', () => {
    it('refuses deleting a PUBLISHED or ARCHIVED capability (CONFLICT on status), and a malformed id', async () => {
      const published = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'PUBLISHED');
      await expectRefused(
        t,
        () => remove(cast.orgAdmin.client, published.id),
        'CONFLICT',
        'status',
      );
      const archived = await capabilityIn(cast.orgAdmin.client, cast.org.id, 'ARCHIVED');
      await expectRefused(
        t,
        () => remove(cast.orgMember.client, archived.id),
        'CONFLICT',
        'status',
      );
      await expectRefused(t, () => remove(cast.orgAdmin.client, 'cap-1'), 'BAD_USER_INPUT', 'id');
      await expectRefused(t, () => remove(cast.orgAdmin.client, MISSING), 'NOT_FOUND');
    });
  });
});
