import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { csrfLink, isSubscription, mayRetrySocket, readCookie, socketUrl } from './apollo';

describe('CSRF header', () => {
  it('reads one cookie among several', () => {
    expect(readCookie('spillover_csrf', 'a=1; spillover_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCookie('spillover_csrf', 'a=1')).toBeNull();
  });

  it('sends x-csrf-token from the spillover_csrf cookie', async () => {
    document.cookie = 'spillover_csrf=token-123; path=/';
    let headers: Record<string, string> | undefined;
    const terminating = new ApolloLink((operation) => {
      headers = operation.getContext().headers as Record<string, string>;
      return new Observable((observer) => {
        observer.next({ data: { ok: true } });
        observer.complete();
      });
    });
    const client = new ApolloClient({
      link: ApolloLink.from([csrfLink, terminating]),
      cache: new InMemoryCache(),
    });
    await client.query({
      query: gql`
        query Ping {
          ok
        }
      `,
    });
    expect(headers?.['x-csrf-token']).toBe('token-123');
  });
});

describe('the live link', () => {
  it('opens the socket on the page’s own origin, wss: behind TLS', () => {
    expect(socketUrl({ protocol: 'https:', host: 'spillover.example' })).toBe(
      'wss://spillover.example/graphql',
    );
    expect(socketUrl({ protocol: 'http:', host: 'localhost:4000' })).toBe(
      'ws://localhost:4000/graphql',
    );
  });

  it('does not try a refused socket again (the page polls instead), but a dropped one', () => {
    expect(mayRetrySocket({ code: 4403, reason: 'Forbidden' })).toBe(false);
    expect(mayRetrySocket({ code: 1006, reason: '' })).toBe(true);
    expect(mayRetrySocket(new Error('network'))).toBe(true);
  });

  it('sends subscriptions over the socket and everything else over HTTP', () => {
    expect(
      isSubscription(gql`
        subscription S {
          matchesRefreshed(needId: "x") {
            listingId
          }
        }
      `),
    ).toBe(true);
    expect(
      isSubscription(gql`
        query Q {
          ok
        }
      `),
    ).toBe(false);
    expect(
      isSubscription(gql`
        mutation M {
          ok
        }
      `),
    ).toBe(false);
  });
});
