import { createOrganization, signUp } from '../support/factories';
import {
  admitToCluster,
  CLOSE_NEED,
  capabilityIn,
  capabilityInput,
  inDays,
  needIn,
  UPDATE_NEED,
} from '../support/listings';
import { applyToCluster, castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import {
  facet,
  idsOf,
  marked,
  search,
  titlesOf,
  walk,
  withSearchStatements,
} from './search-support';

let t: TestApp;
let cast: Cast;
let reader: TestClient;
/** Ids by a short name, for needs (n…), capabilities (c…) and organizations (o…). */
const id: Record<string, string> = {};

// Four owners: Daegu (ACTIVE in the cluster), Bavaria, Lyon, and Gyeongbuk (PENDING in the cluster).
const ORGS = {
  oDaegu: {
    name: 'Dalseo Hydrogen Works',
    country: 'KR',
    region: 'KR-27',
    sectors: ['29'],
    technologyAreas: ['EF05'],
    description: 'Fuel cell stacks for commercial vehicles.',
  },
  oBavaria: {
    name: 'Bavaria Leichtbau GmbH',
    country: 'DE',
    region: 'DE-BY',
    sectors: ['25'],
    technologyAreas: ['EB10'],
    description: 'Aluminium castings.',
  },
  oLyon: {
    name: 'Atelier Mécanique de Lyon',
    country: 'FR',
    region: 'FR-ARA',
    sectors: ['28'],
    technologyAreas: ['EA15'],
    description: 'Outillage de précision.',
  },
  oGyeongbuk: {
    name: '경북대학교 산학협력단',
    kind: 'UNIVERSITY',
    size: null,
    country: 'KR',
    region: 'KR-47',
    sectors: ['72'],
    technologyAreas: ['ED07'],
    description: '대학의 연구 성과를 기업에 이전합니다.',
  },
} as const;

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  reader = t.client();
  const owner = await signUp(t);
  for (const [key, values] of Object.entries(ORGS))
    id[key] = (await createOrganization(owner.client, values)).id;
  await admitToCluster(owner.client, cast.manager.client, cast.cluster.id, id.oDaegu!);
  await applyToCluster(owner.client, cast.cluster.id, id.oGyeongbuk!);

  const need = async (
    key: string,
    org: string,
    values: Record<string, unknown>,
    status: 'OPEN' | 'CLOSED' | 'DRAFT' = 'OPEN',
  ) => (id[key] = (await needIn(owner.client, id[org]!, status, values)).id);
  const capability = async (
    key: string,
    org: string,
    kind: 'EXPERTISE' | 'EQUIPMENT' | 'FACILITY' | 'IP' | 'SERVICE',
    values: Record<string, unknown>,
  ) =>
    (id[key] = (
      await capabilityIn(owner.client, id[org]!, 'PUBLISHED', capabilityInput(kind, values))
    ).id);

  await need('nTitle', 'oDaegu', {
    title: 'Hydrogen stack lightweighting',
    publicSummary: 'Lighter stacks for trucks.',
    desiredOutcome: 'A validated design.',
    technologyAreas: ['EF05'],
    currentTrl: 3,
    targetTrl: 6,
    collaborationTypes: ['RESEARCH_COOPERATION'],
    responseDeadline: inDays(30),
  });
  await need('nBody', 'oBavaria', {
    title: 'Battery housing castings',
    publicSummary: 'Aluminium housings for battery packs.',
    desiredOutcome: 'Also usable for hydrogen tanks later.',
    technologyAreas: ['EB10'],
    sectors: ['24'],
    currentTrl: 5,
    targetTrl: 7,
    collaborationTypes: ['TECHNICAL_COOPERATION'],
    responseDeadline: inDays(90),
  });
  await need('nKorean', 'oGyeongbuk', {
    title: '수소 연료전지 분리판 코팅 기술 개발',
    publicSummary: '연료전지 스택용 금속 분리판의 내식성 코팅이 필요합니다.',
    desiredOutcome: '시제품과 시험 성적서.',
    technologyAreas: ['EF05'],
    currentTrl: 4,
    targetTrl: 6,
    collaborationTypes: ['RESEARCH_COOPERATION'],
    responseDeadline: inDays(45),
  });
  await need('nCompound', 'oDaegu', {
    title: '산학협력 공동연구 파트너 모집',
    publicSummary: '스마트공장 데이터 분석을 함께할 대학을 찾습니다.',
    desiredOutcome: '',
    technologyAreas: ['EA14'],
    currentTrl: 2,
    targetTrl: 4,
    collaborationTypes: ['RESEARCH_COOPERATION'],
    responseDeadline: inDays(20),
  });
  await need('nTagged', 'oLyon', {
    title: 'Bipolar plate coating',
    publicSummary: 'Corrosion-resistant coating for thin metal plates.',
    desiredOutcome: 'Coated samples.',
    technologyAreas: ['EF05'],
    sectors: ['28'],
    currentTrl: 4,
    targetTrl: 5,
    collaborationTypes: ['SERVICE'],
    responseDeadline: inDays(60),
  });
  await need('nAccents', 'oLyon', {
    title: 'Pôle Véhicule: allègement des châssis',
    publicSummary: 'Allègement des véhicules électriques par emboutissage.',
    desiredOutcome: 'Un démonstrateur.',
    technologyAreas: ['EB10'],
    sectors: ['29'],
    currentTrl: 6,
    targetTrl: 8,
    collaborationTypes: ['JOINT_VENTURE'],
    responseDeadline: inDays(120),
  });
  await need(
    'nClosed',
    'oDaegu',
    {
      title: 'Hydrogen valve sealing',
      publicSummary: 'Seals for hydrogen valves.',
      technologyAreas: ['EF05'],
      responseDeadline: inDays(10),
    },
    'CLOSED',
  );
  await need(
    'nDraft',
    'oDaegu',
    {
      title: 'Hydrogen draft idea',
      publicSummary: 'Not yet published.',
      technologyAreas: ['EF05'],
    },
    'DRAFT',
  );
  await capability('cBench', 'oDaegu', 'EQUIPMENT', {
    title: 'Fuel cell test bench',
    description: 'Stack testing up to 30 kW.',
    technologyAreas: ['EF05'],
    sectors: ['72'],
    trl: 6,
  });
  await capability('cPatent', 'oBavaria', 'IP', {
    title: 'Solid-state battery patent',
    description: 'Sulphide electrolyte process, licensable.',
    technologyAreas: ['EF06'],
    sectors: ['27'],
    trl: 4,
  });
  await capability('cDisplay', 'oGyeongbuk', 'EXPERTISE', {
    title: 'OLED 수명 연장 연구',
    description: '디스플레이 패널의 수명을 늘리는 봉지 기술.',
    technologyAreas: ['ED07'],
    sectors: ['26'],
    trl: 5,
  });
});
afterAll(async () => {
  await t.close();
});

