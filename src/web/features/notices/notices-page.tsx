// Public notice board (papan pengumuman), no sign-in: the status notices each office has issued
// on reports and findings, with their PDFs. Only these reporter-free documents are public.
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INTAKE_KIND_LABELS, type IntakeKind } from '../../../core/cases/intake.js';
import { api } from '../../api/client.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { Pager } from '../../components/ui/pager.js';
import { navigate, useLocation, withQuery } from '../../router.js';
import { ListTable } from '../../components/ui/list-table.js';
import { SlashBreaks, useNarrowScreen } from '../../components/ui/narrow.js';

type Notice = {
  documentId: string;
  number: string;
  issuedAt: string;
  /** The letter's date in the office's time zone, as printed on it. */
  issuedOn: string;
  caseNumber: string;
  caseKind: string;
  status: { id: string; en: string };
  reportedAgency: string | null;
  office: { code: string; name: string };
  sha256: string;
};

const LIMIT = 30;
/** Offices of the Banten demo; offices that have published notices are added from the list itself. */
const KNOWN_OFFICES = [
  { code: 'kota-serang', name: 'Bawaslu Kota Serang' },
  { code: 'kab-serang', name: 'Bawaslu Kabupaten Serang' },
  { code: 'kota-cilegon', name: 'Bawaslu Kota Cilegon' },
  { code: 'banten', name: 'Bawaslu Provinsi Banten' },
];

const fileUrl = (id: string) => `/api/v1/public/notices/${id}/file`;

export function NoticesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { pathname, search } = useLocation();
  const office = search.get('kantor') ?? '';
  const offset = Number(search.get('offset') ?? 0) || 0;
  const list = useQuery({
    queryKey: ['public', 'notices', office, offset],
    queryFn: ({ signal }) => api.get<{ items: Notice[] }>('/api/v1/public/notices', { office, limit: LIMIT, offset }, signal),
    placeholderData: keepPreviousData,
  });
  const seen = (list.data?.items ?? []).map((n) => n.office).filter((o) => !KNOWN_OFFICES.some((k) => k.code === o.code));
  const offices = [...KNOWN_OFFICES, ...new Map(seen.map((o) => [o.code, o])).values()];
  const set = (patch: { kantor?: string; offset?: number }) => navigate(withQuery(pathname, { kantor: office, ...patch, offset: patch.offset || undefined }), { replace: true });
  const kindLabel = (k: string) => (k in INTAKE_KIND_LABELS ? INTAKE_KIND_LABELS[k as IntakeKind][lang] : k);
  const narrow = useNarrowScreen();

  // The pieces of one notice, shared by the table (wide screens) and the cards (phones, where a
  // table would put the case number's end, the agency and the PDF past the screen's edge).
  const status = (n: Notice) => (
    <Badge variant="light" style={{ textTransform: 'none' }} data-testid="notice-status">
      {lang === 'en' ? n.status.en : n.status.id}
    </Badge>
  );
  const caseCell = (n: Notice, wrap = false) => (
    <>
      <Text size="sm" ff="monospace">
        {wrap ? <SlashBreaks text={n.caseNumber} /> : n.caseNumber}
      </Text>
      <Text size="xs" c="dimmed">
        {kindLabel(n.caseKind)} · {n.office.name}
      </Text>
    </>
  );
  const numberCell = (n: Notice) => (
    <>
      <Text size="sm">{n.number}</Text>
      <Text size="xs" c="dimmed">
        {new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${n.issuedOn}T00:00:00Z`))}
      </Text>
    </>
  );
  const pdfCell = (n: Notice) => (
    <Stack gap={2}>
      <Anchor href={fileUrl(n.documentId)} target="_blank" rel="noopener" size="sm" data-testid="notice-pdf">
        {t('notices.pdf')}
      </Anchor>
      <Text size="xs" c="dimmed" ff="monospace" title={n.sha256} style={{ overflowWrap: 'anywhere' }}>
        SHA-256 {n.sha256.slice(0, 16)}…
      </Text>
    </Stack>
  );
  const rowProps = (n: Notice) => ({ 'data-testid': 'notice-row', 'data-document': n.documentId, 'data-case': n.caseNumber, 'data-office': n.office.code });
  const table = (items: Notice[]) => (
    <ListTable minWidth={760} testId="notices-table" columns={[t('notices.status'), t('notices.case'), t('notices.agency'), t('notices.number'), t('notices.document')]}>
      {items.map((n) => (
        <Table.Tr key={n.documentId} {...rowProps(n)}>
          <Table.Td>{status(n)}</Table.Td>
          <Table.Td>{caseCell(n)}</Table.Td>
          <Table.Td>
            <Text size="sm">{n.reportedAgency ?? '—'}</Text>
          </Table.Td>
          <Table.Td>{numberCell(n)}</Table.Td>
          <Table.Td>{pdfCell(n)}</Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
  const cards = (items: Notice[]) => (
    <Stack gap="xs" data-testid="notices-table" data-layout="cards">
      {items.map((n) => (
        <Paper key={n.documentId} withBorder radius="sm" p="sm" {...rowProps(n)}>
          <Stack gap={6}>
            <div>{status(n)}</div>
            <div>{caseCell(n, true)}</div>
            <Text size="sm">
              {t('notices.agency')}: {n.reportedAgency ?? '—'}
            </Text>
            <div>{numberCell(n)}</div>
            {pdfCell(n)}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );

  return (
    <>
      <PageHeader title={t('notices.title')} description={t('notices.intro')} />
      <Group mb="md" align="flex-end" role="search" aria-label={t('notices.filter')}>
        <Select
          label={t('notices.office')}
          value={office || 'all'}
          allowDeselect={false}
          onChange={(v) => set({ kantor: !v || v === 'all' ? '' : v, offset: 0 })}
          data={[{ value: 'all', label: t('notices.allOffices') }, ...offices.map((o) => ({ value: o.code, label: o.name }))]}
          data-testid="notices-filter-office"
          w={300}
          maw="100%"
        />
      </Group>
      <Paper withBorder radius="md" p="sm">
        <QueryState isPending={list.isPending} error={list.error}>
          {() =>
            list.data?.items.length ? (
              <>
                {narrow ? cards(list.data.items) : table(list.data.items)}
                <Pager offset={offset} limit={LIMIT} count={list.data.items.length} onChange={(o) => set({ offset: o })} />
              </>
            ) : (
              <Stack align="flex-start" p="md" gap="xs">
                <Text c="dimmed" data-testid="notices-none">
                  {t('notices.none')}
                </Text>
                {office ? (
                  <Button variant="subtle" size="xs" onClick={() => set({ kantor: '', offset: 0 })}>
                    {t('notices.allOffices')}
                  </Button>
                ) : null}
              </Stack>
            )
          }
        </QueryState>
      </Paper>
    </>
  );
}
