import { createApiTokenSchema } from '../account/account.schema';
import { clusterSchema } from '../cluster/cluster';
import { capabilityDraftSchema } from '../capability/capability';
import { ndaTermsSchema } from '../need/nda';
import { needTitleSchema } from '../need/need';
import { organizationSchema } from '../organization/organization';
import { savedSearchSchema } from '../search/search-filter';
import { displayNameSchema, reasonSchema } from './fields';
import { isStorableText, trimInvisible } from './text';

// Zero-width space, zero-width non-joiner and joiner, word joiner, byte-order mark, Hangul
// filler, halfwidth Hangul filler, Braille blank, soft hyphen, left-to-right mark.
const INVISIBLES = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u3164',
  '\uFFA0',
  '\u2800',
  '\u00AD',
  '\u200E',
];
const invisibleOnly = INVISIBLES.join('') + ' \u3000' + INVISIBLES.join('');

describe('isStorableText', () => {
  it.each([
    ['plain text', 'Hydrogen fuel cells 수소 연료전지', true],
    ['an emoji (a surrogate pair)', 'Lab 🧪 booking', true],
    ['a NUL', 'a\u0000b', false],
    ['a lone high surrogate', 'a\uD800b', false],
    ['a lone low surrogate', 'a\uDC00b', false],
    ['a high surrogate at the end', 'ab\uD83E', false],
    ['surrogates in the wrong order', '\uDC00\uD800', false],
  ])('%s → %s', (_label, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });
});

describe('trimInvisible', () => {
  it('trims invisible characters and white space at both ends', () => {
    expect(trimInvisible(`\u200B\u3164 Minji Park\uFEFF\u2060 `)).toBe('Minji Park');
  });

  it('leaves invisible characters inside a name, and the variation selector that ends an emoji', () => {
    expect(trimInvisible('Team\u200D️ ❤️')).toBe('Team\u200D️ ❤️');
    expect(trimInvisible('\u200B👩‍🔬')).toBe('👩‍🔬');
  });

  it('turns a name made only of invisible characters into nothing', () => {
    expect(trimInvisible(invisibleOnly)).toBe('');
  });
});

describe('names made only of invisible characters are refused, like empty ones', () => {
  const cases: [string, (name: string) => { success: boolean }][] = [
    ['display name', (name) => displayNameSchema.safeParse(name)],
    ['reason', (name) => reasonSchema.safeParse(name)],
    ['need title', (name) => needTitleSchema.safeParse(name)],
    [
      'capability title',
      (name) => capabilityDraftSchema.safeParse({ kind: 'EXPERTISE', title: name }),
    ],
    [
      'organization name',
      (name) =>
        organizationSchema.safeParse({
          name,
          kind: 'UNIVERSITY',
          country: 'KR',
          sectors: ['72'],
          technologyAreas: [],
          description: '',
        }),
    ],
    [
      'cluster English name',
      (name) =>
        clusterSchema.safeParse({
          nameEn: name,
          nameKo: '대구 클러스터',
          organizationId: '00000000-0000-4000-8000-000000000000',
          country: 'KR',
          focusSectors: ['29'],
          description: '',
        }),
    ],
    [
      'cluster Korean name',
      (name) =>
        clusterSchema.safeParse({
          nameEn: 'Daegu cluster',
          nameKo: name,
          organizationId: '00000000-0000-4000-8000-000000000000',
          country: 'KR',
          focusSectors: ['29'],
          description: '',
        }),
    ],
    ['saved search name', (name) => savedSearchSchema.safeParse({ name, filter: {} })],
    ['API token name', (name) => createApiTokenSchema.safeParse({ name, expiresInDays: 30 })],
    ['NDA terms', (name) => ndaTermsSchema.safeParse({ text: name.repeat(5), version: 'v1' })],
  ];

  it.each(cases)('%s', (_label, parse) => {
    expect(parse(invisibleOnly).success).toBe(false);
    expect(parse('\u200B\u200B\u200B\u3164\u3164').success).toBe(false);
    expect(parse('Visible name').success).toBe(true);
  });
});
