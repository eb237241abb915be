import { Checkbox, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  calendarDay,
  NEED_FIELDS,
  needDraftSchemaOf,
  needPublishProblems,
  type NeedDraftInput,
  type NeedDraftValues,
} from '@spillover/domain';
import { useEffect } from 'react';
import { Controller, get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isEmptyValue } from '../../app/errors/translate';
import { CurrencyField, TrlField } from '../../app/forms/CodeFields';
import { DateTimeField } from '../../app/forms/DateTimeField';
import { MoneyField } from '../../app/forms/MoneyField';
import { ListingForm } from '../listing/ListingForm';
import {
  useListingForm,
  type ListingFormKind,
  type ListingFormProps,
} from '../listing/use-listing-form';
import { emptyNeed } from './need-values';
import { useNeedLabels } from './need-options';

interface NeedFormProps extends ListingFormProps<NeedDraftInput, NeedDraftValues> {
  /** DRAFT (new needs too) or OPEN: an open need must stay complete to be saved. */
  status: 'DRAFT' | 'OPEN';
}

const CHECKLIST_ID = 'need-publish-checklist';
const INTERNATIONAL_HINT_ID = 'need-international-partners-hint';
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const NEED_FORM: ListingFormKind<NeedDraftInput, NeedDraftValues> = {
  schemaOf: needDraftSchemaOf,
  empty: emptyNeed,
  namespace: 'need',
  fields: NEED_FIELDS,
};

/**
 * Posts and edits a technology need. Every rule is the domain's: the draft schema checks
 * each field live (TRL order, budget range and currency), and `needPublishProblems` lists
 * what still stands between the draft and publishing (a deadline in the future…).
 */
export function NeedForm(props: NeedFormProps) {
  const { status } = props;
  const { t } = useTranslation('need');
  const labels = useNeedLabels();
  const listing = useListingForm(props, NEED_FORM);
  const { form, fieldError, translateProblems, schema } = listing;
  const values = form.watch();
  const { dirtyFields } = form.formState;

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

  return (
    <ListingForm
      listing={listing}
      labels={labels.fields}
      checklistId={CHECKLIST_ID}
      problems={problems}
      mode={status === 'OPEN' ? 'LIVE' : 'DRAFT'}
      intro={
        <>
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
        </>
      }
      readiness={
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
      }
    >
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
    </ListingForm>
  );
}
