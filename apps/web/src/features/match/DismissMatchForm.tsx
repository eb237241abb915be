import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import {
  MATCH_DISMISS_REASONS,
  MATCH_NOTE_MAX,
  matchDismissalSchema,
  type MatchDismissalInput,
  type MatchDismissalValues,
} from '@spillover/domain';
import { useEffect } from 'react';
import { Controller, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';

const FIELDS: readonly Path<MatchDismissalInput>[] = ['reason', 'note'];

interface DismissMatchFormProps {
  /** The matched listing's title, to name the form. */
  title: string;
  /** Dismisses with valid values; throw the API's refusal to have it shown. */
  onDismiss: (values: MatchDismissalValues) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * Why a match does not fit: one of the domain's reasons, and a note when the reason is
 * "Other". The domain's schema checks it live, as the API does again.
 */
export function DismissMatchForm({ title, onDismiss, onCancel }: DismissMatchFormProps) {
  const { t } = useTranslation('match');
  const form = useDomainForm(matchDismissalSchema, { reason: undefined, note: '' });
  const fieldError = useFieldError(form, 'match');
  const reason = form.watch('reason');
  const { problems, onSubmit } = useApiSubmit(form, FIELDS, (values) =>
    // The note is asked for with "Other" only; a note typed before choosing another reason is not sent.
    onDismiss(values.reason === 'OTHER' ? values : { ...values, note: undefined }),
  );

  // Choosing "Other" after the note was left empty says at once that a note is needed.
  const noteTouched = Boolean(form.formState.touchedFields.note);
  useEffect(() => {
    if (reason === 'OTHER' && noteTouched) void form.trigger('note');
  }, [reason, noteTouched, form]);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('dismiss.form', { title })}>
      <Stack gap="sm">
        <ErrorAlert problems={problems} />
        <Controller
          control={form.control}
          name="reason"
          render={({ field }) => (
            <Radio.Group
              label={t('dismiss.reason')}
              description={t('dismiss.reasonHint')}
              required
              value={field.value ?? null}
              onChange={(value) => field.onChange(value)}
              error={fieldError('reason')}
            >
              <Stack gap={6} mt="xs">
                {MATCH_DISMISS_REASONS.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t(`reasons.${value}`)}
                    onBlur={field.onBlur}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {reason === 'OTHER' ? (
          <Textarea
            label={t('dismiss.note')}
            description={t('dismiss.noteHint', { max: MATCH_NOTE_MAX })}
            required
            autosize
            minRows={2}
            {...form.register('note')}
            error={fieldError('note')}
          />
        ) : null}
        <Group gap="xs">
          <Button type="submit" color="red" variant="light" loading={form.formState.isSubmitting}>
            {t('dismiss.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('dismiss.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
