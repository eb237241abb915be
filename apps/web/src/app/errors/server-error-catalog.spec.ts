/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ERROR_CODES } from '@spillover/domain';
import { resources } from '../i18n/catalogs';

// Where refusals are thrown: the API and the domain rules it calls.
const ROOT = resolve(__dirname, '../../../../..');
const SOURCES = [join(ROOT, 'apps/api/src'), join(ROOT, 'packages/domain/src')];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(entry.name) && !/\.(spec|int-spec)\.ts$/.test(entry.name)) yield path;
  }
}

const files = SOURCES.flatMap((dir) =>
  [...sourceFiles(dir)].map((path) => ({
    name: relative(ROOT, path),
    text: readFileSync(path, 'utf8'),
  })),
);

/** The text of a call's arguments, from the "(" at `open` to its matching ")". */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return text.slice(open + 1, index);
  }
  return text.slice(open + 1);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

type Catalog = { [key: string]: string | Catalog };
const lookup = (catalog: Catalog, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Catalog)[part] : undefined,
      catalog,
    );

describe('every refusal the API can return has an English and a Korean message', () => {
  it('finds the refusals in the source', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('names every error key with a literal, and both catalogs have it', () => {
    const keys = new Set<string>();
    const dynamic: string[] = [];
    for (const file of files)
      for (const match of file.text.matchAll(/\berrorKey\(/g)) {
        const args = argumentsAt(file.text, match.index + match[0].length - 1).trim();
        const literal = /^'([\w.]+)'$/.exec(args);
        if (literal?.[1]) keys.add(literal[1]);
        else if (!file.name.endsWith('errors/domain-error.ts'))
          dynamic.push(`${file.name}:${lineOf(file.text, match.index)}`);
      }
    expect(dynamic).toEqual([]);
    expect(keys.size).toBeGreaterThan(40);
    const missing = [...keys].flatMap((key) =>
      (['en', 'ko'] as const)
        .filter((lng) => typeof lookup(resources[lng].errors as Catalog, key) !== 'string')
        .map((lng) => `${lng}: errors:${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every CONFLICT and BAD_USER_INPUT a key, or the schema check it failed', () => {
    // conflict() and badInput() take an ErrorKey by type; a DomainError built by hand must
    // name one too, or the validation `issue` the web translates by field.
    const unnamed: string[] = [];
    for (const file of files)
      for (const match of file.text.matchAll(/new DomainError\(/g)) {
        const args = argumentsAt(file.text, match.index + match[0].length - 1);
        if (!/^\s*'(CONFLICT|BAD_USER_INPUT)'/.test(args)) continue;
        if (!/\b(key|issue)\b/.test(args))
          unnamed.push(`${file.name}:${lineOf(file.text, match.index)}`);
      }
    expect(unnamed).toEqual([]);
  });

  it('has a message for every error code in both languages', () => {
    for (const lng of ['en', 'ko'] as const)
      for (const code of [...ERROR_CODES, 'NETWORK', 'UNKNOWN']) {
        const errors = resources[lng].common.errors as Catalog;
        const message = code === 'RATE_LIMITED' ? errors.RATE_LIMITED_other : errors[code];
        expect([lng, code, typeof message]).toEqual([lng, code, 'string']);
      }
  });
});
