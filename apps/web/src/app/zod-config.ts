import { z } from 'zod';

/*
 * The platform's Content-Security-Policy forbids eval. Zod compiles object parsers with
 * `new Function` when it may, and probes for it at the first parse: the probe fails quietly
 * but the browser reports a CSP violation. Jitless mode never probes. Schemas decide at
 * construction, when the domain chunk loads: vite.config.ts puts this module in zod's own
 * chunk, which runs before any chunk that imports zod; main.tsx imports it first.
 */
z.config({ jitless: true });
