import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Transactions } from '../database/transactions';
import { Metrics } from '../metrics/metrics';
import {
  LIVE_EVENT_KINDS,
  isLiveEventKind,
  type LiveEventKind,
  type LiveEventPayload,
} from './live-event-kinds';
import { LiveStream } from './live-stream';
import { PgListener } from './pg-listener';

/** The NOTIFY channel every replica listens on for live events. */
export const LIVE_CHANNEL = 'spillover_live';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7999;

/** Whether `actor` may learn of this event: the same answer its read of the thing gives. */
export type ReceivePolicy<K extends LiveEventKind> = (
  actor: Actor,
  payload: LiveEventPayload<K>,
) => Promise<boolean>;

/**
 * Who is listening on a socket, asked again at every event: memberships change and sessions
 * are revoked while a socket stays open. `null` when the credential is no longer valid.
 */
export interface LiveSubscriber {
  actor(): Promise<Actor | null>;
}

interface Received {
  kind: LiveEventKind;
  payload: unknown;
}

/**
 * Live events between replicas over PostgreSQL LISTEN/NOTIFY. `publish` notifies inside the
 * ambient transaction, so an event leaves only if the change commits (and a rolled-back
 * savepoint takes its events with it). Every replica hears every event and hands it to its
 * own subscribers, each filtered by the kind's receive policy for that subscriber: nobody
 * hears of something they may not read, and no sticky sessions are needed.
 */
@Injectable()
export class LiveEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveEvents');
  private readonly policies: { [K in LiveEventKind]?: ReceivePolicy<K> } = {};
  private readonly receivers = new Set<(event: Received) => void>();
  private readonly streams = new Set<LiveStream<unknown>>();
  private listening: Promise<unknown> | null = null;

  constructor(
    private readonly transactions: Transactions,
    private readonly listener: PgListener,
    metrics: Metrics,
  ) {
    metrics.watchLive(
      () => this.streams.size,
      () => listener.connections,
    );
  }

  /** Subscriptions open on this replica. */
  get openStreams(): number {
    return this.streams.size;
  }

  /** Registers who may receive `kind`; the feature that owns the thing calls it once. */
  authorize<K extends LiveEventKind>(kind: K, policy: ReceivePolicy<K>): void {
    // One owner per kind: a second registration would silently replace the first's rule.
    if (this.policies[kind]) throw new Error(`live event ${kind} already has a receive policy`);
    (this.policies as Record<K, ReceivePolicy<K>>)[kind] = policy;
  }

  /**
   * Publishes an event with the current transaction: delivered at its commit, never if it
   * rolls back. Outside a transaction it leaves at once.
   */
  async publish<K extends LiveEventKind>(kind: K, payload: LiveEventPayload<K>): Promise<void> {
    await this.publishMany(kind, [payload]);
  }

  /**
   * Publishes many events of one kind in one statement (a fan-out's one event per
   * recipient): a round trip per event would cost more than storing them.
   */
  async publishMany<K extends LiveEventKind>(
    kind: K,
    payloads: readonly LiveEventPayload<K>[],
  ): Promise<void> {
    if (!payloads.length) return;
    const texts = payloads.map((payload) => {
      const text = JSON.stringify({ kind, payload: LIVE_EVENT_KINDS[kind].parse(payload) });
      if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES)
        throw new Error(
          `live event ${kind} is ${Buffer.byteLength(text)} bytes; send ids, not content`,
        );
      return text;
    });
    // WITH ORDINALITY keeps the events in the order given.
    await this.transactions.manager.query(
      `SELECT pg_notify($1, e.text) FROM unnest($2::text[]) WITH ORDINALITY AS e(text, n) ORDER BY e.n`,
      [LIVE_CHANNEL, texts],
    );
  }

  /**
   * The events of `kind` that `about` selects and the subscriber may receive, in order.
   * The stream ends when the subscriber's credential lapses or the LISTEN connection was
   * replaced (events may have been missed: the client catches up by reading again).
   * `catchUp` runs once the stream listens: an event it returns (what the subscriber may
   * have missed while it was connecting) goes first, through the same policy.
   */
  async subscribe<K extends LiveEventKind>(
    subscriber: LiveSubscriber,
    kind: K,
    about: (payload: LiveEventPayload<K>) => boolean,
    catchUp?: () => Promise<LiveEventPayload<K> | null>,
  ): Promise<AsyncIterableIterator<LiveEventPayload<K>>> {
    await this.listen();
    const stream = new LiveStream<LiveEventPayload<K>>(() => {
      this.receivers.delete(receive);
      this.streams.delete(stream as LiveStream<unknown>);
    });
    // One check at a time per subscriber keeps its events in publishing order.
    let checked = catchUp ? catchUp().catch(() => null) : Promise.resolve(null);
    const deliver = (payload: LiveEventPayload<K>) => async () => {
      if (stream.closed) return null;
      const verdict = await this.mayReceive(subscriber, kind, payload);
      if (verdict === 'lapsed') stream.end();
      else if (verdict) stream.push(payload);
      return null;
    };
    checked = checked.then((missed) => (missed ? deliver(missed)() : null));
    const receive = (event: Received) => {
      if (event.kind !== kind) return;
      const payload = event.payload as LiveEventPayload<K>;
      if (about(payload)) checked = checked.then(deliver(payload));
    };
    this.receivers.add(receive);
    this.streams.add(stream as LiveStream<unknown>);
    return stream;
  }

  private async mayReceive<K extends LiveEventKind>(
    subscriber: LiveSubscriber,
    kind: K,
    payload: LiveEventPayload<K>,
  ): Promise<boolean | 'lapsed'> {
    const policy = this.policies[kind] as ReceivePolicy<K> | undefined;
    if (!policy) {
      this.logger.error(`live event ${kind} has no receive policy; nobody receives it`);
      return false;
    }
    try {
      const actor = await subscriber.actor();
      if (!actor) return 'lapsed';
      return await policy(actor, payload);
    } catch (error) {
      this.logger.warn(
        `could not check ${kind} for a subscriber: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }

  private listen(): Promise<unknown> {
    this.listening ??= this.listener.listen(LIVE_CHANNEL, {
      notify: (text) => this.received(text),
      reconnected: () => {
        for (const stream of [...this.streams]) stream.end();
      },
    });
    return this.listening;
  }

  private received(text: string): void {
    let event: Received;
    try {
      const parsed = JSON.parse(text) as { kind?: unknown; payload?: unknown };
      if (!isLiveEventKind(parsed.kind)) throw new Error(`unknown kind ${String(parsed.kind)}`);
      event = { kind: parsed.kind, payload: LIVE_EVENT_KINDS[parsed.kind].parse(parsed.payload) };
    } catch (error) {
      this.logger.warn(
        `ignored a malformed live event: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    for (const receive of this.receivers) receive(event);
  }

  /** Every kind needs a receive policy: the app does not start with one missing. */
  onApplicationBootstrap(): void {
    const missing = Object.keys(LIVE_EVENT_KINDS).filter(
      (kind) => !this.policies[kind as LiveEventKind],
    );
    if (missing.length)
      throw new Error(
        `live event kinds without a receive policy (LiveEvents.authorize): ${missing.join(', ')}`,
      );
  }

  onApplicationShutdown(): void {
    for (const stream of [...this.streams]) stream.end();
  }
}
