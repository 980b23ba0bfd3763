// The office's deadline board: open cases by nearest deadline, grouped Terlambat / Jatuh tempo
// hari ini / Minggu ini / Lainnya. Also the small summary card of the console's home page.
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { SummaryCard } from '../../components/ui/summary-card.js';
import { Link } from '../../router.js';
import { caseNumber } from './bulk-bar.js';
import { ClockBadge, StateBadge } from './case-badges.js';
import { useCaseFormat } from './case-format.js';
import { useDeadlineBoard, useDeadlineCounts, type CaseListItem } from './cases-api.js';

export const BOARD_GROUPS = ['terlambat', 'hari-ini', 'minggu-ini', 'lainnya'] as const;
export type BoardGroup = (typeof BOARD_GROUPS)[number];
const COLORS: Record<BoardGroup, string> = { terlambat: 'red', 'hari-ini': 'orange', 'minggu-ini': 'yellow', lainnya: 'gray' };
const WEEK = 7 * 86_400_000;
const CLOCK_IDS = ['filing', 'temuan', 'kajianAwal', 'noticeToComplete', 'completion', 'decision', 'criminalForwarding'] as const;

export function boardGroup(c: CaseListItem, now = Date.now()): BoardGroup {
  if (c.clockStatus === 'terlambat') return 'terlambat';
  if (c.clockStatus === 'jatuh-tempo-hari-ini') return 'hari-ini';
  if (c.nextDue && Date.parse(c.nextDue.due) - now <= WEEK) return 'minggu-ini';
  return 'lainnya';
}

export function groupBoard(items: CaseListItem[]): Record<BoardGroup, CaseListItem[]> {
  const out: Record<BoardGroup, CaseListItem[]> = { terlambat: [], 'hari-ini': [], 'minggu-ini': [], lainnya: [] };
  const now = Date.now();
  for (const c of items) out[boardGroup(c, now)].push(c);
  return out;
}

/** `count`: the group's exact size when the server counted it (the list may stop at 200). */
function GroupTable({ group, items, count }: { group: BoardGroup; items: CaseListItem[]; count?: number | undefined }) {
  const { t } = useTranslation();
  const { short } = useCaseFormat();
  const clock = (id: string) => ((CLOCK_IDS as readonly string[]).includes(id) ? t(`cases.clocks.${id as 'decision'}`) : id);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="board-group" data-group={group} component="section" aria-labelledby={`board-${group}`}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id={`board-${group}`}>
          {t(`cases.board.groups.${group}`)}
        </Title>
        <Badge color={COLORS[group]} variant={group === 'lainnya' ? 'light' : 'filled'} data-testid="board-group-count">
          {count ?? items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.board.empty')}
        </Text>
      ) : (
        <Stack gap={0}>
          {items.map((c) => (
            <Group key={c.id} justify="space-between" align="flex-start" wrap="wrap" gap="xs" py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} data-testid="board-row" data-id={c.id}>
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                <Anchor component={Link} to={`/konsol/perkara/${c.id}`} ff="monospace" size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {caseNumber(c)}
                </Anchor>
                <Group gap={6} wrap="wrap">
                  <StateBadge state={c.state} label={c.stateLabel} />
                  <Text size="sm">{c.reportedPartyName ?? ''}</Text>
                  {c.reportedAgency ? (
                    <Text size="xs" c="dimmed">
                      {c.reportedAgency}
                    </Text>
                  ) : null}
                </Group>
              </Stack>
              <Stack gap={2} align="flex-end" style={{ flex: '0 1 auto' }}>
                {c.nextDue ? (
                  <>
                    <Group gap={6} wrap="nowrap">
                      <ClockBadge status={c.clockStatus} size="xs" />
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {short(c.nextDue.due)}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {clock(c.nextDue.clock)}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('cases.clock.none')}
                  </Text>
                )}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

export function DeadlineBoardPage() {
  const { t } = useTranslation();
  const board = useDeadlineBoard();
  const counts = useDeadlineCounts();
  return (
    <>
      <PageHeader title={t('cases.board.title')} description={t('cases.board.intro')} />
      <QueryState isPending={board.isPending} error={board.error}>
        {() => {
          const groups = groupBoard(board.data?.items ?? []);
          return (
            <Stack gap="md" data-testid="deadline-board">
              {(board.data?.total ?? 0) > (board.data?.items.length ?? 0) ? (
                <Text size="sm" c="dimmed">
                  {t('cases.board.capped', { shown: board.data?.items.length, total: board.data?.total })}
                </Text>
              ) : null}
              {BOARD_GROUPS.map((g) => (
                <GroupTable key={g} group={g} items={groups[g]} count={g === 'lainnya' ? undefined : counts.data?.[g]} />
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

/** Where each count of the home's summary leads: the inbox filtered alike, or the board. */
const SUMMARY_LINKS: Record<Exclude<BoardGroup, 'lainnya'>, string> = {
  terlambat: '/konsol/perkara?due=terlambat&sort=due',
  'hari-ini': '/konsol/perkara?due=hari-ini&sort=due',
  // The inbox's "within 7 days" includes today's: the board shows this group alone.
  'minggu-ini': '/konsol/tenggat',
};

/** The console home's summary: how many open cases are overdue, due today, due this week. */
export function DeadlineSummaryCard() {
  const { t } = useTranslation();
  const counts = useDeadlineCounts();
  return (
    <SummaryCard title={t('cases.board.title')} to="/konsol/tenggat" linkLabel={t('cases.board.open')} testId="dashboard-deadlines">
      <SimpleGrid cols={3} spacing="sm">
        {(['terlambat', 'hari-ini', 'minggu-ini'] as const).map((g) => (
          <Anchor key={g} component={Link} to={SUMMARY_LINKS[g]} underline="never" c="inherit" data-testid={`dashboard-deadlines-link-${g}`}>
            <Text fz={28} fw={800} c={`${COLORS[g]}.8`} lh={1.1} data-testid={`dashboard-deadlines-${g}`}>
              {counts.data ? counts.data[g] : counts.isError ? '—' : '…'}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`cases.board.groups.${g}`)}
            </Text>
          </Anchor>
        ))}
      </SimpleGrid>
    </SummaryCard>
  );
}
