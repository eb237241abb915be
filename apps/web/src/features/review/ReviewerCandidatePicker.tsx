import { useLazyQuery } from '@apollo/client/react';
import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { reviewerCandidateSearchSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { translateIssue } from '../../app/errors/translate';
import { ReviewerCandidatesDocument, type ReviewerCandidatesQuery } from '../../generated/graphql';

export type ReviewerCandidate = ReviewerCandidatesQuery['reviewerCandidates'][number];

interface Props {
  callId: string;
  selected: string | null;
  onSelect: (candidate: ReviewerCandidate) => void;
  error?: string;
}

/**
 * Finds users of the platform for the pool: by part of a name or an organization's name,
 * or a whole e-mail address. The API never returns addresses; people already in the pool
 * are shown but cannot be chosen again.
 */
export function ReviewerCandidatePicker({ callId, selected, onSelect, error }: Props) {
  const { t } = useTranslation('review');
  const [search, setSearch] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [find, { data, loading }] = useLazyQuery(ReviewerCandidatesDocument, {
    fetchPolicy: 'network-only',
  });
  const run = async () => {
    setFailure(null);
    // The same rule as the API's, so a too-short search is told here, in the user's language.
    const checked = reviewerCandidateSearchSchema.safeParse({ search });
    if (!checked.success) {
      const [issue] = checked.error.issues;
      setProblem(
        translateIssue(
          t,
          'search',
          { type: issue?.code, message: issue?.message },
          search,
          'review',
        ),
      );
      return;
    }
    setProblem(undefined);
    try {
      await find({ variables: { callId, search } });
    } catch (caught) {
      setFailure(caught);
    }
  };
  const candidates = data?.reviewerCandidates ?? null;
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput
          label={t('pool.search')}
          description={t('pool.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches; it must not submit the add form around the picker.
            if (event.key === 'Enter') {
              event.preventDefault();
              void run();
            }
          }}
          error={problem}
          style={{ flex: 1 }}
        />
        <Button type="button" variant="default" loading={loading} onClick={() => void run()}>
          {t('pool.searchButton')}
        </Button>
      </Group>
      <ErrorAlert error={failure} />
      {candidates && candidates.length === 0 ? (
        <Text size="sm" role="status">
          {t('pool.noCandidates')}
        </Text>
      ) : null}
      {error && !candidates?.length ? (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
      {candidates && candidates.length > 0 ? (
        <Radio.Group
          label={t('pool.candidates')}
          value={selected}
          onChange={(userId) => {
            const candidate = candidates.find((c) => c.userId === userId);
            if (candidate) onSelect(candidate);
          }}
          error={error}
        >
          <Stack gap={6} mt={4}>
            {candidates.map((c) => (
              <Radio
                key={c.userId}
                value={c.userId}
                disabled={c.inPool}
                label={c.displayName}
                description={[
                  c.organizationNames.join(', ') || t('pool.noOrganization'),
                  c.inPool
                    ? t('pool.inPool')
                    : t('pool.candidateFit', { percent: Math.round(c.affinity * 100) }),
                ].join(' · ')}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
    </Stack>
  );
}
