import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  AcceptReviewerInvitationDocument,
  DeclineReviewerInvitationDocument,
  MyReviewsDocument,
} from '../../generated/graphql';
import { useCallTitle } from '../call/call-words';

/** A reviewer's page (내 평가): panel invitations to answer, and the applications assigned to them. */
export function MyReviewsPage() {
  const { t } = useTranslation('review');
  const callTitle = useCallTitle();
  const { data, loading, error, refetch } = useQuery(MyReviewsDocument);
  const [accept] = useMutation(AcceptReviewerInvitationDocument);
  const [decline] = useMutation(DeclineReviewerInvitationDocument);
  const action = useRowAction();
  const invitations = data?.reviewerInvitations ?? [];
  const assignments = data?.myReviewAssignments ?? [];
  return (
    <Page title={t('mine.title')}>
      <QueryState loading={loading && !data} error={error}>
        <Stack gap="lg">
          <section aria-labelledby="review-invitations">
            <Title order={2} size="h3" id="review-invitations" mb="xs">
              {t('mine.invitations')}
            </Title>
            <ErrorAlert error={action.error} />
            {invitations.length === 0 ? (
              <Text size="sm">{t('mine.noInvitations')}</Text>
            ) : (
              <Stack gap="sm">
                {invitations.map((invitation) => (
                  <Card
                    key={invitation.id}
                    withBorder
                    component="article"
                    aria-label={invitation.call ? callTitle(invitation.call) : invitation.email}
                  >
                    <Group justify="space-between">
                      <div>
                        <Text fw={600}>{invitation.call ? callTitle(invitation.call) : ''}</Text>
                        <Text size="sm" c="dimmed">
                          {t('mine.invitedAs', { email: invitation.email })}
                        </Text>
                      </div>
                      <Group gap="xs">
                        <Button
                          size="xs"
                          loading={action.busyId === invitation.id}
                          onClick={() =>
                            void action.run(async () => {
                              await accept({ variables: { id: invitation.id } });
                              await refetch();
                            }, invitation.id)
                          }
                        >
                          {t('mine.accept')}
                        </Button>
                        <ConfirmButton
                          label={t('mine.decline')}
                          size="xs"
                          message={t('mine.declineConfirm')}
                          onConfirm={() =>
                            action.run(async () => {
                              await decline({ variables: { id: invitation.id } });
                              await refetch();
                            }, invitation.id)
                          }
                        />
                      </Group>
                    </Group>
                  </Card>
                ))}
              </Stack>
            )}
          </section>
          <section aria-labelledby="review-assignments">
            <Title order={2} size="h3" id="review-assignments" mb="xs">
              {t('mine.assignments')}
            </Title>
            {assignments.length === 0 ? (
              <Text size="sm">{t('mine.none')}</Text>
            ) : (
              <DataTable
                columns={[
                  t('mine.application'),
                  t('mine.call'),
                  t('mine.status'),
                  t('mine.review'),
                ]}
              >
                {assignments.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/reviews/${a.id}`}>
                        {a.application.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{callTitle(a.call)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`statuses.${a.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{t(`reviewStatuses.${a.review?.status ?? 'NONE'}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            )}
          </section>
        </Stack>
      </QueryState>
    </Page>
  );
}
