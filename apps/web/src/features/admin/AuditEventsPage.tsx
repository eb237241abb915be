import { useQuery } from '@apollo/client/react';
import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { AuditEventsDocument } from '../../generated/graphql';

const show = (value: unknown): string =>
  value === null || value === undefined ? '' : JSON.stringify(value, null, 2);

/** Who did what and when, newest first. */
export function AuditEventsPage() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { first: 50 },
  });
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.auditEvents;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setMoreError(null);
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page title={t('audit.title')}>
      <QueryState loading={loading && !data} error={error}>
        {connection && connection.edges.length === 0 ? (
          <Text c="dimmed">{t('audit.none')}</Text>
        ) : null}
        {connection && connection.edges.length > 0 ? (
          <Stack>
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.when')}</Table.Th>
                    <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                    <Table.Th scope="col">{t('audit.action')}</Table.Th>
                    <Table.Th scope="col">{t('audit.object')}</Table.Th>
                    <Table.Th scope="col">{t('audit.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <time dateTime={node.createdAt}>{format.dateTime(node.createdAt)}</time>
                      </Table.Td>
                      <Table.Td>{node.actor?.displayName ?? t('audit.system')}</Table.Td>
                      <Table.Td>
                        <Code>{node.action}</Code>
                      </Table.Td>
                      <Table.Td>
                        {node.objectType} <Code>{node.objectId}</Code>
                      </Table.Td>
                      <Table.Td>
                        {node.before !== null || node.after !== null ? (
                          <details>
                            <summary>{t('audit.details')}</summary>
                            <Group align="flex-start" wrap="nowrap">
                              {node.before !== null ? (
                                <div>
                                  <Text size="xs" fw={600}>
                                    {t('audit.before')}
                                  </Text>
                                  <Code block>{show(node.before)}</Code>
                                </div>
                              ) : null}
                              {node.after !== null ? (
                                <div>
                                  <Text size="xs" fw={600}>
                                    {t('audit.after')}
                                  </Text>
                                  <Code block>{show(node.after)}</Code>
                                </div>
                              ) : null}
                            </Group>
                          </details>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ErrorAlert error={moreError} />
            {connection.pageInfo.hasNextPage ? (
              <Group justify="center">
                <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                  {t('common:loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
