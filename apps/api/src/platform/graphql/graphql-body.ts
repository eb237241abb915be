import { Injectable, type NestMiddleware } from '@nestjs/common';
import { json, type NextFunction, type Request, type Response } from 'express';

/** The largest request body /graphql reads: the web's largest mutation is ~30 KB. */
export const GRAPHQL_BODY_LIMIT_BYTES = 100 * 1024;

interface BodyParserError {
  status?: number;
  type?: string;
}

const refusal = (message: string) => ({
  errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'body' } }],
});

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
 * /graphql's JSON body parser, and what answers when it refuses a body: the right status (413
 * too large, 400 not JSON) and a GraphQL error body with a code of the small set. Nest's own
 * parser is off (APP_OPTIONS in http.ts): its errors fell through to the web app's fallback
 * route as 404 `Cannot POST /graphql`, before the request logger saw the request. Applied as
 * module middleware, after the request logger, so a refused body is logged like any request.
 */
@Injectable()
export class GraphqlBodyMiddleware implements NestMiddleware {
  private readonly parse = json({ limit: GRAPHQL_BODY_LIMIT_BYTES });

  use(req: Request, res: Response, next: NextFunction): void {
    this.parse(req, res, (error?: unknown) => {
      const status = (error as BodyParserError | null | undefined)?.status;
      if (!error) next();
      else if (typeof status === 'number' && status >= 400 && status < 500)
        res.status(status).json(refusal(describe(error as BodyParserError)));
      else next(error);
    });
  }
}