describe('relevance', () => {
  it('ranks a title match above a body match', async () => {
    const result = await search(reader, { query: 'hydrogen', kinds: ['NEED'] });
    const ids = idsOf(result);
    expect(ids.indexOf(id.nTitle!)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(id.nTitle!)).toBeLessThan(ids.indexOf(id.nBody!));
    const scores = result.edges.map((edge) => edge.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds Korean text and items tagged with the Korean-labelled technology area (수소 연료전지 → EF05)', async () => {
    const result = await search(reader, { query: '수소 연료전지' });
    expect(result.queryTechnologyAreas).toEqual(['EF05']);
    // Korean words first; then the English items of EF05, found by their area.
    expect(idsOf(result)[0]).toBe(id.nKorean);
    expect(idsOf(result)).toEqual(
      expect.arrayContaining([id.nKorean, id.nTitle, id.nTagged, id.cBench, id.oDaegu]),
    );
    expect(idsOf(result)).not.toContain(id.nBody);
    const korean = result.edges.find((edge) => edge.node.id === id.nKorean)!.node;
    expect(marked(korean)).toEqual(expect.arrayContaining(['연료전지']));
  });

  it('finds a Korean word inside a compound (협력 in 산학협력) and marks it', async () => {
    const result = await search(reader, { query: '협력' });
    expect(idsOf(result)).toEqual(expect.arrayContaining([id.nCompound, id.oGyeongbuk]));
    const hit = result.edges.find((edge) => edge.node.id === id.nCompound)!.node;
    expect(hit.snippet.field).toBe('title');
    expect(marked(hit)).toEqual(['협력']);
  });

  it('ignores accents and case', async () => {
    for (const query of ['ALLEGEMENT', 'pole vehicule', 'Allègement véhicules'])
      expect(idsOf(await search(reader, { query }))).toContain(id.nAccents);
    const hit = (await search(reader, { query: 'vehicules electriques' })).edges[0]!.node;
    expect(hit.id).toBe(id.nAccents);
    expect(marked(hit)).toEqual(['véhicules', 'électriques']);
  });

  it('matches English words as prefixes (cell finds cells)', async () => {
    expect(idsOf(await search(reader, { query: 'castin' }))).toEqual([id.nBody, id.oBavaria]);
  });

  it('corrects a typo to the most similar indexed word when the words as typed find less than a page', async () => {
    const result = await search(reader, { query: 'hydrogne' });
    expect(result.similarSpellings).toBe(true);
    expect(idsOf(result).sort()).toEqual(idsOf(await search(reader, { query: 'hydrogen' })).sort());
    expect(marked(result.edges.find((edge) => edge.node.id === id.nTitle)!.node)).toEqual([
      'Hydrogen',
    ]);
    const twoWords = await search(reader, { query: 'lightweihgting stack' });
    expect(twoWords.similarSpellings).toBe(true);
    expect(idsOf(twoWords)).toEqual([id.nTitle]);
    // Pages after the first keep searching the corrected words.
    const first = await search(reader, { query: 'hydrogne', first: 2 });
    expect(first.similarSpellings).toBe(true);
    const rest = await search(reader, {
      query: 'hydrogne',
      first: 50,
      after: first.pageInfo.endCursor,
    });
    expect(rest.similarSpellings).toBe(true);
    expect([...idsOf(first), ...idsOf(rest)].sort()).toEqual(idsOf(result).sort());
    const exact = await search(reader, { query: 'hydrogen' });
    expect(exact.similarSpellings).toBe(false);
  });

  it('corrects a misspelt Korean word by its letters (jamo), to the noun without its particle', async () => {
    // 연로전지 for 연료전지: one vowel off, which whole-syllable trigrams barely see.
    const fuelCell = await search(reader, { query: '연로전지' });
    expect(fuelCell.similarSpellings).toBe(true);
    expect(idsOf(fuelCell)).toContain(id.nKorean);
    // The text only writes 시제품과; the corrected search looks for 시제품.
    const prototype = await search(reader, { query: '시재품' });
    expect(prototype.similarSpellings).toBe(true);
    expect(idsOf(prototype)).toEqual([id.nKorean]);
    expect(marked(prototype.edges[0]!.node)).toEqual(['시제품']);
    // Words the text contains, even inside a compound, are not typos, however few they find.
    for (const query of ['분리판', '연료전지', '공동연구']) {
      const exact = await search(reader, { query });
      expect(exact.similarSpellings).toBe(false);
      expect(exact.totalCount).toBeGreaterThan(0);
    }
  });

  it('finds nothing, without error, for words nothing contains or for punctuation only', async () => {
    expect((await search(reader, { query: 'zzzqqqxxx' })).totalCount).toBe(0);
    const punctuation = await search(reader, { query: '!!! ??' });
    expect(punctuation.totalCount).toBeGreaterThan(0); // no words: browsing
  });

  it('never searches confidential details', async () => {
    // needIn's default confidential details mention "supplier K" and "2.1 kW/kg".
    expect((await search(cast.admin.client, { query: 'supplier' })).totalCount).toBe(0);
  });
});

describe('filters', () => {
  const all = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED', 'ARCHIVED'];

  it('kinds', async () => {
    const result = await search(reader, {
      query: 'hydrogen',
      kinds: ['CAPABILITY', 'ORGANIZATION'],
    });
    expect(new Set(result.edges.map((e) => e.node.kind))).toEqual(
      new Set(['CAPABILITY', 'ORGANIZATION']),
    );
  });

  it('capability kinds, which leave out needs and organizations', async () => {
    expect(idsOf(await search(reader, { capabilityKinds: ['EQUIPMENT', 'IP'] })).sort()).toEqual(
      [id.cBench, id.cPatent].sort(),
    );
  });

  it('technology areas: an area includes its fields', async () => {
    const ids = idsOf(await search(reader, { technologyAreas: ['EF'], first: 50 }));
    expect(ids.sort()).toEqual(
      [id.nTitle, id.nKorean, id.nTagged, id.cBench, id.cPatent, id.oDaegu].sort(),
    );
  });

  it('sectors: a NACE section includes its divisions', async () => {
    const ids = idsOf(await search(reader, { sectors: ['C'], kinds: ['NEED'], first: 50 }));
    expect(ids).toEqual(expect.arrayContaining([id.nBody, id.nTagged, id.nAccents]));
    expect(ids).not.toContain(id.cBench);
    expect(idsOf(await search(reader, { sectors: ['24'] }))).toEqual([id.nBody]);
  });

  it('TRL range: needs whose current…target overlaps it, capabilities whose TRL lies in it', async () => {
    const ids = idsOf(await search(reader, { trlMin: 7, trlMax: 9, first: 50 }));
    expect(ids.sort()).toEqual([id.nBody, id.nAccents].sort());
    const low = idsOf(await search(reader, { trlMin: 4, trlMax: 4, first: 50 }));
    expect(low.sort()).toEqual(
      [id.nTitle, id.nKorean, id.nCompound, id.nTagged, id.cPatent].sort(),
    );
  });

  it('countries and regions of the owner', async () => {
    expect(idsOf(await search(reader, { countries: ['DE'], first: 50 })).sort()).toEqual(
      [id.oBavaria, id.nBody, id.cPatent].sort(),
    );
    expect(
      idsOf(await search(reader, { countries: ['KR'], regions: ['KR-47'], first: 50 })).sort(),
    ).toEqual([id.oGyeongbuk, id.nKorean, id.cDisplay].sort());
  });

  it('clusters: owners that are ACTIVE members (a PENDING application does not count)', async () => {
    const ids = idsOf(await search(reader, { clusterIds: [cast.cluster.id], first: 50 }));
    expect(ids.sort()).toEqual([id.oDaegu, id.nTitle, id.nCompound, id.cBench].sort());
    expect(idsOf(await search(reader, { clusterIds: [cast.otherCluster.id] }))).toEqual([]);
  });

  it('collaboration types, which leave out capabilities and organizations', async () => {
    expect(
      idsOf(
        await search(reader, { collaborationTypes: ['TECHNICAL_COOPERATION', 'JOINT_VENTURE'] }),
      ).sort(),
    ).toEqual([id.nBody, id.nAccents].sort());
  });

  it('statuses: OPEN and PUBLISHED by default; others when asked; drafts only for their owners', async () => {
    expect(idsOf(await search(reader, { query: 'hydrogen valve' }))).toEqual([]);
    expect(idsOf(await search(reader, { query: 'hydrogen valve', statuses: ['CLOSED'] }))).toEqual([
      id.nClosed,
    ]);
    const closed = await search(reader, { statuses: ['CLOSED'], first: 50 });
    expect(idsOf(closed)).toEqual([id.nClosed]);
    expect(idsOf(await search(reader, { query: 'hydrogen draft', statuses: all }))).toEqual([]);
  });

  it('deadline range (needs)', async () => {
    const ids = idsOf(
      await search(reader, { deadlineAfter: inDays(50), deadlineBefore: inDays(100), first: 50 }),
    );
    expect(ids.sort()).toEqual([id.nTagged, id.nBody].sort());
  });

  it('combines filters with words', async () => {
    const result = await search(reader, {
      query: 'coating',
      technologyAreas: ['EF05'],
      countries: ['FR'],
      kinds: ['NEED'],
    });
    expect(idsOf(result)).toEqual([id.nTagged]);
  });
});

describe('facets and totals', () => {
  it('count every visible result under the same filters', async () => {
    const result = await search(reader, { query: 'hydrogen', first: 1 });
    expect(result.edges).toHaveLength(1);
    // hydrogen: nTitle, nBody (words); nKorean, nTagged, cBench, oDaegu (EF05); nClosed is CLOSED, nDraft a draft.
    expect(result.totalCount).toBe(6);
    expect(facet(result.facets.kinds)).toEqual({ NEED: 4, CAPABILITY: 1, ORGANIZATION: 1 });
    expect(facet(result.facets.capabilityKinds)).toEqual({ EQUIPMENT: 1 });
    expect(facet(result.facets.statuses)).toEqual({ OPEN: 4, PUBLISHED: 1 });
    expect(facet(result.facets.technologyAreas)).toEqual({ EF: 5, EB: 1 });
    expect(facet(result.facets.countries)).toEqual({ KR: 4, DE: 1, FR: 1 });
  });

  it('are computed only when asked for: not when left out, nor when turned off by @include or @skip', async () => {
    const COUNTED = `query Counted($filter: SearchFilterInput, $withCounts: Boolean!, $skipFacets: Boolean! = false) {
      search(filter: $filter) {
        totalCount @include(if: $withCounts)
        ...Facets @include(if: $withCounts)
        ... @skip(if: $skipFacets) { facets { kinds { value count } } }
        edges { node { id } }
      }
    }
    fragment Facets on SearchResult { facets { countries { value count } } }`;
    const counted = async (query: string, variables: Record<string, unknown>) => {
      const { result, statements } = await withSearchStatements(t, () =>
        reader.ok<{ search: Record<string, unknown> }>(query, variables),
      );
      expect(statements.length).toBeGreaterThan(0);
      return { result: result.search, stats: statements.some((sql) => sql.includes(' AS stats')) };
    };
    // The empty search page: newest first, no words, no filters, no counts.
    const browse = await counted(COUNTED, {
      filter: { first: 3 },
      withCounts: false,
      skipFacets: true,
    });
    expect(browse.stats).toBe(false);
    expect(browse.result).not.toHaveProperty('totalCount');
    expect(browse.result).not.toHaveProperty('facets');
    expect(browse.result.edges).toHaveLength(3);

    const unselected = await counted(
      `{ search(filter: { query: "hydrogen" }) { edges { node { id } } } }`,
      {},
    );
    expect(unselected.stats).toBe(false);

    const words = await counted(COUNTED, {
      filter: { query: 'hydrogen', first: 1 },
      withCounts: true,
    });
    expect(words.stats).toBe(true);
    expect(words.result).toMatchObject({
      totalCount: 6,
      facets: { countries: expect.any(Array), kinds: expect.any(Array) },
    });

    // Any one included field asks for the counts.
    const facetsOnly = await counted(COUNTED, {
      filter: { first: 1 },
      withCounts: false,
      skipFacets: false,
    });
    expect(facetsOnly.stats).toBe(true);
    expect(facetsOnly.result).not.toHaveProperty('totalCount');
  });
});

describe('facets of a chosen value (disjunctive)', () => {
  // hydrogen, unfiltered: nTitle, nKorean (NEED, KR, EF), nBody (NEED, DE, EB), nTagged
  // (NEED, FR, EF), cBench (EQUIPMENT, KR, EF), oDaegu (ORGANIZATION, KR, EF).
  const facetsOf = async (filter: Record<string, unknown>) => {
    const result = await search(reader, { query: 'hydrogen', first: 50, ...filter });
    expect(result.totalCount).toBe(result.edges.length);
    return {
      ids: idsOf(result).sort(),
      kinds: facet(result.facets.kinds),
      capabilityKinds: facet(result.facets.capabilityKinds),
      statuses: facet(result.facets.statuses),
      areas: facet(result.facets.technologyAreas),
      countries: facet(result.facets.countries),
    };
  };

  it('count a chosen country’s facet as if no country were chosen, the others over the hits', async () => {
    expect(await facetsOf({ countries: ['DE'] })).toEqual({
      ids: [id.nBody],
      kinds: { NEED: 1 },
      capabilityKinds: {},
      statuses: { OPEN: 1 },
      areas: { EB: 1 },
      countries: { KR: 4, DE: 1, FR: 1 },
    });
  });

  it('count a chosen kind’s facet as if no kind were chosen', async () => {
    expect(await facetsOf({ kinds: ['CAPABILITY'] })).toEqual({
      ids: [id.cBench],
      kinds: { NEED: 4, CAPABILITY: 1, ORGANIZATION: 1 },
      capabilityKinds: { EQUIPMENT: 1 },
      statuses: { PUBLISHED: 1 },
      areas: { EF: 1 },
      countries: { KR: 1 },
    });
  });

  it('count a chosen technology area’s facet as if no area were chosen', async () => {
    expect(await facetsOf({ technologyAreas: ['EB'] })).toEqual({
      ids: [id.nBody],
      kinds: { NEED: 1 },
      capabilityKinds: {},
      statuses: { OPEN: 1 },
      areas: { EF: 5, EB: 1 },
      countries: { DE: 1 },
    });
  });

  it('count a chosen status’s facet over every status the caller may see (never another’s draft)', async () => {
    expect(await facetsOf({ statuses: ['CLOSED'] })).toEqual({
      ids: [id.nClosed],
      kinds: { NEED: 1 },
      capabilityKinds: {},
      statuses: { OPEN: 4, PUBLISHED: 1, CLOSED: 1 },
      areas: { EF: 1 },
      countries: { KR: 1 },
    });
  });

  it('count a chosen capability kind’s facet as if no capability kind were chosen', async () => {
    // Browsing the fixture's owners: cBench (EQUIPMENT), cPatent (IP), cDisplay (EXPERTISE).
    const result = await search(reader, {
      capabilityKinds: ['IP'],
      regions: ['KR-27', 'KR-47', 'DE-BY', 'FR-ARA'],
      first: 50,
    });
    expect(idsOf(result)).toEqual([id.cPatent]);
    expect(result.totalCount).toBe(1);
    expect(facet(result.facets.capabilityKinds)).toEqual({ EQUIPMENT: 1, IP: 1, EXPERTISE: 1 });
    expect(facet(result.facets.kinds)).toEqual({ CAPABILITY: 1 });
    expect(facet(result.facets.countries)).toEqual({ DE: 1 });
  });

  it('count each chosen facet under the other chosen facets', async () => {
    // Two: the country facet over needs, the kind facet over Korean owners.
    expect(await facetsOf({ countries: ['KR'], kinds: ['NEED'] })).toEqual({
      ids: [id.nKorean, id.nTitle].sort(),
      kinds: { NEED: 2, CAPABILITY: 1, ORGANIZATION: 1 },
      capabilityKinds: {},
      statuses: { OPEN: 2 },
      areas: { EF: 2 },
      countries: { KR: 2, DE: 1, FR: 1 },
    });
    // Three, no hit: nBody misses only the country, nTitle and nKorean only the area;
    // cBench and oDaegu miss two (kind and area) and count nowhere.
    expect(await facetsOf({ countries: ['KR'], kinds: ['NEED'], technologyAreas: ['EB'] })).toEqual(
      {
        ids: [],
        kinds: {},
        capabilityKinds: {},
        statuses: {},
        areas: { EF: 2 },
        countries: { DE: 1 },
      },
    );
  });

  it('page through hits only, with the total of the hits, by words and by browsing', async () => {
    const byWords = await walk(reader, { query: 'hydrogen', countries: ['KR'] }, 2);
    expect(byWords.sort()).toEqual([id.nTitle, id.nKorean, id.cBench, id.oDaegu].sort());
    const browsed = await walk(reader, { countries: ['FR'], kinds: ['NEED'] }, 1);
    expect(browsed.sort()).toEqual([id.nTagged, id.nAccents].sort());
  });

  it('cost nothing more without a chosen facet value, and one count per facet set and miss with one', async () => {
    const statementOf = async (filter: Record<string, unknown>) => {
      const { statements } = await withSearchStatements(t, () => search(reader, filter));
      expect(statements).toHaveLength(1);
      return statements[0]!;
    };
    for (const filter of [{ query: 'hydrogen', regions: ['KR-27'] }, { sectors: ['C'] }])
      expect(await statementOf(filter)).not.toMatch(/miss/);
    for (const filter of [{ query: 'hydrogen', countries: ['KR'] }, { technologyAreas: ['EF'] }]) {
      const sql = await statementOf(filter);
      expect(sql.match(/GROUP BY/g)).toHaveLength(1);
      expect(sql).toContain('GROUP BY m.facet_set_id, m.miss');
    }
  });
});

describe('pagination', () => {
  it('walks relevance pages without duplicates or gaps', async () => {
    const ids = await walk(reader, { query: 'hydrogen' }, 2);
    expect(ids).toHaveLength(6);
  });

  it('walks the newest-first pages without words, newest first', async () => {
    const ids = await walk(reader, {}, 3);
    const total = ids.length;
    expect(total).toBe(4 + 3 + 6 + 3); // organizations of this file and of the cast, open needs, capabilities
    const page = await search(reader, { first: 50 });
    const listed = page.edges.map((edge) => edge.node.listedAt);
    expect(listed).toEqual([...listed].sort().reverse());
  });

  it('keeps pages stable while new items are published', async () => {
    const first = await search(reader, { query: 'hydrogen', first: 3 });
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, {
      name: 'Late Hydrogen Co',
      technologyAreas: [],
    });
    await needIn(owner.client, org.id, 'OPEN', {
      title: 'Hydrogen hydrogen hydrogen',
      technologyAreas: ['EF06'],
    });
    const rest = await search(reader, {
      query: 'hydrogen',
      first: 50,
      after: first.pageInfo.endCursor,
    });
    expect(new Set([...idsOf(first), ...idsOf(rest)]).size).toBe(
      idsOf(first).length + idsOf(rest).length,
    );
    expect(idsOf(first).concat(idsOf(rest))).toEqual(
      expect.arrayContaining([id.nTitle, id.nBody, id.nKorean, id.nTagged, id.cBench, id.oDaegu]),
    );
  });
});

