import { reasonSchema } from '@spillover/domain';
import type { TFunction } from 'i18next';
import { translateIssue } from '../../app/errors/translate';

/** The domain's rule for a reject/remove reason, as a validator for the reason dialog. */
export function reasonValidator(t: TFunction) {
  return (value: string): string | null => {
    const result = reasonSchema.safeParse(value);
    if (result.success) return null;
    const issue = result.error.issues[0];
    return (
      translateIssue(t, 'reason', { type: issue?.code, message: issue?.message }, value) ?? null
    );
  };
}
