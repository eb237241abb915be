import type { MockLink } from '@apollo/client/testing';
import { ViewerDocument, type ViewerFieldsFragment } from '../generated/graphql';

export const USER_ID = '6f1c2b1e-1d2a-4c3b-9a8e-0b1c2d3e4f50';

export function aViewer(
  overrides: Partial<ViewerFieldsFragment['user']> = {},
): ViewerFieldsFragment {
  return {
    __typename: 'Viewer',
    csrfToken: 'csrf',
    user: {
      __typename: 'User',
      id: USER_ID,
      displayName: 'Min-ji Kim',
      email: 'minji@example.com',
      preferredLanguage: 'en',
      roles: [],
      createdAt: '2025-01-02T03:04:05.000Z',
      ...overrides,
    },
    memberships: [],
    managedClusters: [],
    pendingInvitations: [],
  };
}

/** The viewer query, answered as often as asked. */
export function viewerMock(viewer: ViewerFieldsFragment | null): MockLink.MockedResponse {
  return {
    request: { query: ViewerDocument },
    result: { data: { viewer } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
