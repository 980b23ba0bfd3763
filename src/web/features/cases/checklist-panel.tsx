// The kajian awal checklist: each formal and material requirement, with its article, assessed as
// memenuhi / tidak memenuhi (with a reason) / belum dinilai. Saved as the nilai-syarat action.
// Beside 'Disampaikan dalam batas waktu' of a laporan it shows what the law engine's filing clock
// says; assessing a late laporan as in time needs a note (the server refuses it without one).
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useTranslation } from 'react-i18next';
import { FlagBadge } from '../law/flag-badge.js';
import { ActionError, useCaseAction } from './action-shell.js';
import { useCaseFormat } from './case-format.js';
import type { CaseView } from './cases-api.js';

type Result = 'memenuhi' | 'tidak-memenuhi' | 'belum-dinilai';
const RESULTS: Result[] = ['memenuhi', 'tidak-memenuhi', 'belum-dinilai'];
const COLORS: Record<Result, string> = { memenuhi: 'green', 'tidak-memenuhi': 'red', 'belum-dinilai': 'gray' };

export function ChecklistPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { bi, day } = useCaseFormat();
  const filing = view.kind === 'laporan' ? view.deadlines?.filing : undefined;
  const editable = view.availableActions.some((a) => a.action === 'nilai-syarat' && a.enabled);
  const initial = () => Object.fromEntries(view.checklist.map((c) => [c.itemId, { result: c.result as Result, note: c.note ?? '' }]));
  const [entries, setEntries] = useState(initial);
  // Changed by this person since the last save: until then the panel follows the case as it is
  // read (someone else's assessment shows), and the save is sent against the case as it was when
  // they began (If-Match).
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);
  const run = useCaseAction(view, {
    editing: touched,
    onDone: () => {
      setSaved(true);
      setTouched(false);
    },
  });
  const { revision } = view;
  useEffect(() => {
    // re-read when the case moves on (its revision), not at each render
    if (!touched) setEntries(initial());
  }, [revision, touched]);
  if (view.checklist.length === 0) return null;
  const changedMeanwhile = run.error instanceof ApiError && run.error.code === 'CASE_CHANGED';
  const discard = () => {
    setTouched(false);
    setEntries(initial());
    run.reset();
  };

  const set = (itemId: string, patch: Partial<{ result: Result; note: string }>) => {
    setSaved(false);
    setTouched(true);
    setEntries((e) => ({ ...e, [itemId]: { result: 'belum-dinilai', note: '', ...e[itemId], ...patch } }));
  };
  const dirty = view.checklist.some((c) => entries[c.itemId]?.result !== c.result || (entries[c.itemId]?.note ?? '') !== (c.note ?? ''));
  const save = () =>
    run.mutate({
      action: 'nilai-syarat',
      payload: { entries: view.checklist.map((c) => ({ itemId: c.itemId, result: entries[c.itemId]?.result ?? 'belum-dinilai', ...(entries[c.itemId]?.note.trim() ? { note: entries[c.itemId]?.note.trim() } : {}) })) },
    });
  const groups = ['formal', 'materiil'] as const;
  const lateButMet = filing?.onTime === false && entries['tepat-waktu']?.result === 'memenuhi';

  return (
    <Card withBorder radius="md" padding="md" id="checklist" data-testid="checklist" style={{ scrollMarginTop: 72 }}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4">
          {t('cases.checklist.title')}
        </Title>
        {editable ? (
          <Button variant="subtle" size="xs" onClick={() => view.checklist.forEach((c) => set(c.itemId, { result: 'memenuhi' }))} data-testid="checklist-all-met">
            {t('cases.checklist.allMet')}
          </Button>
        ) : null}
      </Group>
      {!editable ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('cases.checklist.readOnly')}
        </Text>
      ) : null}
      <Stack gap="md">
        {groups.map((g) => (
          <Stack key={g} gap="sm">
            <Text fw={700} size="sm" tt="uppercase" c="dimmed">
              {t(`cases.checklist.groups.${g}`)}
            </Text>
            {view.checklist
              .filter((c) => c.group === g)
              .map((c) => {
                const entry = entries[c.itemId] ?? { result: 'belum-dinilai' as Result, note: '' };
                return (
                  <Stack key={c.itemId} gap={4} data-testid="checklist-item" data-item={c.itemId} data-result={entry.result} role="group" aria-label={bi(c.label)}>
                    <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                      <div style={{ flex: 1, minWidth: 200 }}>
                        <Group gap={6}>
                          <Text fw={600} size="sm">
                            {bi(c.label)}
                          </Text>
                          {c.flag ? <FlagBadge flag={c.flag} compact testId="checklist-flag" /> : null}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {c.citation}
                        </Text>
                        {c.itemId === 'tepat-waktu' && filing ? (
                          <Text size="xs" fw={600} c={filing.onTime ? 'green.8' : 'red.8'} data-testid="checklist-filing-clock" data-on-time={String(filing.onTime)}>
                            {t(filing.onTime ? 'cases.checklist.filingOnTime' : 'cases.checklist.filingLate', { day: day(filing.lastDay) })}
                          </Text>
                        ) : null}
                      </div>
                      {editable ? (
                        <SegmentedControl
                          size="xs"
                          value={entry.result}
                          onChange={(v) => set(c.itemId, { result: v as Result })}
                          data={RESULTS.map((r) => ({ value: r, label: t(`cases.checklist.results.${r}`) }))}
                          color={COLORS[entry.result]}
                          data-testid={`checklist-result-${c.itemId}`}
                          aria-label={`${bi(c.label)}: ${t('cases.checklist.result')}`}
                        />
                      ) : (
                        <Badge color={COLORS[entry.result]} variant="light" style={{ textTransform: 'none' }} data-testid={`checklist-result-${c.itemId}`}>
                          {t(`cases.checklist.results.${entry.result}`)}
                        </Badge>
                      )}
                    </Group>
                    {editable && (entry.result === 'tidak-memenuhi' || (lateButMet && c.itemId === 'tepat-waktu')) ? (
                      <Textarea
                        size="xs"
                        label={t(entry.result === 'tidak-memenuhi' ? 'cases.checklist.note' : 'cases.checklist.lateNote')}
                        required
                        autosize
                        minRows={1}
                        value={entry.note}
                        onChange={(e) => set(c.itemId, { note: e.currentTarget.value })}
                        data-testid={`checklist-note-${c.itemId}`}
                      />
                    ) : !editable && c.note ? (
                      <Text size="xs">{c.note}</Text>
                    ) : null}
                  </Stack>
                );
              })}
          </Stack>
        ))}
        {editable ? (
          <>
            <ActionError error={run.error} testId="checklist-error" />
            <Group>
              <Button onClick={save} loading={run.isPending} disabled={!dirty} data-testid="checklist-submit">
                {t('cases.checklist.save')}
              </Button>
              {changedMeanwhile ? (
                <Button variant="default" onClick={discard} data-testid="checklist-discard">
                  {t('cases.checklist.discard')}
                </Button>
              ) : null}
              {saved && !dirty ? (
                <Text size="sm" c="green.8" role="status" data-testid="checklist-saved">
                  {t('cases.checklist.saved')}
                </Text>
              ) : null}
            </Group>
          </>
        ) : null}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        {t('law.flag.legend')}
      </Text>
    </Card>
  );
}
