import { expectRefused } from '../support/factories';
import { VIEWER_MEMBERSHIPS, auditOf, castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import { CallService } from '../../src/call/call.service';
import {
  CALL,
  CALLS,
  CLOSE_CALL,
  EXTEND_CALL,
  OPEN_CALL,
  draftCall,
  openCall,
  seoulIn,
  type CallView,
} from './call-support';

let t: TestApp;
let cast: Cast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  jest.useRealTimers();
});

/** Sets the server's clock (the app runs in this process): only Date is faked, timers keep running. */
const serverClockAt = (instant: Date | string) =>
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });

/** A jump of the clock refreshes the manager's session on their next request; done before a refusal compares tables. */
const touchSession = () => cast.manager.client.ok(VIEWER_MEMBERSHIPS);

const phaseOf = async (id: string): Promise<string> =>
  (await cast.orgMember.client.ok<{ call: CallView }>(CALL, { id })).call.phase;

describe('the deadline, by the server’s clock', () => {
  it('reads the phase from the server’s clock: upcoming, open, then closed at the deadline itself', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id);
    const opensAt = new Date(call.opensAt ?? '');
    const closesAt = new Date(call.closesAt ?? '');
    expect(await phaseOf(call.id)).toBe('UPCOMING');
    serverClockAt(opensAt);
    expect(await phaseOf(call.id)).toBe('OPEN');
    const open = await cast.orgMember.client.ok<{ calls: { edges: { node: { id: string } }[] } }>(
      CALLS,
      { filter: { phase: 'OPEN' }, first: 100 },
    );
    expect(open.calls.edges.map((e) => e.node.id)).toContain(call.id);
    serverClockAt(new Date(closesAt.getTime() - 1000));
    expect(await phaseOf(call.id)).toBe('OPEN');
    serverClockAt(closesAt);
    expect(await phaseOf(call.id)).toBe('CLOSED');
  });

  it('closes a call at its deadline, not one second before (the scheduled job’s work)', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id);
    const closesAt = new Date(call.closesAt ?? '');
    const service = t.app.get(CallService);
    expect(await service.closeDue(new Date(closesAt.getTime() - 1000))).not.toContain(call.id);
    expect(
      (await cast.orgMember.client.ok<{ call: CallView }>(CALL, { id: call.id })).call.status,
    ).toBe('OPEN');
    expect(await service.closeDue(closesAt)).toContain(call.id);
    expect(
      (await cast.orgMember.client.ok<{ call: CallView }>(CALL, { id: call.id })).call,
    ).toMatchObject({ status: 'CLOSED', phase: 'CLOSED', closedAt: closesAt.toISOString() });
    // Closed once: a second run finds nothing to close.
    expect(await service.closeDue(closesAt)).not.toContain(call.id);
    expect((await auditOf(t, call.id)).filter((a) => a.action === 'call.closed')).toEqual([
      expect.objectContaining({ actor_id: null, after: { status: 'CLOSED', by: 'SYSTEM' } }),
    ]);
  });

  it('lets a manager close a call before it opens or after its deadline, never while applicants may submit', async () => {
    const upcoming = await openCall(cast.manager.client, cast.cluster.id);
    const { closeCall } = await cast.manager.client.ok<{ closeCall: CallView }>(CLOSE_CALL, {
      id: upcoming.id,
    });
    expect(closeCall.status).toBe('CLOSED');

    const call = await openCall(cast.manager.client, cast.cluster.id);
    const closesAt = new Date(call.closesAt ?? '');
    serverClockAt(new Date(closesAt.getTime() - 1000));
    await touchSession();
    await expectRefused(
      t,
      () => cast.manager.client.gql(CLOSE_CALL, { id: call.id }),
      'CONFLICT',
      'closesAt',
    );
    const refused = await cast.manager.client.gql(CLOSE_CALL, { id: call.id });
    // The deadline in the error, in the call's time zone.
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      key: 'call.closeBeforeDeadline',
      params: { deadline: expect.stringMatching(/\(\+09:00\)$/) },
    });
    serverClockAt(closesAt);
    expect(
      (await cast.manager.client.ok<{ closeCall: CallView }>(CLOSE_CALL, { id: call.id })).closeCall
        .status,
    ).toBe('CLOSED');
  });

  it('extends a deadline up to its last second, not once it has passed', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id);
    const closesAt = new Date(call.closesAt ?? '');
    serverClockAt(new Date(closesAt.getTime() - 1000));
    const later = seoulIn(24 * 7, closesAt.getTime());
    const { extendCallDeadline } = await cast.manager.client.ok<{ extendCallDeadline: CallView }>(
      EXTEND_CALL,
      { id: call.id, closesAt: later },
    );
    expect(extendCallDeadline.closesAt).toBe(new Date(later).toISOString());
    serverClockAt(new Date(later));
    await touchSession();
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(EXTEND_CALL, {
          id: call.id,
          closesAt: seoulIn(24 * 14, closesAt.getTime()),
        }),
      'CONFLICT',
      'closesAt',
    );
  });

  it('refuses to open a call whose deadline has passed by the server’s clock', async () => {
    const draft = await draftCall(cast.manager.client, cast.cluster.id);
    serverClockAt(new Date(new Date(draft.closesAt ?? '').getTime()));
    await touchSession();
    await expectRefused(
      t,
      () => cast.manager.client.gql(OPEN_CALL, { id: draft.id }),
      'BAD_USER_INPUT',
      'closesAt',
    );
  });
});
