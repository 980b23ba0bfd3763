// The public deadline calculator: regime, region (its time zone), the day the violation became
// known, when the report was received, optional registration and plenary decision, and the
// extension switch. Times are entered in the region's local time and sent with its UTC offset.
import { Button, Divider, Grid, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Region } from '../../api/types.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { QueryState } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { RegionPicker } from '../regions/region-picker.js';
import { DeadlineResults, RegimeSettings, resultEntries } from './deadline-results.js';
import { UTC_OFFSETS, useRegimes, type LawDeadlinesRequest, type LawDeadlinesResponse } from './law-api.js';
import { NonWorkingDays } from './non-working-days.js';

type Instant = { date: string; time: string };
const EMPTY: Instant = { date: '', time: '' };

function toInstant(v: Instant, offset: string): string | undefined {
  if (!v.date || !v.time) return undefined;
  return `${v.date}T${v.time.length === 5 ? `${v.time}:00` : v.time}${offset}`;
}

function InstantFields({ value, onChange, labels, testId, error }: { value: Instant; onChange: (v: Instant) => void; labels: [string, string]; testId: string; error?: string }) {
  return (
    <SimpleGrid cols={2} spacing="sm">
      <TextInput type="date" label={labels[0]} value={value.date} onChange={(e) => onChange({ ...value, date: e.currentTarget.value })} error={error} data-testid={`${testId}-date`} />
      <TextInput type="time" label={labels[1]} value={value.time} onChange={(e) => onChange({ ...value, time: e.currentTarget.value })} error={error ? ' ' : undefined} data-testid={`${testId}-time`} />
    </SimpleGrid>
  );
}

export function DeadlineCalculator() {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const regimes = useRegimes();
  const [regimeId, setRegimeId] = useState('pilkada-2024');
  const [region, setRegion] = useState<Region | null>(null);
  const [knownOn, setKnownOn] = useState('');
  const [received, setReceived] = useState<Instant>(EMPTY);
  const [registered, setRegistered] = useState<Instant>(EMPTY);
  const [decided, setDecided] = useState<Instant>(EMPTY);
  const [extended, setExtended] = useState(false);
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const compute = useMutation({
    mutationFn: (body: LawDeadlinesRequest) => api.post<LawDeadlinesResponse>('/api/v1/law/deadlines', body),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const offset = UTC_OFFSETS[region?.timeZone ?? 'WIB'] ?? '+07:00';
    const receivedAt = toInstant(received, offset);
    const gaps = {
      region: !region,
      knownOn: !knownOn,
      received: !receivedAt,
      registered: !!(registered.date || registered.time) && !toInstant(registered, offset),
      decided: !!(decided.date || decided.time) && !toInstant(decided, offset),
    };
    setMissing(gaps);
    if (Object.values(gaps).some(Boolean) || !region || !receivedAt) return;
    compute.mutate({
      regime: regimeId,
      regionCode: region.code,
      knownOn,
      receivedAt,
      registeredAt: toInstant(registered, offset),
      decidedAt: toInstant(decided, offset),
      extended,
    });
  };

  const err = (f: string) => fieldError(compute.error, f);
  const required = t('law.calc.required');
  const needTime = t('law.calc.needTime');
  const result = compute.data;
  const resultRegime = regimes.data?.regimes.find((r) => r.id === result?.regime);
  // The range the deadlines were counted over: from the earliest anchor (often the day the
  // violation became known) to the last deadline.
  const entries = result ? resultEntries(result) : [];
  const firstDay = entries.reduce((min, [, e]) => (e.anchorDate < min ? e.anchorDate : min), result?.receivedOn ?? '');
  const lastDay = entries.reduce((max, [, e]) => (e.lastDay > max ? e.lastDay : max), result?.receivedOn ?? '');
  const selected = regimes.data?.regimes.find((r) => r.id === regimeId);

  return (
    <QueryState isPending={regimes.isPending} error={regimes.error}>
      {() => (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate aria-label={t('law.calc.title')}>
              <Stack gap="md">
                <Select
                  label={t('law.regime')}
                  value={regimeId}
                  onChange={(v) => v && setRegimeId(v)}
                  allowDeselect={false}
                  data={(regimes.data?.regimes ?? []).map((r) => ({ value: r.id, label: lang === 'en' ? r.nameEn : r.nameId }))}
                  description={selected ? t('law.version', { version: selected.version }) : undefined}
                  data-testid="calc-regime"
                />
                <div>
                  <RegionPicker label={t('law.calc.region')} value={region} onChange={setRegion} required error={missing.region ? required : err('regionCode')} testId="calc-region" />
                  {region ? (
                    <Text size="xs" c="dimmed" mt={4} data-testid="calc-timezone">
                      {t('law.calc.timeZone', { tz: region.timeZone, offset: UTC_OFFSETS[region.timeZone] })}
                    </Text>
                  ) : null}
                </div>
                <TextInput
                  type="date"
                  label={t('law.calc.knownOn')}
                  required
                  value={knownOn}
                  onChange={(e) => setKnownOn(e.currentTarget.value)}
                  error={missing.knownOn ? required : err('knownOn')}
                  data-testid="calc-known-on"
                />
                <InstantFields
                  value={received}
                  onChange={setReceived}
                  labels={[t('law.calc.receivedDate'), t('law.calc.receivedTime')]}
                  testId="calc-received"
                  error={missing.received ? needTime : err('receivedAt')}
                />
                <Switch label={t('law.calc.extended')} description={t('law.calc.extendedHint')} checked={extended} onChange={(e) => setExtended(e.currentTarget.checked)} data-testid="calc-extended" />
                <Divider label={t('law.calc.optional')} labelPosition="left" />
                <Stack gap="sm">
                  <InstantFields
                    value={registered}
                    onChange={setRegistered}
                    labels={[t('law.calc.registeredDate'), t('law.calc.registeredTime')]}
                    testId="calc-registered"
                    error={missing.registered ? needTime : err('registeredAt')}
                  />
                  <InstantFields
                    value={decided}
                    onChange={setDecided}
                    labels={[t('law.calc.decidedDate'), t('law.calc.decidedTime')]}
                    testId="calc-decided"
                    error={missing.decided ? needTime : err('decidedAt')}
                  />
                </Stack>
                <ApiErrorAlert error={compute.error} testId="calc-error" />
                <Button type="submit" loading={compute.isPending} data-testid="calc-submit">
                  {t('law.calc.submit')}
                </Button>
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              {result && resultRegime ? <DeadlineResults result={result} regime={resultRegime} regionName={region?.name ?? result.regionCode} /> : null}
              {result && firstDay && lastDay ? <NonWorkingDays from={firstDay} to={lastDay} weekendDays={resultRegime?.workWeek.weekendDays ?? [0, 6]} /> : null}
              {selected ? <RegimeSettings regime={resultRegime ?? selected} /> : null}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </QueryState>
  );
}
