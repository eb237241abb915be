/* Why a full matching grows faster than N log N on a corpus (README, "Matching at scale"):
 * for a sample of needs, every capability scored exhaustively on the index's own data, and
 *  - floor:     capabilities past the relevance floor;
 *  - touched:   capabilities the need's query meets through its terms' posting lists;
 *  - reach:     capabilities whose ceiling (best context) reaches the need's 40th score, the
 *               least any exact search must tell apart;
 *  - essential: those a max-score search still meets (terms heaviest first, the lightest
 *               skipped while they sum to less than a pair must match to reach the 40th);
 *  - context:   capabilities whose best topical part with their own context could reach it
 *               (what ordering by context first would have to read);
 * and the recall@20 of lists found from a need's K rarest terms alone, for needs and for
 * capabilities. `DATABASE_URL=… node dist/bench-build/bench/match-reach.js` on a corpus
 * match-corpus.ts made; BENCH_REACH_SAMPLE needs (60) and capabilities for the recall. */
import 'reflect-metadata';
import { benchApp } from './bench-app';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  MATCH_RELEVANCE_FLOOR,
  collaborationPart,
  contextCeilingOf,
  contextOf,
  historyPart,
  matchTopical,
  proximityPart,
  relevanceOfTopical,
  scoreOfTopical,
  sectorsPart,
  technologyFit,
  trlPart,
} from '@spillover/domain';
import type { Postings } from '../src/match/match-index-side';
import { MatchIndexes } from '../src/match/match-indexes';
import { STORED_MATCHES } from '../src/match/match-refresh.job';
import { log } from './bench-support';

/** What this analysis reads inside the index (private there: nothing else should). */
interface IndexInsides {
  plans: { terms: { keys: number[]; weight: number }[]; saturation: number }[];
  capabilityKeys: Postings;
  capabilityKeySlots: Int32Array[];
  capabilityText(need: number, keys: Set<number>): number;
}

