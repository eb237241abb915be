import { Checkbox, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  calendarDay,
  NEED_FIELDS,
  needDraftSchemaOf,
  needPublishProblems,
  type NeedDraftInput,
  type NeedDraftValues,
} from '@spillover/domain';
import { useEffect, useMemo, useRef } from 'react';
import { Controller, get, type DefaultValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { isEmptyValue } from '../../app/errors/translate';
import { AudienceFields } from '../../app/forms/AudienceFields';
import {
  CurrencyField,
  SectorsField,
  TechnologiesField,
  TrlField,
} from '../../app/forms/CodeFields';
import { DateTimeField } from '../../app/forms/DateTimeField';
import { MoneyField } from '../../app/forms/MoneyField';
import { PublishFormActions, type SaveIntent } from '../../app/forms/PublishFormActions';
import { usePublishProblems } from '../../app/forms/publish-problems';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { emptyNeed } from './need-values';
import { useNeedLabels } from './need-options';

interface NeedFormProps {
  initialValues?: DefaultValues<NeedDraftInput>;
  /** DRAFT (new needs too) or OPEN: an open need must stay complete to be saved. */
  status: 'DRAFT' | 'OPEN';
  /** The owner, never offered as an invitee. */
  organizationId: string | null;
  /** Organizations invited already, so that their names show. */
  invited?: readonly { id: string; name: string }[];
  /** Whether the viewer may publish (an ORG_ADMIN of the owner). */
  canPublish: boolean;
  /** Whether the viewer may change who sees it (the API's `viewerCanChangeAudience`). */
  canChangeAudience?: boolean;
  /**
   * Saves valid values, and publishes them when asked; `changed` names the fields the user
   * changed. Throw the API error to have it shown on the right field.
   */
  onSubmit: (values: NeedDraftValues, intent: SaveIntent, changed: Set<string>) => Promise<void>;
}

const CHECKLIST_ID = 'need-publish-checklist';
const INTERNATIONAL_HINT_ID = 'need-international-partners-hint';
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Posts and edits a technology need. Every rule is the domain's: the draft schema checks
 * each field live (TRL order, budget range and currency), and `needPublishProblems` lists
 * what still stands between the draft and publishing (a deadline in the future…).
 */
export function NeedForm({
  initialValues = emptyNeed,
  status,
  organizationId,
  invited = [],
  canPublish,
  canChangeAudience = true,
  onSubmit,
}: NeedFormProps) {
  const { t } = useTranslation('need');
  const labels = useNeedLabels();
  // The owner's own schema: it also refuses the owner among the invitees, live.
  const schema = useMemo(() => needDraftSchemaOf(organizationId), [organizationId]);
  const form = useDomainForm(schema, initialValues);
  const fieldError = useFieldError(form, 'need');
  const translateProblems = usePublishProblems('need');
  const values = form.watch();
  const { dirtyFields } = form.formState;
  const intent = useRef<SaveIntent>('save');

  // The domain's publish check; an OPEN need's deadline only when it is being changed.
  const timeZone = browserTimeZone();
  const now = new Date();
  const problems = translateProblems(
    needPublishProblems(values, now, {
      timeZone,
      checkDeadline: status === 'DRAFT' || Boolean(dirtyFields.responseDeadline),
    }),
    schema,
    values,
    { today: calendarDay(now, timeZone) },
  );

  // Rules that tie two fields together are checked on both as soon as either changes.
  const { currentTrl, targetTrl, budgetMin, budgetMax, currency } = values;
  useEffect(() => {
    if (currentTrl != null && targetTrl != null) void form.trigger('targetTrl');
  }, [currentTrl, targetTrl, form]);
  useEffect(() => {
    if (budgetMin != null || budgetMax != null) void form.trigger(['budgetMax', 'currency']);
  }, [budgetMin, budgetMax, currency, form]);

  /** The field's own error, or what publishing says of a value it holds (a past deadline). */
  const shownError = (name: Path<NeedDraftInput>) =>
    fieldError(name) ??
    (isEmptyValue(get(values, name))
      ? undefined
      : problems.find((problem) => problem.field === name)?.message);

  const { problems: refusals, onSubmit: submit } = useApiSubmit(
    form,
    NEED_FIELDS as readonly Path<NeedDraftInput>[],
    (valid) => onSubmit(valid, intent.current, new Set(Object.keys(form.formState.dirtyFields))),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('form.label')}>
      <Stack maw={820}>
        <ErrorAlert problems={refusals} />
        <Fieldset legend={t('form.sections.need')}>
          <Stack>
            <TextInput
              label={labels.fields.title}
              required
              {...form.register('title')}
              error={fieldError('title')}
            />
            <Textarea
              label={labels.fields.publicSummary}
              description={t('fields.publicSummaryHint')}
              autosize
              minRows={3}
              {...form.register('publicSummary')}
              error={fieldError('publicSummary')}
            />
            <Textarea
              label={labels.fields.desiredOutcome}
              description={t('fields.desiredOutcomeHint')}
              autosize
              minRows={2}
              {...form.register('desiredOutcome')}
              error={fieldError('desiredOutcome')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.confidential')}>
          <Textarea
            label={labels.fields.confidentialDetails}
            description={t('fields.confidentialDetailsHint')}
            autosize
            minRows={3}
            {...form.register('confidentialDetails')}
            error={fieldError('confidentialDetails')}
          />
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
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TrlField
                control={form.control}
                name="currentTrl"
                label={labels.fields.currentTrl}
                description={t('fields.currentTrlHint')}
                error={fieldError('currentTrl')}
              />
              <TrlField
                control={form.control}
                name="targetTrl"
                label={labels.fields.targetTrl}
                description={t('fields.targetTrlHint')}
                error={fieldError('targetTrl')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.budget')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <CurrencyField
                control={form.control}
                name="currency"
                label={labels.fields.currency}
                error={fieldError('currency')}
              />
              <MoneyField
                control={form.control}
                name="budgetMin"
                currency={currency}
                label={labels.fields.budgetMin}
                error={fieldError('budgetMin')}
              />
              <MoneyField
                control={form.control}
                name="budgetMax"
                currency={currency}
                label={labels.fields.budgetMax}
                error={fieldError('budgetMax')}
              />
            </SimpleGrid>
            <DateTimeField
              control={form.control}
              name="responseDeadline"
              label={labels.fields.responseDeadline}
              error={shownError('responseDeadline')}
              maw={320}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.collaboration')}>
          <Stack>
            <Controller
              control={form.control}
              name="collaborationTypes"
              render={({ field }) => (
                <Checkbox.Group
                  label={labels.fields.collaborationTypes}
                  value={field.value ?? []}
                  onChange={(value) => field.onChange(value)}
                  error={fieldError('collaborationTypes')}
                >
                  <Group mt="xs" gap="md">
                    {labels.collaborationTypes.map((type) => (
                      <Checkbox
                        key={type.value}
                        value={type.value}
                        label={type.label}
                        onBlur={field.onBlur}
                      />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <Controller
              control={form.control}
              name="internationalPartnersWelcome"
              render={({ field }) => (
                <Checkbox
                  label={labels.fields.internationalPartnersWelcome}
                  // Mantine does not tie a checkbox's description to it: done here.
                  description={
                    <span id={INTERNATIONAL_HINT_ID}>
                      {t('fields.internationalPartnersWelcomeHint')}
                    </span>
                  }
                  aria-describedby={INTERNATIONAL_HINT_ID}
                  name={field.name}
                  ref={field.ref}
                  checked={field.value ?? false}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  onBlur={field.onBlur}
                  error={fieldError('internationalPartnersWelcome')}
                />
              )}
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
          mode={status === 'OPEN' ? 'LIVE' : 'DRAFT'}
          canPublish={canPublish}
          submitting={form.formState.isSubmitting}
          onIntent={(next) => (intent.current = next)}
        />
      </Stack>
    </form>
  );
}
