/**
 * Live updates in one process: the LISTEN connection survives being cut, events leave only
 * with their transaction's commit, and sockets are authenticated, same-origin and filtered
 * per subscriber through the read policy. Two processes: live-replicas.int-spec.ts.
 */
import type { AddressInfo } from 'node:net';
import { Transactions } from '../../src/platform/database/transactions';
import { LIVE_CHANNEL, LiveEvents } from '../../src/platform/live/live-events';
import { MAX_SUBSCRIPTIONS_PER_SOCKET } from '../../src/platform/live/socket-options';
import { PgListener } from '../../src/platform/live/pg-listener';
import { capabilityIn, capabilityInput, needIn, UPDATE_NEED } from '../support/listings';
import { PASSWORD, createOrganization, signUp, type SignedIn } from '../support/factories';
import {
  MATCHES_REFRESHED,
  openSocket,
  sessionCookie,
  subscribe,
  type Socket,
} from '../support/live';
import { createTestApp, type TestApp } from '../support/test-app';
import { refreshMatches } from '../match/match-support';

let t: TestApp;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
  port = (t.server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const socket of sockets) await socket.client.dispose();
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(25);
  }
}

const ORIGIN = () => `http://127.0.0.1:${port}`;
const socketOf = (user: SignedIn, origin = ORIGIN()) => {
  const socket = openSocket(port, {
    cookie: sessionCookie(user.client.cookie('spillover_session')),
    origin,
  });
  sockets.push(socket);
  return socket;
};

describe('the LISTEN connection', () => {
  it('reconnects after its backend is terminated, LISTENs again and says so; a NOTIFY after that arrives', async () => {
    const listener = t.app.get(PgListener);
    const heard: string[] = [];
    let reconnects = 0;
    const stop = await listener.listen('live_test_channel', {
      notify: (payload) => heard.push(payload),
      reconnected: () => (reconnects += 1),
    });
    const before = await listener.backendPid();
    const connections = listener.connections;
    await t.dataSource.query('SELECT pg_terminate_backend($1)', [before]);
    await until(() => reconnects === 1);
    expect(listener.connections).toBe(connections + 1);
    expect(await listener.backendPid()).not.toBe(before);
    await t.dataSource.query(`SELECT pg_notify('live_test_channel', 'after the cut')`);
    await until(() => heard.includes('after the cut'));
    await stop();
  });
});

describe('publishing', () => {
  it('delivers an event at commit, and never one whose transaction rolled back', async () => {
    const live = t.app.get(LiveEvents);
    const transactions = t.app.get(Transactions);
    const received: string[] = [];
    const stop = await t.app
      .get(PgListener)
      .listen(LIVE_CHANNEL, { notify: (payload) => received.push(payload) });
    const rolledBack = '00000000-0000-4000-8000-000000000001';
    const committed = '00000000-0000-4000-8000-000000000002';
    await transactions
      .run(async () => {
        await live.publish('matchesRefreshed', { listingKind: 'NEED', listingId: rolledBack });
        throw new Error('undo');
      })
      .catch(() => undefined);
    let seenBeforeCommit = true;
    await transactions.run(async () => {
      await live.publish('matchesRefreshed', { listingKind: 'NEED', listingId: committed });
      await sleep(200);
      seenBeforeCommit = received.length > 0;
    });
    await until(() => received.length > 0);
    expect(seenBeforeCommit).toBe(false);
    expect(received.map((text) => JSON.parse(text))).toEqual([
      { kind: 'matchesRefreshed', payload: { listingKind: 'NEED', listingId: committed } },
    ]);
    await stop();
  });

  it("refuses a payload that is not its kind's, before anything is sent", async () => {
    const live = t.app.get(LiveEvents);
    await expect(
      live.publish('matchesRefreshed', { listingKind: 'NEED', listingId: 'not-a-uuid' }),
    ).rejects.toThrow();
  });
});

