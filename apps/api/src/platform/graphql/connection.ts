import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE_MAX, badInput, errorKey } from '@spillover/domain';
import { UUID } from './validation';

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** A cursor-paginated list type, `<Name>Connection` with `<Name>Edge`s (Relay's shape). */
export function ConnectionType<T>(
  node: Type<T>,
  name: string,
  withTotal = true,
): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  if (withTotal) {
    Field(() => Int, {
      description: 'Items matching the filter, across all pages (only what the caller may see).',
    })(ConnectionClass.prototype, 'totalCount');
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Opaque cursors: the sort key of the last row, so pages stay stable while rows are added. */
export const encodeCursor = (key: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** What each part of a sort key must be; a cursor is decoded against its list's shape. */
export type CursorPart = 'string' | 'number' | 'timestamp' | 'uuid';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const CURSOR_PARTS: Record<CursorPart, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  timestamp: (value) =>
    typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && UUID.test(value),
};

/** The sort key a cursor carries, checked part by part: a forged one never reaches SQL. */
export function decodeCursor(
  cursor: string | null | undefined,
  shape: readonly CursorPart[],
): unknown[] | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      shape.every((part, i) => CURSOR_PARTS[part](key[i]))
    )
      return key;
  } catch {
    // fall through to the refusal below
  }
  throw badInput(
    'after',
    'This cursor is not valid; start again from the first page.',
    errorKey('input.cursor'),
  );
}

/** Turns `limit + 1` fetched rows into a page. */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  key: (row: R) => unknown[],
  map: (row: R) => T,
  totalCount?: number,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(key(row)), node: map(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}

/** The `first` argument of every list, bounded the same way everywhere. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE_MAX)
    throw badInput(
      'first',
      `Ask for 1 to ${PAGE_SIZE_MAX} items per page.`,
      errorKey('input.pageSize'),
      { max: PAGE_SIZE_MAX },
    );
  return first;
}
