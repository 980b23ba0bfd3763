// The official non-working days between the day a report was received and the last deadline, so
// users see why a deadline counted in working days moved.
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { useCalendarYears, type LawCalendarResponse } from './law-api.js';
import { datesBetween, formatDay, weekday } from './law-format.js';

type Day = LawCalendarResponse['days'][number];

export function NonWorkingDays({ from, to, weekendDays }: { from: string; to: string; weekendDays: number[] }) {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const years = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
  const calendars = useCalendarYears(years);
  const pending = calendars.some((c) => c.isPending);
  const loaded = calendars.flatMap((c) => (c.data ? [c.data] : []));
  const days: Day[] = loaded.flatMap((c) => c.days).filter((d) => d.date >= from && d.date <= to);
  const holidayDates = new Set(days.map((d) => d.date));
  const weekends = datesBetween(from, to).filter((d) => weekendDays.includes(weekday(d)) && !holidayDates.has(d)).length;
  const uncovered = loaded.filter((c) => !c.covered).map((c) => c.year);

  return (
    <Paper withBorder radius="md" p="md" data-testid="calc-nonworking">
      <Title order={3} size="h5" mb={4}>
        {t('law.calc.nonWorking', { from: formatDay(from, lang), to: formatDay(to, lang) })}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('law.calc.nonWorkingIntro')}
      </Text>
      {pending ? (
        <Loading />
      ) : (
        <Stack gap="xs">
          {uncovered.map((year) => (
            <Alert key={year} color="yellow" variant="light" p="xs">
              {t('law.calc.notCovered', { year })}
            </Alert>
          ))}
          {days.length ? (
            <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {days.map((d) => (
                <Group key={`${d.date}-${d.kind}`} component="li" gap={8} wrap="wrap" data-testid="calc-nonworking-day" data-date={d.date}>
                  <Text size="sm" fw={600}>
                    {formatDay(d.date, lang)}
                  </Text>
                  <Badge variant="light" color={d.kind === 'cuti-bersama' ? 'grape' : 'red'} size="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
                    {t(`law.kinds.${d.kind}`)}
                  </Badge>
                  {d.provisional ? (
                    <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
                      {t('law.provisional')}
                    </Badge>
                  ) : null}
                  <Text size="sm">{lang === 'en' ? d.nameEn : d.nameId}</Text>
                </Group>
              ))}
            </Stack>
          ) : (
            <Text size="sm">{t('law.calc.noHolidays')}</Text>
          )}
          {weekends > 0 ? <Text size="sm">{t('law.calc.weekends', { count: weekends })}</Text> : null}
        </Stack>
      )}
    </Paper>
  );
}