const RARE_TERMS = [3, 8];
const CONTEXT_CEILING = contextCeilingOf();
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const sample = Number(process.env.BENCH_REACH_SAMPLE ?? 60);
  const app = await benchApp(url, mkdtempSync(join(tmpdir(), 'spillover-reach-')));
  try {
    const index = await app.get(MatchIndexes).current();
    const insides = index as unknown as IndexInsides;
    const capabilities = index.capabilities;
    const keySets = capabilities.ids.map(
      (_, slot) => new Set(insides.capabilityKeySlots[slot] ?? []),
    );
    const ids = async (table: string, live: string): Promise<string[]> =>
      (
        (await app
          .get(DataSource)
          .query(`SELECT id FROM ${table} WHERE status = $1 ORDER BY md5(id::text) LIMIT $2`, [
            live,
            sample,
          ])) as { id: string }[]
      ).map((row) => row.id);

    const stats = { floor: [], touched: [], reach: [], essential: [], context: [] } as Record<
      string,
      number[]
    >;
    const fortieth: number[] = [];
    for (const id of await ids('technology_need', 'OPEN')) {
      const need = index.needs.bySlot.get(id)!;
      const facts = index.needs.facts[need]!;
      const best = index.matches('NEED', id, STORED_MATCHES, false)!.best;
      const kth = best[best.length - 1]?.score.score ?? 0;
      fortieth.push(kth);
      const plan = insides.plans[need]!;
      // The least text a pair must match to reach the 40th score, with every code shared.
      let low = 0;
      let high = 1;
      for (let step = 0; step < 40; step += 1) {
        const mid = (low + high) / 2;
        if (scoreOfTopical(matchTopical(1, mid), CONTEXT_CEILING) >= kth) high = mid;
        else low = mid;
      }
      const lightest = plan.terms
        .map((_, i) => i)
        .sort((a, b) => plan.terms[a]!.weight - plan.terms[b]!.weight);
      const skipped = new Set<number>();
      let sum = 0;
      for (const term of lightest)
        if (sum + plan.terms[term]!.weight < high * plan.saturation) {
          sum += plan.terms[term]!.weight;
          skipped.add(term);
        }
      const touched = new Set<number>();
      const essential = new Set<number>();
      plan.terms.forEach((term, i) => {
        for (const key of term.keys)
          for (const slot of insides.capabilityKeys.get(key) ?? []) {
            touched.add(slot);
            if (!skipped.has(i)) essential.add(slot);
          }
      });
      let floor = 0;
      let reach = 0;
      let best1 = 0;
      const contexts: number[] = [];
      for (let slot = 0; slot < capabilities.ids.length; slot += 1) {
        if (!capabilities.alive[slot]) continue;
        const other = capabilities.facts[slot]!;
        const codes = capabilities.codeSetList[capabilities.codeSetOf[slot]!]!;
        const topical = matchTopical(
          technologyFit(facts.technologyAreas, codes).value,
          insides.capabilityText(need, keySets[slot]!),
        );
        best1 = Math.max(best1, topical);
        contexts.push(
          contextOf(
            sectorsPart(facts, other),
            trlPart(facts, other),
            collaborationPart(facts, other),
            proximityPart(facts, other),
            historyPart(100),
          ),
        );
        if (relevanceOfTopical(topical) < MATCH_RELEVANCE_FLOOR) continue;
        floor += 1;
        if (scoreOfTopical(topical, CONTEXT_CEILING) >= kth) reach += 1;
      }
      stats.floor!.push(floor);
      stats.touched!.push(touched.size);
      stats.reach!.push(reach);
      stats.essential!.push(essential.size);
      stats.context!.push(
        contexts.filter((context) => scoreOfTopical(best1, context) >= kth).length,
      );
    }
    log(
      `${index.capabilities.bySlot.size} live capabilities; medians over ${fortieth.length} needs: ` +
        Object.entries(stats)
          .map(([name, values]) => `${name} ${median(values)}`)
          .join(', ') +
        `; 40th score ${median(fortieth).toFixed(3)}`,
    );

    // Lists found from a need's K rarest terms alone.
    const rare = new Map<string, Set<number>>();
    const rareCandidates = (need: number, k: number): Set<number> => {
      const key = `${need}:${k}`;
      let found = rare.get(key);
      if (!found) {
        found = new Set();
        const terms = [...insides.plans[need]!.terms]
          .sort((a, b) => b.weight - a.weight)
          .slice(0, k);
        for (const term of terms)
          for (const termKey of term.keys)
            for (const slot of insides.capabilityKeys.get(termKey) ?? []) found.add(slot);
        rare.set(key, found);
      }
      return found;
    };
    const needIds = await ids('technology_need', 'OPEN');
    const capabilityIds = await ids('capability', 'PUBLISHED');
    for (const k of RARE_TERMS) {
      let needsKept = 0;
      let needsAll = 0;
      let capabilitiesKept = 0;
      let capabilitiesAll = 0;
      let touched = 0;
      for (const id of needIds) {
        const need = index.needs.bySlot.get(id)!;
        const found = rareCandidates(need, k);
        touched += found.size;
        for (const pair of index.matches('NEED', id, STORED_MATCHES, false)!.best.slice(0, 20)) {
          needsAll += 1;
          if (found.has(capabilities.bySlot.get(pair.capabilityId)!)) needsKept += 1;
        }
      }
      for (const id of capabilityIds) {
        const slot = capabilities.bySlot.get(id)!;
        for (const pair of index
          .matches('CAPABILITY', id, STORED_MATCHES, false)!
          .best.slice(0, 20)) {
          capabilitiesAll += 1;
          if (rareCandidates(index.needs.bySlot.get(pair.needId)!, k).has(slot))
            capabilitiesKept += 1;
        }
      }
      log(
        `${k} rarest terms: ${Math.round(touched / needIds.length)} capabilities met per need, recall@20 needs ${(needsKept / needsAll).toFixed(3)}, capabilities ${(capabilitiesKept / capabilitiesAll).toFixed(3)}`,
      );
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
