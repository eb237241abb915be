import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryState } from '../layout/QueryState';
import { DataTable } from './DataTable';
import { LoadMore } from './LoadMore';
import type { NextPage } from './use-load-more';

interface PagedTableSectionProps {
  /** The section's heading (h2), with the count when known. */
  title: string;
  /** An action beside the heading, e.g. "Post a need". */
  action?: ReactNode;
  loading: boolean;
  error?: unknown;
  /** How many rows there are in all; `empty` is said instead of the table when none. */
  total: number;
  empty: string;
  columns: string[];
  minWidth?: number;
  next: NextPage;
  /** The rows (`Table.Tr`). */
  children: ReactNode;
}

/** A titled, paged table of one organization's things: heading, rows, and more on demand. */
export function PagedTableSection({
  title,
  action,
  loading,
  error,
  total,
  empty,
  columns,
  minWidth = 640,
  next,
  children,
}: PagedTableSectionProps) {
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {title}
        </Title>
        {action}
      </Group>
      <QueryState loading={loading} error={error}>
        {total === 0 ? (
          <Text c="dimmed">{empty}</Text>
        ) : (
          <>
            <DataTable minWidth={minWidth} striped columns={columns}>
              {children}
            </DataTable>
            <LoadMore next={next} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
