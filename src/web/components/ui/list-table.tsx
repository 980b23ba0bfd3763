// The list table of every console page: striped, one header row of column titles (scope="col"),
// an optional hidden caption for screen readers, the rows as children. On a wide screen it scrolls
// sideways when narrower than `minWidth`; on a phone each row is stacked as a card, every cell under
// its column's title (data-label, read from the header), so nothing has to be scrolled sideways.
import { Table } from '@mantine/core';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useNarrowScreen } from './narrow.js';

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
  const narrow = useNarrowScreen();
  const ref = useRef<HTMLTableElement>(null);
  // After every render (rows come and go with the children): each cell takes its column's title.
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table || !narrow) return;
    const titles = Array.from(table.tHead?.rows[0]?.cells ?? [], (c) => c.textContent?.trim() ?? '');
    for (const row of Array.from(table.tBodies[0]?.rows ?? [])) {
      Array.from(row.cells).forEach((cell, i) => {
        if (titles[i]) cell.setAttribute('data-label', titles[i]);
        else cell.removeAttribute('data-label');
      });
    }
  });
  const table = (
    <Table ref={ref} striped={!narrow} highlightOnHover={hover && !narrow} verticalSpacing="xs" data-testid={testId} className={narrow ? 'netra-stacked' : undefined}>
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
  );
  return narrow ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}
