import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { badInput, errorKey, parseInput } from '@spillover/domain';

// Input class → the domain schema that validates it; filled by @ValidatedBy.
const SCHEMAS = new WeakMap<object, z.ZodType>();

/**
 * Binds a GraphQL input class to its domain schema: the rule is written once, in
 * packages/domain, and the web form runs the very same schema.
 */
export const ValidatedBy =
  (schema: z.ZodType): ClassDecorator =>
  (target) => {
    SCHEMAS.set(target, schema);
  };

/**
 * Runs the bound domain schema on every resolver argument that has one. The schema is found
 * by the parameter's design type, so declare an optional input as `filter?: Filter`, never
 * `filter: Filter | null` (a union's design type is Object: it would go unchecked). An
 * omitted optional input is left alone; GraphQL itself refuses a missing required one.
 */
@Injectable()
export class DomainValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const schema = metadata.metatype ? SCHEMAS.get(metadata.metatype) : undefined;
    return schema && value !== null && value !== undefined ? parseInput(schema, value) : value;
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `@Args('id', IdPipe)`: a malformed id is the caller's mistake, named by its argument. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !UUID.test(value))
      throw badInput(
        metadata.data ?? 'id',
        'This id is not valid; ids are UUIDs.',
        errorKey('input.id'),
      );
    return value.toLowerCase();
  }
}

/** `IdPipe` for an optional id argument: absent stays absent, present must be a UUID. */
@Injectable()
export class OptionalIdPipe implements PipeTransform<
  string | null | undefined,
  string | undefined
> {
  private readonly id = new IdPipe();

  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | undefined {
    return value === undefined || value === null ? undefined : this.id.transform(value, metadata);
  }
}
