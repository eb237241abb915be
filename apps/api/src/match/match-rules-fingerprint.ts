import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The matching rules as a walk of compiled CommonJS found them. */
export interface RulesCode {
  /** SHA-256, hex, over `files` and `packages` in sorted order. */
  fingerprint: string;
  /** Every file reached from the entry, relative to the root, with forward slashes. */
  files: string[];
  /** The packages those files require, as name@version: their data can be rules too. */
  packages: string[];
}

const REQUIRE = /\brequire\((["'])([^"']+)\1\)/g;

/**
 * Fingerprints the code reached from `entry` (relative to `root`, a package's compiled
 * output) by following its relative `require("./…")` and `require("../…")` calls
 * transitively: a new release that changes a weight, a glossary term or a stop word
 * changes a reached file, hence the fingerprint. A package a reached file requires counts
 * by its name and version (stop words come from stopwords-iso), not by its contents.
 *
 * The domain's `match/evaluation` folder (labelled pairs for tuning, not rules) is left
 * out because nothing in `match/index.js` requires it, not by a rule of its own: the unit
 * test checks that it stays unreached.
 */
export async function fingerprintRules(root: string, entry: string): Promise<RulesCode> {
  const files = new Map<string, Buffer>();
  const packages = new Set<string>();
  const waiting = [resolve(root, entry)];
  for (let file = waiting.pop(); file !== undefined; file = waiting.pop()) {
    const path = relative(root, file).split(sep).join('/');
    if (files.has(path)) continue;
    const content = await readFile(file);
    files.set(path, content);
    if (!file.endsWith('.js')) continue;
    for (const [, , specifier] of content.toString('utf8').matchAll(REQUIRE)) {
      if (specifier!.startsWith('./') || specifier!.startsWith('../'))
        waiting.push(await requiredFile(file, specifier!));
      else packages.add(await packageVersion(dirname(file), specifier!));
    }
  }
  const sortedFiles = [...files.keys()].sort();
  const sortedPackages = [...packages].sort();
  const hash = createHash('sha256');
  // Each part framed by its length: no two different sets of files hash alike by accident.
  for (const path of sortedFiles) {
    const content = files.get(path)!;
    hash.update(`file ${path} ${content.length}\n`).update(content);
  }
  for (const name of sortedPackages) hash.update(`package ${name}\n`);
  return { fingerprint: hash.digest('hex'), files: sortedFiles, packages: sortedPackages };
}

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (found) => found.isFile(),
    () => false,
  );

/** The file a relative require names, as Node finds it (exact, .js, .json, folder index). */
async function requiredFile(from: string, specifier: string): Promise<string> {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.js`, `${base}.json`, join(base, 'index.js')])
    if (await isFile(candidate)) return candidate;
  throw new Error(`${from} requires ${specifier}, which is not there`);
}

/**
 * A bare require as name@version, its package.json found as Node finds the package (the
 * nearest node_modules folder up from the requiring file); a built-in module by its name.
 */
async function packageVersion(from: string, specifier: string): Promise<string> {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  if (isBuiltin(specifier)) return name;
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (await isFile(manifest)) {
      const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version?: string };
      return `${name}@${version ?? ''}`;
    }
    if (dirname(dir) === dir) throw new Error(`${from} requires ${name}, which is not installed`);
  }
}

let running: Promise<string> | null = null;

/**
 * The fingerprint of the matching rules this process runs: the domain's compiled match
 * entry (the code apps/api loads through `@spillover/domain`) and all it reaches. Computed
 * once per process; the files do not change under a running process.
 */
export function matchRulesFingerprint(): Promise<string> {
  running ??= (async () => {
    const entry = require.resolve('@spillover/domain/dist/match/index.js');
    const dist = resolve(dirname(entry), '..');
    return (await fingerprintRules(dist, relative(dist, entry))).fingerprint;
  })().catch((error: unknown) => {
    // A failed walk (a file being replaced) is tried afresh next time.
    running = null;
    throw error;
  });
  return running;
}
