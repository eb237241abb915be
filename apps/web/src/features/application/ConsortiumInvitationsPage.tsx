import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { useRowAction } from '../../app/lists/use-row-action';
import { useViewer } from '../../app/viewer';
import {
  AnswerApplicationInvitationDocument,
  ApplicationInvitationsDocument,
} from '../../generated/graphql';
import { useCallTitle } from '../call/call-words';

/** Invitations to join consortia, for each organization the viewer belongs to. */
export function ConsortiumInvitationsPage() {
  const { t } = useTranslation('application');
  const { viewer } = useViewer();
  return (
    <Page title={t('invitations.title')}>
      <Stack gap="lg">
        <Text c="dimmed">{t('invitations.intro')}</Text>
        {(viewer?.memberships ?? []).map((m) => (
          <OrganizationInvitations
            key={m.organization.id}
            organizationId={m.organization.id}
            isAdmin={m.role === 'ORG_ADMIN'}
          />
        ))}
      </Stack>
    </Page>
  );
}

function OrganizationInvitations({
  organizationId,
  isAdmin,
}: {
  organizationId: string;
  isAdmin: boolean;
}) {
  const { t } = useTranslation('application');
  const format = useFormat();
  const callTitle = useCallTitle();
  const { data, refetch } = useQuery(ApplicationInvitationsDocument, {
    variables: { organizationId },
  });
  const [answer] = useMutation(AnswerApplicationInvitationDocument);
  const action = useRowAction();
  const invitations = data?.applicationInvitations ?? [];
  if (!data) return null;
  if (invitations.length === 0) return <Text size="sm">{t('invitations.empty')}</Text>;
  return (
    <Stack gap="sm">
      <ErrorAlert error={action.error} />
      {invitations.map((invitation) => {
        const run = (accept: boolean) =>
          void action.run(async () => {
            await answer({
              variables: { applicationId: invitation.applicationId, organizationId, accept },
            });
            await refetch();
          }, invitation.applicationId);
        return (
          <Card
            key={invitation.applicationId}
            withBorder
            component="article"
            aria-label={invitation.title}
          >
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={600}>{invitation.title}</Text>
                <Text size="sm">
                  {t('invitations.from', {
                    lead: invitation.leadOrganization.name,
                    organization: invitation.organization.name,
                  })}
                </Text>
                <Text size="sm">{t('invitations.call', { call: callTitle(invitation.call) })}</Text>
                <Text size="sm">
                  {t('invitations.budget', {
                    amount: format.money(
                      invitation.requestedBudget,
                      invitation.call.currency ?? 'EUR',
                    ),
                  })}
                </Text>
              </div>
              <Badge>{t(`partnerStatuses.${invitation.status}`)}</Badge>
            </Group>
            <Group mt="sm">
              {invitation.status === 'INVITED' && isAdmin ? (
                <>
                  <Button
                    size="xs"
                    onClick={() => run(true)}
                    loading={action.busyId === invitation.applicationId}
                    aria-label={`${t('invitations.accept')}: ${invitation.title}`}
                  >
                    {t('invitations.accept')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => run(false)}
                    aria-label={`${t('invitations.decline')}: ${invitation.title}`}
                  >
                    {t('invitations.decline')}
                  </Button>
                </>
              ) : null}
              {invitation.status === 'ACCEPTED' ? (
                <Anchor component={Link} to={`/applications/${invitation.applicationId}`} size="sm">
                  {t('invitations.open')}
                </Anchor>
              ) : null}
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
