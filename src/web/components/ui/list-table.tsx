// The list table of every console page: horizontally scrollable, striped, one header row of
// column titles (scope="col"), an optional hidden caption for screen readers, the rows as children.
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export function ListTable({
  minWidth,
  testId,
  columns,
  hover = false,
  caption,
  lead,
  children,
}: {
  minWidth: number;
  testId: string;
  columns: ReactNode[];
  /** highlight the row under the pointer (rows that open something) */
  hover?: boolean;
  caption?: string;
  /** a header cell before the titles (e.g. select-all) */
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover={hover} verticalSpacing="xs" data-testid={testId}>
        {caption ? <caption className="netra-visually-hidden">{caption}</caption> : null}
        <Table.Thead>
          <Table.Tr>
            {lead}
            {columns.map((title, i) => (
              <Table.Th key={i} scope="col">
                {title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
