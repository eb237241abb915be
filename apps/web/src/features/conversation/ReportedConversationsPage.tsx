import { useQuery } from '@apollo/client/react';
import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { ReportedConversationsDocument } from '../../generated/graphql';

export const REPORTED_PAGE = 20;

/** /admin/conversations — what participants reported and why; opening one is audited. */
export function ReportedConversationsPage() {
  const { t } = useTranslation('conversation');
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(ReportedConversationsDocument, {
    variables: { first: REPORTED_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const edges = data?.reportedConversations.edges ?? [];
  return (
    <Page title={t('moderation.title')}>
      <Text c="dimmed">{t('moderation.intro')}</Text>
      <QueryState loading={loading && !data} error={error}>
        {edges.length === 0 ? <Text>{t('moderation.empty')}</Text> : null}
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {edges.map(({ node }) => (
            <li key={node.id}>
              <Paper withBorder p="sm" radius="md">
                <Title order={2} size="h4">
                  {node.organizations.map((organization) => organization.name).join(' · ')}
                </Title>
                {node.title ? <Text size="sm">{node.title}</Text> : null}
                <List size="sm" mt="xs">
                  {node.reports.map((report) => (
                    <List.Item key={`${report.reporterName}-${report.createdAt}`}>
                      {t('moderation.report', {
                        name: report.reporterName,
                        date: format.dateTime(report.createdAt),
                        reason: report.reason,
                      })}
                    </List.Item>
                  ))}
                </List>
                <Anchor component={Link} to={`/conversations/${node.id}`} size="sm">
                  {t('moderation.read')}
                </Anchor>
              </Paper>
            </li>
          ))}
        </Stack>
        {data?.reportedConversations.pageInfo.hasNextPage ? (
          <Button
            variant="default"
            onClick={() =>
              void fetchMore({
                variables: { after: data.reportedConversations.pageInfo.endCursor },
              })
            }
          >
            {t('list.more')}
          </Button>
        ) : null}
      </QueryState>
    </Page>
  );
}
