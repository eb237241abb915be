// The 100 searches of the benchmark: what people type on a cluster platform, in English and
// Korean, from one word to a phrase, some with typos, most with a filter or two, and some
// browsing by filters alone; half signed out, half as a member of a cluster organization.

export interface BenchQuery {
  label: string;
  as: 'anonymous' | 'member';
  filter: Record<string, unknown>;
}

const ENGLISH = [
  'hydrogen',
  'fuel cell',
  'fuel cell stack durability',
  'battery recycling',
  'solid-state battery',
  'cathode material',
  'aluminium body panel',
  'carbon fibre composite',
  'lightweight',
  'digital twin',
  'predictive maintenance',
  'machine vision inspection',
  'wearable ECG patch',
  'ultrasound probe',
  'medical devices',
  'technical textile',
  'aramid fibre',
  'OLED',
  'micro LED lifetime',
  'power semiconductor reliability',
  'SiC wafer',
  'welding robot',
  'robot gripper force control',
  'wastewater treatment',
  'plastic recycling',
  'injection mould',
  'laser welding',
  'additive manufacturing',
  'heat treatment automotive parts',
  'membrane',
];

const KOREAN = [
  '수소 연료전지',
  '수소',
  '연료전지 스택 내구성',
  '배터리 재활용',
  '전고체 배터리',
  '양극재',
  '경량화',
  '탄소섬유 복합재',
  '디지털 트윈',
  '예지보전',
  '머신비전 검사',
  '의료기기',
  '초음파 프로브',
  '섬유',
  '디스플레이',
  '마이크로 LED',
  '전력반도체',
  '용접 로봇',
  '폐수 처리',
  '사출 금형',
  '산학협력',
  '협력',
  '분리판 코팅',
  '공동연구',
];

const TYPOS = [
  'hydrogne',
  'bateries',
  'ultrasond probe',
  'wastewatr',
  'dispaly',
  'magnesuim casting',
  // Korean, one vowel off: corrected letter by letter (jamo).
  '연로전지 스택',
  '디스프레이',
];

// Filters as a search page offers them, combined with the words above.
const FILTERS: Record<string, unknown>[] = [
  {},
  { kinds: ['NEED'] },
  { kinds: ['CAPABILITY'] },
  { kinds: ['CAPABILITY'], capabilityKinds: ['EQUIPMENT', 'FACILITY'] },
  { technologyAreas: ['EF'] },
  { technologyAreas: ['EA14', 'EE15'] },
  { countries: ['KR'] },
  { countries: ['KR'], regions: ['KR-27', 'KR-47'] },
  { countries: ['DE', 'FR'] },
  { trlMin: 4, trlMax: 7 },
  { kinds: ['NEED'], collaborationTypes: ['RESEARCH_COOPERATION'] },
  { kinds: ['NEED'], deadlineAfter: 'NOW+30', deadlineBefore: 'NOW+120' },
  { sectors: ['C'] },
  { statuses: ['OPEN', 'CLOSED'] },
];

// Browsing without words: filters alone, newest first.
const BROWSE: Record<string, unknown>[] = [
  { technologyAreas: ['EF05'], countries: ['KR'] },
  { kinds: ['NEED'], technologyAreas: ['LC06'] },
  { capabilityKinds: ['EQUIPMENT'], regions: ['KR-27'], countries: ['KR'] },
  { kinds: ['NEED'], collaborationTypes: ['LICENSE'], trlMin: 6 },
  { technologyAreas: ['ED07'], kinds: ['CAPABILITY'] },
  { countries: ['FI'] },
  { kinds: ['NEED'], technologyAreas: ['EA'], deadlineAfter: 'NOW+60', deadlineBefore: 'NOW+90' },
  { sectors: ['13'] },
];

/** A small deterministic generator, so every run asks the same 100 questions. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const resolveDates = (filter: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(filter).map(([key, value]) => [
      key,
      typeof value === 'string' && value.startsWith('NOW+')
        ? new Date(Date.now() + Number(value.slice(4)) * 86_400_000).toISOString()
        : value,
    ]),
  );

export function benchQueries(clusterId: string): BenchQuery[] {
  const random = rng(20261124);
  const choose = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const filters = [...FILTERS, { clusterIds: [clusterId] }];
  const queries: BenchQuery[] = [];
  const add = (label: string, filter: Record<string, unknown>) =>
    queries.push({
      label,
      as: queries.length % 2 === 0 ? 'anonymous' : 'member',
      filter: resolveDates(filter),
    });
  // Every word once: half alone, half with a filter.
  ENGLISH.forEach((query, i) => add(`en: ${query}`, { query, ...(i % 2 ? choose(filters) : {}) }));
  KOREAN.forEach((query, i) => add(`ko: ${query}`, { query, ...(i % 2 ? choose(filters) : {}) }));
  TYPOS.forEach((query) => add(`typo: ${query}`, { query }));
  BROWSE.forEach((filter, i) => add(`browse #${i + 1}`, filter));
  // The rest: words with one or two filters, a second page now and then left to the caller.
  while (queries.length < 100) {
    const words = random() < 0.5 ? choose(ENGLISH) : choose(KOREAN);
    const filter: Record<string, unknown> = {
      ...choose(filters),
      ...(random() < 0.3 ? choose(filters) : {}),
    };
    // Two filters may name kinds that contradict; keep the search meaningful.
    if ('capabilityKinds' in filter) {
      filter.kinds = ['CAPABILITY'];
      delete filter.collaborationTypes;
      delete filter.deadlineAfter;
      delete filter.deadlineBefore;
    }
    if ('collaborationTypes' in filter || 'deadlineAfter' in filter) filter.kinds = ['NEED'];
    if ('regions' in filter) filter.countries = ['KR'];
    add(`mix: ${words}`, { query: words, ...filter });
  }
  return queries;
}
