// The clocks of a case: each running one with its status, its due instant in the case's local
// time, its legal basis and any warning flag; a paused notice; and every statutory deadline the
// law engine computed for the case.
import { Alert, Badge, Button, Card, Collapse, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { FlagBadge } from '../law/flag-badge.js';
import type { Flag } from '../law/law-api.js';
import { ClockBadge } from './case-badges.js';
import { useCaseFormat } from './case-format.js';
import type { CaseView } from './cases-api.js';

const CLOCKS = ['filing', 'temuan', 'kajianAwal', 'noticeToComplete', 'completion', 'decision', 'criminalForwarding'] as const;
type ClockId = (typeof CLOCKS)[number];
type Entry = { lastDay: string; due: string; citation: string; flag?: Flag; onTime?: boolean };

function entries(view: CaseView): Array<[ClockId, Entry]> {
  const d = view.deadlines as Partial<Record<ClockId, Entry>> | null;
  return d ? CLOCKS.flatMap((c) => (d[c] ? [[c, d[c]] as [ClockId, Entry]] : [])) : [];
}

const isClock = (c: string): c is ClockId => (CLOCKS as readonly string[]).includes(c);

export function DeadlinePanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { instant, day } = useCaseFormat();
  const [all, { toggle }] = useDisclosure(false);
  const law = entries(view);
  const byClock = new Map(law);
  const filing = view.deadlines?.filing;

  return (
    <Card withBorder radius="md" padding="md" data-testid="deadlines">
      <Title order={2} size="h4" mb="sm">
        {t('cases.deadlines.title')}
      </Title>
      <Stack gap="sm">
        {view.paused ? (
          <Alert color="yellow" variant="light" data-testid="deadline-paused">
            {t('cases.deadlines.paused')}
          </Alert>
        ) : null}
        {view.running.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="deadline-none">
            {view.kind === 'informasi-awal' ? t('cases.deadlines.informasiAwal') : t('cases.deadlines.noneRunning')}
          </Text>
        ) : null}
        {view.running.map((r) => {
          const entry = isClock(r.clock) ? byClock.get(r.clock) : undefined;
          return (
            <Stack key={r.clock} gap={2} data-testid="deadline-row" data-clock={r.clock} data-status={r.status} p="xs" style={{ borderLeft: `4px solid var(--mantine-color-${r.status === 'terlambat' ? 'red' : r.status === 'jatuh-tempo-hari-ini' ? 'orange' : 'green'}-6)` }}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fw={600}>{isClock(r.clock) ? t(`cases.clocks.${r.clock}`) : r.clock}</Text>
                <Group gap={6}>
                  <ClockBadge status={r.status} />
                  {entry?.flag ? <FlagBadge flag={entry.flag} compact testId="deadline-flag" /> : null}
                </Group>
              </Group>
              <Text size="sm" data-testid="deadline-due">
                {instant(r.due)}
              </Text>
              {entry ? (
                <Text size="xs" c="dimmed" data-testid="deadline-citation">
                  {t('law.basis')}: {entry.citation}
                </Text>
              ) : null}
            </Stack>
          );
        })}
        {filing ? (
          <Group gap={6}>
            <Text size="sm">{t('cases.deadlines.filing', { day: day(filing.lastDay) })}</Text>
            <Badge color={filing.onTime ? 'green' : 'red'} variant="light" style={{ textTransform: 'none' }} data-testid="deadline-filing">
              {filing.onTime ? t('law.calc.onTime') : t('law.calc.late')}
            </Badge>
          </Group>
        ) : null}
        {law.length > 0 ? (
          <>
            <Button variant="subtle" size="xs" onClick={toggle} style={{ alignSelf: 'flex-start' }} aria-expanded={all} data-testid="deadlines-all">
              {all ? t('cases.deadlines.hideAll') : t('cases.deadlines.showAll')}
            </Button>
            <Collapse in={all}>
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing={4} fz="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('cases.deadlines.clock')}</Table.Th>
                      <Table.Th>{t('law.calc.lastDay')}</Table.Th>
                      <Table.Th>{t('law.basis')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {law.map(([id, e]) => (
                      <Table.Tr key={id}>
                        <Table.Td>{t(`cases.clocks.${id}`)}</Table.Td>
                        <Table.Td>{instant(e.due)}</Table.Td>
                        <Table.Td>{e.citation}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Collapse>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
