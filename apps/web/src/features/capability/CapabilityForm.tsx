import { Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  CAPABILITY_FIELDS,
  capabilityDraftSchemaOf,
  capabilityKindHasField,
  capabilityPublishProblems,
  type CapabilityDraftInput,
  type CapabilityDraftValues,
  type CapabilityKind,
  type CapabilityStatus,
} from '@spillover/domain';
import { useEffect } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TrlField } from '../../app/forms/CodeFields';
import { ListingForm } from '../listing/ListingForm';
import {
  useListingForm,
  type ListingFormKind,
  type ListingFormProps,
} from '../listing/use-listing-form';
import { emptyCapability, KIND_FIELD_NAMES } from './capability-values';
import { useCapabilityLabels } from './capability-options';
import { CapabilityKindFields } from './CapabilityKindFields';

interface CapabilityFormProps extends ListingFormProps<
  CapabilityDraftInput,
  CapabilityDraftValues
> {
  status: CapabilityStatus;
}

const CHECKLIST_ID = 'capability-publish-checklist';
const emptyToNull = (value: unknown) => (value === '' ? null : value);

const CAPABILITY_FORM: ListingFormKind<CapabilityDraftInput, CapabilityDraftValues> = {
  schemaOf: capabilityDraftSchemaOf,
  empty: emptyCapability,
  namespace: 'capability',
  fields: CAPABILITY_FIELDS,
};

/**
 * Publishes and edits a capability (보유역량). The kind decides which fields there are
 * (the domain's KIND_FIELDS); the draft schema checks each field live and
 * `capabilityPublishProblems` lists what publishing still asks for.
 */
export function CapabilityForm(props: CapabilityFormProps) {
  const { status } = props;
  const { t } = useTranslation('capability');
  const labels = useCapabilityLabels();
  const listing = useListingForm(props, CAPABILITY_FORM);
  const { form, fieldError, translateProblems, schema } = listing;
  const values = form.watch();
  const kind = values.kind as CapabilityKind | undefined;
  const problems = translateProblems(capabilityPublishProblems(values), schema, values);

  // Another kind has other fields: what belonged to the old kind is dropped, as the domain asks.
  useEffect(() => {
    if (!kind) return;
    for (const field of KIND_FIELD_NAMES)
      if (!capabilityKindHasField(kind, field) && form.getValues(field) != null)
        form.setValue(field, null, { shouldDirty: true });
  }, [kind, form]);

  return (
    <ListingForm
      listing={listing}
      labels={labels.fields}
      checklistId={CHECKLIST_ID}
      problems={problems}
      mode={status === 'DRAFT' ? 'DRAFT' : status === 'PUBLISHED' ? 'LIVE' : 'KEPT'}
      intro={
        <Fieldset legend={t('form.sections.offer')}>
          <Stack>
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={labels.fields.kind}
                  description={t('fields.kindHint')}
                  required
                  allowDeselect={false}
                  data={labels.kinds}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  onBlur={field.onBlur}
                  name={field.name}
                  error={fieldError('kind')}
                />
              )}
            />
            <TextInput
              label={labels.fields.title}
              required
              {...form.register('title')}
              error={fieldError('title')}
            />
            <Textarea
              label={labels.fields.description}
              description={t('fields.descriptionHint')}
              autosize
              minRows={4}
              {...form.register('description')}
              error={fieldError('description')}
            />
            <CapabilityKindFields form={form} kind={kind} fieldError={fieldError} />
          </Stack>
        </Fieldset>
      }
      readiness={
        <TrlField
          control={form.control}
          name="trl"
          label={labels.fields.trl}
          description={t('fields.trlHint')}
          error={fieldError('trl')}
          maw={480}
        />
      }
    >
      <Fieldset legend={t('form.sections.contact')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={labels.fields.contactName}
              autoComplete="off"
              {...form.register('contactName')}
              error={fieldError('contactName')}
            />
            <TextInput
              label={labels.fields.contactEmail}
              type="email"
              autoComplete="off"
              {...form.register('contactEmail', { setValueAs: emptyToNull })}
              error={fieldError('contactEmail')}
            />
          </SimpleGrid>
          <Textarea
            label={labels.fields.availability}
            description={t('fields.availabilityHint')}
            autosize
            minRows={2}
            {...form.register('availability')}
            error={fieldError('availability')}
          />
        </Stack>
      </Fieldset>
    </ListingForm>
  );
}
