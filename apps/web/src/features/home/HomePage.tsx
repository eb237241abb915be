import { Anchor, Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailVerificationNotice } from '../account/EmailVerificationNotice';
import { Page } from '../../app/layout/Page';
import { useViewer } from '../../app/viewer';
import { useClusterName } from '../cluster/cluster-name';
import { HomeSummarySection } from './HomeSummarySection';
import { LinkListCard } from './LinkListCard';

export function HomePage() {
  const { t } = useTranslation('home');
  const { viewer, isAdmin } = useViewer();
  const clusterName = useClusterName();

  if (!viewer)
    return (
      <Page title={t('title')}>
        <Text size="lg" maw={720}>
          {t('pitch')}
        </Text>
        <Group>
          <Button component={Link} to="/sign-up">
            {t('signUp')}
          </Button>
          <Button component={Link} to="/sign-in" variant="default">
            {t('signIn')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['firms', 'research', 'managers'] as const).map((who) => (
            <Card key={who} withBorder>
              <Title order={2} size="h4">
                {t(`who.${who}.title`)}
              </Title>
              <Text size="sm" mt="xs">
                {t(`who.${who}.body`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
        <Group>
          <Anchor component={Link} to="/organizations">
            {t('browseOrganizations')}
          </Anchor>
          <Anchor component={Link} to="/clusters">
            {t('browseClusters')}
          </Anchor>
        </Group>
      </Page>
    );

  const invitations = viewer.pendingInvitations.filter(
    (invitation) => invitation.status === 'PENDING',
  );
  return (
    <Page title={t('welcome', { name: viewer.user.displayName })}>
      <EmailVerificationNotice />
      <HomeSummarySection viewer={viewer} isAdmin={isAdmin} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LinkListCard
          title={t('yourOrganizations')}
          empty={t('noOrganizations')}
          links={viewer.memberships.map((membership) => ({
            id: membership.id,
            to: `/organizations/${membership.organization.id}`,
            label: membership.organization.name,
          }))}
        >
          <Group>
            <Button component={Link} to="/organizations/new" size="xs" variant="light">
              {t('createOrganization')}
            </Button>
            {invitations.length > 0 ? (
              <Anchor component={Link} to="/invitations" size="sm">
                {t('pendingInvitations', { count: invitations.length })}
              </Anchor>
            ) : null}
          </Group>
        </LinkListCard>
        {viewer.memberships.length > 0 ? (
          <LinkListCard
            title={t('listings.title')}
            empty=""
            links={viewer.memberships.flatMap(({ organization }) => [
              {
                id: `${organization.id}-needs`,
                to: `/organizations/${organization.id}?tab=needs`,
                label: t('listings.needsOf', { name: organization.name }),
              },
              {
                id: `${organization.id}-capabilities`,
                to: `/organizations/${organization.id}?tab=capabilities`,
                label: t('listings.capabilitiesOf', { name: organization.name }),
              },
            ])}
          >
            <Group>
              <Button component={Link} to="/needs/new" size="xs" variant="light">
                {t('listings.postNeed')}
              </Button>
              <Button component={Link} to="/capabilities/new" size="xs" variant="light">
                {t('listings.addCapability')}
              </Button>
            </Group>
          </LinkListCard>
        ) : null}
        <LinkListCard
          title={t('yourClusters')}
          empty={t('noManagedClusters')}
          links={viewer.managedClusters.map((cluster) => ({
            id: cluster.id,
            to: `/clusters/${cluster.id}`,
            label: clusterName(cluster),
          }))}
        >
          <Anchor component={Link} to="/clusters" size="sm">
            {t('browseClusters')}
          </Anchor>
        </LinkListCard>
      </SimpleGrid>
      {isAdmin ? (
        <Anchor component={Link} to="/admin">
          {t('adminLink')}
        </Anchor>
      ) : null}
    </Page>
  );
}
