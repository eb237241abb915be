import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Observable, type Subscriber } from 'rxjs';
import { isSubscription } from '../../app/apollo';
import {
  REFRESH_GIVE_UP_MS,
  REFRESH_POLL_MS,
  useLiveRefresh,
  type RefreshedListing,
} from './use-live-refresh';

const NEED_ID = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

interface Socket {
  variables: Record<string, unknown>;
  observer: Subscriber<ApolloLink.Result>;
  closed: boolean;
}

/** A client whose subscriptions the test drives by hand, as the API's socket would. */
function harness() {
  const sockets: Socket[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        if (!isSubscription(operation.query)) throw new Error('only subscriptions here');
        const socket: Socket = { variables: operation.variables, observer, closed: false };
        sockets.push(socket);
        return () => (socket.closed = true);
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={client}>{children}</ApolloProvider>
  );
  const query = {
    startPolling: jest.fn(),
    stopPolling: jest.fn(),
    refetch: jest.fn(() => Promise.resolve()),
  };
  const render = (pending: boolean, listing?: RefreshedListing) =>
    renderHook(({ refreshPending }) => useLiveRefresh(query, { refreshPending }, listing), {
      wrapper,
      initialProps: { refreshPending: pending },
    });
  return { sockets, query, render };
}

const refreshed = {
  data: {
    matchesRefreshed: { __typename: 'MatchesRefreshed', listingKind: 'NEED', listingId: NEED_ID },
  },
};

describe('useLiveRefresh', () => {
  it('waits for the listing over the socket instead of polling, and reads the list again when it is refreshed', async () => {
    const { sockets, query, render } = harness();
    const { result } = render(true, { needId: NEED_ID });
    expect(result.current).toBe(true);
    await act(async () => undefined);
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.variables).toEqual({ needId: NEED_ID });
    expect(query.startPolling).not.toHaveBeenCalled();
    await act(async () => sockets[0]!.observer.next(refreshed));
    expect(query.refetch).toHaveBeenCalledTimes(1);
    expect(query.startPolling).not.toHaveBeenCalled();
  });

  it('stops listening once the list says nothing is pending', async () => {
    const { sockets, render } = harness();
    const { result, rerender } = render(true, { needId: NEED_ID });
    await act(async () => undefined);
    rerender({ refreshPending: false });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(result.current).toBe(false);
    expect(sockets[0]!.closed).toBe(true);
  });

  it('falls back to polling when the socket fails', async () => {
    const { sockets, query, render } = harness();
    const { result } = render(true, { needId: NEED_ID });
    await act(async () => undefined);
    await act(async () => sockets[0]!.observer.error(new Error('socket closed 4403')));
    expect(query.startPolling).toHaveBeenCalledWith(REFRESH_POLL_MS);
    expect(result.current).toBe(true);
  });

  it('falls back to polling when the API ends the stream (it may have missed events)', async () => {
    const { sockets, query, render } = harness();
    render(true, { capabilityId: NEED_ID });
    await act(async () => undefined);
    expect(sockets[0]!.variables).toEqual({ capabilityId: NEED_ID });
    await act(async () => sockets[0]!.observer.complete());
    expect(query.startPolling).toHaveBeenCalledWith(REFRESH_POLL_MS);
  });

  it('polls a list without a listing of its own, and does nothing when no refresh is pending', async () => {
    const { sockets, query, render } = harness();
    render(true);
    await act(async () => undefined);
    expect(sockets).toHaveLength(0);
    expect(query.startPolling).toHaveBeenCalledWith(REFRESH_POLL_MS);
    const idle = harness();
    const { result } = idle.render(false, { needId: NEED_ID });
    await act(async () => undefined);
    expect(result.current).toBe(false);
    expect(idle.sockets).toHaveLength(0);
    expect(idle.query.startPolling).not.toHaveBeenCalled();
  });

  it('gives up waiting after a minute and shows the list as it is', async () => {
    jest.useFakeTimers();
    try {
      const { sockets, render } = harness();
      const { result } = render(true, { needId: NEED_ID });
      await act(async () => undefined);
      await act(async () => jest.advanceTimersByTime(REFRESH_GIVE_UP_MS));
      await act(async () => jest.advanceTimersByTime(50));
      expect(result.current).toBe(false);
      expect(sockets[0]!.closed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
