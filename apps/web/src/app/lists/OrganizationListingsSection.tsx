import { Anchor, Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTableSection } from './PagedTableSection';
import { useLoadMore } from './use-load-more';

interface ListingConnection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: N }>;
}

interface OrganizationListingsSectionProps<N extends { id: string; title: string }> {
  /** The i18n namespace with `list.*` keys (`title`, `titleCount`, `empty`, `emptyMember`). */
  namespace: string;
  organizationId: string;
  /** Members add listings and see the drafts. */
  isMember: boolean;
  /** The query's result: the organization's listings when loaded. */
  connection: ListingConnection<N> | undefined;
  /** Whether the first page is still on its way. */
  loading: boolean;
  error?: unknown;
  fetchAfter: (cursor: string) => Promise<unknown>;
  /** Where a listing is shown, e.g. `/needs`; new ones are added at `<base>/new`. */
  basePath: string;
  addLabel: string;
  /** The headings after the title's. */
  columns: string[];
  /** The cells after the title's. */
  renderCells: (node: N) => ReactNode;
}

/** An organization's listings (needs, capabilities) that the viewer may see; drafts for its members. */
export function OrganizationListingsSection<N extends { id: string; title: string }>({
  namespace,
  organizationId,
  isMember,
  connection,
  loading,
  error,
  fetchAfter,
  basePath,
  addLabel,
  columns,
  renderCells,
}: OrganizationListingsSectionProps<N>) {
  const { t } = useTranslation(namespace);
  const next = useLoadMore(connection?.pageInfo, fetchAfter);

  return (
    <PagedTableSection
      title={connection ? t('list.titleCount', { count: connection.totalCount }) : t('list.title')}
      action={
        isMember ? (
          <Button component={Link} to={`${basePath}/new?organization=${organizationId}`}>
            {addLabel}
          </Button>
        ) : null
      }
      loading={loading}
      error={error}
      total={connection?.totalCount ?? 0}
      empty={isMember ? t('list.emptyMember') : t('list.empty')}
      columns={[t('fields.title'), ...columns]}
      next={next}
    >
      {connection?.edges.map(({ node }) => (
        <Table.Tr key={node.id}>
          <Table.Td>
            <Anchor component={Link} to={`${basePath}/${node.id}`}>
              {node.title}
            </Anchor>
          </Table.Td>
          {renderCells(node)}
        </Table.Tr>
      ))}
    </PagedTableSection>
  );
}
