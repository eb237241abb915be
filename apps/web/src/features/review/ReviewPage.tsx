import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { Fact } from '../../app/layout/Fact';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  DeclareConflictDocument,
  DeclareNoConflictDocument,
  ReviewAssignmentDocument,
  ReviewContentDocument,
  type ReviewAssignmentQuery,
} from '../../generated/graphql';
import { useCallTitle } from '../call/call-words';
import { ScoringForm } from './ScoringForm';

type Assignment = ReviewAssignmentQuery['reviewAssignment'];

/**
 * One assignment for its reviewer: first the conflict-of-interest declaration (the content
 * stays hidden until then, by the API's rule), then the content and the scoring form.
 */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('review');
  const callTitle = useCallTitle();
  const { data, loading, error, refetch } = useQuery(ReviewAssignmentDocument, {
    variables: { id },
  });
  const assignment = data?.reviewAssignment;
  return (
    <Page title={assignment ? assignment.application.title : t('mine.title')}>
      <QueryState loading={loading && !data} error={error}>
        {assignment ? (
          <Stack gap="lg">
            <Group gap="xs">
              <Badge>{t(`statuses.${assignment.status}`)}</Badge>
              <Text size="sm" c="dimmed">
                {callTitle(assignment.call)}
              </Text>
            </Group>
            {assignment.status === 'ASSIGNED' ? (
              <Declaration assignment={assignment} onDone={() => void refetch()} />
            ) : null}
            {assignment.status === 'CONFLICT_DECLARED' ? (
              <Text>{t('declare.conflictDone')}</Text>
            ) : null}
            {assignment.status === 'NO_CONFLICT_DECLARED' ? (
              <>
                <Content assignment={assignment} />
                <ScoringForm
                  assignmentId={assignment.id}
                  criteria={assignment.criteria}
                  review={assignment.review}
                  onSaved={() => void refetch()}
                />
              </>
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}

function Declaration({ assignment, onDone }: { assignment: Assignment; onDone: () => void }) {
  const { t } = useTranslation('review');
  const [declareNone] = useMutation(DeclareNoConflictDocument);
  const [declareConflict] = useMutation(DeclareConflictDocument);
  const action = useRowAction();
  const partners = assignment.application.partnerNames.length
    ? `, ${assignment.application.partnerNames.join(', ')}`
    : '';
  return (
    <Card withBorder component="section" aria-labelledby="declare-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="declare-title">
          {t('declare.title')}
        </Title>
        <Text>{t('declare.intro', { lead: assignment.application.leadName, partners })}</Text>
        <ErrorAlert error={action.error} />
        <Group>
          <ConfirmButton
            label={t('declare.none')}
            variant="filled"
            color="blue"
            size="sm"
            message={t('declare.noneConfirm')}
            onConfirm={() =>
              action.run(async () => {
                await declareNone({ variables: { assignmentId: assignment.id } });
                onDone();
              })
            }
          />
          <ConfirmButton
            label={t('declare.conflict')}
            color="red"
            size="sm"
            message={t('declare.conflictConfirm')}
            reason={{ label: t('declare.reason'), validate: () => null }}
            onConfirm={(reason) =>
              action.run(async () => {
                await declareConflict({ variables: { assignmentId: assignment.id, reason } });
                onDone();
              })
            }
          />
        </Group>
      </Stack>
    </Card>
  );
}

function Content({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('review');
  const { data, error } = useQuery(ReviewContentDocument, { variables: { id: assignment.id } });
  const content = data?.reviewAssignment.content;
  return (
    <Card withBorder component="section" aria-labelledby="content-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="content-title">
          {t('content.title')}
        </Title>
        <ErrorAlert error={error} />
        <Fact label={t('content.consortium')}>
          {t('content.lead', { name: assignment.application.leadName })}
          {assignment.application.partnerNames.length
            ? ` · ${t('content.partners', { names: assignment.application.partnerNames.join(', ') })}`
            : ''}
        </Fact>
        {content ? (
          <>
            <Fact label={t('content.abstract')}>
              <span style={{ whiteSpace: 'pre-line' }}>{content.abstract}</span>
            </Fact>
            <Fact label={t('content.workPlan')}>
              <span style={{ whiteSpace: 'pre-line' }}>{content.workPlanSummary}</span>
            </Fact>
            {content.durationMonths != null ? (
              <Fact label={t('content.duration')}>
                {t('content.months', { count: content.durationMonths })}
              </Fact>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
