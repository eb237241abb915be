import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FacetCountFieldsFragment } from '../../generated/graphql';

interface FacetButtonsProps {
  /** Names the group, e.g. "Technology area". */
  label: string;
  counts: readonly FacetCountFieldsFragment[];
  /** The option's name in the UI language (a code list's label). */
  labelOf: (value: string) => string;
  selected: readonly string[];
  onToggle: (value: string) => void;
}

/** Counts of the results by a code (technology area, country); pressing one narrows to it. */
export function FacetButtons({ label, counts, labelOf, selected, onToggle }: FacetButtonsProps) {
  const { t } = useTranslation('search');
  if (counts.length === 0) return null;
  return (
    <div role="group" aria-label={label}>
      <Text size="sm" fw={500} mb={4} aria-hidden>
        {label}
      </Text>
      <Group gap={6}>
        {counts.map((facet) => {
          const pressed = selected.includes(facet.value);
          return (
            <Button
              key={facet.value}
              size="compact-sm"
              variant={pressed ? 'filled' : 'default'}
              aria-pressed={pressed}
              onClick={() => onToggle(facet.value)}
            >
              {t('option', { label: labelOf(facet.value), count: facet.count })}
            </Button>
          );
        })}
      </Group>
    </div>
  );
}
