// Jest's own order (failed first, then slowest first), except the call journey: its first
// half (call-journey.e2e.ts: open a call with a short window, apply, submit) runs first and
// its second half (call-journey-results.e2e.ts: after the deadline) last, so the window
// elapses while the other files run instead of in a wait of its own. The second half still
// waits for the deadline and for the closing job if the others were quicker.
const { dirname } = require('node:path');

// @jest/test-sequencer is Jest's own dependency, not ours: resolve it through @jest/core.
const core = dirname(
  require.resolve('@jest/core/package.json', {
    paths: [dirname(require.resolve('jest/package.json'))],
  }),
);
const DefaultSequencer = require(
  require.resolve('@jest/test-sequencer', { paths: [core] }),
).default;

const FIRST = /[\\/]call-journey\.e2e\.ts$/;
const LAST = /[\\/]call-journey-results\.e2e\.ts$/;

class CallJourneySequencer extends DefaultSequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const rank = (test) => (FIRST.test(test.path) ? -1 : LAST.test(test.path) ? 1 : 0);
    // Array.prototype.sort is stable: the others keep Jest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = CallJourneySequencer;
