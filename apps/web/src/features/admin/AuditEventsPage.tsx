import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { auditActionLabel, auditObjectTypeLabel } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../app/format';
import { currentLanguage } from '../../app/i18n/i18n';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { DataTable } from '../../app/lists/DataTable';
import { LoadMore } from '../../app/lists/LoadMore';
import { useLoadMore } from '../../app/lists/use-load-more';
import { AuditEventsDocument, type AuditEventsQuery } from '../../generated/graphql';
import { AuditFilters } from './AuditFilters';
import {
  apiFilterOf,
  exportHref,
  filterStateOf,
  paramsOf,
  type AuditFilterState,
} from './audit-filter-params';
import { auditObjectPath } from './audit-object-link';

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

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

/** A small "only these" button beside a name in a row. */
function NarrowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" size="sm" aria-label={label} onClick={onClick}>
        <span aria-hidden="true">⌕</span>
      </ActionIcon>
    </Tooltip>
  );
}

/** Who did what and when, newest first, narrowed by the filters in the URL. */
export function AuditEventsPage() {
  const { t, i18n } = useTranslation('admin');
  const language = currentLanguage(i18n);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const state = filterStateOf(params);
  const setState = (next: AuditFilterState) => setParams(paramsOf(next), { replace: true });
  const { data, loading, error, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { first: 50, filter: apiFilterOf(state), language },
  });
  const connection = data?.auditEvents;
  const next = useLoadMore(connection?.pageInfo, (after) => fetchMore({ variables: { after } }));

  const objectLabel = (node: AuditEvent) => node.objectName ?? `${node.objectId.slice(0, 8)}…`;

  return (
    <Page title={t('audit.title')}>
      <Stack>
        <AuditFilters value={state} onChange={setState} exportHref={exportHref(state, language)} />
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
                {connection.edges.map(({ node }) => {
                  const path = auditObjectPath(node);
                  return (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <time dateTime={node.createdAt}>{format.dateTime(node.createdAt)}</time>
                      </Table.Td>
                      <Table.Td>
                        {node.actor ? (
                          <Group gap={4} wrap="nowrap">
                            {node.actor.displayName}
                            <NarrowButton
                              label={t('audit.onlyActor', { name: node.actor.displayName })}
                              onClick={() =>
                                setState({
                                  ...state,
                                  actorId: node.actor?.id ?? null,
                                  actorName: node.actor?.displayName ?? null,
                                })
                              }
                            />
                          </Group>
                        ) : (
                          t('audit.system')
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" title={node.action}>
                          {auditActionLabel(node.action, language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {auditObjectTypeLabel(node.objectType, language)}
                        </Text>
                        <Group gap={4} wrap="nowrap">
                          {path ? (
                            <Anchor component={Link} to={path}>
                              {objectLabel(node)}
                            </Anchor>
                          ) : (
                            <Text size="sm">{objectLabel(node)}</Text>
                          )}
                          <NarrowButton
                            label={t('audit.onlyObject', { name: objectLabel(node) })}
                            onClick={() =>
                              setState({
                                ...state,
                                objectType: node.objectType,
                                objectId: node.objectId,
                                objectName: objectLabel(node),
                              })
                            }
                          />
                        </Group>
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
                  );
                })}
              </DataTable>
              <LoadMore next={next} />
            </Stack>
          ) : null}
        </QueryState>
      </Stack>
    </Page>
  );
}
