import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format';
import { Fact } from '../../app/layout/Fact';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useViewer } from '../../app/viewer';
import { OrganizationDocument } from '../../generated/graphql';
import { OrganizationCapabilitiesSection } from '../capability/OrganizationCapabilitiesSection';
import { OrganizationCollaborationsSection } from '../collaboration/OrganizationCollaborationsSection';
import { useClusterName } from '../cluster/cluster-name';
import { NeedsYouCouldAnswer } from '../match/NeedsYouCouldAnswer';
import { OrganizationNeedsSection } from '../need/OrganizationNeedsSection';
import { MembersPanel } from './MembersPanel';
import { OrganizationFacts } from './OrganizationFacts';

/** The sections of a profile, each reachable by ?tab= so that a link can open it. */
const TABS = [
  'profile',
  'needs',
  'capabilities',
  'collaborations',
  'answerable',
  'members',
] as const;

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('organization');
  const clusterName = useClusterName();
  const format = useFormat();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(OrganizationDocument, { variables: { id } });
  const organization = data?.organization;
  const requested = params.get('tab');
  const tab = TABS.find((name) => name === requested) ?? 'profile';
  const isMember = Boolean(organization?.viewerRole);

  return (
    <Page
      title={organization?.name ?? t('profile.titleGeneric')}
      actions={
        organization?.viewerRole ? (
          <Group gap="xs">
            <Button component={Link} to={`/bookmarks?organization=${id}`} variant="default">
              {t('match:bookmarks.link')}
            </Button>
            {organization.viewerRole === 'ORG_ADMIN' ? (
              <>
                <Button component={Link} to={`/organizations/${id}/import`} variant="default">
                  {t('import:title')}
                </Button>
                <Button component={Link} to={`/organizations/${id}/edit`} variant="default">
                  {t('profile.edit')}
                </Button>
              </>
            ) : null}
          </Group>
        ) : null
      }
    >
      <QueryState loading={loading} error={error}>
        {organization ? (
          <Tabs
            value={tab}
            onChange={(value) =>
              setParams(value && value !== 'profile' ? { tab: value } : {}, { replace: true })
            }
          >
            <Tabs.List aria-label={t('profile.sections')}>
              <Tabs.Tab value="profile">{t('profile.tab')}</Tabs.Tab>
              <Tabs.Tab value="needs">{t('need:list.title')}</Tabs.Tab>
              <Tabs.Tab value="capabilities">{t('capability:list.title')}</Tabs.Tab>
              <Tabs.Tab value="collaborations">{t('collaboration:list.title')}</Tabs.Tab>
              {organization.viewerRole ? (
                <>
                  <Tabs.Tab value="answerable">{t('match:sections.answerable')}</Tabs.Tab>
                  <Tabs.Tab value="members">{t('members.tab')}</Tabs.Tab>
                </>
              ) : null}
            </Tabs.List>
            <Tabs.Panel value="profile" pt="md">
              <Stack>
                <OrganizationFacts organization={organization} />
                {organization.description ? (
                  <Text style={{ whiteSpace: 'pre-line' }}>{organization.description}</Text>
                ) : null}
                <Text size="sm" c="dimmed">
                  {t('profile.since', { date: format.date(organization.createdAt) })}
                </Text>
                <Title order={2} size="h3">
                  {t('profile.clusters')}
                </Title>
                {organization.clusterMemberships.length === 0 ? (
                  <Text c="dimmed">{t('profile.noClusters')}</Text>
                ) : (
                  <List>
                    {organization.clusterMemberships.map((membership) => (
                      <List.Item key={membership.id}>
                        <Group gap="xs">
                          <Anchor component={Link} to={`/clusters/${membership.cluster.id}`}>
                            {clusterName(membership.cluster)}
                          </Anchor>
                          {membership.status !== 'ACTIVE' ? (
                            <Badge size="sm" variant="light" color="gray">
                              {t(`cluster:membershipStatus.${membership.status}`)}
                            </Badge>
                          ) : null}
                        </Group>
                        {/* Why it was rejected or removed: the API shows it to those concerned only. */}
                        {membership.reason ? (
                          <Fact label={t('cluster:own.reason')}>{membership.reason}</Fact>
                        ) : null}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="needs" pt="md">
              <OrganizationNeedsSection organizationId={organization.id} isMember={isMember} />
            </Tabs.Panel>
            <Tabs.Panel value="capabilities" pt="md">
              <OrganizationCapabilitiesSection
                organizationId={organization.id}
                isMember={isMember}
              />
            </Tabs.Panel>
            <Tabs.Panel value="collaborations" pt="md">
              {tab === 'collaborations' ? (
                <OrganizationCollaborationsSection organizationId={organization.id} />
              ) : null}
            </Tabs.Panel>
            {organization.viewerRole ? (
              <Tabs.Panel value="answerable" pt="md">
                {/* Ranked on every read: asked for only when the tab is open. */}
                {tab === 'answerable' ? (
                  <NeedsYouCouldAnswer organizationId={organization.id} />
                ) : null}
              </Tabs.Panel>
            ) : null}
            {organization.viewerRole ? (
              <Tabs.Panel value="members" pt="md">
                <MembersPanel organization={organization} viewerUserId={viewer?.user.id} />
              </Tabs.Panel>
            ) : null}
          </Tabs>
        ) : null}
      </QueryState>
    </Page>
  );
}
