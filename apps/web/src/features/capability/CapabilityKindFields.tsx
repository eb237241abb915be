import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  capabilityKindHasField,
  type CapabilityDraftInput,
  type CapabilityDraftValues,
  type CapabilityKind,
} from '@spillover/domain';
import { Controller, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCapabilityLabels } from './capability-options';

interface CapabilityKindFieldsProps {
  form: UseFormReturn<CapabilityDraftInput, unknown, CapabilityDraftValues>;
  kind: CapabilityKind | undefined;
  fieldError: (name: Path<CapabilityDraftInput>) => string | undefined;
}

/** An empty text box is no value: the domain would read "" as a (malformed) patent number. */
const emptyToNull = (value: unknown) => (value === '' ? null : value);

/**
 * The fields of the chosen kind only, as the domain's KIND_FIELDS says: where equipment and
 * facilities are and how to book them; a patent's number and licensing status for IP.
 */
export function CapabilityKindFields({ form, kind, fieldError }: CapabilityKindFieldsProps) {
  const { t } = useTranslation('capability');
  const labels = useCapabilityLabels();
  if (!kind) return null;
  const has = (field: Parameters<typeof capabilityKindHasField>[1]) =>
    capabilityKindHasField(kind, field);
  if (!has('model') && !has('location') && !has('bookingTerms') && !has('patentNumber'))
    return null;

  return (
    <Stack>
      {has('model') || has('location') ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {has('model') ? (
            <TextInput
              label={labels.fields.model}
              description={t('fields.modelHint')}
              {...form.register('model', { setValueAs: emptyToNull })}
              error={fieldError('model')}
            />
          ) : null}
          {has('location') ? (
            <TextInput
              label={labels.fields.location}
              description={t('fields.locationHint')}
              {...form.register('location', { setValueAs: emptyToNull })}
              error={fieldError('location')}
            />
          ) : null}
        </SimpleGrid>
      ) : null}
      {has('bookingTerms') ? (
        <Textarea
          label={labels.fields.bookingTerms}
          description={t('fields.bookingTermsHint')}
          autosize
          minRows={2}
          {...form.register('bookingTerms', { setValueAs: emptyToNull })}
          error={fieldError('bookingTerms')}
        />
      ) : null}
      {has('patentNumber') || has('licensingStatus') ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {has('patentNumber') ? (
            <TextInput
              label={labels.fields.patentNumber}
              description={t('fields.patentNumberHint')}
              {...form.register('patentNumber', { setValueAs: emptyToNull })}
              error={fieldError('patentNumber')}
            />
          ) : null}
          {has('licensingStatus') ? (
            <Controller
              control={form.control}
              name="licensingStatus"
              render={({ field }) => (
                <Select
                  label={labels.fields.licensingStatus}
                  data={labels.licensingStatuses}
                  clearable
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  name={field.name}
                  error={fieldError('licensingStatus')}
                />
              )}
            />
          ) : null}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
