/* Writes apps/api/schema.gql from the resolvers, without a database: the committed schema
 * the web's typed operations are generated from. `pnpm --filter @spillover/api schema:print`.
 * A test compares the running app's schema with the file, so a stale file fails CI. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCALARS_MAP } from './date-time.scalar';
import { RESOLVERS } from './resolvers';
import { printSortedSchema } from './schema-printer';

async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS, { scalarsMap: SCALARS_MAP });
  const file = join(__dirname, '..', '..', '..', 'schema.gql');
  writeFileSync(file, printSortedSchema(schema));
  await app.close();
  console.log(`wrote ${file}`);
}

void main();
