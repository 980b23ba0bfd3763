// Bulk triage of the intake queue, where most tips are noise: mark duplicates of one case, do not
// register with a reason, or file informasi awal. Each case is decided on its own; the inbox
// shows every row's result.
import { Button, Checkbox, Group, Paper, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { fetchCases, type BulkResult, type CaseListItem } from './cases-api.js';

type BulkAction = 'tandai-duplikat' | 'tidak-registrasi' | 'arsipkan';
const BULK_ACTIONS: BulkAction[] = ['tandai-duplikat', 'tidak-registrasi', 'arsipkan'];

export const caseNumber = (c: Pick<CaseListItem, 'registerNumber' | 'receiptNumber'>) => c.registerNumber ?? c.receiptNumber;

/** The case a receipt or register number names, within the user's jurisdiction. */
async function findByNumber(number: string): Promise<string | null> {
  const { items } = await fetchCases({ q: number, limit: 10, offset: 0 });
  return items.find((c) => c.receiptNumber === number || c.registerNumber === number)?.id ?? null;
}

/**
 * Each case at the revision its row showed when it was selected: one that someone acted on since
 * (assessed again, registered) is left as it is and its row says so, instead of being closed
 * from a list the user read before that decision.
 */
const revisionsOf = (cases: CaseListItem[]) => Object.fromEntries(cases.map((c) => [c.id, c.revision]));

export function BulkBar({ selected, onDone, onClear }: { selected: CaseListItem[]; onDone: (r: BulkResult['results']) => void; onClear: () => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<BulkAction>('tandai-duplikat');
  const [target, setTarget] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [toInformasiAwal, setToInformasiAwal] = useState(false);

  const run = useMutation({
    mutationFn: async () => {
      if (action === 'tandai-duplikat') {
        const of = number.trim() ? await findByNumber(number.trim()) : target;
        if (!of) throw new ApiError(400, 'NOT_FOUND', number.trim() ? t('cases.bulk.notFound') : t('cases.bulk.needTarget'));
        const cases = selected.filter((c) => c.id !== of);
        return api.post<BulkResult>('/api/v1/cases/bulk', { caseIds: cases.map((c) => c.id), revisions: revisionsOf(cases), action, payload: { duplicateOfCaseId: of } });
      }
      const payload = action === 'tidak-registrasi' ? { reason: reason.trim(), jadikanInformasiAwal: toInformasiAwal } : { reason: reason.trim() };
      return api.post<BulkResult>('/api/v1/cases/bulk', { caseIds: selected.map((c) => c.id), revisions: revisionsOf(selected), action, payload });
    },
    onSuccess: (r) => onDone(r.results),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  const ready = action === 'tandai-duplikat' ? Boolean(target || number.trim()) : reason.trim().length > 0;

  return (
    <Paper withBorder radius="md" p="md" mb="md" bg="netra.0" data-testid="bulk-bar" role="region" aria-label={t('cases.bulk.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600} aria-live="polite">
              {t('cases.bulk.selected', { count: selected.length })}
            </Text>
            <Button variant="subtle" size="xs" onClick={onClear} data-testid="bulk-clear">
              {t('cases.bulk.clear')}
            </Button>
          </Group>
          <Radio.Group value={action} onChange={(v) => setAction(v as BulkAction)} label={t('cases.bulk.title')} data-testid="bulk-action">
            <Group gap="lg" mt={6} wrap="wrap">
              {BULK_ACTIONS.map((a) => (
                <Radio key={a} value={a} label={t(`cases.bulk.actions.${a}`)} data-testid={`bulk-action-${a}`} />
              ))}
            </Group>
          </Radio.Group>
          {action === 'tandai-duplikat' ? (
            <Group align="flex-end" wrap="wrap" gap="sm">
              <Select
                label={t('cases.bulk.duplicateOf')}
                placeholder={t('common.choose')}
                data={selected.map((c) => ({ value: c.id, label: caseNumber(c) }))}
                value={target}
                onChange={setTarget}
                clearable
                data-testid="bulk-duplicate-of"
                style={{ minWidth: 280 }}
              />
              <TextInput
                label={t('cases.bulk.duplicateNumber')}
                placeholder="TBP/36.73/2024/000012"
                value={number}
                onChange={(e) => setNumber(e.currentTarget.value)}
                data-testid="bulk-duplicate-number"
                style={{ flex: 1, minWidth: 240 }}
              />
            </Group>
          ) : (
            <>
              <Textarea
                label={t('cases.fields.reason')}
                required
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                data-testid="bulk-reason"
              />
              {action === 'tidak-registrasi' ? (
                <Checkbox label={t('cases.fields.jadikanInformasiAwal')} checked={toInformasiAwal} onChange={(e) => setToInformasiAwal(e.currentTarget.checked)} data-testid="bulk-informasi-awal" />
              ) : null}
            </>
          )}
          <Text size="xs" c="dimmed">
            {t(`cases.bulk.hint.${action}`)}
          </Text>
          <ApiErrorAlert error={run.error} testId="bulk-error" />
          <Group>
            <Button type="submit" loading={run.isPending} disabled={!ready} data-testid="bulk-submit">
              {t('cases.bulk.run', { count: selected.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
