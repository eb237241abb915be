import { availableParallelism } from 'node:os';
import { loadConfig } from './config';

// Only what a bad setting does: the platform refuses to start, naming the variable.
const base = { SPILLOVER_SECRET: 'x'.repeat(32), SPILLOVER_DATA_DIR: '/tmp/spillover-config-spec' };

describe('SPILLOVER_MATCH_THREADS', () => {
  it('defaults to the cores, at most two, and takes a whole number', () => {
    expect(loadConfig(base).matchThreads).toBe(Math.min(2, availableParallelism()));
    expect(loadConfig({ ...base, SPILLOVER_MATCH_THREADS: '1' }).matchThreads).toBe(1);
    expect(loadConfig({ ...base, SPILLOVER_MATCH_THREADS: '4' }).matchThreads).toBe(4);
  });

  it.each(['0', 'two', '1.5', '-1', '65'])('refuses %s', (value) => {
    expect(() => loadConfig({ ...base, SPILLOVER_MATCH_THREADS: value })).toThrow(
      /SPILLOVER_MATCH_THREADS must be a whole number from 1 to 64/,
    );
  });
});
