import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_URL } from '../database/database-url';

/** What a consumer of a channel hears: each payload, and that the connection was replaced. */
export interface ChannelHandler {
  notify(payload: string): void;
  /**
   * The connection was lost and LISTEN is back on a new one: whatever was notified in
   * between is gone, so catch up (the job queue sends a wake-up, live streams end).
   */
  reconnected?(): void;
}

/** Backoff between reconnection attempts: doubles from the first to the last, then stays. */
export const RECONNECT_DELAYS_MS = { first: 100, max: 5_000 } as const;

/**
 * One dedicated PostgreSQL connection per process for LISTEN (a pool would hand LISTEN to a
 * connection that goes back to others). When it breaks (the server restarts, a failover, an
 * idle timeout in between, pg_terminate_backend), it reconnects with backoff, LISTENs on
 * every channel again, and tells each consumer so it can catch up.
 */
@Injectable()
export class PgListener implements OnApplicationShutdown {
  private readonly logger = new Logger('PgListener');
  private readonly channels = new Map<string, Set<ChannelHandler>>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Connections opened so far: tests and metrics see a reconnect happened. */
  connections = 0;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  /** Listens on `channel` until the returned function is called; connects on first use. */
  async listen(channel: string, handler: ChannelHandler): Promise<() => Promise<void>> {
    let handlers = this.channels.get(channel);
    const first = !handlers;
    if (!handlers) this.channels.set(channel, (handlers = new Set()));
    handlers.add(handler);
    await this.ready();
    if (first && this.client)
      await this.client.query(`LISTEN ${this.client.escapeIdentifier(channel)}`);
    return async () => {
      handlers.delete(handler);
      if (handlers.size || this.channels.get(channel) !== handlers) return;
      this.channels.delete(channel);
      await this.client
        ?.query(`UNLISTEN ${this.client.escapeIdentifier(channel)}`)
        .catch(() => undefined);
    };
  }

  /** The backend process id of the current connection (for tests that cut it), if any. */
  async backendPid(): Promise<number | null> {
    await this.ready();
    const rows = await this.client?.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return rows?.rows[0]?.pid ?? null;
  }

  private ready(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'spillover-listen',
    });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      if (!this.closed) {
        this.logger.warn(`LISTEN connection lost (${reason}); reconnecting`);
        this.scheduleReconnect();
      }
    };
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('connection ended'));
    client.on('notification', ({ channel, payload }) => {
      for (const handler of this.channels.get(channel) ?? []) {
        try {
          handler.notify(payload ?? '');
        } catch (error) {
          this.logger.error(
            `a handler of ${channel} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    });
    try {
      await client.connect();
      for (const channel of this.channels.keys())
        await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      onLost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.connections += 1;
    const reconnected = this.attempt > 0;
    this.attempt = 0;
    if (reconnected) {
      this.logger.log(`LISTEN connection restored on ${this.channels.size} channel(s)`);
      for (const handlers of this.channels.values())
        for (const handler of handlers) handler.reconnected?.();
    }
  }

  private scheduleReconnect(): void {
    if (this.retryTimer || this.closed) return;
    const delay = Math.min(RECONNECT_DELAYS_MS.max, RECONNECT_DELAYS_MS.first * 2 ** this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.ready();
    }, delay);
    this.retryTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
