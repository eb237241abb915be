import { get, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateIssue, type IssueLike } from '../errors/translate';

interface FormLike<T extends FieldValues> {
  formState: { errors: FieldErrors<T> };
  getValues: (name: Path<T>) => unknown;
}

/**
 * `error` prop for a form field: the domain's message for that field (from the shared
 * schema or from the server), translated into the UI language where a translation exists,
 * looking first in the catalog of the form's feature (`namespace`).
 */
export function useFieldError<T extends FieldValues>(form: FormLike<T>, namespace?: string) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (name: Path<T>): string | undefined =>
    translateIssue(
      t,
      name,
      get(errors, name) as IssueLike | undefined,
      form.getValues(name),
      namespace,
    );
}

/** Only same-site paths are followed after sign-in, never another origin. */
export const safeNextPath = (value: string | null): string =>
  value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
