import fc from 'fast-check';
import { changePasswordSchema, registerSchema } from './account.schema';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPassword,
  passwordProblem,
  personalWords,
} from './password-rule';
import { loadPasswordStrength } from './password-strength';

const failed = (password: string, context = {}) =>
  checkPassword(password, context)
    .filter((r) => !r.ok)
    .map((r) => r.check);

beforeAll(() => loadPasswordStrength());

describe('password rule', () => {
  it('accepts long passphrases, the test password and the demo password', () => {
    expect(
      failed('correct horse battery staple', {
        email: 'user-1a2b@example.org',
        displayName: 'Test User',
      }),
    ).toEqual([]);
    expect(
      failed('spillover-demo-2026', {
        email: 'admin@spillover.demo',
        displayName: 'Platform admin',
      }),
    ).toEqual([]);
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('counts characters, not UTF-16 units, so Korean passphrases are measured fairly', () => {
    expect(failed('산학연 협력으로 만드는 미래')).toEqual([]);
    expect(failed('가나다라마바사아자차카')).toEqual(['length']); // 11 characters
  });

  it('refuses a password made of the user’s name and a year, however the name is written', () => {
    const minji = { email: 'minji.park@example.kr', displayName: 'Minji Park' };
    expect(failed('minjipark2026!!', minji)).toEqual(['notPersonal', 'strong']);
    expect(passwordProblem('minjipark2026!!', minji)).toBe(
      'Do not use your name or e-mail address in the password.',
    );
    expect(failed('Park2026!!Minji', { displayName: 'Minji Park' })).toContain('notPersonal');
    expect(failed('minji.park-is-here', { email: 'minji.park@example.kr' })).toContain(
      'notPersonal',
    );
    expect(failed('i am Kim Jiwoo forever', { displayName: 'kim jiwoo' })).toContain('notPersonal');
  });

  it('refuses guessable passwords: common ones, a word with digits, repeats, keyboard runs', () => {
    for (const password of [
      'Password1234',
      'spillover1234',
      'aaaaaaaaaaaaaaaa',
      'qwertyuiopasdf',
      '1q2w3e4r5t6y7u',
    ])
      expect(failed(password)).toEqual(['strong']);
  });

  it('bounds the work of a check, even for long passwords full of look-alike characters', () => {
    const adversarial = [
      'a1!'.repeat(42) + 'xx',
      Array.from({ length: 128 }, (_, i) => String.fromCharCode(33 + ((i * 7) % 90))).join(''),
      '@4$5!0|1'.repeat(16),
    ];
    const started = Date.now();
    for (const password of adversarial) checkPassword(password);
    // Unbounded, zxcvbn takes ~6 s for these three; bounded, well under half a second.
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('refuses overlong passwords without estimating them', () => {
    expect(failed('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toEqual(['notTooLong', 'strong']);
  });

  it('ignores personal words too short to matter', () => {
    expect(
      failed('a perfectly fine passphrase', { email: 'ab@example.org', displayName: 'Jo' }),
    ).toEqual([]);
    expect(failed('kimchi stew on a cold evening', { displayName: 'Kim Jo' })).toEqual([]);
  });

  it('takes the name, its words, the address and the pieces of its local part as the user’s words', () => {
    expect(
      personalWords({ email: 'Minji.Park+work@Example.KR', displayName: 'Minji Park' }),
    ).toEqual([
      'minji park',
      'minjipark',
      'minji',
      'park',
      'minji.park+work@example.kr',
      'minji.park+work',
      'minjiparkwork',
      'work',
    ]);
  });

  it('reports the length check exactly by characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64 }), (password) => {
        const lengthOk = checkPassword(password).find((r) => r.check === 'length')?.ok;
        expect(lengthOk).toBe(Array.from(password).length >= PASSWORD_MIN_LENGTH);
      }),
      { numRuns: 50 },
    );
  });

  it('is what sign-up enforces, on the password field, with the name and e-mail', () => {
    const result = registerSchema.safeParse({
      email: 'minji.park@example.kr',
      password: 'minjipark2026!!',
      displayName: 'Minji Park',
      preferredLanguage: 'ko',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['password']);
  });

  it('is what a password change enforces, on the newPassword field', () => {
    const result = changePasswordSchema.safeParse({
      currentPassword: 'whatever it was',
      newPassword: 'Password1234',
    });
    expect(result.error?.issues[0]?.path).toEqual(['newPassword']);
  });
});
