import { Transactions } from '../../src/platform/database/transactions';
import type { EventEnvelope } from '../../src/platform/jobs/job-event';
import { JobEvents } from '../../src/platform/jobs/job-events';
import {
  NOTIFICATION_FAN_OUT,
  type NotificationEvent,
} from '../../src/notification/notification-event';
import { NotificationService } from '../../src/notification/notification.service';
import { HYDROGEN_COOLING_CAPABILITY, HYDROGEN_COOLING_NEED } from '../match/match-support';
import { createOrganization, signUp, type SignedIn } from '../support/factories';
import { capabilityIn, capabilityInput, needIn } from '../support/listings';
import { joinOrganization } from '../support/roles';
import type { TestApp } from '../support/test-app';

export const INBOX = `query Inbox($unreadOnly: Boolean) {
  notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { id type path subjectKind subjectId readAt params { name value } } } }
  unreadNotificationCount
}`;

export interface InboxNode {
  id: string;
  type: string;
  path: string;
  subjectKind: string;
  subjectId: string | null;
  readAt: string | null;
  params: { name: string; value: string }[];
}

export async function inbox(user: SignedIn, unreadOnly = false) {
  const data = await user.client.ok<{
    notifications: { edges: { node: InboxNode }[] };
    unreadNotificationCount: number;
  }>(INBOX, { unreadOnly });
  return {
    nodes: data.notifications.edges.map((edge) => edge.node),
    unread: data.unreadNotificationCount,
  };
}

export const param = (node: InboxNode, name: string) =>
  node.params.find((p) => p.name === name)?.value;

/**
 * Runs the queued fan-outs as the job worker would (acting once per key), `times` times
 * each; with times > 1 also the handler itself once more past the job_effect record: a
 * delivery pg-boss repeats must not store anything twice.
 */
export async function runFanOuts(t: TestApp, times = 1): Promise<number> {
  const rows = (await t.dataSource.query(
    `WITH taken AS (DELETE FROM job_outbox WHERE queue = $1 RETURNING idempotency_key AS key, payload, created_at)
     SELECT key, payload FROM taken ORDER BY created_at`,
    [NOTIFICATION_FAN_OUT],
  )) as { key: string; payload: { event: NotificationEvent } }[];
  const service = t.app.get(NotificationService);
  const job = {
    name: NOTIFICATION_FAN_OUT,
    run: ({ event }: { event: NotificationEvent }, { key }: { key: string }) =>
      service.fanOut(event, key),
  };
  for (let i = 0; i < times; i++)
    for (const row of rows)
      await t.app
        .get(JobEvents)
        .runOnce(
          job,
          { key: row.key, payload: row.payload } as EventEnvelope<{ event: NotificationEvent }>,
          1,
        );
  if (times > 1)
    for (const row of rows)
      await t.app.get(Transactions).run(() => service.fanOut(row.payload.event, row.key));
  return rows.length;
}

export const count = async (t: TestApp, sql: string, params: unknown[]): Promise<number> =>
  Number(((await t.dataSource.query(sql, params)) as { n: string }[])[0]!.n);

export const emailsTo = (t: TestApp, userId: string, type: string) =>
  count(t, `SELECT count(*) AS n FROM email_message WHERE recipient_id = $1 AND type = $2`, [
    userId,
    type,
  ]);

/** A member's strong-match threshold, in percent. */
export const SET_THRESHOLD = `mutation SetThreshold($percent: Int!) { setStrongMatchThreshold(percent: $percent) }`;

/**
 * A strong pair's cast: a need's organization whose owner hears of matches from 50 % and
 * whose other member only of perfect ones, and another organization's capability that
 * answers the need (a fuel-cell cooling pair, scored between 0.5 and 1).
 */
export async function strongMatchCast(t: TestApp, providerName: string) {
  const owner = await signUp(t);
  const org = await createOrganization(owner.client);
  const demanding = await joinOrganization(t, owner.client, org.id);
  await demanding.client.ok(SET_THRESHOLD, { percent: 100 });
  await owner.client.ok(SET_THRESHOLD, { percent: 50 });
  const need = await needIn(owner.client, org.id, 'OPEN', HYDROGEN_COOLING_NEED);
  const provider = await signUp(t);
  const providerOrg = await createOrganization(provider.client, { name: providerName });
  const capability = await capabilityIn(
    provider.client,
    providerOrg.id,
    'PUBLISHED',
    capabilityInput('EXPERTISE', HYDROGEN_COOLING_CAPABILITY),
  );
  return { owner, demanding, provider, need, capability };
}
