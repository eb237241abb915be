import { parseInput } from '../validation/parse-input';
import { candidateAffinity } from './review-affinity';
import { reviewerCandidateSearchSchema } from './review';

const refusal = (search: unknown) => {
  try {
    parseInput(reviewerCandidateSearchSchema, { search });
  } catch (error) {
    return error as { code: string; field: string; message: string };
  }
  throw new Error('accepted');
};

describe('reviewerCandidateSearchSchema', () => {
  it('trims invisible characters and keeps the words', () => {
    expect(parseInput(reviewerCandidateSearchSchema, { search: '\u200b 김민 ' })).toEqual({
      search: '김민',
    });
  });

  it('refuses a NUL, a broken surrogate, too short and too long, naming the field', () => {
    for (const bad of ['ab\u0000c', 'ab\ud800c', ' a ', 'x'.repeat(101), 42]) {
      const error = refusal(bad);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.field).toBe('search');
    }
    expect(refusal('ab\u0000c').message).toMatch(/NUL/);
  });
});

describe('candidateAffinity', () => {
  const topics = [
    { technologyCodes: ['EF05'], sectors: ['28'], text: 'High-pressure hydrogen valves' },
    { technologyCodes: ['EF06'], sectors: ['27'], text: 'Battery cooling plates' },
  ];

  it('is the best fit over the call’s applications, 0 without any', () => {
    const hydrogen = { technologyCodes: ['EF05'], sectors: ['28'], text: 'hydrogen valves' };
    const displays = { technologyCodes: ['ED07'], sectors: ['26'], text: 'OLED panels' };
    expect(candidateAffinity(hydrogen, topics)).toBeGreaterThan(
      candidateAffinity(displays, topics),
    );
    expect(candidateAffinity(hydrogen, [])).toBe(0);
    expect(candidateAffinity(hydrogen, topics)).toBeLessThanOrEqual(1);
  });
});
