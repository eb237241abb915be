import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_HEADER =
  '# Generated from the resolvers by `pnpm --filter @spillover/api schema:print`. Do not edit.\n\n';

export const printSortedSchema = (schema: GraphQLSchema): string =>
  SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
