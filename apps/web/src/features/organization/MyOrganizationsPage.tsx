import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../app/layout/Page';
import { useViewer } from '../../app/viewer';

export function MyOrganizationsPage() {
  const { t } = useTranslation('organization');
  const { viewer } = useViewer();
  const memberships = viewer?.memberships ?? [];
  const invitations =
    viewer?.pendingInvitations.filter((invitation) => invitation.status === 'PENDING') ?? [];
  return (
    <Page
      title={t('mine.title')}
      actions={
        <Button component={Link} to="/organizations/new">
          {t('mine.create')}
        </Button>
      }
    >
      {invitations.length > 0 ? (
        <Alert color="blue" title={t('mine.invitationsTitle')}>
          <Anchor component={Link} to="/invitations">
            {t('mine.invitationsLink', { count: invitations.length })}
          </Anchor>
        </Alert>
      ) : null}
      {memberships.length === 0 ? (
        <Text c="dimmed">{t('mine.none')}</Text>
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: 3 }}
          component="ul"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {memberships.map((membership) => (
            <Card key={membership.id} withBorder component="li">
              <Anchor component={Link} to={`/organizations/${membership.organization.id}`} fw={600}>
                {membership.organization.name}
              </Anchor>
              <Group gap="xs" mt="xs">
                <Badge variant="light">{t(`kinds.${membership.organization.kind}`)}</Badge>
                <Badge variant="outline">{t(`roles.${membership.role}`)}</Badge>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}
