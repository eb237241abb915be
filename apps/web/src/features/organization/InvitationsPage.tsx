import { EmailVerificationNotice } from '../account/EmailVerificationNotice';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { useRowAction } from '../../app/lists/use-row-action';
import { useViewer } from '../../app/viewer';
import {
  AcceptInvitationDocument,
  DeclineInvitationDocument,
  ViewerDocument,
} from '../../generated/graphql';

/** Invitations addressed to the signed-in user: accept to become a member, or decline. */
export function InvitationsPage() {
  const { t } = useTranslation('organization');
  const format = useFormat();
  const { viewer } = useViewer();
  const [accept] = useMutation(AcceptInvitationDocument, {
    refetchQueries: [ViewerDocument],
    awaitRefetchQueries: true,
  });
  const [decline] = useMutation(DeclineInvitationDocument, {
    refetchQueries: [ViewerDocument],
    awaitRefetchQueries: true,
  });
  const { run, error, busyId } = useRowAction();
  const invitations =
    viewer?.pendingInvitations.filter((invitation) => invitation.status === 'PENDING') ?? [];

  const answer = (id: string, name: string, yes: boolean) =>
    run(async () => {
      if (yes) await accept({ variables: { id } });
      else await decline({ variables: { id } });
      notifications.show({
        color: 'teal',
        message: t(yes ? 'invitations.accepted' : 'invitations.declined', { name }),
      });
    }, id);

  return (
    <Page title={t('invitations.title')}>
      <EmailVerificationNotice showConfirmed />
      <ErrorAlert error={error} />
      {invitations.length === 0 ? <Text c="dimmed">{t('invitations.none')}</Text> : null}
      <Stack component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {invitations.map((invitation) => (
          <Card key={invitation.id} withBorder component="li">
            <Text fw={600}>{invitation.organization.name}</Text>
            <Text size="sm">
              {t('invitations.detail', {
                role: t(`roles.${invitation.role}`),
                by: invitation.invitedBy?.displayName ?? t('invitations.someone'),
                date: format.date(invitation.expiresAt),
              })}
            </Text>
            <Group mt="sm">
              <Button
                loading={busyId === invitation.id}
                onClick={() => void answer(invitation.id, invitation.organization.name, true)}
                aria-label={t('invitations.acceptNamed', { name: invitation.organization.name })}
              >
                {t('invitations.accept')}
              </Button>
              <Button
                variant="default"
                disabled={busyId === invitation.id}
                onClick={() => void answer(invitation.id, invitation.organization.name, false)}
                aria-label={t('invitations.declineNamed', { name: invitation.organization.name })}
              >
                {t('invitations.decline')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}
