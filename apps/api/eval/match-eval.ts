// `pnpm eval:match`: the matching evaluation (packages/domain/src/match/evaluation) run
// with the engine's own score and floor, printed for every read part: TUNING, HELD_OUT (the
// first fresh part, read, now tuning data), SEEN (the first held-out part, read), FRESH2
// (the second fresh part, read), FRESH3 (the third, read for round 5 of issue 12), FRESH4
// (the fourth, read twice in round 6), FRESH5 (the fifth, written blind, read in round 7),
// FRESH6 (the sixth, written blind, read in round 8), FRESH7 (the seventh, written blind,
// read in round 9) and FRESH8 (the eighth, written blind, read in round 10). FRESH9, the
// untouched held-out part (HELD_OUT_PART, written blind and committed alone), is printed
// only when asked for by name (`--part FRESH9`). `--part TUNING` for one part. Every figure comes with its 95 %
// bootstrap interval over the part's needs: a part has 8 to 31 of them.
// `--needs` lists each need's shown top 5 with grades, for reading a ranking pair by pair.
import {
  CEILING_FEATURES,
  ceilingNeed,
  ceilingReport,
  EVALUATION_NEEDS,
  evaluateMatching,
  HELD_OUT_PART,
  scoreCatalogue,
  type Distribution,
  type Interval,
  type PartReport,
} from '@spillover/domain/dist/match/evaluation';

const fixed = (value: number) => value.toFixed(3);
const spread = (d: Distribution) =>
  `n=${d.count} min ${fixed(d.min)} p25 ${fixed(d.p25)} median ${fixed(d.median)} p75 ${fixed(d.p75)} max ${fixed(d.max)}`;

function print(report: PartReport): void {
  console.log(
    `\n${report.part} (${report.needs} needs, ${report.needsWithCredible} with a credible partner)`,
  );
  // Each figure with its 95 % bootstrap interval over the part's needs.
  const between = ([low, high]: Interval) => `(95 % interval ${fixed(low)}–${fixed(high)})`;
  const { intervals } = report;
  console.log(
    `  precision@5            ${fixed(report.precisionAt5)} ${between(intervals.precisionAt5)}`,
  );
  console.log(`  nDCG@5 (gains 0/1/3)   ${fixed(report.ndcgAt5)} ${between(intervals.ndcgAt5)}`);
  console.log(
    `  top-1 credible         ${fixed(report.top1Credible)} ${between(intervals.top1Credible)}`,
  );
  console.log(
    `  empty when nothing fits ${fixed(report.emptyWhenNothingFits)} ${between(intervals.emptyWhenNothingFits)}`,
  );
  console.log(`  scores, credible       ${spread(report.credible)}`);
  console.log(`  scores, adjacent       ${spread(report.adjacent)}`);
  console.log(`  scores, irrelevant     ${spread(report.irrelevant)}`);
  console.log(
    `  credible pairs below the best irrelevant one: ${report.credibleBelowBestIrrelevant} of ${report.credible.count}`,
  );
}

// `--family-credit 0.5` scores with concept families (off by default: README, "Matching quality").
const credit = process.argv.indexOf('--family-credit');
const familyCredit = credit >= 0 ? Number(process.argv[credit + 1]) : undefined;
if (familyCredit !== undefined && !(familyCredit >= 0 && familyCredit <= 1))
  throw new Error('--family-credit takes a share between 0 and 1');
const { parts, results } = evaluateMatching(
  familyCredit === undefined ? {} : { context: { familyCredit } },
);
// `--part TUNING` prints the tuning part alone: what to run while tuning, so the held-out
// figures are read once, at the end.
const only = process.argv.indexOf('--part');
const onlyPart = only >= 0 ? process.argv[only + 1] : undefined;
for (const part of parts)
  if (onlyPart ? part.part === onlyPart : part.part !== HELD_OUT_PART) print(part);
// `--needs TUNING` lists the tuning part only: look at held-out rankings only to report.
const listed = process.argv.indexOf('--needs');
if (listed >= 0) {
  const part = process.argv[listed + 1];
  for (const result of results) {
    if (part ? result.need.part !== part : result.need.part === HELD_OUT_PART) continue;
    console.log(`\n${result.need.id} [${result.need.part}] ${result.need.title}`);
    if (!result.shown.length) console.log('  (nothing shown)');
    for (const pair of result.shown)
      console.log(
        `  ${pair.grade} ${pair.capabilityId} ${fixed(pair.score.score)} (relevance ${fixed(pair.score.relevance)})`,
      );
    const missed = result.scores.filter(
      (pair) =>
        pair.grade === 2 && !result.shown.some((shown) => shown.capabilityId === pair.capabilityId),
    );
    for (const pair of missed)
      console.log(`  missed credible ${pair.capabilityId} ${fixed(pair.score)}`);
  }
}

// `--ceiling`: how far any weighting of the engine's own signals could go on the read parts
// (never the held-out one): evaluation-ceiling.ts. Takes about half a minute.
if (process.argv.includes('--ceiling')) {
  const read = EVALUATION_NEEDS.filter((need) => need.part !== HELD_OUT_PART).map((need) =>
    ceilingNeed(need.part, scoreCatalogue(need, {})),
  );
  const ceiling = ceilingReport(read);
  console.log(
    `\nCeiling of the engine's signals (read parts, ${ceiling.needs} needs with a credible partner; nDCG@5, no floor)`,
  );
  console.log(`  the engine's order                      ${fixed(ceiling.engine)}`);
  console.log(`  every credible partner first            ${fixed(ceiling.credibleFirst)}`);
  console.log(`  best weighting, fit on these needs      ${fixed(ceiling.fitInSample)}`);
  console.log(`  each part, weighting fit on the others  ${fixed(ceiling.fitOtherParts)}`);
  console.log(
    `  weights: ${CEILING_FEATURES.map((name, i) => `${name} ${(ceiling.weights[i] ?? 0).toFixed(2)}`).join(', ')}`,
  );
}
