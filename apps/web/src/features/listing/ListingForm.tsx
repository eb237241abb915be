import { Fieldset, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { AudienceFields } from '../../app/forms/AudienceFields';
import { SectorsField, TechnologiesField } from '../../app/forms/CodeFields';
import { PublishFormActions } from '../../app/forms/PublishFormActions';
import type { PublishProblem } from '../../app/forms/publish-problems';
import type { ListingFormInput, ListingFormState } from './use-listing-form';

type Codes = string[] | null | undefined;

interface ListingFormShellProps<
  TInput extends FieldValues & ListingFormInput,
  TValues extends FieldValues,
> {
  /** From `useListingForm`: the form, its owner, invitations and what the viewer may do. */
  listing: ListingFormState<TInput, TValues>;
  /** The kind's field labels (technology areas, sectors, and those the checklist names). */
  labels: Record<string, string>;
  checklistId: string;
  /** What still stands between the draft and publishing, in the kind's words. */
  problems: PublishProblem[];
  /** DRAFT, LIVE (must stay complete) or KEPT (saved as it is, e.g. archived). */
  mode: 'DRAFT' | 'LIVE' | 'KEPT';
  /** The kind's own sections before the technology one. */
  intro: ReactNode;
  /** The kind's readiness fields (TRL), at the end of the technology section. */
  readiness: ReactNode;
  /** The kind's own sections after the technology one, before the audience. */
  children?: ReactNode;
}

/**
 * The form every listing kind is edited with: the API's refusals, the kind's own sections,
 * technology areas and sectors, who sees it (visibility and invited organizations), and
 * what publishing still asks for with the save/publish buttons.
 */
export function ListingForm<
  TInput extends FieldValues & ListingFormInput,
  TValues extends FieldValues,
>({
  listing,
  labels,
  checklistId,
  problems,
  mode,
  intro,
  readiness,
  children,
}: ListingFormShellProps<TInput, TValues>) {
  const { form, fieldError, intent } = listing;
  const { t } = useTranslation(listing.namespace);
  // TInput has these fields (ListingFormInput); TypeScript cannot see it through a generic's paths.
  const technologyAreas = 'technologyAreas' as FieldPathByValue<TInput, Codes>;
  const sectors = 'sectors' as FieldPathByValue<TInput, Codes>;
  return (
    <form onSubmit={listing.submit} noValidate aria-label={t('form.label')}>
      <Stack maw={820}>
        <ErrorAlert problems={listing.refusals} />
        {intro}
        <Fieldset legend={t('form.sections.technology')}>
          <Stack>
            <TechnologiesField
              control={form.control}
              name={technologyAreas}
              label={labels.technologyAreas}
              error={fieldError(technologyAreas)}
            />
            <SectorsField
              control={form.control}
              name={sectors}
              label={labels.sectors}
              error={fieldError(sectors)}
            />
            {readiness}
          </Stack>
        </Fieldset>
        {children}
        <Fieldset legend={t('form.sections.audience')}>
          <AudienceFields
            form={form}
            fieldError={fieldError}
            ownerId={listing.organizationId}
            invited={listing.invited}
            editable={listing.canChangeAudience}
          />
        </Fieldset>
        <PublishFormActions
          checklistId={checklistId}
          problems={problems}
          labels={labels}
          mode={mode}
          canPublish={listing.canPublish}
          submitting={form.formState.isSubmitting}
          onIntent={(next) => (intent.current = next)}
        />
      </Stack>
    </form>
  );
}
