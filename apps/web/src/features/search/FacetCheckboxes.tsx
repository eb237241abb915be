import { Checkbox, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FacetCountFieldsFragment } from '../../generated/graphql';

interface FacetCheckboxesProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  /** How many results fall in each option; an option missing from it has none. */
  counts: readonly FacetCountFieldsFragment[] | undefined;
  value: readonly T[];
  onChange: (values: T[]) => void;
}

/** A filter of a few options as checkboxes in a labelled group, each with its result count. */
export function FacetCheckboxes<T extends string>({
  label,
  options,
  counts,
  value,
  onChange,
}: FacetCheckboxesProps<T>) {
  const { t } = useTranslation('search');
  const countOf = (option: T) => counts?.find((facet) => facet.value === option)?.count;
  return (
    <Checkbox.Group
      label={label}
      value={[...value]}
      onChange={(values) =>
        onChange(options.filter((option) => values.includes(option.value)).map((o) => o.value))
      }
    >
      <Stack gap={6} mt={6}>
        {options.map((option) => {
          const count = countOf(option.value);
          return (
            <Group key={option.value} gap="xs">
              <Checkbox
                value={option.value}
                label={
                  counts ? t('option', { label: option.label, count: count ?? 0 }) : option.label
                }
              />
            </Group>
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}
