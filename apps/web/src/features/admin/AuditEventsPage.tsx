import { useQuery } from '@apollo/client/react';
import { Code, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { LoadMore } from '../../app/lists/LoadMore';
import { useLoadMore } from '../../app/lists/use-load-more';
import { AuditEventsDocument } from '../../generated/graphql';

const show = (value: unknown): string =>
  value === null || value === undefined ? '' : JSON.stringify(value, null, 2);

/** One side of a change, as JSON under its label; nothing when that side is empty. */
function ChangeSide({ label, value }: { label: string; value: unknown }) {
  if (value === null) return null;
  return (
    <div>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Code block>{show(value)}</Code>
    </div>
  );
}

/** Who did what and when, newest first. */
export function AuditEventsPage() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { first: 50 },
  });
  const connection = data?.auditEvents;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  return (
    <Page title={t('audit.title')}>
      <QueryState loading={loading && !data} error={error}>
        {connection && connection.edges.length === 0 ? (
          <Text c="dimmed">{t('audit.none')}</Text>
        ) : null}
        {connection && connection.edges.length > 0 ? (
          <Stack>
            <DataTable
              minWidth={720}
              striped
              verticalSpacing="xs"
              columns={[
                t('audit.when'),
                t('audit.actor'),
                t('audit.action'),
                t('audit.object'),
                t('audit.change'),
              ]}
            >
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
                          <ChangeSide label={t('audit.before')} value={node.before} />
                          <ChangeSide label={t('audit.after')} value={node.after} />
                        </Group>
                      </details>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            <LoadMore next={next} />
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
