import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Observable, type Subscriber } from 'rxjs';
import { isSubscription } from '../apollo';
import { NotificationReceivedDocument } from '../../generated/graphql';
import { LIVE_FALLBACK_POLL_MS, useRefetchOnEvent } from './use-refetch-on-event';

interface Socket {
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
        const socket: Socket = { observer, closed: false };
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
  const render = (enabled = true) =>
    renderHook(({ on }) => useRefetchOnEvent(NotificationReceivedDocument, {}, query, on), {
      wrapper,
      initialProps: { on: enabled },
    });
  return { sockets, query, render };
}

const received = {
  data: { notificationReceived: { __typename: 'NotificationReceived', notificationId: 'n1' } },
};

describe('useRefetchOnEvent', () => {
  it('reads the query again at each event, without polling', async () => {
    const { sockets, query, render } = harness();
    render();
    await act(async () => undefined);
    expect(sockets).toHaveLength(1);
    await act(async () => sockets[0]!.observer.next(received));
    await act(async () => sockets[0]!.observer.next(received));
    expect(query.refetch).toHaveBeenCalledTimes(2);
    expect(query.startPolling).not.toHaveBeenCalled();
  });

  it('polls instead when the socket fails, and stops polling when unmounted', async () => {
    const { sockets, query, render } = harness();
    const { unmount } = render();
    await act(async () => undefined);
    await act(async () => sockets[0]!.observer.error(new Error('socket closed')));
    expect(query.startPolling).toHaveBeenCalledWith(LIVE_FALLBACK_POLL_MS);
    unmount();
    expect(query.stopPolling).toHaveBeenCalled();
  });

  it('neither listens nor polls while disabled (signed out)', async () => {
    const { sockets, query, render } = harness();
    render(false);
    await act(async () => undefined);
    expect(sockets).toHaveLength(0);
    expect(query.startPolling).not.toHaveBeenCalled();
  });
});
