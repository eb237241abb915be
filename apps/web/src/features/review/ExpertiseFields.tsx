import { SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectorMultiSelect, TechnologyMultiSelect } from '../../app/reference/CodeSelects';

export interface ExpertiseValue {
  technologyCodes: string[];
  sectors: string[];
  text: string;
}

export const NO_EXPERTISE: ExpertiseValue = { technologyCodes: [], sectors: [], text: '' };

interface Props {
  value: ExpertiseValue;
  onChange: (value: ExpertiseValue) => void;
  onBlur?: () => void;
  errors?: Partial<Record<keyof ExpertiseValue, string | undefined>>;
}

/**
 * A pool member's expertise (전문분야): the taxonomy's technology areas and NACE sectors
 * with the pickers the need and capability forms use, and free text.
 */
export function ExpertiseFields({ value, onChange, onBlur, errors = {} }: Props) {
  const { t } = useTranslation('review');
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TechnologyMultiSelect
          label={t('pool.technologies')}
          value={value.technologyCodes}
          onChange={(technologyCodes) => onChange({ ...value, technologyCodes })}
          onBlur={onBlur}
          error={errors.technologyCodes}
        />
        <SectorMultiSelect
          label={t('pool.sectors')}
          value={value.sectors}
          onChange={(sectors) => onChange({ ...value, sectors })}
          onBlur={onBlur}
          error={errors.sectors}
        />
      </SimpleGrid>
      <Textarea
        label={t('panel.expertiseText')}
        value={value.text}
        onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        onBlur={onBlur}
        error={errors.text}
        autosize
        minRows={2}
      />
    </Stack>
  );
}
