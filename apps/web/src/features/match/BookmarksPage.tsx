import { useQuery } from '@apollo/client/react';
import { Anchor, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { PagedTableSection } from '../../app/lists/PagedTableSection';
import { useLoadMore } from '../../app/lists/use-load-more';
import { useViewer } from '../../app/viewer';
import { BookmarkedMatchesDocument } from '../../generated/graphql';
import { InterestStateCell } from './InterestStateCell';

/** The shortlist of one of the viewer's organizations: the matches its members bookmarked. */
export function BookmarksPage() {
  const { t } = useTranslation('match');
  const format = useFormat();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const organizations = viewer?.memberships.map((membership) => membership.organization) ?? [];
  const requested = params.get('organization');
  const organizationId =
    organizations.find((organization) => organization.id === requested)?.id ??
    organizations[0]?.id ??
    '';
  const { data, loading, error, fetchMore } = useQuery(BookmarkedMatchesDocument, {
    variables: { organizationId },
    skip: !organizationId,
  });
  const connection = data?.bookmarkedMatches;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  return (
    <Page title={t('bookmarks.title')}>
      <Stack>
        <Text c="dimmed">{t('bookmarks.intro')}</Text>
        {organizations.length > 1 ? (
          <Select
            label={t('bookmarks.organization')}
            data={organizations.map((organization) => ({
              value: organization.id,
              label: organization.name,
            }))}
            value={organizationId}
            allowDeselect={false}
            onChange={(value) => value && setParams({ organization: value }, { replace: true })}
            maw={420}
          />
        ) : null}
        {organizationId ? (
          <PagedTableSection
            title={
              connection
                ? t('bookmarks.count', { count: connection.totalCount })
                : t('bookmarks.title')
            }
            loading={loading && !data}
            error={error}
            total={connection?.totalCount ?? 0}
            empty={t('bookmarks.empty')}
            columns={[
              t('bookmarks.need'),
              t('bookmarks.capability'),
              t('bookmarks.side'),
              t('bookmarks.bookmarked'),
              t('bookmarks.interest'),
            ]}
            minWidth={820}
            next={next}
          >
            {connection?.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/needs/${node.need.id}`}>
                      {node.need.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {node.need.organization.name}
                      {node.need.responseDeadline
                        ? ` · ${t('card.deadline', { date: format.date(node.need.responseDeadline) })}`
                        : ''}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/capabilities/${node.capability.id}`}>
                      {node.capability.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {node.capability.organization.name}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>{t(`bookmarks.sides.${node.side}`)}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">{format.date(node.bookmarkedAt)}</Text>
                    {node.bookmarkedBy ? (
                      <Text size="xs" c="dimmed">
                        {node.bookmarkedBy.displayName}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <InterestStateCell
                    needId={node.need.id}
                    capabilityId={node.capability.id}
                    interest={node.interest ?? null}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </PagedTableSection>
        ) : (
          <Text>{t('bookmarks.noOrganization')}</Text>
        )}
      </Stack>
    </Page>
  );
}
