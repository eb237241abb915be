import { DomainError } from '../errors/domain-error';
import { audienceChange, ownerInvitedMessage } from '../common/visibility';
import { parseInput } from '../validation/parse-input';
import {
  applyNeedPatch,
  assertPublishable,
  calendarDay,
  needDraftSchema,
  needDraftSchemaOf,
  needPublishProblems,
  type NeedDraftInput,
  type NeedDraftValues,
} from './need';

const now = new Date('2026-11-24T09:00:00Z');
const ORG_A = '3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const ORG_B = '8a6b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d';

const hydrogenNeed: NeedDraftInput = {
  title: '수소 연료전지 스택 분리판 코팅 기술',
  publicSummary:
    'We look for a corrosion-resistant coating for metallic bipolar plates of PEM fuel cell stacks.',
  confidentialDetails:
    'Current coating: TiN by PVD, 5,000 h target durability, cost target 2 USD/plate.',
  desiredOutcome: 'A coating process validated on 100 plates.',
  technologyAreas: ['EF05'],
  sectors: ['C', '29'],
  currentTrl: 4,
  targetTrl: 6,
  budgetMin: 50_000_000,
  budgetMax: 150_000_000,
  currency: 'KRW',
  responseDeadline: '2026-12-31T18:00:00+09:00',
  collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
  visibility: 'PUBLIC',
  invitedOrganizationIds: [],
};

/** The field and code of the DomainError a call throws; 'none' when it does not throw. */
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : `other:${String(error)}`;
  }
  return 'none';
};
const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  return '';
};

describe('need drafts', () => {
  it('accepts a complete need, trims text and reads the deadline as an instant', () => {
    const values = parseInput(needDraftSchema, {
      ...hydrogenNeed,
      title: '  Bipolar plate coating ',
    });
    expect(values.title).toBe('Bipolar plate coating');
    expect(values.responseDeadline).toEqual(new Date('2026-12-31T09:00:00Z'));
  });

  it('accepts a draft with only a title, and a Date as the deadline', () => {
    expect(parseInput(needDraftSchema, { title: 'Lightweight door frame' }).title).toBe(
      'Lightweight door frame',
    );
    const deadline = new Date('2027-01-15T00:00:00Z');
    expect(
      parseInput(needDraftSchema, { title: 'Lightweight door frame', responseDeadline: deadline })
        .responseDeadline,
    ).toEqual(deadline);
  });

  it.each([
    ['title', { title: 'ab' }],
    ['title', { title: 'x'.repeat(201) }],
    ['title', { title: undefined }],
    ['publicSummary', { publicSummary: 'x'.repeat(2001) }],
    ['confidentialDetails', { confidentialDetails: 'x'.repeat(20001) }],
    ['desiredOutcome', { desiredOutcome: 'x'.repeat(5001) }],
    ['technologyAreas.0', { technologyAreas: ['ZZ99'] }],
    ['technologyAreas', { technologyAreas: ['EF05', 'EF05'] }],
    ['sectors.0', { sectors: ['C99'] }],
    ['currentTrl', { currentTrl: 0 }],
    ['currentTrl', { currentTrl: 10, targetTrl: 10 }],
    ['targetTrl', { targetTrl: 6.5 }],
    ['targetTrl', { currentTrl: 6, targetTrl: 4 }],
    ['budgetMin', { budgetMin: -1 }],
    ['budgetMin', { budgetMin: 10.5 }],
    ['budgetMax', { budgetMin: 200, budgetMax: 100 }],
    ['currency', { currency: 'XYZ' }],
    ['currency', { currency: 'krw' }],
    ['currency', { currency: 'XAU' }],
    ['currency', { currency: 'HRK' }],
    ['currency', { currency: null }],
    ['responseDeadline', { responseDeadline: '2026-12-31' }],
    ['responseDeadline', { responseDeadline: '2026-12-31T18:00:00' }],
    ['responseDeadline', { responseDeadline: 'next Friday' }],
    ['collaborationTypes.0', { collaborationTypes: ['CONSULTING'] }],
    ['collaborationTypes', { collaborationTypes: ['LICENSE', 'LICENSE'] }],
    ['visibility', { visibility: 'SECRET' }],
    ['invitedOrganizationIds.0', { visibility: 'PRIVATE', invitedOrganizationIds: ['not-a-uuid'] }],
    ['invitedOrganizationIds', { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_A, ORG_A] }],
    ['invitedOrganizationIds', { visibility: 'CLUSTER', invitedOrganizationIds: [ORG_A] }],
    ['invitedOrganizationIds', { visibility: 'PUBLIC', invitedOrganizationIds: [ORG_A] }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(refusal(() => parseInput(needDraftSchema, { ...hydrogenNeed, ...change }))).toBe(
      `BAD_USER_INPUT:${field}`,
    );
  });

  it('applies cross-field rules only where both sides are present', () => {
    expect(
      refusal(() => parseInput(needDraftSchema, { title: 'Only a target', targetTrl: 2 })),
    ).toBe('none');
    expect(
      refusal(() =>
        parseInput(needDraftSchema, { title: 'Only a minimum', budgetMin: 900, currency: 'EUR' }),
      ),
    ).toBe('none');
    expect(
      refusal(() =>
        parseInput(needDraftSchema, { title: 'Invitees first', invitedOrganizationIds: [ORG_A] }),
      ),
    ).toBe('none');
    expect(
      refusal(() =>
        parseInput(needDraftSchema, { title: 'Private, nobody yet', visibility: 'PRIVATE' }),
      ),
    ).toBe('none');
  });

  it('asks for the currency as soon as any budget is given', () => {
    expect(
      refusal(() => parseInput(needDraftSchema, { title: 'A maximum only', budgetMax: 100 })),
    ).toBe('BAD_USER_INPUT:currency');
    expect(
      messageOf(() => parseInput(needDraftSchema, { title: 'A maximum only', budgetMax: 100 })),
    ).toMatch(/currency/);
  });

  it('says which TRL is too low', () => {
    expect(
      messageOf(() =>
        parseInput(needDraftSchema, { ...hydrogenNeed, currentTrl: 6, targetTrl: 4 }),
      ),
    ).toBe('The target TRL (4) must be at least the current TRL (6).');
  });

  it('accepts equal TRLs, equal budget bounds and a zero budget', () => {
    expect(
      refusal(() =>
        parseInput(needDraftSchema, {
          ...hydrogenNeed,
          currentTrl: 5,
          targetTrl: 5,
          budgetMin: 0,
          budgetMax: 0,
        }),
      ),
    ).toBe('none');
  });
});

