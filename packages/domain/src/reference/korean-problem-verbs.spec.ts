import { KOREAN_PROBLEM_VERBS } from './korean-problem-verbs';
import { TECHNICAL_GLOSSARY } from './technical-glossary';

describe('KOREAN_PROBLEM_VERBS', () => {
  it('holds a few hundred verbs in dictionary form: Hangul ending in 다, a syllable before it', () => {
    expect(KOREAN_PROBLEM_VERBS.length).toBeGreaterThanOrEqual(150);
    for (const [verb] of KOREAN_PROBLEM_VERBS) expect(verb).toMatch(/^[가-힣]+다$/);
    for (const [verb] of KOREAN_PROBLEM_VERBS) expect(verb.length).toBeGreaterThanOrEqual(2);
  });

  it('lists no verb twice', () => {
    const verbs = KOREAN_PROBLEM_VERBS.map(([verb]) => verb);
    const twice = verbs.filter((verb, index) => verbs.indexOf(verb) !== index);
    expect(twice).toEqual([]);
  });

  it('lists no 하다, 되다 or 시키다 verb (those are handled with their stems elsewhere)', () => {
    const derived = KOREAN_PROBLEM_VERBS.map(([verb]) => verb).filter((verb) =>
      /(하다|되다|시키다|해지다)$/.test(verb),
    );
    expect(derived).toEqual([]);
  });

  it('maps every verb to a concept the glossary holds', () => {
    const ids = new Set(TECHNICAL_GLOSSARY.map((concept) => concept.id));
    const unknown = KOREAN_PROBLEM_VERBS.filter(([, concept]) => !ids.has(concept));
    expect(unknown).toEqual([]);
  });

  it('maps the verbs firms write for common failures to their concepts', () => {
    const concept = new Map(KOREAN_PROBLEM_VERBS);
    expect(concept.get('막히다')).toBe('clogging');
    expect(concept.get('갈라지다')).toBe('crack');
    expect(concept.get('들뜨다')).toBe('peeling');
    expect(concept.get('풀리다')).toBe('bolt-loosening');
    expect(concept.get('굳다')).toBe('hardening');
  });
});
