import { DomainError } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import {
  applyCapabilityPatch,
  assertCapabilityPublishable,
  capabilityDraftSchema,
  capabilityDraftSchemaOf,
  capabilityKindHasField,
  capabilityPublishProblems,
  type CapabilityDraftInput,
  type CapabilityDraftValues,
  type CapabilityStatus,
} from './capability';
import { availableCapabilityActions, transitionCapability } from './capability-status';

const ORG = '3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';

const common = {
  title: 'Fuel cell stack test bench (up to 30 kW)',
  description:
    'Polarisation curves, durability cycling and EIS on PEM stacks up to 30 kW; hydrogen supply on site.',
  technologyAreas: ['EF05'],
  sectors: ['72'],
  contactName: '김수진',
  contactEmail: 'Sujin.Kim@KIER.example',
  availability: 'Weekdays, booked two weeks ahead',
  visibility: 'PUBLIC' as const,
};

const equipment: CapabilityDraftInput = {
  ...common,
  kind: 'EQUIPMENT',
  model: 'Greenlight G60',
  location: '대전 유성구 가정로 152',
  bookingTerms: 'Per day, operator included',
};
const patent: CapabilityDraftInput = {
  ...common,
  kind: 'IP',
  title: 'Corrosion-resistant coating for metallic bipolar plates',
  trl: 5,
  patentNumber: 'KR 10-2021-0123456',
  licensingStatus: 'NON_EXCLUSIVE_LICENSED',
};
const expertise: CapabilityDraftInput = {
  ...common,
  kind: 'EXPERTISE',
  title: 'Lightweight design of automotive seat frames',
};

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : `other:${String(error)}`;
  }
  return 'none';
};

