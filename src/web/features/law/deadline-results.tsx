// The computed deadlines, one card per clock: its name, last day, due instant, how it was counted,
// whether it was met, its legal basis and any warning flag.
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels.js';
import { FlagBadge } from './flag-badge.js';
import type { Flag, LawDeadlinesResponse, LawRegime } from './law-api.js';
import { formatDay, localTime } from './law-format.js';

type Result = LawDeadlinesResponse;
type Entry = Result['filing'];
type ClockId = 'filing' | 'temuan' | 'kajianAwal' | 'noticeToComplete' | 'completion' | 'decision' | 'criminalForwarding';
const ORDER: ClockId[] = ['filing', 'temuan', 'kajianAwal', 'noticeToComplete', 'completion', 'decision', 'criminalForwarding'];

/** The clocks of a result in legal order, skipping those that were not computed. */
export function resultEntries(result: Result): Array<[ClockId, Entry & { onTime?: boolean }]> {
  return ORDER.flatMap((id) => {
    const entry = result[id];
    return entry ? [[id, entry] as [ClockId, Entry]] : [];
  });
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      {children}
    </div>
  );
}

function ClockCard({ id, entry, regime, result }: { id: ClockId; entry: Entry & { onTime?: boolean }; regime: LawRegime; result: Result }) {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const rule = regime.clocks[id];
  const name = rule ? (lang === 'en' ? rule.nameEn : rule.nameId) : id;
  const flag = (entry.flag ?? rule?.flag) as Flag | undefined;
  const unit = t(`law.calc.counting.${entry.counting}`, { count: entry.amount });
  const decision = id === 'decision' ? result.decision : null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="calc-row" data-clock={id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h5">
            {name}
          </Title>
          <Group gap={6}>
            {entry.onTime === true ? (
              <Badge color="green" variant="light" data-testid="calc-on-time">
                {t('law.calc.onTime')}
              </Badge>
            ) : entry.onTime === false ? (
              <Badge color="red" variant="filled" data-testid="calc-on-time">
                {t('law.calc.late')}
              </Badge>
            ) : null}
            {entry.provisional ? (
              <Badge color="gray" variant="outline" data-testid="calc-provisional">
                {t('law.provisional')}
              </Badge>
            ) : null}
            {flag ? <FlagBadge flag={flag} note={lang === 'en' ? rule?.noteEn : undefined} /> : null}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <Fact label={t('law.calc.lastDay')}>
            <Text fw={700} size="lg" data-testid="calc-last-day">
              {formatDay(entry.lastDay, lang)}
            </Text>
            <Text size="sm" data-testid="calc-due">
              {t('law.calc.dueAt', { time: localTime(entry.due, lang), tz: result.timeZone })}
            </Text>
          </Fact>
          <Fact label={t('law.basis')}>
            <Text size="sm" data-testid="calc-citation">
              {entry.citation}
            </Text>
            <Text size="sm" c="dimmed" data-testid="calc-counting" data-counting={entry.counting}>
              {t('law.calc.counted', { amount: entry.amount, unit, from: formatDay(entry.anchorDate, lang) })}
            </Text>
          </Fact>
        </SimpleGrid>
        {decision ? (
          <Text size="sm" c="dimmed" data-testid="calc-extension">
            {decision.extended
              ? t('law.calc.base', { day: formatDay(decision.baseLastDay, lang) })
              : t('law.calc.ifExtended', {
                  day: formatDay(decision.lastDayIfExtended, lang),
                  unit: t(`law.calc.counting.${decision.countingIfExtended}`),
                  citation: decision.citationIfExtended,
                })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Setting({ label, value, citation, flag, note }: { label: string; value: string; citation: string; flag?: Flag; note?: string }) {
  return (
    <Stack gap={2} data-testid="calc-setting">
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {label}: <Text span fw={400}>{value}</Text>
        </Text>
        {flag ? <FlagBadge flag={flag} note={note} testId="calc-setting-flag" /> : null}
      </Group>
      <Text size="xs" c="dimmed">
        {citation}
      </Text>
    </Stack>
  );
}

export function RegimeSettings({ regime }: { regime: LawRegime }) {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const { cutiBersamaIsWorkingDay: cuti, votingDayReception: voting, weekendDays } = regime.settings;
  const note = (n?: string) => (lang === 'en' ? n : undefined);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h5" mb="xs">
        {t('law.calc.settings')}
      </Title>
      <Stack gap="sm">
        <Setting label={t('law.calc.workWeek')} value={t('law.calc.workWeekValue')} citation={weekendDays.citation} flag={weekendDays.flag} note={note(weekendDays.noteEn)} />
        <Setting label={t('law.calc.cutiBersama')} value={cuti.value ? t('law.calc.cutiBersamaWorking') : t('law.calc.cutiBersamaOff')} citation={cuti.citation} flag={cuti.flag} note={note(cuti.noteEn)} />
        <Setting
          label={t('law.calc.votingDay')}
          value={t('law.calc.votingDayValue', { from: voting.value.from, to: voting.value.to })}
          citation={voting.citation}
          flag={voting.flag}
          note={note(voting.noteEn)}
        />
        <Text size="xs" c="dimmed">
          {t('law.flag.legend')}
        </Text>
      </Stack>
    </Paper>
  );
}

export function DeadlineResults({ result, regime, regionName }: { result: Result; regime: LawRegime; regionName: string }) {
  const { t } = useTranslation();
  const { lang } = useLabels();
  return (
    <Stack gap="sm" data-testid="calc-result" aria-live="polite">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Title order={2} size="h3">
          {t('law.calc.result')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('law.calc.resultIntro', { regime: lang === 'en' ? regime.nameEn : regime.nameId, region: regionName, tz: result.timeZone })} ·{' '}
          {t('law.version', { version: result.regimeVersion })}
        </Text>
      </Group>
      {result.provisional ? (
        <Alert color="yellow" variant="light" data-testid="calc-provisional-note">
          {t('law.calc.provisionalText')}
        </Alert>
      ) : null}
      {resultEntries(result).map(([id, entry]) => (
        <ClockCard key={id} id={id} entry={entry} regime={regime} result={result} />
      ))}
    </Stack>
  );
}
