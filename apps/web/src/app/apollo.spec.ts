import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { csrfLink, readCookie } from './apollo';

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
