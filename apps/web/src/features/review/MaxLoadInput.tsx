import { NumberInput } from '@mantine/core';
import { REVIEWER_MAX_LOAD } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

interface Props {
  value: number | null | undefined;
  /** An emptied field is null, not undefined: a form would put the default back for that. */
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/** A pool member's own maximum load: how many applications they review at most. */
export function MaxLoadInput({ value, onChange, onBlur, error }: Props) {
  const { t } = useTranslation('review');
  return (
    <NumberInput
      label={t('panel.maxLoad')}
      required
      min={1}
      max={REVIEWER_MAX_LOAD}
      allowDecimal={false}
      // The domain rule says what is wrong with a load out of range; clamping would hide it.
      clampBehavior="none"
      value={value ?? ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : null)}
      onBlur={onBlur}
      error={error}
      w={180}
    />
  );
}