describe('publishing a need', () => {
  it('returns the publishable values with empty lists filled in', () => {
    const published = assertPublishable(
      { ...hydrogenNeed, sectors: null, invitedOrganizationIds: undefined },
      now,
    );
    expect(published.sectors).toEqual([]);
    expect(published.invitedOrganizationIds).toEqual([]);
    expect(published.responseDeadline).toBeInstanceOf(Date);
  });

  it('needs no budget, desired outcome or confidential details', () => {
    const {
      budgetMin: _min,
      budgetMax: _max,
      currency: _currency,
      desiredOutcome: _outcome,
      confidentialDetails: _details,
      ...rest
    } = hydrogenNeed;
    expect(refusal(() => assertPublishable(rest, now))).toBe('none');
  });

  it.each([
    ['publicSummary', { publicSummary: null }],
    ['publicSummary', { publicSummary: '   ' }],
    ['technologyAreas', { technologyAreas: [] }],
    ['technologyAreas', { technologyAreas: null }],
    ['currentTrl', { currentTrl: null }],
    ['targetTrl', { targetTrl: undefined }],
    ['responseDeadline', { responseDeadline: null }],
    ['responseDeadline', { responseDeadline: '2026-11-24T08:59:59Z' }],
    ['responseDeadline', { responseDeadline: '2026-11-24T09:00:00Z' }],
    ['collaborationTypes', { collaborationTypes: [] }],
    ['visibility', { visibility: null }],
    ['invitedOrganizationIds', { visibility: 'PRIVATE', invitedOrganizationIds: [] }],
    ['targetTrl', { currentTrl: 7, targetTrl: 3 }],
  ])('refuses to publish without a valid %s', (field, change) => {
    expect(
      refusal(() =>
        assertPublishable({ ...hydrogenNeed, ...(change as Partial<NeedDraftInput>) }, now),
      ),
    ).toBe(`BAD_USER_INPUT:${field}`);
  });

  it('names today in the deadline message, in the caller’s time zone', () => {
    const late = new Date('2026-11-24T20:00:00Z'); // already the 25th in Seoul
    const past = { ...hydrogenNeed, responseDeadline: '2026-11-20T00:00:00Z' };
    expect(messageOf(() => assertPublishable(past, now))).toBe(
      'The deadline must be after today (2026-11-24).',
    );
    expect(messageOf(() => assertPublishable(past, late, { timeZone: 'Asia/Seoul' }))).toBe(
      'The deadline must be after today (2026-11-25).',
    );
    expect(messageOf(() => assertPublishable(past, late, { timeZone: 'Not/AZone' }))).toBe(
      'The deadline must be after today (2026-11-24).',
    );
    expect(calendarDay(new Date('2026-01-05T16:00:00Z'), 'Asia/Seoul')).toBe('2026-01-06');
  });

  it('accepts a deadline one millisecond after now', () => {
    expect(
      refusal(() =>
        assertPublishable({ ...hydrogenNeed, responseDeadline: new Date(now.getTime() + 1) }, now),
      ),
    ).toBe('none');
  });

  it('reports the topmost problem first and lists all of them for the form', () => {
    const empty = {
      title: 'Smart factory vision inspection',
      currentTrl: 5,
      targetTrl: 3,
      visibility: 'PRIVATE' as const,
    };
    expect(refusal(() => assertPublishable(empty, now))).toBe('BAD_USER_INPUT:publicSummary');
    expect(Object.keys(needPublishProblems(empty, now))).toEqual([
      'publicSummary',
      'technologyAreas',
      'targetTrl',
      'responseDeadline',
      'collaborationTypes',
      'invitedOrganizationIds',
    ]);
    expect(needPublishProblems(hydrogenNeed, now)).toEqual({});
  });

  it('publishes a PRIVATE need with invited organizations', () => {
    const privateNeed = {
      ...hydrogenNeed,
      visibility: 'PRIVATE' as const,
      invitedOrganizationIds: [ORG_A, ORG_B],
    };
    expect(assertPublishable(privateNeed, now).invitedOrganizationIds).toEqual([ORG_A, ORG_B]);
  });
});

