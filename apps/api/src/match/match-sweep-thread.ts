/* A sweep's helper thread (MatchSweepThreads): one part of the needs queried on its own copy
 * of the matching index, its share sent back when done. Run as a worker_threads script. */
import { parentPort, workerData } from 'node:worker_threads';
import { MatchIndex } from './match-index';
import { IndexSweep } from './match-index-sweep';
import type { SweepThreadInput, SweepThreadMessage } from './match-sweep-threads';

/** How often the thread says how far it got. */
const PROGRESS_MS = 1_000;

const { data, limit, part, parts } = workerData as SweepThreadInput;
const sweep = new IndexSweep(MatchIndex.forNeedQueries(data), limit, part, parts);
const say = (message: SweepThreadMessage, transfer: ArrayBuffer[] = []) =>
  parentPort!.postMessage(message, transfer);
let said = Date.now();
while (sweep.step(20)) {
  if (Date.now() - said > PROGRESS_MS) {
    say({ done: sweep.done });
    said = Date.now();
  }
}
const share = sweep.share();
const { scores, relevances, needs, counts } = share.lists;
// The lists' arrays move to the main thread: hundreds of megabytes are not copied.
say({ share }, [scores.buffer, relevances.buffer, needs.buffer, counts.buffer] as ArrayBuffer[]);
