import { Table, VisuallyHidden, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps extends Omit<TableProps, 'children'> {
  /** Column headings, in order. */
  columns: string[];
  /** Heading of a last column of row actions, read by screen readers only; none without. */
  actionsLabel?: string | undefined;
  /** Scrolls sideways below this width; a narrow table needs none. */
  minWidth?: number;
  /** The rows (`Table.Tr`). */
  children: ReactNode;
}

/** A table with column headings, the same way in every list. */
export function DataTable({ columns, actionsLabel, minWidth, children, ...props }: DataTableProps) {
  const table = (
    <Table {...props}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column} scope="col">
              {column}
            </Table.Th>
          ))}
          {actionsLabel ? (
            <Table.Th scope="col">
              <VisuallyHidden>{actionsLabel}</VisuallyHidden>
            </Table.Th>
          ) : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth ? (
    <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
  ) : (
    table
  );
}
