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
import { useEffect, useMemo, useRef } from 'react';
import { Controller, type DefaultValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { AudienceFields } from '../../app/forms/AudienceFields';
import { SectorsField, TechnologiesField, TrlField } from '../../app/forms/CodeFields';
import { PublishFormActions, type SaveIntent } from '../../app/forms/PublishFormActions';
import { usePublishProblems } from '../../app/forms/publish-problems';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { emptyCapability, KIND_FIELD_NAMES } from './capability-values';
import { useCapabilityLabels } from './capability-options';
import { CapabilityKindFields } from './CapabilityKindFields';

interface CapabilityFormProps {
  initialValues?: DefaultValues<CapabilityDraftInput>;
  status: CapabilityStatus;
  /** The owner, never offered as an invitee. */
  organizationId: string | null;
  invited?: readonly { id: string; name: string }[];
  /** Whether the viewer may publish (an ORG_ADMIN of the owner). */
  canPublish: boolean;
  /** Whether the viewer may change who sees it (the API's `viewerCanChangeAudience`). */
  canChangeAudience?: boolean;
  /** Saves valid values (and publishes them when asked); `changed` names the changed fields. */
  onSubmit: (
    values: CapabilityDraftValues,
    intent: SaveIntent,
    changed: Set<string>,
  ) => Promise<void>;
}

const CHECKLIST_ID = 'capability-publish-checklist';
const emptyToNull = (value: unknown) => (value === '' ? null : value);

/**
 * Publishes and edits a capability (보유역량). The kind decides which fields there are
 * (the domain's KIND_FIELDS); the draft schema checks each field live and
 * `capabilityPublishProblems` lists what publishing still asks for.
 */
export function CapabilityForm({
  initialValues = emptyCapability,
  status,
  organizationId,
  invited = [],
  canPublish,
  canChangeAudience = true,
  onSubmit,
}: CapabilityFormProps) {
  const { t } = useTranslation('capability');
  const labels = useCapabilityLabels();
  // The owner's own schema: it also refuses the owner among the invitees, live.
  const schema = useMemo(() => capabilityDraftSchemaOf(organizationId), [organizationId]);
  const form = useDomainForm(schema, initialValues);
  const fieldError = useFieldError(form, 'capability');
  const translateProblems = usePublishProblems('capability');
  const values = form.watch();
  const kind = values.kind as CapabilityKind | undefined;
  const intent = useRef<SaveIntent>('save');
  const problems = translateProblems(capabilityPublishProblems(values), schema, values);

  // Another kind has other fields: what belonged to the old kind is dropped, as the domain asks.
  useEffect(() => {
    if (!kind) return;
    for (const field of KIND_FIELD_NAMES)
      if (!capabilityKindHasField(kind, field) && form.getValues(field) != null)
        form.setValue(field, null, { shouldDirty: true });
  }, [kind, form]);

  const { problems: refusals, onSubmit: submit } = useApiSubmit(
    form,
    CAPABILITY_FIELDS as readonly Path<CapabilityDraftInput>[],
    (valid) => onSubmit(valid, intent.current, new Set(Object.keys(form.formState.dirtyFields))),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('form.label')}>
      <Stack maw={820}>
        <ErrorAlert problems={refusals} />
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
        <Fieldset legend={t('form.sections.technology')}>
          <Stack>
            <TechnologiesField
              control={form.control}
              name="technologyAreas"
              label={labels.fields.technologyAreas}
              error={fieldError('technologyAreas')}
            />
            <SectorsField
              control={form.control}
              name="sectors"
              label={labels.fields.sectors}
              error={fieldError('sectors')}
            />
            <TrlField
              control={form.control}
              name="trl"
              label={labels.fields.trl}
              description={t('fields.trlHint')}
              error={fieldError('trl')}
              maw={480}
            />
          </Stack>
        </Fieldset>
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
        <Fieldset legend={t('form.sections.audience')}>
          <AudienceFields
            form={form}
            fieldError={fieldError}
            ownerId={organizationId}
            invited={invited}
            editable={canChangeAudience}
          />
        </Fieldset>
        <PublishFormActions
          checklistId={CHECKLIST_ID}
          problems={problems}
          labels={labels.fields}
          mode={status === 'DRAFT' ? 'DRAFT' : status === 'PUBLISHED' ? 'LIVE' : 'KEPT'}
          canPublish={canPublish}
          submitting={form.formState.isSubmitting}
          onIntent={(next) => (intent.current = next)}
        />
      </Stack>
    </form>
  );
}
