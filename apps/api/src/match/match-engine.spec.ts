import { matchTerms } from '@spillover/domain';
import { MatchEngine } from './match-engine';
import type { MatchRepository } from './match.repository';

/** A promise the test settles when it chooses: a database answer still on its way. */
function later<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

/** A repository whose word counts arrive when the test says, one answer per call in turn. */
function countingRepository() {
  const answers: ReturnType<typeof later<Map<string, number>>>[] = [];
  const asked: string[][] = [];
  const repository = {
    wordFrequencies: (_kind: string, words: readonly string[]) => {
      asked.push([...words]);
      const answer = later<Map<string, number>>();
      answers.push(answer);
      return answer.promise;
    },
    listingCount: () => Promise.resolve(100),
  } as unknown as MatchRepository;
  return { repository, answers, asked };
}

const terms = (text: string) => matchTerms(text);
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** An engine that has counted two words (inverter 40, busbar 60) for a first read. */
async function engineWithTwoCounts() {
  const { repository, answers, asked } = countingRepository();
  const engine = new MatchEngine(repository);
  const first = engine.corpus([terms('inverter busbar')]);
  await settled();
  answers[0]!.settle(
    new Map([
      ['inverter', 40],
      ['busbar', 60],
    ]),
  );
  expect((await first).frequency('busbar')).toBe(60);
  return { engine, answers, asked };
}

describe('MatchEngine.corpus', () => {
  afterEach(() => jest.restoreAllMocks());

  it('counts only the words it has not counted, and weighs every word it was asked for', async () => {
    const { engine, answers, asked } = await engineWithTwoCounts();
    const second = engine.corpus([terms('inverter rotor')]);
    await settled();
    expect(asked).toEqual([['inverter', 'busbar'], ['rotor']]);
    answers[1]!.settle(new Map([['rotor', 3]]));
    const corpus = await second;
    expect([corpus.frequency('inverter'), corpus.frequency('rotor')]).toEqual([40, 3]);
  });

  it('keeps the counts it read from the cache when another call clears it meanwhile', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const { engine, answers } = await engineWithTwoCounts();

    // A read weighs its need's words: two are cached, one waits for the database...
    const reading = engine.corpus([terms('inverter busbar rotor')]);
    await settled();
    // ...while another request, past the cache's age, clears it.
    now.mockReturnValue(1_000_000 + 11 * 60_000);
    const other = engine.corpus([terms('hydrogen')]);
    await settled();
    answers[1]!.settle(new Map([['rotor', 3]]));
    answers[2]!.settle(new Map([['hydrogen', 9]]));
    const corpus = await reading;
    await other;
    // Without its own snapshot, the cached words read back as unknown: weighed as the rarest.
    expect(['inverter', 'busbar', 'rotor'].map((word) => corpus.frequency(word))).toEqual([
      40, 60, 3,
    ]);
  });
});
