// Picks a region by searching the regions API (name or code), optionally at one level and within
// the user's jurisdiction.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Items, Region } from '../../api/types.js';
import { useLabels } from '../../i18n/labels.js';

type Props = {
  label: string;
  value: Region | null;
  onChange: (r: Region | null) => void;
  level?: number;
  within?: string | null;
  error?: string;
  required?: boolean;
  testId?: string;
};

export function RegionPicker({ label, value, onChange, level, within, error, required, testId }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const optionLabel = (r: Region) => `${r.name} (${r.code}) · ${labels.level(r.levelName)}`;
  const selectedLabel = value ? optionLabel(value) : '';
  const active = q.length >= 2 && q !== selectedLabel;

  const res = useQuery({
    queryKey: ['regions', 'pick', q, level, within],
    queryFn: ({ signal }) => api.get<Items<Region>>('/api/v1/regions', { q, level, within, limit: 30 }, signal),
    enabled: active,
    placeholderData: keepPreviousData,
  });

  const regions = useMemo(() => {
    const list = active ? (res.data?.items ?? []) : [];
    return value && !list.some((r) => r.code === value.code) ? [value, ...list] : list;
  }, [active, res.data, value]);

  return (
    <Select
      label={label}
      placeholder={t('regions.pickPlaceholder')}
      searchable
      clearable
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      data={regions.map((r) => ({ value: r.code, label: optionLabel(r) }))}
      value={value?.code ?? null}
      onChange={(code) => onChange(regions.find((r) => r.code === code) ?? null)}
      filter={({ options }) => options}
      nothingFoundMessage={q.length < 2 ? t('regions.typeMore') : res.isFetching ? t('common.loading') : t('regions.noResults')}
      error={error}
      data-testid={testId}
    />
  );
}
