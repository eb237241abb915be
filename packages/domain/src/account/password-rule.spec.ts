import fc from 'fast-check';
import { registerSchema } from './account.schema';
import { PASSWORD_MIN_LENGTH, checkPassword, passwordProblem } from './password-rule';

const failed = (password: string, context = {}) => checkPassword(password, context).filter((r) => !r.ok).map((r) => r.check);

describe('password rule', () => {
  it('accepts a long passphrase', () => {
    expect(failed('correct horse battery staple')).toEqual([]);
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('counts characters, not UTF-16 units, so Korean passphrases are measured fairly', () => {
    expect(failed('산학연 협력으로 만드는 미래')).toEqual([]);
    expect(failed('가나다라마바사아자차카')).toEqual(['length']); // 11 characters
  });

  it('refuses short, overlong, monotonous, common and personal passwords, each by its own check', () => {
    expect(failed('short')).toContain('length');
    expect(failed('x'.repeat(129))).toContain('notTooLong');
    expect(failed('aaaaaaaaaaaaaaaa')).toEqual(['variety']);
    expect(failed('Password1234')).toEqual(['notCommon']);
    expect(failed('minsu.park-is-here', { email: 'minsu.park@example.kr' })).toEqual(['notPersonal']);
    expect(failed('i am Kim Jiwoo forever', { displayName: 'kim jiwoo' })).toEqual(['notPersonal']);
  });

  it('ignores personal parts too short to matter', () => {
    expect(failed('a perfectly fine passphrase', { email: 'ab@example.org', displayName: 'Jo' })).toEqual([]);
  });

  it('accepts every password of 12+ distinct-enough characters that is not personal (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: PASSWORD_MIN_LENGTH, maxLength: 64 }), (password) => {
        const results = checkPassword(password);
        const lengthOk = results.find((r) => r.check === 'length')?.ok;
        expect(lengthOk).toBe(Array.from(password).length >= PASSWORD_MIN_LENGTH);
      }),
    );
  });

  it('is what sign-up enforces, on the password field', () => {
    const result = registerSchema.safeParse({ email: 'a@b.kr', password: 'short', displayName: 'A', preferredLanguage: 'ko' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['password']);
  });
});
