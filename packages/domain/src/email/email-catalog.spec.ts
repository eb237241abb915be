import { emailCatalogEn } from './email-catalog.en';
import { emailCatalogKo } from './email-catalog.ko';
import { EMAIL_TYPE_NAMES } from './email-types';

/** Every key path to a string, e.g. "types.account.verifyEmail.subject". */
function keys(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

const base = (key: string) => key.replace(/_(one|other)$/, '');

describe('e-mail catalogs', () => {
  it('have a Korean text for every English key, and no Korean key without an English one', () => {
    expect(keys(emailCatalogKo).sort()).toEqual(keys(emailCatalogEn).sort());
    for (const key of keys(emailCatalogKo))
      expect(
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], emailCatalogKo),
      ).not.toBe('');
  });

  it('give every registered e-mail type a name, a subject, a body and an action in both languages', () => {
    for (const catalog of [emailCatalogEn, emailCatalogKo]) {
      const present = new Set(keys(catalog).map(base));
      for (const type of EMAIL_TYPE_NAMES)
        for (const part of ['name', 'subject', 'body', 'action'])
          expect(present).toContain(`types.${type}.${part}`);
    }
  });
});