describe('editing a need', () => {
  const stored = parseInput(needDraftSchema, hydrogenNeed) as NeedDraftValues;

  it('checks a patch together with what is stored', () => {
    expect(refusal(() => applyNeedPatch(stored, { targetTrl: 3 }))).toBe(
      'BAD_USER_INPUT:targetTrl',
    );
    expect(refusal(() => applyNeedPatch(stored, { budgetMin: 200_000_000 }))).toBe(
      'BAD_USER_INPUT:budgetMax',
    );
    expect(refusal(() => applyNeedPatch(stored, { currency: null }))).toBe(
      'BAD_USER_INPUT:currency',
    );
    expect(
      refusal(() =>
        applyNeedPatch(stored, { visibility: 'CLUSTER', invitedOrganizationIds: [ORG_A] }),
      ),
    ).toBe('BAD_USER_INPUT:invitedOrganizationIds');
    expect(applyNeedPatch(stored, { currentTrl: 3, targetTrl: 3 }).targetTrl).toBe(3);
    expect(
      applyNeedPatch(stored, { budgetMin: null, budgetMax: null, currency: null }).currency,
    ).toBeNull();
    expect(applyNeedPatch(stored, { title: undefined }).title).toBe(stored.title);
  });

  it('refuses the owner among the invited organizations of a PRIVATE need, drafts and edits alike', () => {
    const own = {
      title: 'Private to ourselves',
      visibility: 'PRIVATE' as const,
      invitedOrganizationIds: [ORG_B, ORG_A],
    };
    expect(refusal(() => parseInput(needDraftSchemaOf(ORG_A), own))).toBe(
      'BAD_USER_INPUT:invitedOrganizationIds',
    );
    expect(messageOf(() => parseInput(needDraftSchemaOf(ORG_A), own))).toBe(
      ownerInvitedMessage('need'),
    );
    expect(
      refusal(() =>
        parseInput(needDraftSchemaOf(ORG_B), { ...own, invitedOrganizationIds: [ORG_A] }),
      ),
    ).toBe('none');
    const privateNeed = applyNeedPatch(
      stored,
      { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_B] },
      { status: 'OPEN', now, organizationId: ORG_A },
    );
    expect(
      refusal(() =>
        applyNeedPatch(
          privateNeed,
          { invitedOrganizationIds: [ORG_B, ORG_A] },
          { status: 'OPEN', now, organizationId: ORG_A },
        ),
      ),
    ).toBe('BAD_USER_INPUT:invitedOrganizationIds');
    expect(
      refusal(() =>
        applyNeedPatch(
          privateNeed,
          { invitedOrganizationIds: [ORG_A] },
          { status: 'DRAFT', now, organizationId: ORG_A },
        ),
      ),
    ).toBe('BAD_USER_INPUT:invitedOrganizationIds');
  });

  it('lets a draft become incomplete, but keeps an OPEN need publishable', () => {
    expect(
      applyNeedPatch(stored, { technologyAreas: [] }, { status: 'DRAFT', now }).technologyAreas,
    ).toEqual([]);
    expect(
      refusal(() => applyNeedPatch(stored, { technologyAreas: [] }, { status: 'OPEN', now })),
    ).toBe('BAD_USER_INPUT:technologyAreas');
    expect(
      refusal(() => applyNeedPatch(stored, { visibility: 'PRIVATE' }, { status: 'OPEN', now })),
    ).toBe('BAD_USER_INPUT:invitedOrganizationIds');
  });

  it('asks a future deadline of an OPEN need only when the edit touches the deadline', () => {
    const later = new Date('2027-02-01T00:00:00Z'); // after the stored deadline
    expect(
      refusal(() =>
        applyNeedPatch(
          stored,
          { title: 'Bipolar plate coating, 2nd round' },
          { status: 'OPEN', now: later },
        ),
      ),
    ).toBe('none');
    expect(
      refusal(() =>
        applyNeedPatch(
          stored,
          { responseDeadline: new Date('2027-01-31T00:00:00Z') },
          { status: 'OPEN', now: later },
        ),
      ),
    ).toBe('BAD_USER_INPUT:responseDeadline');
    expect(
      applyNeedPatch(
        stored,
        { responseDeadline: '2027-03-01T00:00:00Z' },
        { status: 'OPEN', now: later },
      ).responseDeadline,
    ).toEqual(new Date('2027-03-01T00:00:00Z'));
  });

  it('refuses to edit a closed need as a CONFLICT on status', () => {
    expect(
      refusal(() => applyNeedPatch(stored, { title: 'Reopened?' }, { status: 'CLOSED', now })),
    ).toBe('CONFLICT:status');
  });
});

describe('audience changes', () => {
  it('names what an edit changes of who may see a listing: the visibility first, then the invitations as a set', () => {
    expect(
      audienceChange(
        { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_A] },
        { visibility: 'PUBLIC', invitedOrganizationIds: [] },
      ),
    ).toBe('visibility');
    expect(
      audienceChange(
        { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_A] },
        { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_A, ORG_B] },
      ),
    ).toBe('invitedOrganizationIds');
    expect(
      audienceChange(
        { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_A, ORG_B] },
        { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_B] },
      ),
    ).toBe('invitedOrganizationIds');
    expect(
      audienceChange(
        { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_A, ORG_B] },
        { visibility: 'PRIVATE', invitedOrganizationIds: [ORG_B, ORG_A] },
      ),
    ).toBeNull();
    expect(
      audienceChange(
        { visibility: 'PUBLIC', invitedOrganizationIds: null },
        { visibility: 'PUBLIC', invitedOrganizationIds: [] },
      ),
    ).toBeNull();
  });
});
