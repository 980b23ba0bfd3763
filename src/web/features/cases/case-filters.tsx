// Filters of the case inbox: status (several), kind, deadline, assignee, reported agency, search,
// open or closed, and the order. Every filter lives in the address, so a filtered view can be
// bookmarked or shared.
import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATES, STATES } from '../../../core/cases/states.js';
import { INTAKE_KINDS, INTAKE_KIND_LABELS } from '../../../core/cases/intake.js';
import type { User } from '../../api/types.js';
import { useSession } from '../auth/session.js';
import { useCaseFormat } from './case-format.js';

export type InboxFilters = { state: string; kind: string; due: string; assigneeId: string; agency: string; q: string; open: string; notices: string; sort: string };

/** The API takes the states as one comma-separated value of at most 40 characters. */
const STATE_PARAM_MAX = 40;
const DUES = ['terlambat', 'hari-ini', 'minggu-ini'] as const;

export function CaseFilters({ value, set, assignees }: { value: InboxFilters; set: (patch: Partial<InboxFilters>) => void; assignees: User[] }) {
  const { t } = useTranslation();
  const { bi } = useCaseFormat();
  const { can } = useSession();
  const [stateError, setStateError] = useState<string | undefined>();
  const all = { value: 'all', label: t('common.all') };
  const pick = (v: string | null) => (!v || v === 'all' ? '' : v);
  const states = value.state ? value.state.split(',') : [];

  return (
    <Group mb="md" align="flex-end" wrap="wrap" gap="sm" role="search" aria-label={t('cases.filters.label')}>
      <MultiSelect
        label={t('cases.filters.state')}
        placeholder={states.length ? undefined : t('common.all')}
        data={CASE_STATES.map((s) => ({ value: s, label: bi(STATES[s].label) }))}
        value={states}
        onChange={(v) => {
          const joined = v.join(',');
          if (joined.length > STATE_PARAM_MAX) {
            setStateError(t('cases.filters.tooManyStates'));
            return;
          }
          setStateError(undefined);
          set({ state: joined });
        }}
        error={stateError}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        data-testid="cases-filter-state"
        w={{ base: '100%', xs: 'auto' }}
        miw={220}
        maw={{ base: '100%', xs: 420 }}
      />
      <Select
        label={t('cases.filters.kind')}
        value={value.kind || 'all'}
        allowDeselect={false}
        onChange={(v) => set({ kind: pick(v) })}
        data={[all, ...INTAKE_KINDS.map((k) => ({ value: k, label: bi(INTAKE_KIND_LABELS[k]) }))]}
        data-testid="cases-filter-kind"
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label={t('cases.filters.due')}
        value={value.due || 'all'}
        allowDeselect={false}
        onChange={(v) => set({ due: pick(v) })}
        data={[all, ...DUES.map((d) => ({ value: d, label: t(`cases.dueFilter.${d}`) }))]}
        data-testid="cases-filter-due"
        w={{ base: '100%', xs: 190 }}
      />
      <Select
        label={t('cases.filters.assignee')}
        value={value.assigneeId || 'all'}
        allowDeselect={false}
        searchable
        onChange={(v) => set({ assigneeId: pick(v) })}
        data={[all, ...assignees.map((u) => ({ value: u.id, label: u.displayName }))]}
        nothingFoundMessage={t('common.nothingFound')}
        data-testid="cases-filter-assignee"
        w={{ base: '100%', xs: 220 }}
      />
      <TextInput
        label={t('cases.filters.agency')}
        placeholder={t('cases.filters.agencyPlaceholder')}
        value={value.agency}
        onChange={(e) => set({ agency: e.currentTarget.value })}
        data-testid="cases-filter-agency"
        w={{ base: '100%', xs: 220 }}
      />
      <TextInput
        type="search"
        label={t('cases.filters.q')}
        // The event's text may name the pelapor: the server searches it only for roles that may read them.
        placeholder={t(can('cases.reporter') ? 'cases.filters.qPlaceholder' : 'cases.filters.qPlaceholderNoText')}
        value={value.q}
        onChange={(e) => set({ q: e.currentTarget.value })}
        data-testid="cases-filter-q"
        style={{ flex: 1, minWidth: 200 }}
      />
      <Select
        label={t('cases.filters.open')}
        value={value.open}
        allowDeselect={false}
        onChange={(v) => set({ open: v ?? 'true' })}
        data={[
          { value: 'true', label: t('cases.filters.openOnly') },
          { value: 'false', label: t('cases.filters.closedOnly') },
          { value: 'all', label: t('common.all') },
        ]}
        data-testid="cases-filter-open"
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label={t('cases.filters.notices')}
        value={value.notices || 'all'}
        allowDeselect={false}
        onChange={(v) => set({ notices: pick(v) })}
        data={[all, { value: 'belum', label: t('cases.filters.noticesOwed') }]}
        data-testid="cases-filter-notices"
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label={t('cases.filters.sort')}
        value={value.sort}
        allowDeselect={false}
        onChange={(v) => set({ sort: v ?? 'received' })}
        data={[
          { value: 'received', label: t('cases.sort.received') },
          { value: 'due', label: t('cases.sort.due') },
        ]}
        data-testid="cases-filter-sort"
        w={{ base: '100%', xs: 210 }}
      />
    </Group>
  );
}
