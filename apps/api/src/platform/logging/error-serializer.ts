import pino from 'pino';

// Fields of a failed statement (TypeORM's QueryFailedError copies them from pg's error) that
// carry the statement's values: its parameters, PostgreSQL's DETAIL ("Key (email)=(…)
// already exists"), the context line and the inner query.
const VALUE_FIELDS = ['parameters', 'detail', 'where', 'internalQuery'] as const;
// PostgreSQL quotes the refused value in these messages.
const QUOTED_VALUE =
  /(invalid input syntax for type [\w ]+|invalid input value for enum [\w.]+|malformed [\w ]+ literal): ".*"/g;

const REDACTED = '[redacted]';

type Serialized = Record<string, unknown>;

function withoutValues(error: Serialized): Serialized {
  const copy: Serialized = { ...error };
  for (const field of VALUE_FIELDS) if (field in copy) copy[field] = REDACTED;
  for (const text of ['message', 'stack'] as const) {
    const value = copy[text];
    if (typeof value === 'string') copy[text] = value.replace(QUOTED_VALUE, `$1: ${REDACTED}`);
  }
  const driverError = copy['driverError'];
  if (driverError && typeof driverError === 'object') {
    const nested = driverError as Serialized & { message?: unknown };
    copy['driverError'] = withoutValues({
      ...nested,
      ...(typeof nested.message === 'string' ? { message: nested.message } : {}),
    });
  }
  return copy;
}

/**
 * pino's error serializer, minus what a failed SQL statement carries of its values: a
 * token's hash, an e-mail address or a password hash must never reach a log line.
 */
export function errorSerializer(error: unknown): unknown {
  const serialized =
    error instanceof Error ? (pino.stdSerializers.err(error) as unknown as Serialized) : error;
  return serialized && typeof serialized === 'object'
    ? withoutValues(serialized as Serialized)
    : serialized;
}
