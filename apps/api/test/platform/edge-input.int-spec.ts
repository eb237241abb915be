/**
 * What the API edge refuses before anything reaches the database, whoever asks (signed in or
 * not), wherever the text sits (an argument, a nested input, a list, a variable, a literal):
 * NUL characters and unpaired surrogates, names made only of invisible characters, and
 * date-times that are not RFC 3339 with an offset. Each refusal is BAD_USER_INPUT naming the
 * field, and leaves every row as it was.
 */
import {
  CREATE_ORGANIZATION,
  REGISTER,
  createOrganization,
  expectRefused,
  signUp,
  type SignedIn,
} from '../support/factories';
import { CREATE_NEED, NEED_FIELDS, createNeed, inDays, needInput } from '../support/listings';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

let t: TestApp;
let member: SignedIn;
let organizationId: string;
let needId: string;

beforeAll(async () => {
  t = await createTestApp();
  member = await signUp(t);
  organizationId = (await createOrganization(member.client)).id;
  needId = (await createNeed(member.client, organizationId)).id;
});
afterAll(async () => t.close());

const SEARCH = `query Search($filter: SearchFilterInput) { search(filter: $filter) { totalCount } }`;
const DIRECTORY = `query Directory($filter: OrganizationFilter) { organizations(filter: $filter) { totalCount } }`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { user { id } } }`;
const SAVE_SEARCH = `mutation Save($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;
const UPDATE_NEED = `mutation Update($id: ID!, $input: UpdateNeedInput!) { updateTechnologyNeed(id: $id, input: $input) { id } }`;
const NEED = `query Need($id: ID!) { technologyNeed(id: $id) { id } }`;

type Run = (client: TestClient, bad: string) => ReturnType<TestClient['gql']>;
const anonymous = () => t.client();

describe('text with a NUL or an unpaired surrogate is refused at the edge, naming the field', () => {
  // In a literal, GraphQL's own syntax refuses an escaped lone surrogate: the query text is
  // what is malformed. NUL is a valid escape there, so the edge names the field.
  const literalField = (field: string) => (bad: string) => (bad === '\u0000' ? field : 'query');

  // [what, who asks, the request with the bad text in it, the field reported]
  const CASES: [string, () => TestClient, Run, string | ((bad: string) => string)][] = [
    [
      'register: display name (anonymous)',
      anonymous,
      (c, bad) =>
        c.gql(REGISTER, {
          input: {
            email: 'nul@example.org',
            password: 'correct horse battery staple',
            displayName: `Min${bad}ji`,
            preferredLanguage: 'en',
          },
        }),
      'displayName',
    ],
    [
      'logIn: e-mail (anonymous)',
      anonymous,
      (c, bad) =>
        c.gql(LOG_IN, { input: { email: `a${bad}@example.org`, password: 'whatever it is' } }),
      'email',
    ],
    [
      'search: words (anonymous)',
      anonymous,
      (c, bad) => c.gql(SEARCH, { filter: { query: `hydrogen ${bad}` } }),
      'query',
    ],
    [
      'search: a country in a list (anonymous)',
      anonymous,
      (c, bad) => c.gql(SEARCH, { filter: { countries: ['KR', `D${bad}`] } }),
      'countries.1',
    ],
    [
      'search: words as a literal (anonymous)',
      anonymous,
      (c, bad) =>
        c.gql(`{ search(filter: { query: ${JSON.stringify(`수소${bad}`)} }) { totalCount } }`),
      literalField('query'),
    ],
    [
      'directory: words (anonymous)',
      anonymous,
      (c, bad) => c.gql(DIRECTORY, { filter: { query: `협력${bad}` } }),
      'query',
    ],
    [
      'directory: a sector (anonymous)',
      anonymous,
      (c, bad) => c.gql(DIRECTORY, { filter: { sectors: [`2${bad}`] } }),
      'sectors.0',
    ],
    [
      'technologyNeed: id (anonymous)',
      anonymous,
      (c, bad) => c.gql(NEED, { id: `${needId.slice(0, 35)}${bad}` }),
      'id',
    ],
    [
      'createOrganization: name',
      () => member.client,
      (c, bad) =>
        c.gql(CREATE_ORGANIZATION, {
          input: {
            name: `Hanbit ${bad} Motion`,
            kind: 'FIRM',
            size: 'SMALL',
            country: 'KR',
            sectors: ['29'],
            technologyAreas: [],
            description: '',
          },
        }),
      'name',
    ],
    [
      'createOrganization: description',
      () => member.client,
      (c, bad) =>
        c.gql(CREATE_ORGANIZATION, {
          input: {
            name: 'Hanbit Motion',
            kind: 'FIRM',
            size: 'SMALL',
            country: 'KR',
            sectors: ['29'],
            technologyAreas: [],
            description: `Gears${bad}`,
          },
        }),
      'description',
    ],
    [
      'createTechnologyNeed: confidential details',
      () => member.client,
      (c, bad) =>
        c.gql(CREATE_NEED, {
          org: organizationId,
          input: needInput({ confidentialDetails: `secret ${bad}` }),
        }),
      'confidentialDetails',
    ],
    [
      'createTechnologyNeed: title as a literal',
      () => member.client,
      (c, bad) =>
        c.gql(
          `mutation { createTechnologyNeed(organizationId: "${organizationId}", input: { title: ${JSON.stringify(`Stack ${bad} cooling`)} }) { ${NEED_FIELDS} } }`,
        ),
      literalField('title'),
    ],
    [
      'updateTechnologyNeed: a technology area',
      () => member.client,
      (c, bad) => c.gql(UPDATE_NEED, { id: needId, input: { technologyAreas: [`EF${bad}`] } }),
      'technologyAreas.0',
    ],
    [
      'saveSearch: name',
      () => member.client,
      (c, bad) =>
        c.gql(SAVE_SEARCH, { input: { name: `hydrogen${bad}`, filter: { query: 'hydrogen' } } }),
      'name',
    ],
    [
      'saveSearch: the saved words',
      () => member.client,
      (c, bad) =>
        c.gql(SAVE_SEARCH, { input: { name: 'hydrogen', filter: { query: `hydrogen${bad}` } } }),
      'filter.query',
    ],
  ];

  const BAD = [
    ['NUL', '\u0000'],
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', '\uDC00'],
  ] as const;

  describe.each(BAD)('%s', (_label, bad) => {
    it.each(CASES)('%s', async (_what, who, run, field) => {
      const client = who();
      await expectRefused(
        t,
        () => run(client, bad),
        'BAD_USER_INPUT',
        typeof field === 'string' ? field : field(bad),
      );
    });
  });

  it('answers HTTP 400 with a GraphQL error body', async () => {
    const response = await t.client().raw(SEARCH, { filter: { query: 'a\u0000b' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        expect.objectContaining({
          extensions: { code: 'BAD_USER_INPUT', field: 'query', key: 'input.unstorableText' },
        }),
      ],
    });
  });

  it('still accepts text with emoji and Korean (surrogate pairs and all)', async () => {
    const result = await t.client().gql(SEARCH, { filter: { query: '수소 🧪 hydrogen' } });
    expect(result.errors).toBeUndefined();
  });
});

describe('names made only of invisible characters are refused like empty ones', () => {
  const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';
  const HANGUL_FILLERS = '\u3164\u3164\u3164';

  it('display name at sign-up', async () => {
    await expectRefused(
      t,
      () =>
        t.client().gql(REGISTER, {
          input: {
            email: 'invisible@example.org',
            password: 'correct horse battery staple',
            displayName: ZERO_WIDTH,
            preferredLanguage: 'en',
          },
        }),
      'BAD_USER_INPUT',
      'displayName',
    );
  });

  it('organization name', async () => {
    await expectRefused(
      t,
      () =>
        member.client.gql(CREATE_ORGANIZATION, {
          input: {
            name: HANGUL_FILLERS,
            kind: 'FIRM',
            size: 'SMALL',
            country: 'KR',
            sectors: ['29'],
            technologyAreas: [],
            description: '',
          },
        }),
      'BAD_USER_INPUT',
      'name',
    );
  });

  it('need title', async () => {
    await expectRefused(
      t,
      () =>
        member.client.gql(CREATE_NEED, {
          org: organizationId,
          input: needInput({ title: `${ZERO_WIDTH} ${HANGUL_FILLERS}` }),
        }),
      'BAD_USER_INPUT',
      'title',
    );
  });

  it('trims invisible characters around a visible name', async () => {
    const created = await member.client.ok<{ createOrganization: { name: string } }>(
      CREATE_ORGANIZATION,
      {
        input: {
          name: '\u200B한빛모션\uFEFF',
          kind: 'FIRM',
          size: 'SMALL',
          country: 'KR',
          sectors: ['29'],
          technologyAreas: [],
          description: '',
        },
      },
    );
    expect(created.createOrganization.name).toBe('한빛모션');
  });
});

describe('DateTime accepts RFC 3339 date-times with an offset only', () => {
  const BAD_FORMS: [string, unknown][] = [
    ['a bare date', '2027-01-01'],
    ['a local time without offset', '2027-01-01T09:00:00'],
    ['a day February does not have', '2027-02-30T00:00:00Z'],
    ['year 0', '0000-06-01T00:00:00Z'],
    ['trailing garbage', '2027-01-01T00:00:00Z; DROP TABLE need'],
    ['a number', 1_700_000_000],
  ];

  const literal = (value: unknown) =>
    `mutation { createTechnologyNeed(organizationId: "${organizationId}", input: { title: "Deadline probe", responseDeadline: ${JSON.stringify(value)} }) { id } }`;

  it.each(BAD_FORMS)('refuses %s as a variable', async (_label, value) => {
    await expectRefused(
      t,
      () =>
        member.client.gql(CREATE_NEED, {
          org: organizationId,
          input: needInput({ responseDeadline: value }),
        }),
      'BAD_USER_INPUT',
      'responseDeadline',
    );
  });

  it.each(BAD_FORMS)('refuses %s as a literal', async (_label, value) => {
    await expectRefused(
      t,
      () => member.client.gql(literal(value)),
      'BAD_USER_INPUT',
      'responseDeadline',
    );
  });

  it.each(BAD_FORMS)('refuses %s in a search filter (anonymous)', async (_label, value) => {
    await expectRefused(
      t,
      () => t.client().gql(SEARCH, { filter: { deadlineAfter: value } }),
      'BAD_USER_INPUT',
      'deadlineAfter',
    );
  });

  it('accepts an offset and answers the same instant at UTC', async () => {
    const deadline = new Date(inDays(40));
    deadline.setUTCHours(9, 0, 0, 0);
    const local = `${deadline.toISOString().slice(0, 10)}T18:00:00+09:00`;
    const created = await member.client.ok<{ createTechnologyNeed: { responseDeadline: string } }>(
      CREATE_NEED,
      { org: organizationId, input: needInput({ responseDeadline: local }) },
    );
    expect(created.createTechnologyNeed.responseDeadline).toBe(deadline.toISOString());
  });
});
