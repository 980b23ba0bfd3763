// The entries of one calendar year: a table on wide screens, cards on phones. Removed entries stay
// listed, struck through, so the history of corrections is visible.
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels.js';
import type { CalendarAdminEntry } from './law-api.js';
import { formatDay } from './law-format.js';
import { ListTable } from '../../components/ui/list-table.js';

type Props = { items: CalendarAdminEntry[]; onEdit: (e: CalendarAdminEntry) => void; onRemove: (e: CalendarAdminEntry) => void };
type EntryProps = { e: CalendarAdminEntry; onEdit: () => void; onRemove: () => void };

const badge = { textTransform: 'none', minWidth: 'max-content' } as const;
const KIND_COLORS = { 'libur-nasional': 'red', 'cuti-bersama': 'grape', 'libur-pemungutan-suara': 'blue' } as const;

function struck(e: CalendarAdminEntry): CSSProperties | undefined {
  return e.removed ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } : undefined;
}

function KindBadge({ e }: { e: CalendarAdminEntry }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={KIND_COLORS[e.kind]} size="sm" style={badge}>
      {t(`law.kinds.${e.kind}`)}
    </Badge>
  );
}

function Status({ e }: { e: CalendarAdminEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge variant="outline" color={e.origin === 'admin' ? 'netra' : 'gray'} size="sm" style={badge}>
        {t(`law.calendar.origins.${e.origin}`)}
      </Badge>
      {e.provisional ? (
        <Badge variant="light" color="yellow" size="sm" style={badge}>
          {t('law.provisional')}
        </Badge>
      ) : null}
      {e.removed ? (
        <Badge variant="filled" color="gray" size="sm" style={badge}>
          {t('law.calendar.removed')}
        </Badge>
      ) : null}
    </>
  );
}

function Names({ e }: { e: CalendarAdminEntry }) {
  return (
    <div style={struck(e)}>
      <Text size="sm" fw={500} inherit>
        {e.nameId}
      </Text>
      <Text size="xs" c="dimmed" inherit>
        {e.nameEn}
      </Text>
      {e.note ? (
        <Text size="xs" c="dimmed" fs="italic">
          {e.note}
        </Text>
      ) : null}
    </div>
  );
}

function Actions({ e, onEdit, onRemove }: EntryProps) {
  const { t } = useTranslation();
  if (e.removed) return null;
  return (
    <Group gap={4}>
      <Button size="compact-xs" variant="default" onClick={onEdit} data-testid="calendar-edit">
        {t('law.calendar.edit')}
      </Button>
      <Button size="compact-xs" variant="light" color="red" onClick={onRemove} data-testid="calendar-remove">
        {t('law.calendar.remove')}
      </Button>
    </Group>
  );
}

function EntryRow(p: EntryProps) {
  const { lang } = useLabels();
  const { e } = p;
  return (
    <Table.Tr data-testid="calendar-row" data-date={e.date} data-removed={e.removed || undefined}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" mb={4} style={struck(e)}>
          {formatDay(e.date, lang)}
        </Text>
        <KindBadge e={e} />
      </Table.Td>
      <Table.Td>
        <Names e={e} />
      </Table.Td>
      <Table.Td style={{ ...struck(e), width: '28%' }}>
        <Text size="xs" lineClamp={2} title={e.source} inherit>
          {e.source}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Status e={e} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Actions {...p} />
      </Table.Td>
    </Table.Tr>
  );
}

function EntryCard(p: EntryProps) {
  const { lang } = useLabels();
  const { e } = p;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="calendar-row" data-date={e.date} data-removed={e.removed || undefined}>
      <Stack gap={6}>
        <Text size="sm" fw={600} style={struck(e)}>
          {formatDay(e.date, lang)}
        </Text>
        <Group gap={4}>
          <KindBadge e={e} />
          <Status e={e} />
        </Group>
        <Names e={e} />
        <Text size="xs" c="dimmed" lineClamp={3} style={struck(e)}>
          {e.source}
        </Text>
        <Actions {...p} />
      </Stack>
    </Paper>
  );
}

export function CalendarEntries({ items, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  if (narrow) {
    return (
      <Stack gap="xs" data-testid="calendar-table">
        {items.map((e) => (
          <EntryCard key={e.id} e={e} onEdit={() => onEdit(e)} onRemove={() => onRemove(e)} />
        ))}
      </Stack>
    );
  }
  return (
    <ListTable minWidth={820} testId="calendar-table" caption={t('law.calendar.title')} columns={[t('law.calendar.date'), t('law.calendar.name'), t('law.calendar.source'), t('law.calendar.origin'), t('law.calendar.actions')]}>
      {items.map((e) => (
        <EntryRow key={e.id} e={e} onEdit={() => onEdit(e)} onRemove={() => onRemove(e)} />
      ))}
    </ListTable>
  );
}
