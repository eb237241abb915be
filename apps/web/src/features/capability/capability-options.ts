import { CAPABILITY_FIELDS, CAPABILITY_KINDS, LICENSING_STATUSES } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

/** The capability's code lists and field names, labelled in the UI language. */
export function useCapabilityLabels() {
  const { t } = useTranslation('capability');
  return {
    kinds: CAPABILITY_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
    licensingStatuses: LICENSING_STATUSES.map((value) => ({
      value,
      label: t(`licensingStatuses.${value}`),
    })),
    /** Field names as the form's labels say them, for the publish checklist. */
    fields: Object.fromEntries(CAPABILITY_FIELDS.map((field) => [field, t(`fields.${field}`)])),
  };
}
