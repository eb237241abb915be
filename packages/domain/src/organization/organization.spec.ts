import { DomainError } from '../errors/domain-error';
import { inputProblems, parseInput } from '../validation/parse-input';
import { expandTechnologyAreas, organizationFilterSchema } from './directory';
import { assertKeepsAnAdmin, keepsAnAdmin } from './membership';
import {
  applyOrganizationPatch,
  organizationSchema,
  type OrganizationValues,
} from './organization';

const firm = {
  name: '(주)성서정밀',
  kind: 'FIRM',
  size: 'SMALL',
  country: 'KR',
  region: 'KR-27',
  sectors: ['C', '29'],
  technologyAreas: ['EA09'],
  description: '자동차 경량 부품',
  website: 'https://seongseo.example',
};

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
  }
  return null;
};

describe('organization validation', () => {
  it('accepts a complete firm and trims text', () => {
    expect(parseInput(organizationSchema, { ...firm, name: '  (주)성서정밀 ' }).name).toBe(
      '(주)성서정밀',
    );
  });

  it.each([
    ['country', { country: 'XX' }],
    ['country', { country: 'kr' }],
    ['region', { region: 'DE-BY' }],
    ['region', { region: 'KR-99' }],
    ['sectors.0', { sectors: ['C99'] }],
    ['sectors', { sectors: ['29', '29'] }],
    ['technologyAreas.0', { technologyAreas: ['ZZ01'] }],
    ['size', { size: null }],
    ['size', { kind: 'UNIVERSITY' }],
    ['website', { website: 'ftp://seongseo.example' }],
    ['name', { name: ' ' }],
    ['kind', { kind: 'STARTUP' }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(fieldOf(() => parseInput(organizationSchema, { ...firm, ...change }))).toBe(field);
  });

  it('lets a university omit its size and accepts an empty website as none', () => {
    const university = parseInput(organizationSchema, {
      ...firm,
      kind: 'UNIVERSITY',
      size: null,
      website: '',
    });
    expect(university.size).toBeNull();
    expect(university.website).toBeNull();
  });

  it.each([
    ['hanbit-motion.kr', 'https://hanbit-motion.kr'],
    ['  www.hanbit-motion.kr/ko ', 'https://www.hanbit-motion.kr/ko'],
    ['//hanbit-motion.kr', 'https://hanbit-motion.kr'],
    ['http://hanbit-motion.kr', 'http://hanbit-motion.kr'],
  ])('normalises the website %j to %j', (website, stored) => {
    expect(parseInput(organizationSchema, { ...firm, website }).website).toBe(stored);
  });

  it.each([
    'ftp://hanbit-motion.kr',
    'javascript:alert(1)',
    'hanbit motion',
    'localhost',
    'mailto:a@b.kr',
  ])('refuses the website %j', (website) => {
    expect(fieldOf(() => parseInput(organizationSchema, { ...firm, website }))).toBe('website');
  });

  it('reports every problem at once, cross-field rules included', () => {
    // The kind is missing: the region rule (country + region) still runs, the size rule waits.
    expect(
      Object.keys(
        inputProblems(organizationSchema, {
          ...firm,
          name: '',
          kind: undefined,
          region: 'DE-BY',
          website: 'a b',
        }),
      ).sort(),
    ).toEqual(['kind', 'name', 'region', 'website']);
    expect(
      Object.keys(
        inputProblems(organizationSchema, {
          ...firm,
          name: '',
          size: null,
          country: 'XX',
          region: 'DE-BY',
        }),
      ).sort(),
    ).toEqual(['country', 'name', 'size']);
  });

  it('checks a patch together with what is stored', () => {
    const stored = parseInput(organizationSchema, firm) as OrganizationValues;
    expect(fieldOf(() => applyOrganizationPatch(stored, { country: 'DE' }))).toBe('region');
    expect(applyOrganizationPatch(stored, { country: 'DE', region: 'DE-BW' }).region).toBe('DE-BW');
    expect(
      applyOrganizationPatch(stored, { kind: 'RESEARCH_INSTITUTE', size: null }).size,
    ).toBeNull();
    expect(inputProblems(organizationSchema, { ...firm, country: 'XX', sectors: ['X'] })).toEqual(
      expect.objectContaining({ country: expect.any(String), 'sectors.0': expect.any(String) }),
    );
  });

  it('expands a technology area to its fields for filtering', () => {
    const expanded = expandTechnologyAreas(['EA']);
    expect(expanded).toContain('EA');
    expect(expanded).toContain('EA09');
    expect(expanded.every((code) => code.startsWith('EA'))).toBe(true);
    expect(expandTechnologyAreas(['EA09'])).toEqual(['EA09']);
  });

  it('validates directory filters with the same code lists', () => {
    expect(fieldOf(() => parseInput(organizationFilterSchema, { countries: ['ZZ'] }))).toBe(
      'countries.0',
    );
    expect(fieldOf(() => parseInput(organizationFilterSchema, { kinds: ['SHOP'] }))).toBe(
      'kinds.0',
    );
  });
});

describe('the last ORG_ADMIN', () => {
  it('may not be demoted or removed', () => {
    expect(() =>
      assertKeepsAnAdmin(['ORG_ADMIN', 'ORG_MEMBER'], { from: 'ORG_ADMIN', to: 'ORG_MEMBER' }),
    ).toThrow(/last ORG_ADMIN/);
    expect(() => assertKeepsAnAdmin(['ORG_ADMIN'], { from: 'ORG_ADMIN', to: 'REMOVED' })).toThrow(
      DomainError,
    );
  });

  it('may go when another ORG_ADMIN stays; members come and go freely', () => {
    expect(() =>
      assertKeepsAnAdmin(['ORG_ADMIN', 'ORG_ADMIN'], { from: 'ORG_ADMIN', to: 'REMOVED' }),
    ).not.toThrow();
    expect(() =>
      assertKeepsAnAdmin(['ORG_ADMIN', 'ORG_MEMBER'], { from: 'ORG_MEMBER', to: 'REMOVED' }),
    ).not.toThrow();
  });

  it('answers the same question without throwing, for the web to offer only what can succeed', () => {
    expect(keepsAnAdmin(['ORG_ADMIN', 'ORG_MEMBER'], { from: 'ORG_ADMIN', to: 'REMOVED' })).toBe(
      false,
    );
    expect(keepsAnAdmin(['ORG_ADMIN', 'ORG_MEMBER'], { from: 'ORG_ADMIN', to: 'ORG_MEMBER' })).toBe(
      false,
    );
    expect(keepsAnAdmin(['ORG_ADMIN', 'ORG_ADMIN'], { from: 'ORG_ADMIN', to: 'REMOVED' })).toBe(
      true,
    );
    expect(keepsAnAdmin(['ORG_ADMIN', 'ORG_MEMBER'], { from: 'ORG_MEMBER', to: 'REMOVED' })).toBe(
      true,
    );
  });

  it('names the catalog key of the refusal, so no client shows the English text', () => {
    try {
      assertKeepsAnAdmin(['ORG_ADMIN'], { from: 'ORG_ADMIN', to: 'REMOVED' });
    } catch (error) {
      expect(error).toMatchObject({
        code: 'CONFLICT',
        field: 'membershipId',
        key: 'organization.lastAdmin',
      });
    }
    expect.assertions(1);
  });
});
