import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n/i18n';

/** A cluster has an official name in each language; show the one of the UI. */
export function useClusterName() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (cluster: { nameEn: string; nameKo: string }) =>
    language === 'ko' ? cluster.nameKo : cluster.nameEn;
}
