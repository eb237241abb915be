import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fingerprintRules, matchRulesFingerprint } from './match-rules-fingerprint';

/** A tiny compiled package: an entry, what it requires, and a folder nothing requires. */
const FILES: Record<string, string> = {
  'match/index.js': `"use strict";\nrequire("./weights");\nrequire("../reference/glossary");\nrequire("stop-words");`,
  'match/weights.js': `"use strict";\nexports.TEXT = 0.3;\nrequire("./index");`,
  'reference/glossary.js': `"use strict";\nexports.TERMS = require("./terms.json");`,
  'reference/terms.json': `["fuel cell"]`,
  'match/evaluation/labels.js': `"use strict";\nexports.LABELS = [];`,
  'node_modules/stop-words/package.json': `{ "name": "stop-words", "version": "1.0.0" }`,
};

let root: string;
const write = (path: string, content: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
};
const fingerprint = async () => (await fingerprintRules(root, 'match/index.js')).fingerprint;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'match-rules-'));
  for (const [path, content] of Object.entries(FILES)) write(path, content);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('fingerprintRules', () => {
  it('follows relative requires transitively, cycles included, and names the packages', async () => {
    const code = await fingerprintRules(root, 'match/index.js');
    expect(code.files).toEqual([
      'match/index.js',
      'match/weights.js',
      'reference/glossary.js',
      'reference/terms.json',
    ]);
    expect(code.packages).toEqual(['stop-words@1.0.0']);
    expect(code.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same value twice', async () => {
    expect(await fingerprint()).toBe(await fingerprint());
  });

  it('changes when a reached file changes, however deep', async () => {
    const before = await fingerprint();
    write('reference/terms.json', `["fuel cell", "stack"]`);
    expect(await fingerprint()).not.toBe(before);
  });

  it('changes when a required package changes version', async () => {
    const before = await fingerprint();
    write('node_modules/stop-words/package.json', `{ "name": "stop-words", "version": "1.1.0" }`);
    expect(await fingerprint()).not.toBe(before);
  });

  it('ignores a file nothing reached requires', async () => {
    const before = await fingerprint();
    write('match/evaluation/labels.js', `"use strict";\nexports.LABELS = [1];`);
    write('match/unused.js', `"use strict";`);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a require of a file that is not there', async () => {
    write('match/weights.js', `"use strict";\nrequire("./gone");`);
    await expect(fingerprint()).rejects.toThrow(/requires \.\/gone/);
  });
});

describe('matchRulesFingerprint', () => {
  it("hashes the domain's compiled matching rules and the word lists they import, not the evaluation", async () => {
    const entry = require.resolve('@spillover/domain/dist/match/index.js');
    const code = await fingerprintRules(resolve(dirname(entry), '..'), 'match/index.js');
    expect(code.files).toEqual(
      expect.arrayContaining([
        'match/match-weights.js',
        'match/match-stop-words.js',
        'reference/technical-glossary.js',
        'reference/korean-problem-verbs.js',
      ]),
    );
    // Labelled pairs for tuning, not rules: a new label must not re-match every listing.
    expect(code.files.filter((file) => file.startsWith('match/evaluation/'))).toEqual([]);
    expect(code.packages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^stopwords-iso@/)]),
    );
    expect(await matchRulesFingerprint()).toBe(code.fingerprint);
  });
});
