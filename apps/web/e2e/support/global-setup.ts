import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATE_DIR_ENV } from './call-journey';
import { BASE_URL_ENV, startPlatform, type RunningPlatform } from './platform';

declare global {
  var spilloverE2ePlatform: RunningPlatform | undefined;
}

/**
 * Starts one platform for the whole run. Jest shares this global with the global teardown;
 * the URL reaches the test files through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const platform = await startPlatform();
  globalThis.spilloverE2ePlatform = platform;
  process.env[BASE_URL_ENV] = platform.url;
  // What a file leaves for a later one of the same run (the call journey's two halves).
  process.env[STATE_DIR_ENV] = mkdtempSync(join(tmpdir(), 'spillover-e2e-state-'));
  process.stdout.write(
    `\nSpillover e2e: platform up at ${platform.url} in ${Date.now() - started} ms\n`,
  );
}
