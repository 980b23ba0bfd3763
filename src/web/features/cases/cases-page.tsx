// The office inbox: every case in the user's jurisdiction, filtered and sorted (received, or
// nearest deadline), with the clock status of each, paging, and row selection for bulk triage.
import { Alert, Anchor, Badge, Button, Checkbox, Group, Menu, Paper, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTAKE_KIND_LABELS } from '../../../core/cases/intake.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { Pager } from '../../components/ui/pager.js';
import { Link, navigate, useLocation, withQuery } from '../../router.js';
import { useSession, useUser } from '../auth/session.js';
import { BulkBar, caseNumber } from './bulk-bar.js';
import { useHandoff } from './handoff.js';
import { ClockBadge, StateBadge } from './case-badges.js';
import { CaseFilters, type InboxFilters } from './case-filters.js';
import { useCaseFormat } from './case-format.js';
import { exportUrl, fetchCases, useOfficeUsers, type BulkResult, type CaseListItem } from './cases-api.js';
import { ListTable } from '../../components/ui/list-table.js';
import { SlashBreaks, useNarrowScreen } from '../../components/ui/narrow.js';

/** The server counts up to this many; more reads as "1000+". */
const TOTAL_CAP = 1000;

const LIMIT = 50;
const KEYS = ['state', 'kind', 'due', 'assigneeId', 'agency', 'q', 'open', 'notices', 'sort'] as const;

