import { DomainError } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import {
  assertAcceptsCurrentNda,
  canSeeConfidential,
  confidentialAccess,
  ndaAcceptanceSchema,
  ndaTermsChange,
  ndaTermsSchema,
} from './nda';

const OWNER = '3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const UNIVERSITY = '8a6b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d';
const INSTITUTE = 'c0ffee00-1234-4abc-8def-0123456789ab';
const NEED = '5d4c3b2a-1908-4f7e-a6d5-c4b3a2918070';

const v1 = {
  text: 'The recipient keeps the confidential details secret for three years.',
  version: 'v1',
};
const v2 = {
  text: 'The recipient keeps the confidential details secret for five years and returns all copies.',
  version: 'v2',
};

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : `other:${String(error)}`;
  }
  return 'none';
};

describe('NDA terms', () => {
  it('accepts text of 20–20000 characters and short version names', () => {
    expect(parseInput(ndaTermsSchema, { text: `  ${v1.text}  `, version: ' 2026-11 ' })).toEqual({
      text: v1.text,
      version: '2026-11',
    });
    for (const version of ['v1', '1.2.0', '2026-11', 'rev_3', 'V10'])
      expect(refusal(() => parseInput(ndaTermsSchema, { ...v1, version }))).toBe('none');
  });

  it.each([
    ['text', { text: 'Keep it secret.' }],
    ['text', { text: 'x'.repeat(20001) }],
    ['text', { text: undefined }],
    ['version', { version: '' }],
    ['version', { version: 'x'.repeat(33) }],
    ['version', { version: 'v 1' }],
    ['version', { version: '-v1' }],
    ['version', { version: '버전1' }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(refusal(() => parseInput(ndaTermsSchema, { ...v1, ...change }))).toBe(
      `BAD_USER_INPUT:${field}`,
    );
  });

  it('requires a new version for new text, and never reuses an old version', () => {
    expect(ndaTermsChange(v1, { current: null }).change).toBe('NEW_VERSION');
    expect(ndaTermsChange(v2, { current: v1, usedVersions: ['v1'] }).change).toBe('NEW_VERSION');
    expect(ndaTermsChange({ ...v1, version: 'V1' }, { current: v1 })).toEqual({
      terms: v1,
      change: 'UNCHANGED',
    });
    expect(refusal(() => ndaTermsChange({ ...v2, version: 'v1' }, { current: v1 }))).toBe(
      'BAD_USER_INPUT:version',
    );
    expect(
      refusal(() =>
        ndaTermsChange(
          { text: v1.text, version: 'v1' },
          { current: v2, usedVersions: ['v1', 'v2'] },
        ),
      ),
    ).toBe('BAD_USER_INPUT:version');
    expect(
      refusal(() => ndaTermsChange({ ...v1, version: 'bad version' }, { current: null })),
    ).toBe('BAD_USER_INPUT:version');
  });

  it('accepts only the version the need currently has', () => {
    expect(refusal(() => assertAcceptsCurrentNda('v2', 'v2'))).toBe('none');
    expect(refusal(() => assertAcceptsCurrentNda('v2', 'v1'))).toBe('CONFLICT:version');
    expect(refusal(() => assertAcceptsCurrentNda(null, 'v1'))).toBe('CONFLICT:version');
    expect(
      refusal(() =>
        parseInput(ndaAcceptanceSchema, { needId: NEED, organizationId: 'nope', version: 'v1' }),
      ),
    ).toBe('BAD_USER_INPUT:organizationId');
  });
});

describe('who sees confidential details', () => {
  const base = { ownerOrganizationId: OWNER, ndaVersion: 'v2', acceptedVersionsByViewerOrgs: {} };

  it('shows them to the owner, with or without terms', () => {
    expect(confidentialAccess({ ...base, viewerOrganizationIds: [UNIVERSITY, OWNER] })).toBe(
      'OWNER',
    );
    expect(confidentialAccess({ ...base, ndaVersion: null, viewerOrganizationIds: [OWNER] })).toBe(
      'OWNER',
    );
  });

  it('shows them to nobody else when no terms are set', () => {
    expect(
      confidentialAccess({ ...base, ndaVersion: null, viewerOrganizationIds: [UNIVERSITY] }),
    ).toBe('NO_NDA');
    expect(confidentialAccess({ ...base, ndaVersion: null, viewerOrganizationIds: [] })).toBe(
      'NO_NDA',
    );
  });

  it('shows them after one of the viewer’s organizations accepted the current version', () => {
    const accepted = { [UNIVERSITY]: ['v1', 'v2'] };
    expect(
      confidentialAccess({
        ...base,
        viewerOrganizationIds: [INSTITUTE, UNIVERSITY],
        acceptedVersionsByViewerOrgs: accepted,
      }),
    ).toBe('ACCEPTED');
    expect(
      confidentialAccess({
        ...base,
        viewerOrganizationIds: [UNIVERSITY],
        acceptedVersionsByViewerOrgs: new Map([[UNIVERSITY, ['v2']]]),
      }),
    ).toBe('ACCEPTED');
  });

  it('does not count an older version once the terms changed', () => {
    const acceptedV1 = { [UNIVERSITY]: ['v1'] };
    expect(
      confidentialAccess({
        ...base,
        ndaVersion: 'v1',
        viewerOrganizationIds: [UNIVERSITY],
        acceptedVersionsByViewerOrgs: acceptedV1,
      }),
    ).toBe('ACCEPTED');
    expect(
      confidentialAccess({
        ...base,
        ndaVersion: 'v2',
        viewerOrganizationIds: [UNIVERSITY],
        acceptedVersionsByViewerOrgs: acceptedV1,
      }),
    ).toBe('NDA_REQUIRED');
  });

  it('does not count acceptances of organizations the viewer does not belong to', () => {
    const accepted = new Map([[INSTITUTE, ['v2']]]);
    expect(
      confidentialAccess({
        ...base,
        viewerOrganizationIds: [UNIVERSITY],
        acceptedVersionsByViewerOrgs: accepted,
      }),
    ).toBe('NDA_REQUIRED');
    expect(
      confidentialAccess({
        ...base,
        viewerOrganizationIds: [],
        acceptedVersionsByViewerOrgs: accepted,
      }),
    ).toBe('NDA_REQUIRED');
  });

  it('tells the page whether to show the details', () => {
    expect(canSeeConfidential('OWNER')).toBe(true);
    expect(canSeeConfidential('ACCEPTED')).toBe(true);
    expect(canSeeConfidential('NDA_REQUIRED')).toBe(false);
    expect(canSeeConfidential('NO_NDA')).toBe(false);
  });
});
