import type { ImportMode, ListingKind } from '@spillover/domain';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../app/apollo';

export interface UploadRequest {
  kind: ListingKind;
  /** Null: a platform admin's file for many organizations (rows name them). */
  organizationId: string | null;
  mode: ImportMode;
  publish: boolean;
  file: File;
}

export type UploadResult =
  { id: string } | { error: { code: string; field?: string; message: string } };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the API reads the format from: by extension, since browsers differ. */
export const contentTypeOf = (file: File): string =>
  /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv';

/** POST /imports: the file's bytes, with the session's CSRF header as every mutation sends it. */
export async function uploadImport(request: UploadRequest): Promise<UploadResult> {
  const query = new URLSearchParams({
    kind: request.kind,
    mode: request.mode,
    publish: String(request.publish),
    fileName: request.file.name,
    ...(request.organizationId ? { organizationId: request.organizationId } : {}),
  });
  const response = await fetch(`/imports?${query.toString()}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': contentTypeOf(request.file),
      [CSRF_HEADER]: readCookie(CSRF_COOKIE) ?? '',
    },
    body: request.file,
  });
  const body = (await response.json().catch(() => ({}))) as {
    id?: string;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
  if (response.ok && body.id) return { id: body.id };
  const first = body.errors?.[0];
  return {
    error: {
      code: first?.extensions?.code ?? 'UNKNOWN',
      ...(first?.extensions?.field ? { field: first.extensions.field } : {}),
      message: first?.message ?? String(response.status),
    },
  };
}

/** Where the template of a kind in a language is downloaded. */
export const templateHref = (
  kind: ListingKind,
  language: 'en' | 'ko',
  forManyOrganizations: boolean,
): string =>
  `/imports/template.xlsx?${new URLSearchParams({ kind, language, organizations: String(forManyOrganizations) }).toString()}`;

export const exportHref = (
  kind: ListingKind,
  organizationId: string,
  language: 'en' | 'ko',
): string =>
  `/imports/export.csv?${new URLSearchParams({ kind, organizationId, language }).toString()}`;
