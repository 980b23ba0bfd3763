// A select whose options the server searches as one types (offices: a province holds hundreds, the
// country thousands), instead of a list loaded whole. The option chosen stays selectable whatever
// the search shows now, and picking it is not a new search.
import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** An option as found: `item`, what the caller needs of it once chosen. */
export type RemoteOption<T = unknown> = { value: string; label: string; hint?: string | null; group?: string; item?: T };

type Props<T> = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  /** what identifies the search, without the words typed (they are added) */
  queryKey: readonly unknown[];
  search: (q: string, signal: AbortSignal) => Promise<RemoteOption<T>[]>;
  /** the option chosen, as shown (its label may come from elsewhere than the search) */
  value: RemoteOption<T> | null;
  onChange: (option: RemoteOption<T> | null) => void;
  testId?: string;
};

export function RemoteSelect<T>({ queryKey, search, value, onChange, testId, ...props }: Props<T>) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value?.label ?? '');
  // Another option chosen, or the chosen one's label known at last (read after the form opened):
  // the box shows it, and searches nothing.
  useEffect(() => setTyped(value?.label ?? ''), [value?.value, value?.label]);
  const words = typed === value?.label ? '' : typed.trim();
  const [q] = useDebouncedValue(words, 250);
  const found = useQuery({
    queryKey: [...queryKey, q],
    queryFn: ({ signal }) => search(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = [...(value && !(found.data ?? []).some((o) => o.value === value.value) ? [value] : []), ...(found.data ?? [])];
  const byValue = new Map(options.map((o) => [o.value, o]));
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const data = groups.every((g) => g === '')
    ? options.map((o) => ({ value: o.value, label: o.label }))
    : groups.map((g) => ({ group: g, items: options.filter((o) => (o.group ?? '') === g).map((o) => ({ value: o.value, label: o.label })) }));
  return (
    <Select
      {...props}
      data-testid={testId}
      searchable
      searchValue={typed}
      onSearchChange={setTyped}
      // The server has filtered already, by words in any order.
      filter={({ options: all }) => all}
      data={data}
      value={value?.value ?? null}
      onChange={(v) => onChange(v ? (byValue.get(v) ?? null) : null)}
      renderOption={({ option }) => {
        const hint = byValue.get(option.value)?.hint;
        return (
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Text size="sm">{option.label}</Text>
            {hint ? (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            ) : null}
          </Group>
        );
      }}
      nothingFoundMessage={found.isFetching ? t('common.searching') : t('common.nothingFound')}
      maxDropdownHeight={320}
      // Wider than a narrow filter box, so an office's name and its region read on one line or two.
      comboboxProps={{ width: 'max-content', position: 'bottom-start', ...props.comboboxProps }}
      styles={{ dropdown: { maxWidth: 'min(440px, calc(100vw - 24px))' } }}
    />
  );
}
