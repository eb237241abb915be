import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { MatchProgressDocument, RematchEverythingDocument } from '../../generated/graphql';

/** Re-matching every listing, and how many still wait for the match-refresh job. */
export function RematchPanel() {
  const { t } = useTranslation('import');
  const [requested, setRequested] = useState<number | null>(null);
  const { data } = useQuery(MatchProgressDocument, { pollInterval: requested === null ? 0 : 2000 });
  const [rematch, { loading, error }] = useMutation(RematchEverythingDocument);
  const progress = data?.matchProgress;
  const done =
    progress && progress.total
      ? Math.round(((progress.total - progress.pending) / progress.total) * 100)
      : 0;
  // A full re-match runs as one pass over every need (a sweep): its listings wait until it
  // has stored every pair, so how far the pass got is its own progress.
  const sweep = progress?.sweep && progress.sweep.phase !== 'DONE' ? progress.sweep : null;
  const sweepText = sweep
    ? t(
        sweep.phase === 'FINDING'
          ? 'rematch.sweep'
          : sweep.phase === 'STORING'
            ? 'rematch.sweepStoring'
            : 'rematch.sweepFailed',
        sweep,
      )
    : '';
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('rematch.title')}
      </Title>
      <Text>{t('rematch.intro')}</Text>
      <ErrorAlert error={error} />
      <Button
        w="fit-content"
        loading={loading}
        onClick={() =>
          void rematch().then((result) => setRequested(result.data?.rematchEverything ?? 0))
        }
      >
        {t('rematch.start')}
      </Button>
      {requested !== null ? (
        <Alert role="status" color="blue">
          {t('rematch.requested', { count: requested })}
        </Alert>
      ) : null}
      {progress ? (
        <Stack gap={4}>
          <Text size="sm">{t('rematch.progress', progress)}</Text>
          <Progress value={done} aria-label={t('rematch.progress', progress)} />
        </Stack>
      ) : null}
      {sweep ? (
        <Stack gap={4}>
          <Text size="sm">{sweepText}</Text>
          {sweep.phase === 'FINDING' ? (
            <Progress
              value={sweep.needsTotal ? Math.round((sweep.needsDone / sweep.needsTotal) * 100) : 0}
              aria-label={sweepText}
            />
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
