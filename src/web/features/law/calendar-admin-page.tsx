// /konsol/kalender: national administrators maintain the official calendar (holidays, collective
// leave, voting days). Each change recomputes the deadlines of open cases; the page says how many.
import { Affix, Alert, Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { PageHeader, QueryState, usePageTitle } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { navigate, useLocation, withQuery } from '../../router.js';
import { useUser } from '../auth/session.js';
import { CalendarEntries } from './calendar-entries.js';
import { CalendarEntryForm } from './calendar-entry-form.js';
import { type CalendarAdminEntry, type CalendarChange } from './law-api.js';
import { formatDay } from './law-format.js';

type Notice = { text: string; recomputed: number };

function NationalOnly() {
  const { t } = useTranslation();
  usePageTitle(t('errors.forbiddenTitle'));
  return (
    <Alert color="yellow" title={t('errors.forbiddenTitle')} data-testid="forbidden">
      {t('law.calendar.nationalOnly')}
    </Alert>
  );
}

function CalendarAdmin() {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  const thisYear = new Date().getFullYear();
  const year = Number(search.get('tahun')) || thisYear;
  const years = Array.from({ length: Math.max(thisYear + 2, 2027) - 2024 + 1 }, (_, i) => String(2024 + i));
  const [editing, setEditing] = useState<CalendarAdminEntry | 'new' | null>(null);
  const [removing, setRemoving] = useState<CalendarAdminEntry | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const list = useQuery({
    queryKey: ['law', 'calendar-entries', year],
    queryFn: ({ signal }) => api.get<{ items: CalendarAdminEntry[] }>('/api/v1/law/calendar/entries', { year }, signal),
  });
  const changed = (change: CalendarChange, text: string) => {
    setNotice({ text, recomputed: change.recomputedCases });
    void queryClient.invalidateQueries({ queryKey: ['law'] });
  };
  const closeRemove = () => {
    remove.reset();
    setRemoving(null);
  };
  const remove = useMutation({
    mutationFn: (id: string) => api.delete<CalendarChange>(`/api/v1/law/calendar/entries/${id}`),
    onSuccess: (change) => {
      setRemoving(null);
      changed(change, t('law.calendar.deleted'));
    },
  });

  return (
    <>
      <PageHeader
        title={t('law.calendar.title')}
        description={t('law.calendar.intro')}
        actions={
          <Button onClick={() => setEditing('new')} data-testid="calendar-new">
            {t('law.calendar.new')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('law.calendar.year')}
          value={String(year)}
          onChange={(v) => v && navigate(withQuery(pathname, { tahun: v }), { replace: true })}
          allowDeselect={false}
          data={years.includes(String(year)) ? years : [...years, String(year)]}
          w={140}
          data-testid="calendar-year"
        />
      </Group>
      <Stack gap="md">
        <Paper withBorder radius="md" p="sm">
          <QueryState isPending={list.isPending} error={list.error}>
            {() =>
              list.data?.items.length ? (
                <CalendarEntries items={list.data.items} onEdit={setEditing} onRemove={setRemoving} />
              ) : (
                <Text c="dimmed" p="md">
                  {t('law.calendar.none')}
                </Text>
              )
            }
          </QueryState>
        </Paper>
      </Stack>
      {notice ? (
        <Affix position={{ bottom: 16, right: 16 }} zIndex={300}>
          <Alert color="green" variant="filled" role="status" withCloseButton onClose={() => setNotice(null)} maw={380} data-testid="calendar-notice">
            {notice.text}{' '}
            <Text span fw={700} inherit data-testid="calendar-recomputed" data-count={notice.recomputed}>
              {t('law.calendar.recomputed', { count: notice.recomputed })}
            </Text>
          </Alert>
        </Affix>
      ) : null}
      {editing ? (
        <CalendarEntryForm
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(change, kind) => {
            setEditing(null);
            changed(change, kind === 'added' ? t('law.calendar.added') : t('law.calendar.changed'));
            const y = Number(change.entry.date.slice(0, 4));
            if (y !== year) navigate(withQuery(pathname, { tahun: y }), { replace: true });
          }}
        />
      ) : null}
      <Modal opened={!!removing} onClose={closeRemove} title={t('law.calendar.removeTitle')}>
        {removing ? (
          <Stack gap="md">
            <Text size="sm">{t('law.calendar.removeText', { name: lang === 'en' ? removing.nameEn : removing.nameId, date: formatDay(removing.date, lang) })}</Text>
            <ApiErrorAlert error={remove.error} testId="calendar-error" />
            <Group justify="flex-end">
              <Button variant="default" onClick={closeRemove}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(removing.id)} data-testid="calendar-confirm">
                {t('law.calendar.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}

export function CalendarAdminPage() {
  const user = useUser();
  return user.office.regionCode === null ? <CalendarAdmin /> : <NationalOnly />;
}