describe('hits', () => {
  it('carry the card of what they found', async () => {
    const need = (await search(reader, { query: 'hydrogen stack lightweighting' })).edges[0]!.node;
    expect(need).toMatchObject({
      kind: 'NEED',
      id: id.nTitle,
      status: 'OPEN',
      capabilityKind: null,
      technologyAreas: ['EF05'],
      trlMin: 3,
      trlMax: 6,
      country: 'KR',
      region: 'KR-27',
      organizationName: ORGS.oDaegu.name,
    });
    expect(Date.parse(need.deadline!)).toBeGreaterThan(Date.now());
    const capability = (await search(reader, { query: 'solid-state battery patent' })).edges[0]!
      .node;
    expect(capability).toMatchObject({
      kind: 'CAPABILITY',
      status: 'PUBLISHED',
      capabilityKind: 'IP',
      trlMin: 4,
      trlMax: 4,
      deadline: null,
      country: 'DE',
      organizationName: ORGS.oBavaria.name,
    });
    const organization = (await search(reader, { query: 'Atelier Mécanique' })).edges[0]!.node;
    expect(organization).toMatchObject({
      kind: 'ORGANIZATION',
      id: id.oLyon,
      status: null,
      trlMin: null,
      country: 'FR',
      region: 'FR-ARA',
      organizationName: ORGS.oLyon.name,
    });
  });

  it('resolve the need, capability or organization behind them', async () => {
    const result = await search(reader, { query: 'fuel cell test bench' });
    const hit = result.edges[0]!.node;
    expect(hit).toMatchObject({
      kind: 'CAPABILITY',
      id: id.cBench,
      need: null,
      capability: { id: id.cBench, kind: 'EQUIPMENT' },
      organization: { id: id.oDaegu },
    });
    expect(titlesOf(result)[0]).toBe('Fuel cell test bench');
  });
});