describe('sockets', () => {
  let owner: SignedIn;
  let invited: SignedIn;
  let outsider: SignedIn;
  let orgId: string;
  let needId: string;
  let offererOrgId: string;

  beforeAll(async () => {
    owner = await signUp(t, { displayName: 'Need Owner' });
    orgId = (await createOrganization(owner.client)).id;
    invited = await signUp(t, { displayName: 'Invited Admin' });
    const invitedOrg = await createOrganization(invited.client, {
      kind: 'RESEARCH_INSTITUTE',
      size: null,
    });
    outsider = await signUp(t, { displayName: 'Outsider' });
    const offerer = await signUp(t, { displayName: 'Offerer' });
    const offererOrg = await createOrganization(offerer.client);
    offererOrgId = offererOrg.id;
    needId = (
      await needIn(owner.client, orgId, 'OPEN', {
        technologyAreas: ['EF05'],
        sectors: ['29'],
        visibility: 'PRIVATE',
        invitedOrganizationIds: [invitedOrg.id],
      })
    ).id;
    await capabilityIn(
      offerer.client,
      offererOrg.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', { technologyAreas: ['EF05'], sectors: ['29'], trl: 6 }),
    );
    await refreshMatches(t);
  });

  it('refuses a socket without a credential, with an unknown one, or from another origin (4403)', async () => {
    expect(await openSocket(port, { origin: ORIGIN() }).closed).toBe(4403);
    expect(
      await openSocket(port, { cookie: sessionCookie('sps_forged'), origin: ORIGIN() }).closed,
    ).toBe(4403);
    expect(
      await openSocket(port, { connectionParams: { authorization: 'Bearer spt_forged' } }).closed,
    ).toBe(4403);
    expect(await socketOf(owner, 'https://evil.example').closed).toBe(4403);
  });

  it('answers NOT_FOUND to a subscription of a listing the subscriber may not read, and BAD_USER_INPUT without exactly one listing', async () => {
    const hidden = subscribe(socketOf(outsider), MATCHES_REFRESHED, { needId });
    await hidden.ended;
    expect(hidden.errors.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const neither = subscribe(socketOf(owner), MATCHES_REFRESHED, {});
    await neither.ended;
    expect(
      neither.errors.map((error) => [error.extensions?.code, error.extensions?.field]),
    ).toEqual([['BAD_USER_INPUT', 'needId']]);
  });

  it("delivers a listing's refresh to those who may read it, and nothing to one who lost access meanwhile", async () => {
    const live = t.app.get(LiveEvents);
    const open = live.openStreams;
    // A change asks for a refresh: the subscribers wait for it.
    await owner.client.ok(UPDATE_NEED, {
      id: needId,
      input: { title: 'Hydrogen valve seals, second try' },
    });
    const ownerSub = subscribe<{ matchesRefreshed: { listingKind: string; listingId: string } }>(
      socketOf(owner),
      MATCHES_REFRESHED,
      { needId },
    );
    const invitedSub = subscribe(socketOf(invited), MATCHES_REFRESHED, { needId });
    await until(
      () => live.openStreams === open + 2 || ownerSub.errors.length + invitedSub.errors.length > 0,
    );
    expect([...ownerSub.errors, ...invitedSub.errors]).toEqual([]);
    // The invitation moves to another organization while the socket stays open.
    await owner.client.ok(UPDATE_NEED, {
      id: needId,
      input: { invitedOrganizationIds: [offererOrgId] },
    });
    expect(await refreshMatches(t)).toBeGreaterThan(0);
    await ownerSub.received(1);
    expect(ownerSub.events).toEqual([
      { matchesRefreshed: { listingKind: 'NEED', listingId: needId } },
    ]);
    // The owner's event and the other's check leave together: a moment more, and still nothing.
    await sleep(300);
    expect(invitedSub.events).toEqual([]);
    expect(invitedSub.errors).toEqual([]);
  });

  it('sends one event at once to a subscriber that starts when no refresh is pending (it may have missed it)', async () => {
    const sub = subscribe(socketOf(owner), MATCHES_REFRESHED, { needId });
    await sub.received(1);
    expect(sub.events).toEqual([{ matchesRefreshed: { listingKind: 'NEED', listingId: needId } }]);
  });

  it('ends the subscription of a session that was signed out meanwhile, without its event', async () => {
    const browser = t.client();
    await browser.ok(`mutation L($input: LogInInput!) { logIn(input: $input) { user { id } } }`, {
      input: { email: owner.email, password: PASSWORD },
    });
    const live = t.app.get(LiveEvents);
    const open = live.openStreams;
    await owner.client.ok(UPDATE_NEED, {
      id: needId,
      input: { title: 'Hydrogen valve seals, signed out' },
    });
    const socket = openSocket(port, {
      cookie: sessionCookie(browser.cookie('spillover_session')),
      origin: ORIGIN(),
    });
    sockets.push(socket);
    const sub = subscribe(socket, MATCHES_REFRESHED, { needId });
    await until(() => live.openStreams === open + 1);
    await browser.ok(`mutation { logOut }`);
    await refreshMatches(t);
    await sub.ended;
    expect(sub.events).toEqual([]);
  });

  it('holds socket operations to the limits of HTTP ones, and to a number per connection', async () => {
    const socket = socketOf(owner);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');
    const greedy = subscribe(
      socket,
      `subscription { matchesRefreshed(needId: "${needId}") { ${aliases} } }`,
      {},
    );
    await greedy.ended;
    expect(greedy.errors.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual(
      [['BAD_USER_INPUT', 'query']],
    );
    const live = t.app.get(LiveEvents);
    const open = live.openStreams;
    // A refresh is pending, so each subscription stays open and waits.
    await owner.client.ok(UPDATE_NEED, {
      id: needId,
      input: { title: 'Hydrogen valve seals, many listeners' },
    });
    const allowed = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () =>
      subscribe(socket, MATCHES_REFRESHED, { needId }),
    );
    await until(() => live.openStreams === open + MAX_SUBSCRIPTIONS_PER_SOCKET);
    const oneTooMany = subscribe(socket, MATCHES_REFRESHED, { needId });
    await oneTooMany.ended;
    expect(oneTooMany.errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    for (const subscription of allowed) subscription.stop();
    await refreshMatches(t);
  });

  it('accepts a script with a bearer API token in the connection parameters and no Origin', async () => {
    const token = await owner.client.ok<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { name: "live script" }) { token } }`,
    );
    const socket = openSocket(port, {
      connectionParams: { authorization: `Bearer ${token.createApiToken.token}` },
    });
    sockets.push(socket);
    const live = t.app.get(LiveEvents);
    const open = live.openStreams;
    await owner.client.ok(UPDATE_NEED, {
      id: needId,
      input: { title: 'Hydrogen valve seals, third try' },
    });
    const sub = subscribe(socket, MATCHES_REFRESHED, { needId });
    await until(() => live.openStreams === open + 1);
    expect(sub.events).toEqual([]);
    await refreshMatches(t);
    await sub.received(1);
  });
});
