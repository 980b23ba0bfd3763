// Adding a non-working day, or correcting one (names, source, provisional, note; the date and
// kind of an existing entry are fixed: remove it and add another instead).
import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { useLabels } from '../../i18n/labels.js';
import { CALENDAR_KINDS, type CalendarAdminEntry, type CalendarChange, type CalendarEntryCreate, type CalendarEntryKind, type CalendarEntryUpdate } from './law-api.js';
import { formatDay } from './law-format.js';

type Props = { entry: CalendarAdminEntry | null; onClose: () => void; onDone: (change: CalendarChange, kind: 'added' | 'changed') => void };

export function CalendarEntryForm({ entry, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const [date, setDate] = useState(entry?.date ?? '');
  const [kind, setKind] = useState<CalendarEntryKind>(entry?.kind ?? 'libur-nasional');
  const [nameId, setNameId] = useState(entry?.nameId ?? '');
  const [nameEn, setNameEn] = useState(entry?.nameEn ?? '');
  const [source, setSource] = useState(entry?.source ?? '');
  const [provisional, setProvisional] = useState(entry?.provisional ?? false);
  const [note, setNote] = useState(entry?.note ?? '');

  const save = useMutation({
    mutationFn: (body: CalendarEntryCreate | CalendarEntryUpdate) =>
      entry ? api.patch<CalendarChange>(`/api/v1/law/calendar/entries/${entry.id}`, body) : api.post<CalendarChange>('/api/v1/law/calendar/entries', body),
    onSuccess: (change) => onDone(change, entry ? 'changed' : 'added'),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const common = { nameId: nameId.trim(), nameEn: nameEn.trim(), source: source.trim(), provisional, note: note.trim() || null };
    if (!entry) {
      save.mutate({ date, kind, ...common });
      return;
    }
    const changes: CalendarEntryUpdate = {};
    if (common.nameId !== entry.nameId) changes.nameId = common.nameId;
    if (common.nameEn !== entry.nameEn) changes.nameEn = common.nameEn;
    if (common.source !== entry.source) changes.source = common.source;
    if (provisional !== entry.provisional) changes.provisional = provisional;
    if (common.note !== entry.note) changes.note = common.note;
    if (Object.keys(changes).length) save.mutate(changes);
    else onClose();
  };
  const err = (f: string) => fieldError(save.error, f);

  return (
    <Modal opened onClose={onClose} title={entry ? t('law.calendar.editTitle', { date: formatDay(entry.date, lang) }) : t('law.calendar.new')} size="lg">
      <form onSubmit={submit} noValidate data-testid="calendar-form">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              type="date"
              label={t('law.calendar.date')}
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              disabled={!!entry}
              error={err('date')}
              data-testid="calendar-date"
            />
            <Select
              label={t('law.calendar.kind')}
              required
              value={kind}
              onChange={(v) => v && setKind(v as CalendarEntryKind)}
              allowDeselect={false}
              data={CALENDAR_KINDS.map((k) => ({ value: k, label: t(`law.kinds.${k}`) }))}
              disabled={!!entry}
              error={err('kind')}
              comboboxProps={{ withinPortal: true }}
              data-testid="calendar-kind"
            />
          </SimpleGrid>
          <TextInput label={t('law.calendar.nameId')} required value={nameId} onChange={(e) => setNameId(e.currentTarget.value)} error={err('nameId')} data-testid="calendar-nameId" />
          <TextInput label={t('law.calendar.nameEn')} required value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} error={err('nameEn')} data-testid="calendar-nameEn" />
          <Textarea
            label={t('law.calendar.source')}
            description={t('law.calendar.sourceHint')}
            required
            autosize
            minRows={1}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={err('source')}
            data-testid="calendar-source"
          />
          <Switch
            label={t('law.calendar.provisional')}
            description={t('law.calendar.provisionalHint')}
            checked={provisional}
            onChange={(e) => setProvisional(e.currentTarget.checked)}
            data-testid="calendar-provisional"
          />
          <Textarea label={t('law.calendar.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={err('note')} data-testid="calendar-note" />
          <ApiErrorAlert error={save.error} testId="calendar-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="calendar-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
