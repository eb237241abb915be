import { CreateDateColumn, type ColumnOptions } from 'typeorm';

/** Timestamps are always timestamptz: the platform spans time zones (Seoul, Brussels). */
export const CreatedAt = (): PropertyDecorator => CreateDateColumn({ type: 'timestamptz' });

export const timestamptz = (options: ColumnOptions = {}): ColumnOptions => ({
  type: 'timestamptz',
  ...options,
});

/** A CHECK expression allowing exactly the listed values in a column. */
export const oneOf = (column: string, values: readonly string[], nullable = false): string =>
  `${nullable ? `"${column}" IS NULL OR ` : ''}"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
