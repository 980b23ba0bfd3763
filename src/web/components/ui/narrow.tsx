// Lists that turn into cards on a phone: the one breakpoint they share, and long identifiers
// (register and case numbers) that may break only after a slash on a narrow card.
import { useMediaQuery } from '@mantine/hooks';
import { Fragment } from 'react';

/** True below 48em (Mantine's `sm`), read at the first render, so a phone never flashes the table. */
export function useNarrowScreen(): boolean {
  return useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
}

/** "001/Reg/LP/…/2026" with a break opportunity after each slash, never inside a part. */
export function SlashBreaks({ text }: { text: string }) {
  return (
    <>
      {text.split(/(?<=\/)/).map((part, i) => (
        <Fragment key={i}>
          {i ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
