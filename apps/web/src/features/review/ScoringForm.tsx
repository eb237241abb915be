import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  validateReviewScores,
  type EvaluationCriterion,
  type ReviewScore,
} from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { useRowAction } from '../../app/lists/use-row-action';
import { SaveReviewDocument, type ReviewDetailFragment } from '../../generated/graphql';

interface ScoringFormProps {
  assignmentId: string;
  criteria: readonly EvaluationCriterion[];
  review: ReviewDetailFragment | null;
  onSaved: () => void;
}

/**
 * One score and one comment per criterion, checked live by the same domain rule the API
 * runs (range, whole numbers, comments on submit). A submitted review is read-only.
 */
export function ScoringForm({ assignmentId, criteria, review, onSaved }: ScoringFormProps) {
  const { t } = useTranslation(['review', 'errors']);
  const format = useFormat();
  const [scores, setScores] = useState<ReviewScore[]>(() =>
    criteria.map((_, index) => ({
      score: review?.scores[index]?.score ?? null,
      comment: review?.scores[index]?.comment ?? '',
    })),
  );
  const [saved, setSaved] = useState(false);
  const [submitTried, setSubmitTried] = useState(false);
  const [save] = useMutation(SaveReviewDocument);
  const action = useRowAction();
  const locked = review?.status === 'SUBMITTED';
  const problems = validateReviewScores(criteria, scores, { submitting: submitTried });
  const errorOf = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`errors:${problem.key}`, problem.params ?? {}) : undefined;
  };
  const update = (index: number, patch: Partial<ReviewScore>) => {
    setSaved(false);
    setScores((current) => current.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  };
  const send = (submit: boolean) =>
    action.run(async () => {
      await save({ variables: { assignmentId, scores, submit } });
      setSaved(!submit);
      onSaved();
    });

  return (
    <Card withBorder component="section" aria-labelledby="score-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="score-title">
          {t('score.title')}
        </Title>
        {locked && review?.submittedAt ? (
          <Alert color="green">
            {t('score.submitted', { date: format.dateTime(review.submittedAt) })}
          </Alert>
        ) : null}
        {review && review.reopenedCount > 0 && !locked ? (
          <Text size="sm" c="dimmed">
            {t('score.reopened', { count: review.reopenedCount })}
          </Text>
        ) : null}
        {criteria.map((criterion, index) => (
          <fieldset key={criterion.name} style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text fw={600}>
                {t('score.criterion', { name: criterion.name, weight: criterion.weight })}
              </Text>
            </legend>
            {criterion.description ? (
              <Text size="sm" c="dimmed">
                {criterion.description}
              </Text>
            ) : null}
            <Stack gap="xs" mt="xs">
              <NumberInput
                label={t('score.score', { name: criterion.name, max: criterion.maxScore })}
                min={0}
                max={criterion.maxScore}
                // The domain rule says what is wrong; clamping would hide it.
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                disabled={locked}
                value={scores[index]?.score ?? ''}
                error={errorOf(`scores.${index}.score`)}
                onChange={(value) =>
                  update(index, { score: typeof value === 'number' ? value : null })
                }
                w={220}
              />
              <Textarea
                label={t('score.comment', { name: criterion.name })}
                autosize
                minRows={2}
                disabled={locked}
                value={scores[index]?.comment ?? ''}
                error={errorOf(`scores.${index}.comment`)}
                onChange={(event) => update(index, { comment: event.currentTarget.value })}
              />
            </Stack>
          </fieldset>
        ))}
        <ErrorAlert error={action.error} />
        {saved ? (
          <Text size="sm" role="status">
            {t('score.saved')}
          </Text>
        ) : null}
        {locked ? null : (
          <Group>
            <Button
              variant="default"
              disabled={validateReviewScores(criteria, scores, { submitting: false }).length > 0}
              onClick={() => void send(false)}
            >
              {t('score.saveDraft')}
            </Button>
            {validateReviewScores(criteria, scores, { submitting: true }).length === 0 ? (
              <ConfirmButton
                label={t('score.submit')}
                variant="filled"
                color="blue"
                message={t('score.submitConfirm')}
                onConfirm={() => send(true)}
              />
            ) : (
              <Button onClick={() => setSubmitTried(true)}>{t('score.submit')}</Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
