import { json, type ErrorRequestHandler, type RequestHandler } from 'express';

/** The largest request body /graphql reads: the web's largest mutation is ~30 KB. */
export const GRAPHQL_BODY_LIMIT_BYTES = 100 * 1024;

interface BodyParserError {
  status?: number;
  type?: string;
}

const refusal = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'body' } }] });

/** Why body-parser refused a body, as a client reads it. */
function describe(error: BodyParserError): string {
  switch (error.type) {
    case 'entity.too.large':
      return `The request body is larger than ${GRAPHQL_BODY_LIMIT_BYTES / 1024} KB; send a smaller request.`;
    case 'entity.parse.failed':
      return 'The request body is not valid JSON.';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'Send the request body as UTF-8 JSON.';
    default:
      return 'The request body could not be read.';
  }
}

/**
 * /graphql's JSON body parser and what answers for it when it refuses a body: the right
 * status (413 too large, 400 not JSON) and a GraphQL error body with a code of the small set.
 * Without it, body-parser's error fell through to the web app's fallback route and answered
 * 404 `Cannot POST /graphql`. Registered before Nest's own parser, which then finds the body
 * read and leaves it alone.
 */
export function graphqlBody(): [RequestHandler, ErrorRequestHandler] {
  const parse = json({ limit: GRAPHQL_BODY_LIMIT_BYTES });
  const refuse: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    const status = (error as BodyParserError | null)?.status;
    if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    res.status(status).json(refusal(describe(error as BodyParserError)));
  };
  return [parse, refuse];
}
