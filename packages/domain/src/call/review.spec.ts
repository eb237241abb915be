import fc from 'fast-check';
import type { EvaluationCriterion } from './call';
import {
  conflictRulesOf,
  emptyReviewScores,
  validateReviewScores,
  type ReviewScore,
} from './review';

const criteria: EvaluationCriterion[] = [
  { name: 'Excellence', description: '', weight: 50, maxScore: 10, minScore: null },
  { name: 'Impact', description: '', weight: 50, maxScore: 5, minScore: 2 },
];
const fields = (scores: ReviewScore[], submitting: boolean) =>
  validateReviewScores(criteria, scores, { submitting }).map((p) => `${p.field}:${p.key}`);

describe('validateReviewScores', () => {
  it('accepts a complete review for submission', () => {
    expect(
      fields(
        [
          { score: 10, comment: 'Strong' },
          { score: 0, comment: 'Weak' },
        ],
        true,
      ),
    ).toEqual([]);
  });

  it('lets a draft leave scores and comments open, not submission', () => {
    expect(fields(emptyReviewScores(criteria), false)).toEqual([]);
    expect(fields(emptyReviewScores(criteria), true)).toEqual([
      'scores.0.score:review.scoreMissing',
      'scores.0.comment:review.commentMissing',
      'scores.1.score:review.scoreMissing',
      'scores.1.comment:review.commentMissing',
    ]);
  });

  it('refuses scores out of range or not whole, even in a draft', () => {
    expect(
      fields(
        [
          { score: 11, comment: '' },
          { score: 2.5, comment: '' },
        ],
        false,
      ),
    ).toEqual(['scores.0.score:review.scoreOutOfRange', 'scores.1.score:review.scoreOutOfRange']);
    expect(
      fields(
        [
          { score: -1, comment: '' },
          { score: null, comment: '' },
        ],
        false,
      ),
    ).toEqual(['scores.0.score:review.scoreOutOfRange']);
  });

  it('refuses a wrong number of entries', () => {
    expect(fields([{ score: 1, comment: 'x' }], false)).toEqual(['scores:review.scoresCount']);
  });

  it('refuses NUL and broken Unicode in comments', () => {
    expect(
      fields(
        [
          { score: 1, comment: 'a\u0000b' },
          { score: 1, comment: 'a\uD800' },
        ],
        false,
      ),
    ).toEqual([
      'scores.0.comment:review.commentUnstorable',
      'scores.1.comment:review.commentUnstorable',
    ]);
  });

  it('accepts exactly the whole scores within 0..maxScore (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (score) => {
        const ok = Number.isInteger(score) && score >= 0 && score <= 10;
        const problems = fields(
          [
            { score, comment: 'c' },
            { score: 1, comment: 'c' },
          ],
          true,
        );
        expect(problems.length === 0).toBe(ok);
      }),
    );
  });
});

describe('conflictRulesOf', () => {
  it('turns on the rules a stored value does not name', () => {
    expect(conflictRulesOf({ COLLABORATION: false })).toEqual({
      CONSORTIUM_MEMBER: true,
      COLLABORATION: false,
      ACCEPTED_INTEREST: true,
      NDA_ACCEPTED: true,
      SHARED_CONSORTIUM: true,
    });
  });
});
