import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { currentLanguage } from '../../app/i18n/i18n';
import { useReference } from '../../app/reference/reference-options';

/** A rule sentence or an eligibility failure: a catalog key (call.rule.*, call.eligibility.*) and its parameters. */
export interface KeyedWords {
  key: string;
  params: Readonly<Record<string, string | number>>;
}

/** GraphQL sends parameters as name/value pairs; the domain as a record. */
export const paramsOf = (
  pairs: readonly { name: string; value: string }[],
): Record<string, string> => Object.fromEntries(pairs.map((pair) => [pair.name, pair.value]));

const MONEY_PARAMS = ['amount', 'max', 'actual', 'share'];

/**
 * Turns the domain's keys and parameters into a sentence of the UI language: kinds and sizes
 * through the organization catalog, amounts through Intl with the call's currency, places
 * through the reference lists and cluster ids through the names the page knows.
 */
export function useCallWords(clusterNames: ReadonlyMap<string, string> = new Map()) {
  const { t, i18n } = useTranslation(['call', 'organization']);
  const format = useFormat();
  const reference = useReference();
  const list = new Intl.ListFormat(currentLanguage(i18n) === 'ko' ? 'ko-KR' : 'en-GB', {
    type: 'disjunction',
  });
  return (words: KeyedWords): string => {
    const params: Record<string, string | number> = { ...words.params };
    const currency = typeof params.currency === 'string' ? params.currency : null;
    if (typeof params.kinds === 'string')
      params.kinds = list.format(
        params.kinds.split(',').map((kind) => t(`organization:kinds.${kind}`)),
      );
    if (typeof params.sizes === 'string')
      params.sizes = list.format(
        params.sizes.split(',').map((size) => t(`organization:sizes.${size}`)),
      );
    if (currency)
      for (const name of MONEY_PARAMS)
        if (params[name] !== undefined) params[name] = format.money(Number(params[name]), currency);
    if (typeof params.country === 'string' && params.country)
      params.country = reference.countryLabel(params.country);
    if (typeof params.region === 'string' && params.region)
      params.region = reference.regionLabel(params.region);
    if (typeof params.clusterId === 'string')
      params.cluster = clusterNames.get(params.clusterId) ?? '';
    return t(`call:${words.key.replace(/^call\./, '')}`, params);
  };
}

/** The call's title in the UI language, falling back to the other language, then the programme. */
export function useCallTitle() {
  const { i18n } = useTranslation();
  const ko = currentLanguage(i18n) === 'ko';
  return (call: { titleEn?: string | null; titleKo?: string | null; programmeName: string }) =>
    (ko ? call.titleKo || call.titleEn : call.titleEn || call.titleKo) || call.programmeName;
}

/** The description in the UI language, falling back to the other one. */
export function useCallDescription() {
  const { i18n } = useTranslation();
  const ko = currentLanguage(i18n) === 'ko';
  return (call: { descriptionEn?: string | null; descriptionKo?: string | null }) =>
    (ko ? call.descriptionKo || call.descriptionEn : call.descriptionEn || call.descriptionKo) ??
    '';
}
