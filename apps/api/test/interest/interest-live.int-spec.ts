/*
 * Live interest events: both organizations' open pages hear a submission and each answer
 * with the change's commit; an organization that is neither party never hears of it.
 */
import type { AddressInfo } from 'node:net';
import type { SignedIn } from '../support/factories';
import { openSocket, sessionCookie, subscribe, type Socket } from '../support/live';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  SHORTLIST,
  expressed,
  interestCast,
  interestInput,
  openNeed,
  type InterestCast,
} from './interest-support';

const INTEREST_CHANGED = `subscription Changed($needId: ID, $capabilityId: ID) {
  interestChanged(needId: $needId, capabilityId: $capabilityId) { interestId status listingKind listingId }
}`;

interface Changed {
  interestChanged: { interestId: string; status: string; listingKind: string; listingId: string };
}

let t: TestApp;
let cast: InterestCast;
let port: number;
const sockets: Socket[] = [];
beforeAll(async () => {
  t = await createTestApp();
  await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
  port = (t.server.address() as AddressInfo).port;
  cast = await interestCast(t);
});
afterAll(async () => {
  for (const socket of sockets) await socket.client.dispose();
  await t.close();
});

const socketOf = (user: SignedIn) => {
  const socket = openSocket(port, {
    cookie: sessionCookie(user.client.cookie('spillover_session')),
    origin: `http://127.0.0.1:${port}`,
  });
  sockets.push(socket);
  return socket;
};

describe('interestChanged', () => {
  it("tells the owner's board and the sender's page of a submission and an answer, and a stranger nothing", async () => {
    const need = await openNeed(cast);
    const board = subscribe<Changed>(socketOf(cast.orgMember), INTEREST_CHANGED, {
      needId: need.id,
    });
    const senderPage = subscribe<Changed>(socketOf(cast.senderMember), INTEREST_CHANGED, {});
    const stranger = subscribe<Changed>(socketOf(cast.stranger), INTEREST_CHANGED, {});
    // Subscriptions are registered once the server answered a first operation on each socket.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const interest = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    await cast.orgAdmin.client.ok(SHORTLIST, { id: interest.id });
    const heard = await board.received(2);
    expect(heard.map((event) => event.interestChanged)).toEqual([
      { interestId: interest.id, status: 'SUBMITTED', listingKind: 'NEED', listingId: need.id },
      { interestId: interest.id, status: 'SHORTLISTED', listingKind: 'NEED', listingId: need.id },
    ]);
    expect((await senderPage.received(2)).map((event) => event.interestChanged.status)).toEqual([
      'SUBMITTED',
      'SHORTLISTED',
    ]);
    // A later event the stranger may hear proves its stream was open all along.
    const own = await openNeed(cast);
    const strangerOrg = (
      await cast.stranger.client.ok<{
        viewer: { memberships: { organization: { id: string } }[] };
      }>(`query { viewer { memberships { organization { id } } } }`)
    ).viewer.memberships[0]!.organization.id;
    const theirs = await expressed(
      cast.stranger.client,
      interestInput(strangerOrg, { needId: own.id }),
    );
    const strangerHeard = await stranger.received(1);
    expect(strangerHeard.map((event) => event.interestChanged.interestId)).toEqual([theirs.id]);
    board.stop();
    senderPage.stop();
    stranger.stop();
  });
});
