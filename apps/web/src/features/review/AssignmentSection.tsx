import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  ReassignReviewDocument,
  RemindReviewersDocument,
  ReopenReviewDocument,
  RunReviewAssignmentDocument,
  StartCallEvaluationDocument,
  type CallReviewPanelQuery,
  type CallStatus,
  type PoolMemberFragment,
  type RunReviewAssignmentMutation,
} from '../../generated/graphql';

interface Props {
  callId: string;
  status: CallStatus;
  pool: readonly PoolMemberFragment[];
  progress: CallReviewPanelQuery['reviewProgress'];
  onChange: () => void;
}

/** Starting the evaluation, the optimal assignment, progress tables, reassignment, reopening and reminders. */
export function AssignmentSection({ callId, status, pool, progress, onChange }: Props) {
  const { t } = useTranslation('review');
  const format = useFormat();
  const [start] = useMutation(StartCallEvaluationDocument);
  const [runAssignment] = useMutation(RunReviewAssignmentDocument);
  const [remind] = useMutation(RemindReviewersDocument);
  const [reopen] = useMutation(ReopenReviewDocument);
  const action = useRowAction();
  const [result, setResult] = useState<RunReviewAssignmentMutation['runReviewAssignment'] | null>(
    null,
  );
  const [reminded, setReminded] = useState<number | null>(null);
  const names = new Map(pool.map((m) => [m.id, m.displayName ?? m.email]));
  const affinity = (value: number) => format.number(Math.round(value * 100) / 100);
  const assignable = status === 'CLOSED' || status === 'IN_EVALUATION';
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('panel.assignment')}
      </Title>
      <ErrorAlert error={action.error} />
      <Group>
        {status === 'CLOSED' ? (
          <ConfirmButton
            label={t('panel.startEvaluation')}
            size="sm"
            color="blue"
            message={t('panel.startConfirm')}
            onConfirm={() =>
              action.run(async () => {
                await start({ variables: { callId } });
                onChange();
              })
            }
          />
        ) : null}
        {assignable ? (
          <ConfirmButton
            label={t('panel.run')}
            size="sm"
            color="blue"
            variant="filled"
            message={t('panel.runConfirm')}
            onConfirm={() =>
              action.run(async () => {
                const { data } = await runAssignment({ variables: { callId } });
                setResult(data?.runReviewAssignment ?? null);
                onChange();
              })
            }
          />
        ) : null}
        {status === 'IN_EVALUATION' ? (
          <Button
            size="sm"
            variant="default"
            onClick={() =>
              void action.run(async () => {
                const { data } = await remind({ variables: { callId } });
                setReminded(data?.remindReviewers ?? 0);
              })
            }
          >
            {t('panel.remind')}
          </Button>
        ) : null}
      </Group>
      {reminded !== null ? (
        <Text size="sm" role="status">
          {t('panel.reminded', { count: reminded })}
        </Text>
      ) : null}
      {result?.feasible ? (
        <Alert color="green" role="status">
          {t('panel.ran', { count: result.assigned, total: affinity(result.totalAffinity) })}
        </Alert>
      ) : null}
      {result && !result.feasible ? (
        <Alert color="orange" role="alert" title={t('panel.infeasible')}>
          <List size="sm">
            {result.shortfalls.map((s) => (
              <List.Item key={s.applicationId}>
                {t('panel.shortfall', {
                  title: s.applicationTitle,
                  filled: s.filled,
                  seats: s.seats,
                  conflictFree: s.conflictFree,
                  reason: t(`reasons.${s.reason}`),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Text size="sm">{t('panel.totalAffinity', { total: affinity(progress.totalAffinity) })}</Text>

      <Title order={4} size="h5">
        {t('panel.perApplication')}
      </Title>
      <DataTable
        columns={[
          t('mine.application'),
          t('panel.needed'),
          t('panel.assigned'),
          t('panel.submittedCount'),
          t('panel.conflictsDeclared'),
        ]}
      >
        {progress.applications.map((a) => (
          <Table.Tr key={a.applicationId}>
            <Table.Td>{a.title}</Table.Td>
            <Table.Td>{a.needed}</Table.Td>
            <Table.Td>{a.assigned}</Table.Td>
            <Table.Td>{a.submitted}</Table.Td>
            <Table.Td>{a.conflicts}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>

      <Title order={4} size="h5">
        {t('panel.perReviewer')}
      </Title>
      <DataTable
        columns={[
          t('panel.name'),
          t('panel.assigned'),
          t('panel.awaiting'),
          t('panel.drafts'),
          t('panel.submittedCount'),
          t('panel.conflictsDeclared'),
        ]}
      >
        {progress.reviewers.map((r) => (
          <Table.Tr key={r.reviewer.id}>
            <Table.Td>{names.get(r.reviewer.id) ?? ''}</Table.Td>
            <Table.Td>{r.assigned}</Table.Td>
            <Table.Td>{r.awaitingDeclaration}</Table.Td>
            <Table.Td>{r.drafts}</Table.Td>
            <Table.Td>{r.submitted}</Table.Td>
            <Table.Td>{r.conflicts}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>

      <Title order={4} size="h5">
        {t('panel.assignments')}
      </Title>
      <DataTable
        columns={[
          t('mine.application'),
          t('panel.name'),
          t('panel.affinity'),
          t('mine.status'),
          t('mine.review'),
        ]}
        actionsLabel={t('panel.reassign')}
      >
        {progress.assignments.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.application.title}</Table.Td>
            <Table.Td>{names.get(a.reviewerId) ?? ''}</Table.Td>
            <Table.Td>{affinity(a.affinity)}</Table.Td>
            <Table.Td>
              <Badge variant="light">{t(`statuses.${a.status}`)}</Badge>
            </Table.Td>
            <Table.Td>{t(`reviewStatuses.${a.review?.status ?? 'NONE'}`)}</Table.Td>
            <Table.Td>
              {a.review?.status === 'SUBMITTED' && status === 'IN_EVALUATION' ? (
                <ConfirmButton
                  label={t('panel.reopen')}
                  accessibleLabel={`${t('panel.reopen')}: ${a.application.title}, ${names.get(a.reviewerId) ?? ''}`}
                  message={t('panel.reopenConfirm')}
                  reason={{ label: t('panel.reopenReason'), validate: () => null }}
                  onConfirm={(reason) =>
                    action.run(async () => {
                      await reopen({ variables: { assignmentId: a.id, reason } });
                      onChange();
                    }, a.id)
                  }
                />
              ) : a.status !== 'CONFLICT_DECLARED' &&
                a.review?.status !== 'SUBMITTED' &&
                assignable ? (
                <Reassign
                  assignmentId={a.id}
                  title={a.application.title}
                  pool={pool.filter((m) => m.status === 'ACTIVE' && m.id !== a.reviewerId)}
                  run={action.run}
                  onChange={onChange}
                />
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}

function Reassign({
  assignmentId,
  title,
  pool,
  run,
  onChange,
}: {
  assignmentId: string;
  title: string;
  pool: readonly PoolMemberFragment[];
  run: (action: () => Promise<unknown>, rowId?: string | null) => Promise<void>;
  onChange: () => void;
}) {
  const { t } = useTranslation('review');
  const [reassign] = useMutation(ReassignReviewDocument);
  const [reviewerId, setReviewerId] = useState(pool[0]?.id ?? '');
  if (pool.length === 0) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <NativeSelect
        aria-label={t('panel.reassignTo', { title })}
        size="xs"
        value={reviewerId}
        data={pool.map((m) => ({ value: m.id, label: m.displayName ?? m.email }))}
        onChange={(event) => setReviewerId(event.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="light"
        onClick={() =>
          void run(async () => {
            await reassign({ variables: { assignmentId, reviewerId } });
            onChange();
          }, assignmentId)
        }
      >
        {t('panel.reassign')}
      </Button>
    </Group>
  );
}
