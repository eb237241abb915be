import type { TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';

/** A mocked query that answers `data` as often as it is asked. */
export function alwaysAnswer<TData, TVariables extends Record<string, unknown>>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  data: TData,
): MockLink.MockedResponse<TData, TVariables> {
  return {
    request: { query, variables },
    result: { data },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
