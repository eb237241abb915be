/**
 * Refusals before GraphQL execution, as a production platform answers them over HTTP: the
 * right status and a GraphQL error body with a code of the small set. Then the checks a
 * GraphQL security sweep (graphql-cop's list) runs, each answered without a finding.
 */
import request from 'supertest';
import { QUERY_LIMITS } from '../../src/platform/graphql/graphql-options';
import { createTestApp, type TestApp } from '../support/test-app';

const METRICS_TOKEN = 'metrics-scraper-secret-0123456789';

let production: TestApp;
beforeAll(async () => {
  production = await createTestApp({
    NODE_ENV: 'production',
    SPILLOVER_METRICS_TOKEN: METRICS_TOKEN,
  });
});
afterAll(async () => production.close());

const post = (body: string | object, contentType = 'application/json') =>
  request(production.server)
    .post('/graphql')
    .set('content-type', contentType)
    .send(typeof body === 'string' ? body : JSON.stringify(body));

interface ErrorBody {
  data?: unknown;
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

/** The answer is a refusal with this status, code and field (null: any), and says nothing else. */
function expectRefusal(
  response: request.Response,
  status: number,
  field: string | null,
): ErrorBody {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.body as ErrorBody;
  expect(body.errors.length).toBeGreaterThan(0);
  for (const error of body.errors) expect(error.extensions.code).toBe('BAD_USER_INPUT');
  if (field !== null) expect(body.errors[0]?.extensions.field).toBe(field);
  expect(JSON.stringify(body)).not.toMatch(/stack|exception|INTERNAL_SERVER_ERROR/i);
  return body;
}

describe('transport-level refusals', () => {
  it('a query over the token limit: 400, not 500', async () => {
    const query = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens + 1 }, () => '__typename').join(' ')} }`;
    expectRefusal(await post({ query }), 400, 'query');
  });

  it('a body over the size limit: 413 with a GraphQL error body', async () => {
    const body = expectRefusal(
      await post({ query: '{ __typename }', variables: { padding: 'x'.repeat(150 * 1024) } }),
      413,
      'body',
    );
    expect(body.errors[0]?.message).toMatch(/larger than 100 KB/);
  });

  it('malformed JSON: 400 with a GraphQL error body', async () => {
    const body = expectRefusal(await post('{"query": "{ __typename }"'), 400, 'body');
    expect(body.errors[0]?.message).toBe('The request body is not valid JSON.');
  });

  it('an automatic persisted query, with or without its text: 400, refused as not supported', async () => {
    const persistedQuery = {
      version: 1,
      sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38',
    };
    for (const payload of [
      { extensions: { persistedQuery } },
      { query: '{ __typename }', extensions: { persistedQuery } },
    ]) {
      const body = expectRefusal(await post(payload), 400, 'extensions.persistedQuery');
      expect(body.errors[0]?.message).toMatch(/persisted queries/);
    }
  });

  it('a well-formed request still works', async () => {
    const response = await post({ query: '{ __typename }' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('a GraphQL security sweep finds nothing in production', () => {
  it('no enum, field or argument suggestions, in literals or variables', async () => {
    const answers = [
      await post({ query: '{ search(filter: { kinds: [NEEDS] }) { totalCount } }' }),
      await post({
        query: 'query($f: SearchFilterInput) { search(filter: $f) { totalCount } }',
        variables: { f: { kinds: ['NEEDS'] } },
      }),
      await post({ query: '{ serch { totalCount } }' }),
      await post({ query: '{ search(filtr: {}) { totalCount } }' }),
    ];
    for (const answer of answers) {
      expectRefusal(answer, 400, null);
      expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|NEED"|"search"|"filter"/);
    }
  });

  it('no introspection', async () => {
    const answer = await post({ query: '{ __schema { types { name } } }' });
    expectRefusal(answer, 400, 'query');
    expect(JSON.stringify(answer.body)).not.toContain('TechnologyNeed');
  });

  it('aliases of __typename count against the alias limit (alias overloading)', async () => {
    const query = `{ ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join(' ')} }`;
    const body = expectRefusal(await post({ query }), 400, 'query');
    expect(body.data).toBeUndefined();
  });

  it('the same field repeated in one selection is refused (field duplication)', async () => {
    const query = `query cop { __typename ${'__typename '.repeat(500)} }`;
    const body = expectRefusal(await post({ query }), 400, 'query');
    expect(body.data).toBeUndefined();
  });

  it('ten unknown directives buy a bounded number of errors (directive overloading)', async () => {
    const body = expectRefusal(
      await post({ query: `query cop { __typename ${'@aa'.repeat(10)} }` }),
      400,
      'query',
    );
    expect(body.errors.length).toBeLessThanOrEqual(QUERY_LIMITS.maxErrors + 1);
  });

  it('no batching (array-based or by alias of operations)', async () => {
    expectRefusal(
      await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      400,
      'query',
    );
  });

  it('no query by GET and no form posts (CSRF)', async () => {
    expectRefusal(
      await request(production.server).get('/graphql').query({ query: '{ __typename }' }),
      400,
      'query',
    );
    expectRefusal(
      await post('query={__typename}', 'application/x-www-form-urlencoded'),
      400,
      'query',
    );
    expectRefusal(
      await post(JSON.stringify({ query: 'mutation { logOut }' }), 'text/plain'),
      400,
      'query',
    );
  });

  it('no landing page, IDE or debug output, and errors carry no stack', async () => {
    const page = await request(production.server).get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/graphiql|playground|sandbox|landingPage/i);
    const broken = await post({ query: 'qwerty cop { abc }' });
    expectRefusal(broken, 400, 'query');
    expect(JSON.stringify(broken.body)).not.toMatch(/tracing|debug|stacktrace/i);
  });
});

describe('/metrics', () => {
  it('answers a scraper that sends the bearer token', async () => {
    const response = await request(production.server)
      .get('/metrics')
      .set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.text).toContain('spillover_graphql_operation_duration_seconds');
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'Bearer metrics-scraper-secret-0123456788'],
    ['the token without the Bearer scheme', METRICS_TOKEN],
  ])('refuses %s with 401 and no metrics', async (_label, authorization) => {
    const call = request(production.server).get('/metrics');
    const response = await (authorization ? call.set('authorization', authorization) : call);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(response.text).not.toContain('spillover_');
  });

  it('is off in production when no token is configured', async () => {
    const unconfigured = await createTestApp({
      NODE_ENV: 'production',
      SPILLOVER_METRICS_TOKEN: '',
    });
    try {
      const response = await request(unconfigured.server).get('/metrics');
      expect(response.status).toBe(403);
      expect(response.text).toContain('SPILLOVER_METRICS_TOKEN');
      expect(response.text).not.toContain('spillover_graphql');
    } finally {
      await unconfigured.close();
    }
  });
});

describe('security headers on /graphql', () => {
  it('sets the API policy, nosniff, no framing and no referrer, on answers and refusals alike', async () => {
    for (const response of [
      await post({ query: '{ __typename }' }),
      await post('{'),
      await request(production.server).get('/graphql'),
    ]) {
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'none';frame-ancestors 'none'",
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });
});
