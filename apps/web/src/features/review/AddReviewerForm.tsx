import { useMutation } from '@apollo/client/react';
import { Button, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { addReviewerSchema } from '@spillover/domain';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { AddCallReviewerDocument } from '../../generated/graphql';
import { ExpertiseFields, NO_EXPERTISE, type ExpertiseValue } from './ExpertiseFields';
import { MaxLoadInput } from './MaxLoadInput';
import { ReviewerCandidatePicker, type ReviewerCandidate } from './ReviewerCandidatePicker';

type Mode = 'USER' | 'EMAIL';

const DEFAULTS = { userId: null, email: null, expertise: NO_EXPERTISE, maxLoad: 3 };

const FIELDS = [
  'userId',
  'email',
  'maxLoad',
  'expertise.technologyCodes',
  'expertise.sectors',
  'expertise.text',
] as const;

/** Whatever the form holds for the expertise, as the fields show it. */
const expertiseOf = (value: Partial<ExpertiseValue> | null | undefined): ExpertiseValue => ({
  technologyCodes: value?.technologyCodes ?? [],
  sectors: value?.sectors ?? [],
  text: value?.text ?? '',
});

/**
 * Adds a pool member (평가위원): a user of the platform, found with the picker, who sits on
 * the panel at once; or an expert invited by e-mail. Both with expertise and their own load.
 * Validated live by the domain's addReviewerSchema, as the API validates it.
 */
export function AddReviewerForm({ callId, onAdded }: { callId: string; onAdded: () => void }) {
  const { t } = useTranslation('review');
  const [mode, setMode] = useState<Mode>('USER');
  const [picked, setPicked] = useState<ReviewerCandidate | null>(null);
  const [suggested, setSuggested] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // A new picker after each addition: its results would still offer the one just added.
  const [round, setRound] = useState(0);
  const [add] = useMutation(AddCallReviewerDocument);
  const form = useDomainForm(addReviewerSchema, DEFAULTS);
  const fieldError = useFieldError(form, 'review');
  const { problems, onSubmit } = useApiSubmit(form, FIELDS, async (values) => {
    await add({
      variables: {
        callId,
        input: {
          userId: values.userId ?? null,
          email: values.email ?? null,
          maxLoad: values.maxLoad,
          expertise: values.expertise,
        },
      },
    });
    setDone(
      values.userId
        ? t('pool.added', { name: picked?.displayName ?? '' })
        : t('pool.invited', { email: values.email ?? '' }),
    );
    form.reset(DEFAULTS);
    setPicked(null);
    setSuggested(false);
    setRound((n) => n + 1);
    onAdded();
  });
  const choose = (next: Mode) => {
    setMode(next);
    setDone(null);
    setPicked(null);
    form.setValue('userId', null);
    form.setValue('email', null);
    form.clearErrors();
  };
  const pick = (candidate: ReviewerCandidate) => {
    setPicked(candidate);
    setDone(null);
    form.setValue('userId', candidate.userId, { shouldValidate: form.formState.isSubmitted });
    // Start from what their organizations work on, when nothing was chosen yet.
    const expertise = expertiseOf(form.getValues('expertise'));
    if (expertise.technologyCodes.length === 0 && candidate.technologyAreas.length > 0) {
      form.setValue('expertise', {
        ...expertise,
        technologyCodes: candidate.technologyAreas.slice(0, 30),
      });
      setSuggested(true);
    }
  };
  // With neither a user nor an address the schema names `email`; in the user mode that
  // means no user was chosen.
  const noUser = mode === 'USER' && form.formState.errors.email ? t('pool.chooseUser') : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="review-add-reviewer">
      <Stack gap="sm">
        <Title order={4} size="h5" id="review-add-reviewer">
          {t('pool.addTitle')}
        </Title>
        <ErrorAlert problems={problems} />
        {done ? (
          <Text size="sm" role="status" c="teal.8">
            {done}
          </Text>
        ) : null}
        <Radio.Group
          label={t('pool.how')}
          value={mode}
          onChange={(value) => choose(value === 'EMAIL' ? 'EMAIL' : 'USER')}
        >
          <Group mt={4}>
            <Radio value="USER" label={t('pool.platformUser')} />
            <Radio value="EMAIL" label={t('pool.byEmail')} />
          </Group>
        </Radio.Group>
        {mode === 'USER' ? (
          <>
            <Text size="xs" c="dimmed">
              {t('pool.platformUserHelp')}
            </Text>
            <ReviewerCandidatePicker
              key={round}
              callId={callId}
              selected={picked?.userId ?? null}
              onSelect={pick}
              error={noUser ?? fieldError('userId')}
            />
          </>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('panel.inviteHelp')}
            </Text>
            <Controller
              control={form.control}
              name="email"
              render={({ field }) => (
                <TextInput
                  type="email"
                  required
                  label={t('panel.inviteEmail')}
                  value={field.value ?? ''}
                  onChange={(event) => field.onChange(event.currentTarget.value || null)}
                  onBlur={field.onBlur}
                  error={fieldError('email')}
                  maw={420}
                />
              )}
            />
          </>
        )}
        <Controller
          control={form.control}
          name="expertise"
          render={({ field }) => (
            <ExpertiseFields
              value={expertiseOf(field.value)}
              onChange={(value) => {
                setSuggested(false);
                field.onChange(value);
              }}
              onBlur={field.onBlur}
              errors={{
                technologyCodes: fieldError('expertise.technologyCodes'),
                sectors: fieldError('expertise.sectors'),
                text: fieldError('expertise.text'),
              }}
            />
          )}
        />
        {suggested ? (
          <Text size="xs" c="dimmed">
            {t('pool.suggested')}
          </Text>
        ) : null}
        <Controller
          control={form.control}
          name="maxLoad"
          render={({ field }) => (
            <MaxLoadInput
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError('maxLoad')}
            />
          )}
        />
        <Group>
          <Button type="submit" size="sm" loading={form.formState.isSubmitting}>
            {mode === 'USER' ? t('pool.addUser') : t('panel.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
