import { Injectable, type NestMiddleware } from '@nestjs/common';
import { IMPORT_MAX_BYTES } from '@spillover/domain';
import { raw, type NextFunction, type Request, type Response } from 'express';
import { CONTENT_TYPES } from './import-file';

/**
 * The upload's body: the file's raw bytes for the content types of CSV and XLSX, at most
 * IMPORT_MAX_BYTES. A refused body is answered like /graphql's (GraphqlBodyMiddleware): its
 * status and an error with a code and field, never a fall-through to the web app.
 */
@Injectable()
export class ImportBodyMiddleware implements NestMiddleware {
  private readonly parse = raw({ type: Object.keys(CONTENT_TYPES), limit: IMPORT_MAX_BYTES });

  use(req: Request, res: Response, next: NextFunction): void {
    this.parse(req, res, (error?: unknown) => {
      const status = (error as { status?: number } | null | undefined)?.status;
      if (!error) next();
      else if (typeof status === 'number' && status >= 400 && status < 500)
        res.status(status).json({
          errors: [
            {
              message:
                status === 413
                  ? `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it.`
                  : 'The file could not be read.',
              extensions: { code: 'BAD_USER_INPUT', field: 'file' },
            },
          ],
        });
      else next(error);
    });
  }
}
