import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NeedQueryData } from './match-index';
import type { SweepShare } from './match-index-sweep';

/** What a sweep's helper thread is given: the index's data for needs' queries, and its part. */
export interface SweepThreadInput {
  data: NeedQueryData;
  limit: number;
  part: number;
  parts: number;
}

/** What it says: how many of its needs it queried, then its share. */
export type SweepThreadMessage = { done: number } | { share: SweepShare };

/**
 * The helper thread's script: beside this file once built. Run from the TypeScript sources
 * (the API's tests), the build's copy, which the test command builds first.
 */
function threadScript(): string {
  const script = __filename.endsWith('.ts')
    ? join(__dirname, '..', '..', 'dist', 'match', 'match-sweep-thread.js')
    : join(__dirname, 'match-sweep-thread.js');
  if (!existsSync(script))
    throw new Error(`${script} is missing: build the API first (pnpm build)`);
  return script;
}

/**
 * One part of a sweep's needs queried in a thread of its own (a copy of the index's data
 * is made for it, in a second or two at 250,000 listings): resolves with its share, and
 * reports how many of its needs it queried as it goes.
 */
export function sweepInThread(
  input: SweepThreadInput,
  progress: (done: number) => void,
): Promise<SweepShare> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(threadScript(), { workerData: input });
    let share: SweepShare | null = null;
    worker.on('message', (message: SweepThreadMessage) => {
      if ('share' in message) {
        share = message.share;
        progress(share.own.length);
      } else progress(message.done);
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      share ? resolve(share) : reject(new Error(`a sweep thread stopped (exit code ${code})`)),
    );
  });
}
