import { resources } from './catalogs';
import { createI18n } from './i18n';

type Catalog = { [key: string]: string | Catalog };

function* strings(catalog: Catalog, path: string): Generator<[string, string]> {
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') yield [`${path}.${key}`, value];
    else yield* strings(value, `${path}.${key}`);
  }
}

// A particle written right after an interpolated value (and its closing quote), whether
// fixed (과) or in the double form (이(가), (으)로): the value decides it, so the catalog must not.
const FIXED_PARTICLE =
  /\{\{\s*\w+\s*\}\}[\\"”’」』)]*(이\(가\)|을\(를\)|은\(는\)|와\(과\)|과\(와\)|\(으\)로|\(이\)나|이|가|을|를|은|는|와|과|으로|로|이나|나)(?![가-힣])/u;

describe('Korean particles after interpolated names', () => {
  it('no Korean catalog fixes the particle after a name; each uses the josa format', () => {
    const fixed = Object.entries(resources.ko).flatMap(([namespace, catalog]) =>
      [...strings(catalog as Catalog, namespace)].filter(([, text]) => FIXED_PARTICLE.test(text)),
    );
    expect(fixed).toEqual([]);
  });

  it.each([
    ['스마트 공정 설계', '우리 보유역량 “스마트 공정 설계”와 매칭'],
    ['정밀 가공 장비', '우리 보유역량 “정밀 가공 장비”와 매칭'],
    ['협동로봇 시험장', '우리 보유역량 “협동로봇 시험장”과 매칭'],
  ])('follows the last syllable of a quoted title (%s)', (title, expected) => {
    const { t } = createI18n({ lng: 'ko' });
    expect(t('match:card.forCapability', { title })).toBe(expected);
  });

  it('chooses 이/가, 을/를 and (으)로 for names with and without a final consonant', () => {
    const { t } = createI18n({ lng: 'ko' });
    expect(t('organization:form.created', { name: '한빛모션' })).toMatch(/^한빛모션이 등록/);
    expect(t('organization:form.created', { name: '대구테크' })).toMatch(/^대구테크가 등록/);
    expect(t('organization:form.created', { name: 'Hanbit Motion' })).toMatch(
      /^Hanbit Motion이\(가\) 등록/,
    );
    expect(t('search:saved.deleteTitle', { name: '로봇 팔' })).toBe('“로봇 팔”을 삭제할까요?');
    expect(t('search:saved.deleteTitle', { name: '센서' })).toBe('“센서”를 삭제할까요?');
  });

  it('leaves English untouched', () => {
    const { t } = createI18n({ lng: 'en' });
    expect(t('organization:form.created', { name: 'Hanbit Motion' })).toContain('Hanbit Motion');
  });
});