export function CasesPage() {
  const { t, i18n } = useTranslation();
  const { bi, short } = useCaseFormat();
  const { can } = useSession();
  const me = useUser();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  const filters = Object.fromEntries(KEYS.map((k) => [k, search.get(k) ?? ''])) as InboxFilters;
  filters.open ||= 'true';
  filters.sort ||= 'received';
  const offset = Number(search.get('offset') ?? 0) || 0;
  const [q] = useDebouncedValue(filters.q.trim(), 250);
  const [agency] = useDebouncedValue(filters.agency.trim(), 250);
  const [selected, setSelected] = useState<Map<string, CaseListItem>>(new Map());
  const [results, setResults] = useState<Map<string, BulkResult['results'][number]>>(new Map());
  const narrow = useNarrowScreen();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [handoff, dismissHandoff] = useHandoff();

  const params = {
    state: filters.state,
    kind: filters.kind,
    due: filters.due,
    assigneeId: filters.assigneeId,
    agency,
    q,
    open: filters.open === 'all' ? '' : filters.open,
    notices: filters.notices,
    sort: filters.sort as 'received' | 'due',
    limit: LIMIT,
    offset,
  };
  // The file holds what the list shows with these filters, every page of it, oldest first.
  const { limit: _limit, offset: _offset, sort: _sort, ...exportFilters } = params;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const list = useQuery({
    queryKey: ['cases', 'list', params],
    queryFn: ({ signal }) => fetchCases(params, signal),
    placeholderData: keepPreviousData,
  });
  const users = useOfficeUsers(me.office.id);
  const assignees = useMemo(() => (users.data?.items ?? []).filter((u) => u.role === 'penanganan' || u.role === 'pimpinan'), [users.data]);
  const nameOf = useMemo(() => new Map((users.data?.items ?? []).map((u) => [u.id, u.displayName])), [users.data]);

  const set = (patch: Partial<InboxFilters> & { offset?: number }) => {
    const next = { ...filters, ...patch };
    const query = Object.fromEntries(KEYS.map((k) => [k, next[k]]));
    navigate(withQuery(pathname, { ...query, open: next.open === 'true' ? undefined : next.open, sort: next.sort === 'received' ? undefined : next.sort, offset: patch.offset || undefined }), { replace: true });
  };
  const items = list.data?.items ?? [];
  const toggle = (c: CaseListItem) =>
    setSelected((s) => {
      const n = new Map(s);
      if (n.has(c.id)) n.delete(c.id);
      else n.set(c.id, c);
      return n;
    });
  const allOnPage = items.length > 0 && items.every((c) => selected.has(c.id));
  const toggleAll = () =>
    setSelected((s) => {
      const n = new Map(s);
      for (const c of items) if (allOnPage) n.delete(c.id);
      else n.set(c.id, c);
      return n;
    });
  const bulkDone = (r: BulkResult['results']) => {
    setResults(new Map(r.map((x) => [x.caseId, x])));
    // Done, or changed by someone since it was selected: either way out of the selection (a
    // changed case is chosen again, if still meant, from the row as it now stands).
    const settled = new Set(r.filter((x) => x.ok || x.code === 'CASE_CHANGED').map((x) => x.caseId));
    setSelected((s) => new Map([...s].filter(([id]) => !settled.has(id))));
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
  };
  const okCount = [...results.values()].filter((r) => r.ok).length;
  const changedCount = [...results.values()].filter((r) => r.code === 'CASE_CHANGED').length;

  // The pieces of one case in the list, shared by the table (wide screens) and the cards (phones).
  // Plain functions, not components: a checkbox keeps its focus when the selection re-renders.
  const assigneeOf = (c: CaseListItem) => (c.assigneeId ? (nameOf.get(c.assigneeId) ?? '—') : t('cases.unassigned'));
  const selectBox = (c: CaseListItem) => <Checkbox aria-label={t('cases.select', { number: caseNumber(c) })} checked={selected.has(c.id)} onChange={() => toggle(c)} data-testid="case-select" />;
  const numberCell = (c: CaseListItem, wrap = false) => (
    <>
      <Anchor component={Link} to={`/konsol/perkara/${c.id}`} fw={600} ff="monospace" size="sm">
        {wrap ? <SlashBreaks text={caseNumber(c)} /> : caseNumber(c)}
      </Anchor>
      <Text size="xs" c="dimmed">
        {bi(INTAKE_KIND_LABELS[c.kind])}
        {c.registerNumber ? ` · ${c.receiptNumber}` : ''}
      </Text>
    </>
  );
  const bulkOutcome = (c: CaseListItem) => {
    const result = results.get(c.id);
    if (!result) return null;
    const changed = result.code === 'CASE_CHANGED';
    return (
      <>
        <Badge mt={4} display="block" w="fit-content" color={result.ok ? 'green' : changed ? 'orange' : 'red'} variant="outline" title={result.message} data-testid="bulk-result" data-ok={result.ok} data-code={result.code}>
          {result.ok ? t('cases.bulk.ok') : changed ? t('cases.bulk.changed') : t('cases.bulk.failed')}
        </Badge>
        {!result.ok && (result.lastAction ?? result.message) ? (
          // A changed case: the badge says so, the line says what was done (the whole message is the badge's title).
          <Text size="xs" c={changed ? 'orange.9' : 'red.8'} maw={260} style={{ whiteSpace: 'normal' }} data-testid="bulk-result-message">
            {changed ? (result.lastAction ?? result.message) : result.message}
          </Text>
        ) : null}
      </>
    );
  };
  const reportedCell = (c: CaseListItem) => (
    <>
      <Text size="sm">{c.reportedPartyName ?? '—'}</Text>
      <Text size="xs" c="dimmed">
        {c.reportedAgency ?? ''}
      </Text>
    </>
  );
  const dueCell = (c: CaseListItem) =>
    c.nextDue ? (
      <Stack gap={2} align="flex-start">
        <ClockBadge status={c.clockStatus} />
        <Text size="sm">{short(c.nextDue.due)}</Text>
      </Stack>
    ) : (
      <Text size="sm" c="dimmed">
        {t('cases.clock.none')}
      </Text>
    );
  // On a phone each case is a card with all of the table's columns (a table there would hide
  // the status and the deadline past the screen's edge), and the filters fold away behind a button.
  const cards = (
    <Stack gap="xs" data-testid="cases-table" data-layout="cards">
      {can('cases.act') ? <Checkbox label={t('cases.selectAll')} checked={allOnPage} indeterminate={!allOnPage && items.some((c) => selected.has(c.id))} onChange={toggleAll} data-testid="cases-select-all" /> : null}
      {items.map((c) => (
        <Paper key={c.id} withBorder radius="sm" p="sm" data-testid="case-row" data-id={c.id} data-number={caseNumber(c)} aria-selected={selected.has(c.id)}>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            {can('cases.act') ? selectBox(c) : null}
            <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
              <div>{numberCell(c, true)}</div>
              <Group gap="xs">
                <StateBadge state={c.state} label={c.stateLabel} />
                <ClockBadge status={c.clockStatus} />
              </Group>
              <Text size="sm">
                {t('cases.filters.due')}: {c.nextDue ? short(c.nextDue.due) : t('cases.clock.none')}
              </Text>
              {bulkOutcome(c)}
              <div>{reportedCell(c)}</div>
              <Text size="xs" c="dimmed">
                {t('cases.columns.received')}: {short(c.receivedAt)} · {t('cases.columns.assignee')}: {assigneeOf(c)}
              </Text>
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
  const table = (
    <ListTable
      minWidth={880}
      testId="cases-table"
      hover
      columns={[t('cases.columns.number'), t('cases.columns.state'), t('cases.columns.reported'), t('cases.columns.received'), t('cases.columns.due'), t('cases.columns.assignee')]}
      lead={
        can('cases.act') ? (
          <Table.Th w={36}>
            <Checkbox aria-label={t('cases.selectAll')} checked={allOnPage} indeterminate={!allOnPage && items.some((c) => selected.has(c.id))} onChange={toggleAll} data-testid="cases-select-all" />
          </Table.Th>
        ) : null
      }
    >
      {items.map((c) => (
        <Table.Tr key={c.id} data-testid="case-row" data-id={c.id} data-number={caseNumber(c)} aria-selected={selected.has(c.id)}>
          {can('cases.act') ? <Table.Td>{selectBox(c)}</Table.Td> : null}
          <Table.Td>{numberCell(c)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <StateBadge state={c.state} label={c.stateLabel} />
            {bulkOutcome(c)}
          </Table.Td>
          <Table.Td miw={120}>{reportedCell(c)}</Table.Td>
          <Table.Td miw={96}>
            <Text size="sm">{short(c.receivedAt)}</Text>
          </Table.Td>
          <Table.Td miw={150}>{dueCell(c)}</Table.Td>
          <Table.Td>
            <Text size="sm">{assigneeOf(c)}</Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
  const activeFilters = KEYS.filter((k) => filters[k] !== '' && !(k === 'open' && filters.open === 'true') && !(k === 'sort' && filters.sort === 'received')).length;

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.intro')}
        actions={
          <>
            <Button variant="default" component={Link} to="/konsol/tenggat" data-testid="cases-board">
              {t('cases.board.title')}
            </Button>
            <Menu position="bottom-end" withinPortal width={300} styles={{ label: { whiteSpace: 'normal' }, itemLabel: { whiteSpace: 'normal' } }}>
              <Menu.Target>
                <Button variant="default" data-testid="cases-export">
                  {t('cases.export.button')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('cases.export.hint')}</Menu.Label>
                {([false, true] as const).map((semicolon) => (
                  <Menu.Item key={String(semicolon)} component="a" href={exportUrl(exportFilters, { semicolon, lang })} download data-testid={semicolon ? 'cases-export-semicolon' : 'cases-export-comma'}>
                    {t(semicolon ? 'cases.export.semicolon' : 'cases.export.comma')}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            {can('cases.intake') ? (
              <Button component={Link} to="/konsol/perkara/baru" data-testid="case-new">
                {t('cases.new')}
              </Button>
            ) : null}
          </>
        }
      />
      {handoff ? (
        <Alert color="teal" variant="light" mb="md" role="status" title={t('cases.handoff.title')} withCloseButton closeButtonLabel={t('common.close')} onClose={dismissHandoff} data-testid="handoff-notice">
          {handoff.officeName ? t('cases.handoff.delegated', { receipt: handoff.receiptNumber, office: handoff.officeName }) : t('cases.handoff.delegatedUnnamed', { receipt: handoff.receiptNumber })}
        </Alert>
      ) : null}
      {narrow ? (
        <Button variant="light" fullWidth mb="sm" onClick={() => setFiltersOpen((o) => !o)} aria-expanded={filtersOpen} aria-controls="cases-filters" data-testid="cases-filters-toggle">
          {filtersOpen ? t('cases.filters.hide') : activeFilters ? t('cases.filters.showActive', { count: activeFilters }) : t('cases.filters.show')}
        </Button>
      ) : null}
      {!narrow || filtersOpen ? (
        <div id="cases-filters">
          <CaseFilters value={filters} set={(p) => set({ ...p, offset: 0 })} assignees={assignees} />
        </div>
      ) : null}
      {selected.size > 0 && can('cases.act') ? <BulkBar selected={[...selected.values()]} onDone={bulkDone} onClear={() => setSelected(new Map())} /> : null}
      {results.size > 0 ? (
        <Text size="sm" mb="xs" role="status" data-testid="bulk-summary">
          {changedCount > 0
            ? t('cases.bulk.doneChanged', { ok: okCount, changed: changedCount, failed: results.size - okCount - changedCount })
            : t('cases.bulk.done', { ok: okCount, failed: results.size - okCount })}
        </Text>
      ) : null}
      <Paper withBorder radius="md" p="sm">
        <QueryState isPending={list.isPending} error={list.error}>
          {() =>
            items.length ? (
              <>
                <Text size="sm" c="dimmed" mb="xs" data-testid="cases-total">
                  {(list.data?.total ?? 0) > TOTAL_CAP ? t('cases.totalMore', { count: TOTAL_CAP }) : t('cases.total', { count: list.data?.total ?? 0 })}
                </Text>
                {narrow ? cards : table}
                <Pager offset={offset} limit={LIMIT} count={items.length} onChange={(o) => set({ offset: o })} />
              </>
            ) : (
              <Text c="dimmed" p="md" data-testid="cases-none">
                {t('cases.none')}
              </Text>
            )
          }
        </QueryState>
      </Paper>
    </>
  );
}
