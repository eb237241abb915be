import { inputProblems } from '../validation/parse-input';
import { MATCH_DISMISS_REASONS, matchDismissalSchema, summarizeDismissals } from './match-feedback';

describe('matchDismissalSchema', () => {
  it('accepts a reason with or without a note, trimming the note', () => {
    expect(matchDismissalSchema.parse({ reason: 'TOO_EARLY' })).toEqual({ reason: 'TOO_EARLY' });
    expect(matchDismissalSchema.parse({ reason: 'OTHER', note: '  budget too small ' })).toEqual({
      reason: 'OTHER',
      note: 'budget too small',
    });
    expect(matchDismissalSchema.parse({ reason: 'HAS_PARTNER', note: '   ' }).note).toBeUndefined();
  });

  it('refuses OTHER without a note, on the note', () => {
    for (const note of [undefined, null, '', '   '])
      expect(Object.keys(inputProblems(matchDismissalSchema, { reason: 'OTHER', note }))).toEqual([
        'note',
      ]);
  });

  it('refuses an unknown reason, on the reason', () => {
    const problems = inputProblems(matchDismissalSchema, { reason: 'BORING' });
    expect(Object.keys(problems)).toEqual(['reason']);
    expect(problems.reason).toContain('NOT_OUR_FIELD');
  });

  it('refuses a note over 500 characters, on the note', () => {
    const problems = inputProblems(matchDismissalSchema, {
      reason: 'OTHER',
      note: 'x'.repeat(501),
    });
    expect(problems).toEqual({ note: 'A note has at most 500 characters.' });
  });
});

describe('summarizeDismissals', () => {
  it('counts every reason, zero when unused', () => {
    const summary = summarizeDismissals([
      { reason: 'TOO_EARLY' },
      { reason: 'TOO_EARLY' },
      { reason: 'HAS_PARTNER' },
    ]);
    expect(Object.keys(summary)).toEqual([...MATCH_DISMISS_REASONS]);
    expect(summary).toMatchObject({ TOO_EARLY: 2, HAS_PARTNER: 1, OTHER: 0, NOT_OUR_FIELD: 0 });
  });
});