// Last: it adds an organization and a need the counts above do not expect.
describe('owners that move', () => {
  it('countries and regions follow an organization that moves', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, {
      name: 'Moving Mould Works',
      country: 'KR',
      region: 'KR-26',
      technologyAreas: ['EA15'],
    });
    const need = await needIn(owner.client, org.id, 'OPEN', {
      title: 'Movable press die',
      technologyAreas: ['EA15'],
    });
    expect(
      idsOf(
        await search(reader, { query: 'movable press die', countries: ['KR'], regions: ['KR-26'] }),
      ),
    ).toEqual([need.id]);
    await owner.client.ok(
      `mutation U($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
      { id: org.id, input: { country: 'FI', region: 'FI-18' } },
    );
    expect(idsOf(await search(reader, { query: 'movable press die', countries: ['KR'] }))).toEqual(
      [],
    );
    const moved = await search(reader, {
      query: 'movable press die',
      countries: ['FI'],
      regions: ['FI-18'],
    });
    expect(idsOf(moved)).toEqual([need.id]);
    expect(moved.edges[0]!.node).toMatchObject({ country: 'FI', region: 'FI-18' });
  });
});

describe('facets that follow the listing', () => {
  it('count a listing by its current status, technology areas and country after each change, by either search path', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, {
      name: 'Quillwort Sensor Labs',
      country: 'KR',
      region: 'KR-27',
      technologyAreas: ['EA14'],
    });
    const first = await needIn(owner.client, org.id, 'OPEN', {
      title: 'Quillwort humidity sensor drift',
      technologyAreas: ['EA14'],
    });
    const second = await needIn(owner.client, org.id, 'OPEN', {
      title: 'Quillwort humidity sensor housing',
      technologyAreas: ['EA14'],
    });
    const facetsOf = async (filter: Record<string, unknown>) => {
      const result = await search(reader, filter);
      return {
        ids: idsOf(result).sort(),
        total: result.totalCount,
        statuses: facet(result.facets.statuses),
        areas: facet(result.facets.technologyAreas),
        countries: facet(result.facets.countries),
      };
    };
    const both = [first.id, second.id].sort();
    expect(await facetsOf({ query: 'quillwort', kinds: ['NEED'] })).toEqual({
      ids: both,
      total: 2,
      statuses: { OPEN: 2 },
      areas: { EA: 2 },
      countries: { KR: 2 },
    });
    // One combination, one facet set, shared by both documents and their area rows.
    const sets: { document: number; areas: number[] }[] = await t.dataSource.query(
      `SELECT d.facet_set_id AS document, array(SELECT a.facet_set_id FROM search_document_area a WHERE a.id = d.id) AS areas
         FROM search_document d WHERE d.id = ANY($1::uuid[])`,
      [both],
    );
    expect(sets.map((set) => set.document)).toEqual([sets[0]!.document, sets[0]!.document]);
    expect(sets.flatMap((set) => set.areas)).toEqual([sets[0]!.document, sets[0]!.document]);

    await owner.client.ok(UPDATE_NEED, { id: second.id, input: { technologyAreas: ['EF05'] } });
    await owner.client.ok(CLOSE_NEED, { id: first.id, reason: 'SOLVED' });
    await owner.client.ok(
      `mutation U($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
      { id: org.id, input: { country: 'FI', region: 'FI-19' } },
    );
    const statuses = ['OPEN', 'CLOSED'];
    expect(await facetsOf({ query: 'quillwort', kinds: ['NEED'], statuses })).toEqual({
      ids: both,
      total: 2,
      statuses: { OPEN: 1, CLOSED: 1 },
      areas: { EA: 1, EF: 1 },
      countries: { FI: 2 },
    });
    // 수소 names EF05: the need is found through the concept's covering index
    // (search_document_area), and counted there by its new facts too.
    expect(
      await facetsOf({ query: '수소', kinds: ['NEED'], regions: ['FI-19'], statuses }),
    ).toEqual({
      ids: [second.id],
      total: 1,
      statuses: { OPEN: 1 },
      areas: { EF: 1 },
      countries: { FI: 1 },
    });
    // Browsing an area: the area facet counts the other areas too (the first need, now
    // CLOSED, under EA), the other facets the hit only.
    expect(await facetsOf({ technologyAreas: ['EF05'], regions: ['FI-19'], statuses })).toEqual({
      ids: [second.id],
      total: 1,
      statuses: { OPEN: 1 },
      areas: { EA: 1, EF: 1 },
      countries: { FI: 1 },
    });
  });
});

