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
  process.stdout.write(
    `\nSpillover e2e: platform up at ${platform.url} in ${Date.now() - started} ms\n`,
  );
}
