import type { ApolloServerPlugin } from '@apollo/server';
import type { Pool } from 'pg';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The platform's Prometheus registry: process metrics, GraphQL latency, database pool. */
export class Metrics {
  readonly registry = new Registry();
  readonly operationDuration = new Histogram({
    name: 'spillover_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation, by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'spillover_' });
  }

  /** Pool gauges read the live pool at scrape time. */
  watchPool(pool: Pool): void {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge(
      'spillover_db_pool_connections',
      'Connections open in the database pool',
      () => pool.totalCount,
    );
    gauge(
      'spillover_db_pool_idle_connections',
      'Idle connections in the database pool',
      () => pool.idleCount,
    );
    gauge(
      'spillover_db_pool_waiting_requests',
      'Queries waiting for a free database connection',
      () => pool.waitingCount,
    );
  }

  /** Live updates: subscriptions open on this replica, and LISTEN connections opened so far. */
  watchLive(subscriptions: () => number, listenConnections: () => number): void {
    for (const [name, help, read] of [
      ['spillover_live_subscriptions', 'Live subscriptions open on this replica', subscriptions],
      [
        'spillover_listen_connections_total',
        'LISTEN connections opened (more than one: it reconnected)',
        listenConnections,
      ],
    ] as const)
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
  }

  graphqlPlugin(): ApolloServerPlugin {
    const histogram = this.operationDuration;
    return {
      async requestDidStart() {
        const end = histogram.startTimer();
        let operation = 'unknown';
        let type = 'unknown';
        return {
          async didResolveOperation({ operationName, operation: op }) {
            // Client-chosen names are bounded by the operations the web ships; anonymous ones pool together.
            operation = (operationName ?? 'anonymous').slice(0, 64);
            type = op?.operation ?? type;
          },
          async willSendResponse({ errors, response }) {
            const failed =
              Boolean(errors?.length) ||
              (response.body.kind === 'single' &&
                Boolean(response.body.singleResult.errors?.length));
            end({ operation, type, outcome: failed ? 'error' : 'ok' });
          },
        };
      },
    };
  }
}
