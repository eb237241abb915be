import { COLLABORATION_TYPES, NEED_FIELDS } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

/** The need's code lists and field names, labelled in the UI language. */
export function useNeedLabels() {
  const { t } = useTranslation('need');
  return {
    collaborationTypes: COLLABORATION_TYPES.map((value) => ({
      value,
      label: t(`collaborationTypes.${value}`),
    })),
    /** Field names as the form's labels say them, for the publish checklist. */
    fields: Object.fromEntries(NEED_FIELDS.map((field) => [field, t(`fields.${field}`)])),
  };
}
