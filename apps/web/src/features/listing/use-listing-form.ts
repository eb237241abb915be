import type { Visibility } from '@spillover/domain';
import { useMemo, useRef } from 'react';
import type { DefaultValues, FieldValues, Path } from 'react-hook-form';
import type { z } from 'zod';
import type { SaveIntent } from '../../app/forms/PublishFormActions';
import { usePublishProblems } from '../../app/forms/publish-problems';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';

/** Saves valid values, and publishes them when asked; `changed` names the changed fields. */
export type ListingSubmit<TValues> = (
  values: TValues,
  intent: SaveIntent,
  changed: Set<string>,
) => Promise<void>;

/** What a need's and a capability's form are given alike. */
export interface ListingFormProps<TInput extends FieldValues, TValues> {
  initialValues?: DefaultValues<TInput>;
  /** The owner, never offered as an invitee. */
  organizationId: string | null;
  /** Organizations invited already, so that their names show. */
  invited?: readonly { id: string; name: string }[];
  /** Whether the viewer may publish (an ORG_ADMIN of the owner). */
  canPublish: boolean;
  /** Whether the viewer may change who sees it (the API's `viewerCanChangeAudience`). */
  canChangeAudience?: boolean;
  /** Throw the API error to have it shown on the right field. */
  onSubmit: ListingSubmit<TValues>;
}

/** How one kind's form is built: its schema, its empty draft, its words and its fields. */
export interface ListingFormKind<TInput extends FieldValues, TValues extends FieldValues> {
  /** The kind's draft schema for an owner (it refuses the owner among the invitees, live). */
  schemaOf: (organizationId: string | null) => z.ZodType<TValues, TInput>;
  /** A new listing as the form starts it. */
  empty: DefaultValues<TInput>;
  /** The kind's i18n namespace, for its field errors and publish problems. */
  namespace: string;
  /** The fields the API may name in a refusal. */
  fields: readonly string[];
}

/**
 * The plumbing every listing form shares: the domain-validated form for the owner's schema,
 * field errors and publish problems in the kind's words, which button was pressed, and the
 * API's refusals on the right field. `kind` is a module constant.
 */
export function useListingForm<TInput extends FieldValues, TValues extends FieldValues>(
  props: NoInfer<ListingFormProps<TInput, TValues>>,
  kind: ListingFormKind<TInput, TValues>,
) {
  const { organizationId, onSubmit } = props;
  const schema = useMemo(() => kind.schemaOf(organizationId), [kind, organizationId]);
  const form = useDomainForm(schema, props.initialValues ?? kind.empty);
  const fieldError = useFieldError(form, kind.namespace);
  const translateProblems = usePublishProblems(kind.namespace);
  const intent = useRef<SaveIntent>('save');
  const { problems: refusals, onSubmit: submit } = useApiSubmit(
    form,
    kind.fields as readonly Path<TInput>[],
    (valid) => onSubmit(valid, intent.current, new Set(Object.keys(form.formState.dirtyFields))),
  );
  return {
    form,
    schema,
    fieldError,
    translateProblems,
    intent,
    refusals,
    submit,
    namespace: kind.namespace,
    organizationId,
    invited: props.invited ?? [],
    canPublish: props.canPublish,
    canChangeAudience: props.canChangeAudience ?? true,
  };
}

/** The form and its plumbing, as the listing form shell reads them. */
export type ListingFormState<
  TInput extends FieldValues & ListingFormInput,
  TValues extends FieldValues,
> = ReturnType<typeof useListingForm<TInput, TValues>>;

/** The fields every listing kind's draft has: its audience and its technology. */
export interface ListingFormInput {
  visibility?: Visibility | null | undefined;
  invitedOrganizationIds?: string[] | null | undefined;
  technologyAreas?: string[] | null | undefined;
  sectors?: string[] | null | undefined;
}
