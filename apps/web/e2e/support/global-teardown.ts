import { rmSync } from 'node:fs';
import { STATE_DIR_ENV } from './call-journey';
import { stopPlatform } from './platform';

/** Stops the platform of the global setup (SIGINT, PostgreSQL stops cleanly) and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const state = process.env[STATE_DIR_ENV];
  if (state) rmSync(state, { recursive: true, force: true });
  const platform = globalThis.spilloverE2ePlatform;
  if (!platform) return;
  globalThis.spilloverE2ePlatform = undefined;
  await stopPlatform(platform);
}
