import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createTestApp, type TestApp } from '../support/test-app';

// Every operation the web app sends must pass the API's validation: known fields and the
// query limits (depth, cost, aliases, repeated fields). A document the limits refuse fails
// its whole page at runtime while mocked unit tests stay green, so each one is sent here
// without variables: validation answers before variables are read, and a refusal of the
// document itself names the field "query".

jest.setTimeout(120_000);

const GENERATED = join(__dirname, '../../../web/src/generated/graphql.ts');

function webOperations(): { name: string; text: string; kind: string }[] {
  const source = readFileSync(GENERATED, 'utf8');
  const found = [...source.matchAll(/export const (\w+)Document = (\{.*?\}) as unknown as/gs)];
  return found.map(([, name, json]) => {
    const document = JSON.parse(json!) as DocumentNode;
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    return { name: name!, text: print(document), kind: operation?.operation ?? 'fragment' };
  });
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('sends no document the API refuses as a whole (schema or limits)', async () => {
  const operations = webOperations().filter((o) => o.kind === 'query' || o.kind === 'mutation');
  expect(operations.length).toBeGreaterThan(100);
  const refused: string[] = [];
  for (const operation of operations) {
    const result = await t.client().gql(operation.text, {});
    for (const error of result.errors ?? [])
      // (A missing variable named `$query` names the field too: that is the variables' turn.)
      if (error.extensions?.field === 'query' && !error.message.startsWith('Variable "$'))
        refused.push(`${operation.name}: ${error.message}`);
  }
  expect(refused).toEqual([]);
});
