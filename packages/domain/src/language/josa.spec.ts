import { particleAfter, withParticle } from './josa';

describe('Korean particles after a name', () => {
  it.each([
    // [word, particle, expected]: the last syllable decides, with and without a final consonant
    ['스마트 공정 설계', '와/과', '와'],
    ['한빛모션', '와/과', '과'],
    ['설계', '이/가', '가'],
    ['한빛모션', '이/가', '이'],
    ['대구', '을/를', '를'],
    ['로봇 팔', '을/를', '을'],
    ['센서', '은/는', '는'],
    ['모션', '은/는', '은'],
    ['서울', '으로/로', '로'], // ㄹ takes 로
    ['부산', '으로/로', '으로'],
    ['대구', '으로/로', '로'],
  ] as const)('%s + %s → %s', (word, particle, expected) => {
    expect(particleAfter(word, particle)).toBe(expected);
  });

  it('reads through closing quotes and brackets', () => {
    expect(particleAfter('“스마트 공정 설계”', '와/과')).toBe('와');
    expect(particleAfter('“한빛모션”', '와/과')).toBe('과');
    expect(particleAfter('(주)한빛모션)', '이/가')).toBe('이');
  });

  it('writes both forms when the name does not end in Hangul', () => {
    expect(particleAfter('Hanbit Motion', '이/가')).toBe('이(가)');
    expect(particleAfter('Robot X2', '와/과')).toBe('와(과)');
    expect(particleAfter('', '을/를')).toBe('을(를)');
    expect(particleAfter('kim@example.com', '으로/로')).toBe('(으)로');
  });

  it('joins the word and its particle', () => {
    expect(withParticle('한빛모션', '이/가')).toBe('한빛모션이');
    expect(withParticle('대구테크', '을/를')).toBe('대구테크를');
  });
});
