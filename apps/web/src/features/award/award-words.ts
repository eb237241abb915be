import { useTranslation } from 'react-i18next';

/**
 * A "why not funded" reason in the reader's language: the server writes both sentences with
 * the domain's one function (the exports write the same), the web picks one.
 */
export function useReasonWords(): (reason: { en: string; ko: string }) => string {
  const { i18n } = useTranslation();
  const ko = i18n.language.startsWith('ko');
  return (reason) => (ko ? reason.ko : reason.en);
}
