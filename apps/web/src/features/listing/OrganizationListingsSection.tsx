import { Anchor, Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { VisibilityBadge } from '../../app/layout/VisibilityBadge';
import { PagedTableSection } from '../../app/lists/PagedTableSection';
import { useLoadMore } from '../../app/lists/use-load-more';
import type { Visibility } from '../../generated/graphql';

interface ListingConnection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: N }>;
}

/** What the section reads of every row, whatever its kind. */
interface ListingNode {
  id: string;
  title: string;
  visibility: Visibility;
  updatedAt: string;
}

/** Columns a kind adds around the shared ones, with their headings. */
interface KindColumns<N> {
  columns: string[];
  render: (node: N) => ReactNode;
}

interface OrganizationListingsSectionProps<N extends ListingNode> {
  /**
   * The i18n namespace with `list.*` keys (`title`, `titleCount`, `empty`, `emptyMember`,
   * `status`, `visibility`, `updated`) and `fields.title`.
   */
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
  /** The kind's status badge. */
  status: (node: N) => ReactNode;
  /** The kind's columns between the title and the status (capability kind). */
  leading?: KindColumns<N>;
  /** The kind's columns after the last change (need deadline). */
  trailing?: KindColumns<N>;
}

/**
 * An organization's listings (needs, capabilities) that the viewer may see, drafts for its
 * members: title, the kind's leading columns, status, visibility, last change, its trailing ones.
 */
export function OrganizationListingsSection<N extends ListingNode>({
  namespace,
  organizationId,
  isMember,
  connection,
  loading,
  error,
  fetchAfter,
  basePath,
  addLabel,
  status,
  leading,
  trailing,
}: OrganizationListingsSectionProps<N>) {
  const { t } = useTranslation(namespace);
  const format = useFormat();
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
      columns={[
        t('fields.title'),
        ...(leading?.columns ?? []),
        t('list.status'),
        t('list.visibility'),
        t('list.updated'),
        ...(trailing?.columns ?? []),
      ]}
      next={next}
    >
      {connection?.edges.map(({ node }) => (
        <Table.Tr key={node.id}>
          <Table.Td>
            <Anchor component={Link} to={`${basePath}/${node.id}`}>
              {node.title}
            </Anchor>
          </Table.Td>
          {leading?.render(node)}
          <Table.Td>{status(node)}</Table.Td>
          <Table.Td>
            <VisibilityBadge visibility={node.visibility} />
          </Table.Td>
          <Table.Td>{format.date(node.updatedAt)}</Table.Td>
          {trailing?.render(node)}
        </Table.Tr>
      ))}
    </PagedTableSection>
  );
}
