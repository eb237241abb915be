/**
 * Two API processes on one database, as behind a load balancer: a change made through one
 * reaches a subscriber connected to the other, over PostgreSQL LISTEN/NOTIFY. Replica B runs
 * no jobs, so the event can only have come from replica A's refresh job. Needs a build.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MATCHES_REFRESHED, openSocket, subscribe, type Socket } from '../support/live';
import { exited, freePort, start, type Running } from '../support/platform-process';

jest.setTimeout(180_000);

const SECRET = 'live-replicas-test-secret-of-at-least-32-characters';

/** The embedded server's address, read from the files it keeps in the data folder. */
function embeddedUrl(dataDir: string): string {
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const port = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3];
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/spillover`;
}

/** A browser-like session on one replica: its cookies work on the other too (sessions live in PostgreSQL). */
function session() {
  let cookie = '';
  let csrf = '';
  const call = async <T>(
    port: number,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie, 'x-csrf-token': csrf } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length) {
      cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
      csrf = /spillover_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
    }
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  return { call, cookie: () => cookie };
}

async function openSubscriptions(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/^spillover_live_subscriptions (\d+)/m.exec(text)?.[1] ?? NaN);
}

const NEED = `mutation N($org: ID!, $input: NeedDraftInput!) { createTechnologyNeed(organizationId: $org, input: $input) { id } }`;

it('delivers a change made through one replica to a subscriber on the other', async () => {
  const dataA = mkdtempSync(join(tmpdir(), 'spillover-live-a-'));
  const dataB = mkdtempSync(join(tmpdir(), 'spillover-live-b-'));
  chmodSync(dataA, 0o755);
  const running: Running[] = [];
  const sockets: Socket[] = [];
  try {
    const portA = await freePort();
    const a = await start(dataA, portA, 'warn', { SPILLOVER_SECRET: SECRET });
    running.push(a);
    const portB = await freePort();
    const b = await start(dataB, portB, 'warn', {
      SPILLOVER_SECRET: SECRET,
      DATABASE_URL: embeddedUrl(dataA),
      SPILLOVER_JOBS: 'false',
    });
    running.push(b);

    const owner = session();
    await owner.call(
      portA,
      `mutation R($input: RegisterInput!) { register(input: $input) { user { id } } }`,
      {
        input: {
          email: 'live@example.org',
          password: 'correct horse battery staple',
          displayName: 'Live Owner',
          preferredLanguage: 'en',
        },
      },
    );
    const org = await owner.call<{ createOrganization: { id: string } }>(
      portA,
      `mutation O($input: OrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: {
          name: 'Changwon Valve Works',
          kind: 'FIRM',
          size: 'SMALL',
          country: 'KR',
          region: 'KR-48',
          sectors: ['28'],
          technologyAreas: [],
          description: '',
        },
      },
    );
    const needId = (
      await owner.call<{ createTechnologyNeed: { id: string } }>(portA, NEED, {
        org: org.createOrganization.id,
        input: {
          title: 'Hydrogen valve seals',
          publicSummary: 'Seals for 700 bar valves',
          technologyAreas: ['EF05'],
          currentTrl: 3,
          targetTrl: 6,
          responseDeadline: new Date(Date.now() + 30 * 86400_000).toISOString(),
          collaborationTypes: ['TECHNICAL_COOPERATION'],
          visibility: 'PUBLIC',
        },
      })
    ).createTechnologyNeed.id;

    // Replica B: the owner's socket, and a stranger's on a listing they may not see (a draft).
    const stranger = session();
    await stranger.call(
      portB,
      `mutation R($input: RegisterInput!) { register(input: $input) { user { id } } }`,
      {
        input: {
          email: 'stranger@example.org',
          password: 'correct horse battery staple',
          displayName: 'Stranger',
          preferredLanguage: 'en',
        },
      },
    );
    const origin = `http://127.0.0.1:${portB}`;
    const strangerSocket = openSocket(portB, { cookie: stranger.cookie(), origin });
    sockets.push(strangerSocket);
    const hidden = subscribe(strangerSocket, MATCHES_REFRESHED, { needId });
    await hidden.ended;
    expect(hidden.errors.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);

    // The draft's refresh is pending: the owner's subscription waits for it.
    const ownerSocket = openSocket(portB, { cookie: owner.cookie(), origin });
    sockets.push(ownerSocket);
    const live = subscribe<{ matchesRefreshed: { listingKind: string; listingId: string } }>(
      ownerSocket,
      MATCHES_REFRESHED,
      { needId },
    );
    const deadline = Date.now() + 10_000;
    while ((await openSubscriptions(portB)) !== 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(await openSubscriptions(portB)).toBe(1);

    // The change, through replica A: publishing asks for a refresh; A's job runs it and publishes.
    await owner.call(portA, `mutation P($id: ID!) { publishTechnologyNeed(id: $id) { status } }`, {
      id: needId,
    });
    await live.received(1, 30_000);
    expect(live.events[0]).toEqual({
      matchesRefreshed: { listingKind: 'NEED', listingId: needId },
    });
    expect(live.errors).toEqual([]);
  } finally {
    for (const socket of sockets) await socket.client.dispose();
    for (const process of running.reverse()) {
      process.child.kill('SIGTERM');
      await exited(process.child);
    }
    rmSync(dataA, { recursive: true, force: true });
    rmSync(dataB, { recursive: true, force: true });
  }
});
