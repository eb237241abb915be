import { stopPlatform } from './platform';

/** Stops the platform of the global setup (SIGINT, PostgreSQL stops cleanly) and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const platform = globalThis.spilloverE2ePlatform;
  if (!platform) return;
  globalThis.spilloverE2ePlatform = undefined;
  await stopPlatform(platform);
}
