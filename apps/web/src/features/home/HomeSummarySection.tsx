import { useQuery } from '@apollo/client/react';
import { Anchor, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { QueryState } from '../../app/layout/QueryState';
import type { ViewerData } from '../../app/viewer';
import { HomeSummaryDocument } from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';
import { LinkListCard } from './LinkListCard';
import { useLastVisit } from './last-visit';

interface HomeSummarySectionProps {
  viewer: ViewerData;
  isAdmin: boolean;
}

/**
 * "What needs you now", by role: members of organizations see new matches and this week's
 * deadlines, cluster managers the applications to decide, admins the outbox and audit trail.
 */
export function HomeSummarySection({ viewer, isAdmin }: HomeSummarySectionProps) {
  const { t } = useTranslation('home');
  const format = useFormat();
  const clusterName = useClusterName();
  const since = useLastVisit(viewer.user.id);
  const { data, loading, error } = useQuery(HomeSummaryDocument, {
    variables: { since },
    fetchPolicy: 'cache-and-network',
  });
  const summary = data?.homeSummary;
  const isMember = viewer.memberships.length > 0;
  const manages = viewer.managedClusters.length > 0;

  return (
    <section aria-labelledby="home-now">
      <Title id="home-now" order={2} size="h3" mb="sm">
        {t('now.title')}
      </Title>
      <QueryState loading={loading && !data} error={error}>
        {summary ? (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {isMember ? (
              <LinkListCard
                title={t('now.newMatches', {
                  count: summary.newMatches.count,
                  date: format.date(summary.since),
                })}
                empty={t('now.noNewMatches')}
                links={summary.newMatches.top.map((match) => ({
                  id: `${match.need.id}-${match.capability.id}`,
                  to:
                    match.side === 'NEED_OWNER'
                      ? `/needs/${match.need.id}`
                      : `/capabilities/${match.capability.id}`,
                  label: t('now.matchPair', {
                    need: match.need.title,
                    capability: match.capability.title,
                  }),
                }))}
              >
                <Anchor component={Link} to="/bookmarks" size="sm">
                  {t('now.bookmarks')}
                </Anchor>
              </LinkListCard>
            ) : null}
            {isMember ? (
              <LinkListCard
                title={t('now.deadlines')}
                empty={t('now.noDeadlines')}
                links={[
                  ...summary.ownDeadlinesThisWeek.map((need) => ({
                    id: `own-${need.id}`,
                    to: `/needs/${need.id}`,
                    label: t('now.ownDeadline', {
                      title: need.title,
                      date: format.instant(need.responseDeadline),
                    }),
                  })),
                  ...summary.answerableClosingThisWeek.map((need) => ({
                    id: `answerable-${need.id}`,
                    to: `/needs/${need.id}`,
                    label: t('now.answerableDeadline', {
                      title: need.title,
                      organization: need.organization.name,
                      date: format.instant(need.responseDeadline),
                    }),
                  })),
                ]}
              >
                {null}
              </LinkListCard>
            ) : null}
            {isMember ? (
              <LinkListCard
                title={t('now.interests', { count: summary.interestsAwaitingAnswer.count })}
                empty={t('now.noInterests')}
                links={summary.interestsAwaitingAnswer.latest.map((interest) => ({
                  id: interest.id,
                  // The owner answers on the listing's page, where its interest board is.
                  to: interest.need
                    ? `/needs/${interest.need.id}`
                    : `/capabilities/${interest.capability?.id ?? ''}`,
                  label: t(
                    interest.status === 'SHORTLISTED' ? 'now.interestShortlisted' : 'now.interest',
                    {
                      organization: interest.senderOrganization.name,
                      title: interest.need?.title ?? interest.capability?.title ?? '',
                      date: format.date(interest.createdAt),
                    },
                  ),
                }))}
              >
                {summary.interestAnswersSince > 0 ? (
                  <Anchor component={Link} to="/interests" size="sm">
                    {t('now.answers', { count: summary.interestAnswersSince })}
                  </Anchor>
                ) : null}
              </LinkListCard>
            ) : null}
            {isMember ? (
              <LinkListCard
                title={t('now.messages', { count: summary.unreadMessages })}
                empty=""
                links={[
                  {
                    id: 'conversations',
                    to: '/conversations',
                    label: t('now.conversations'),
                  },
                ]}
              >
                {null}
              </LinkListCard>
            ) : null}
            {manages ? (
              <LinkListCard
                title={t('now.decisions', { count: summary.pendingDecisions.count })}
                empty={t('now.noDecisions')}
                links={summary.pendingDecisions.oldest.map((membership) => ({
                  id: membership.id,
                  to: `/clusters/${membership.cluster.id}`,
                  label: t('now.application', {
                    organization: membership.organization.name,
                    cluster: clusterName(membership.cluster),
                    date: format.date(membership.appliedAt),
                  }),
                }))}
              >
                {null}
              </LinkListCard>
            ) : null}
            {isAdmin && summary.adminOverview ? (
              <LinkListCard
                title={t('now.admin')}
                empty=""
                links={[
                  {
                    id: 'outbox',
                    to: '/admin/outbox',
                    label: t('now.outbox', {
                      queued: format.number(summary.adminOverview.emailsQueued),
                      day: format.number(summary.adminOverview.emailsLastDay),
                    }),
                  },
                  {
                    id: 'audit',
                    to: '/admin/audit',
                    label: t('now.audit', {
                      count: summary.adminOverview.auditEventsLastDay,
                      formatted: format.number(summary.adminOverview.auditEventsLastDay),
                    }),
                  },
                ]}
              >
                {null}
              </LinkListCard>
            ) : null}
          </SimpleGrid>
        ) : null}
      </QueryState>
      {!isMember && !manages && !isAdmin ? (
        <Group mt="sm">
          <Text size="sm" c="dimmed">
            {t('now.nothing')}
          </Text>
        </Group>
      ) : null}
    </section>
  );
}
