import { useQuery } from '@apollo/client/react';
import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/layout/QueryState';
import { CallReviewPanelDocument } from '../../generated/graphql';
import { AssignmentSection } from './AssignmentSection';
import { ConflictSection } from './ConflictSection';
import { ReviewPoolSection } from './ReviewPoolSection';

/** The call's review panel (평가위원회), for the managers of the clusters that run or fund it. */
export function CallReviewPanel({ callId }: { callId: string }) {
  const { t } = useTranslation('review');
  const { data, loading, error, refetch } = useQuery(CallReviewPanelDocument, {
    variables: { callId },
  });
  const reload = () => void refetch();
  return (
    <Card withBorder component="section" aria-labelledby="review-panel">
      <Stack gap="lg">
        <Title order={2} id="review-panel" size="h3">
          {t('panel.title')}
        </Title>
        <QueryState loading={loading && !data} error={error}>
          {data ? (
            <>
              <ReviewPoolSection callId={callId} pool={data.callReviewers} onChange={reload} />
              <ConflictSection callId={callId} settings={data.call.conflictSettings} />
              <AssignmentSection
                callId={callId}
                status={data.call.status}
                pool={data.callReviewers}
                progress={data.reviewProgress}
                onChange={reload}
              />
            </>
          ) : null}
        </QueryState>
      </Stack>
    </Card>
  );
}
