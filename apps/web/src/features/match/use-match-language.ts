import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n/i18n';

/** The UI language, asked of the API so that the reasons read in it. */
export function useMatchLanguage() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}
