/* The platform's modules in the benchmark's own process, on an existing database, without
 * demo data or background jobs: what the benchmarks and profiles call to measure the job's
 * and the engine's own code from inside (match-bench, match-profile, match-reach,
 * match-worker, search-bench). */
import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/platform/config/config';

export function benchApp(url: string, dataDir: string): Promise<INestApplicationContext> {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    SPILLOVER_DATA_DIR: dataDir,
    SPILLOVER_DEMO_DATA: 'false',
    SPILLOVER_JOBS: 'false',
  });
  return NestFactory.createApplicationContext(AppModule.forRoot(config, url), { logger: false });
}