describe('callers who see public listings only', () => {
  it('have their searches say so, so the public indexes can serve them; others do not', async () => {
    const saysPublic = async (client: TestClient) => {
      const { statements } = await withSearchStatements(t, () =>
        search(client, { query: 'hydrogen' }),
      );
      expect(statements.length).toBeGreaterThan(0);
      // The conjunct of its own (the policy's predicate also names PUBLIC, inside an OR).
      return statements.every((sql) => /AND d\.visibility = 'PUBLIC'\n/.test(sql));
    };
    const loner = await signUp(t);
    expect(await saysPublic(reader)).toBe(true);
    expect(await saysPublic(loner.client)).toBe(true);
    expect(await saysPublic(cast.orgAdmin.client)).toBe(false);
    expect(await saysPublic(cast.manager.client)).toBe(false);
    expect(await saysPublic(cast.admin.client)).toBe(false);
  });
});

describe('a concept with a technology-area filter', () => {
  it('finds the concept’s items that also carry the filter’s area, whether the filter lies outside the concept or holds it', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, {
      name: 'Jeju Ocean Energy Lab',
      country: 'KR',
      region: 'KR-50',
      technologyAreas: ['EA14'],
    });
    const both = await needIn(owner.client, org.id, 'OPEN', {
      title: 'Tidal electrolyser control software',
      technologyAreas: ['EF05', 'EA14'],
    });
    const conceptOnly = await needIn(owner.client, org.id, 'OPEN', {
      title: 'Seawater electrolyser membranes',
      technologyAreas: ['EF05'],
    });
    const filterOnly = await needIn(owner.client, org.id, 'OPEN', {
      title: 'Buoy sensor firmware',
      technologyAreas: ['EA14'],
    });
    const ids = async (filter: Record<string, unknown>) => {
      const result = await search(reader, { query: '수소', regions: ['KR-50'], ...filter });
      expect(result.totalCount).toBe(result.edges.length);
      return idsOf(result).sort();
    };
    // EA14 lies outside the hydrogen concept (EF05): only the item with both areas.
    expect(await ids({ technologyAreas: ['EA14'] })).toEqual([both.id]);
    // EF holds the concept: every item of the concept.
    expect(await ids({ technologyAreas: ['EF'] })).toEqual([both.id, conceptOnly.id].sort());
    expect(await ids({})).toEqual([both.id, conceptOnly.id].sort());
    expect([both.id, conceptOnly.id]).not.toContain(filterOnly.id);
  });
});
