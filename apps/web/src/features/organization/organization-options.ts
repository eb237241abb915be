import { ORG_ROLES, ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

/** The organization code lists as select options, labelled in the UI language. */
export function useOrganizationOptions() {
  const { t } = useTranslation('organization');
  return {
    kinds: ORGANIZATION_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
    sizes: ORGANIZATION_SIZES.map((value) => ({ value, label: t(`sizes.${value}`) })),
    roles: ORG_ROLES.map((value) => ({ value, label: t(`roles.${value}`) })),
  };
}
