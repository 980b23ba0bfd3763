// The receiving office of a delegation (pelimpahan): any office that handles violations, anywhere,
// since the office with jurisdiction is usually not one of the sender's own. Before anything is
// typed it offers the offices of the event's place (the kabupaten/kota's first); typing searches
// the country by office or region name (GET /api/v1/cases/:id/delegation-targets).
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';

export type OfficeChoice = { id: string; name: string; regionCode: string | null };
type Target = OfficeChoice & { kind: string; regionName: string | null; suggested: boolean };

export function DelegationOfficeField({ caseId, value, onChange, label, required, testId }: {
  caseId: string;
  value: OfficeChoice | null;
  onChange: (office: OfficeChoice | null) => void;
  label: string;
  required?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  // Picking an office puts its name in the box: that is not a new search.
  const typed = search === value?.name ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const targets = useQuery({
    queryKey: ['case', caseId, 'delegation-targets', q],
    queryFn: ({ signal }) => api.get<{ items: Target[] }>(`/api/v1/cases/${caseId}/delegation-targets`, q ? { q } : undefined, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const items = useMemo(() => {
    const list = targets.data?.items ?? [];
    // The office chosen stays selectable whatever the search shows now.
    return value && !list.some((o) => o.id === value.id) ? [{ ...value, kind: '', regionName: null, suggested: false }, ...list] : list;
  }, [targets.data, value]);
  const byId = new Map(items.map((o) => [o.id, o]));
  const group = (suggested: boolean) => items.filter((o) => o.suggested === suggested).map((o) => ({ value: o.id, label: o.name }));
  const data = [
    { group: t('cases.fields.toOfficeSuggested'), items: group(true) },
    { group: t('cases.fields.toOfficeFound'), items: group(false) },
  ].filter((g) => g.items.length > 0);

  return (
    <Select
      label={label}
      required={required}
      description={t('cases.fields.toOfficeHint')}
      data-testid={testId}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already, by words in any order.
      filter={({ options }) => options}
      data={data}
      value={value?.id ?? null}
      onChange={(id) => {
        const o = id ? byId.get(id) : undefined;
        onChange(o ? { id: o.id, name: o.name, regionCode: o.regionCode } : null);
      }}
      renderOption={({ option }) => {
        const o = byId.get(option.value);
        return (
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Text size="sm">{option.label}</Text>
            {o?.regionCode ? (
              <Text size="xs" c="dimmed">
                {o.regionCode}
                {o.regionName ? ` · ${o.regionName}` : ''}
              </Text>
            ) : null}
          </Group>
        );
      }}
      placeholder={t('common.choose')}
      nothingFoundMessage={targets.isFetching ? t('cases.fields.toOfficeSearching') : t('common.nothingFound')}
      maxDropdownHeight={320}
    />
  );
}