describe('capability drafts', () => {
  it('accepts each kind with its own fields, and lower-cases the contact e-mail', () => {
    expect(parseInput(capabilityDraftSchema, equipment).contactEmail).toBe(
      'sujin.kim@kier.example',
    );
    expect(parseInput(capabilityDraftSchema, patent).patentNumber).toBe('KR 10-2021-0123456');
    expect(
      parseInput(capabilityDraftSchema, { kind: 'SERVICE', title: 'Failure analysis' }).kind,
    ).toBe('SERVICE');
  });

  it.each([
    'KR 10-2021-0123456',
    'EP1234567',
    'US 11,234,567 B2',
    'WO2021/123456',
    '특허 제10-1234567호',
    'JP 2020-123456 A',
  ])('accepts the patent number %s', (patentNumber) => {
    expect(refusal(() => parseInput(capabilityDraftSchema, { ...patent, patentNumber }))).toBe(
      'none',
    );
  });

  it.each([
    ['kind', { kind: 'SOFTWARE' }],
    ['title', { title: 'ab' }],
    ['description', { description: 'x'.repeat(20001) }],
    ['technologyAreas.0', { technologyAreas: ['XX01'] }],
    ['sectors.0', { sectors: ['00'] }],
    ['trl', { trl: 0 }],
    ['trl', { trl: 10 }],
    ['contactName', { contactName: 'x'.repeat(121) }],
    ['contactEmail', { contactEmail: 'not an address' }],
    ['availability', { availability: 'x'.repeat(501) }],
    ['visibility', { visibility: 'INTERNAL' }],
    ['invitedOrganizationIds', { visibility: 'PUBLIC', invitedOrganizationIds: [ORG] }],
    ['location', { location: 'x'.repeat(301) }],
    ['bookingTerms', { bookingTerms: 'x'.repeat(2001) }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(refusal(() => parseInput(capabilityDraftSchema, { ...equipment, ...change }))).toBe(
      `BAD_USER_INPUT:${field}`,
    );
  });

  it.each([
    ['patentNumber', { patentNumber: '' }],
    ['patentNumber', { patentNumber: 'pending' }],
    ['patentNumber', { patentNumber: 'EP 123' }],
    ['patentNumber', { patentNumber: 'EP1234567; see https://x' }],
    ['patentNumber', { patentNumber: `EP${'1'.repeat(63)}` }],
    ['licensingStatus', { licensingStatus: 'FREE' }],
  ])('names the IP field %s when it is wrong', (field, change) => {
    expect(refusal(() => parseInput(capabilityDraftSchema, { ...patent, ...change }))).toBe(
      `BAD_USER_INPUT:${field}`,
    );
  });

  it.each([
    ['EXPERTISE', 'location', 'Daegu'],
    ['SERVICE', 'model', 'X-200'],
    ['IP', 'bookingTerms', 'Per day'],
    ['EQUIPMENT', 'patentNumber', 'EP1234567'],
    ['FACILITY', 'licensingStatus', 'AVAILABLE'],
    ['EXPERTISE', 'patentNumber', 'EP1234567'],
  ] as const)('refuses a %s with a %s', (kind, field, value) => {
    expect(
      refusal(() =>
        parseInput(capabilityDraftSchema, { kind, title: 'A capability', [field]: value }),
      ),
    ).toBe(`BAD_USER_INPUT:${field}`);
  });

  it('ignores empty kind-specific fields of another kind', () => {
    expect(
      refusal(() =>
        parseInput(capabilityDraftSchema, { ...expertise, location: '  ', model: null }),
      ),
    ).toBe('none');
  });

  it('knows which kinds carry which fields', () => {
    expect(capabilityKindHasField('FACILITY', 'location')).toBe(true);
    expect(capabilityKindHasField('FACILITY', 'model')).toBe(true);
    expect(capabilityKindHasField('IP', 'location')).toBe(false);
    expect(capabilityKindHasField('IP', 'patentNumber')).toBe(true);
  });
});

describe('publishing a capability', () => {
  it('publishes complete equipment, IP and expertise; TRL is asked of IP only', () => {
    expect(assertCapabilityPublishable(equipment).location).toBe('대전 유성구 가정로 152');
    expect(assertCapabilityPublishable(patent).trl).toBe(5);
    expect(assertCapabilityPublishable({ ...expertise, sectors: undefined }).sectors).toEqual([]);
  });

  it.each([
    ['description', expertise, { description: ' ' }],
    ['technologyAreas', expertise, { technologyAreas: [] }],
    ['contactName', expertise, { contactName: null }],
    ['contactEmail', expertise, { contactEmail: undefined }],
    ['visibility', expertise, { visibility: null }],
    ['invitedOrganizationIds', expertise, { visibility: 'PRIVATE' }],
    ['location', equipment, { location: null }],
    ['location', { ...equipment, kind: 'FACILITY' }, { location: '' }],
    ['trl', patent, { trl: null }],
    ['patentNumber', patent, { patentNumber: null }],
    ['licensingStatus', patent, { licensingStatus: undefined }],
  ] as const)('refuses to publish without %s', (field, values, change) => {
    expect(
      refusal(() => assertCapabilityPublishable({ ...values, ...change } as CapabilityDraftInput)),
    ).toBe(`BAD_USER_INPUT:${field}`);
  });

  it('lists every problem for the form, in field order', () => {
    expect(
      Object.keys(
        capabilityPublishProblems({ kind: 'IP', title: 'Coating patent', location: 'Ulsan' }),
      ),
    ).toEqual([
      'description',
      'technologyAreas',
      'trl',
      'contactName',
      'contactEmail',
      'visibility',
      'location',
      'patentNumber',
      'licensingStatus',
    ]);
  });
});

describe('editing a capability', () => {
  const stored = parseInput(capabilityDraftSchema, equipment) as CapabilityDraftValues;

  it('makes a change of kind clear the old kind’s fields', () => {
    expect(refusal(() => applyCapabilityPatch(stored, { kind: 'SERVICE' }))).toBe(
      'BAD_USER_INPUT:model',
    );
    const service = applyCapabilityPatch(stored, {
      kind: 'SERVICE',
      model: null,
      location: null,
      bookingTerms: null,
    });
    expect(service.kind).toBe('SERVICE');
    expect(service.location).toBeNull();
  });

  it('refuses the owner among the invited organizations of a PRIVATE capability, drafts and edits alike', () => {
    const OTHER = '8a6b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d';
    expect(
      refusal(() =>
        parseInput(capabilityDraftSchemaOf(ORG), {
          ...expertise,
          visibility: 'PRIVATE',
          invitedOrganizationIds: [OTHER, ORG],
        }),
      ),
    ).toBe('BAD_USER_INPUT:invitedOrganizationIds');
    expect(
      refusal(() =>
        parseInput(capabilityDraftSchemaOf(OTHER), {
          ...expertise,
          visibility: 'PRIVATE',
          invitedOrganizationIds: [ORG],
        }),
      ),
    ).toBe('none');
    expect(
      refusal(() =>
        applyCapabilityPatch(
          stored,
          { visibility: 'PRIVATE', invitedOrganizationIds: [ORG] },
          { status: 'DRAFT', organizationId: ORG },
        ),
      ),
    ).toBe('BAD_USER_INPUT:invitedOrganizationIds');
    expect(
      applyCapabilityPatch(
        stored,
        { visibility: 'PRIVATE', invitedOrganizationIds: [OTHER] },
        { status: 'PUBLISHED', organizationId: ORG },
      ).invitedOrganizationIds,
    ).toEqual([OTHER]);
  });

  it('keeps a PUBLISHED capability publishable, lets a draft or an archived one be incomplete', () => {
    expect(
      refusal(() => applyCapabilityPatch(stored, { contactEmail: null }, { status: 'PUBLISHED' })),
    ).toBe('BAD_USER_INPUT:contactEmail');
    expect(
      applyCapabilityPatch(stored, { contactEmail: null }, { status: 'DRAFT' }).contactEmail,
    ).toBeNull();
    expect(
      applyCapabilityPatch(stored, { contactEmail: null }, { status: 'ARCHIVED' }).contactEmail,
    ).toBeNull();
  });
});

describe('capability transitions', () => {
  it('walks publish, archive, republish', () => {
    let status: CapabilityStatus = transitionCapability('DRAFT', 'publish', { values: equipment });
    expect(status).toBe('PUBLISHED');
    status = transitionCapability(status, 'archive');
    expect(status).toBe('ARCHIVED');
    expect(transitionCapability(status, 'republish', { values: equipment })).toBe('PUBLISHED');
  });

  it.each([
    ['PUBLISHED', 'publish'],
    ['ARCHIVED', 'publish'],
    ['DRAFT', 'archive'],
    ['ARCHIVED', 'archive'],
    ['DRAFT', 'republish'],
    ['PUBLISHED', 'republish'],
  ] as const)('refuses %s → %s as a CONFLICT on status', (from, action) => {
    expect(refusal(() => transitionCapability(from, action, { values: equipment }))).toBe(
      'CONFLICT:status',
    );
  });

  it('checks the values when publishing and republishing, not when archiving', () => {
    expect(
      refusal(() =>
        transitionCapability('DRAFT', 'publish', { values: { ...equipment, location: null } }),
      ),
    ).toBe('BAD_USER_INPUT:location');
    expect(
      refusal(() =>
        transitionCapability('ARCHIVED', 'republish', {
          values: { ...patent, licensingStatus: null },
        }),
      ),
    ).toBe('BAD_USER_INPUT:licensingStatus');
    expect(refusal(() => transitionCapability('DRAFT', 'publish'))).toBe('BAD_USER_INPUT:input');
    expect(transitionCapability('PUBLISHED', 'archive')).toBe('ARCHIVED');
  });

  it('offers exactly the actions that would succeed', () => {
    expect(availableCapabilityActions('DRAFT')).toEqual(['publish']);
    expect(availableCapabilityActions('PUBLISHED')).toEqual(['archive']);
    expect(availableCapabilityActions('ARCHIVED')).toEqual(['republish']);
  });
});
