// The forms of the workflow actions whose payload is a few plain fields (ACTION_PAYLOADS in
// core/cases/payloads.ts): a note, a reason, a letter number, a time, an office, a case number.
import { Checkbox, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction } from '../../../core/cases/actions.js';
import { ApiError } from '../../api/client.js';
import { ActionForm, type ActionFormProps } from './action-shell.js';
import { fetchCases } from './cases-api.js';
import { DelegationOfficeField } from './delegation-field.js';
import { fromLocalInput, localInputNow } from './case-format.js';
import { useDraft } from '../../components/ui/drafts.js';

type Kind = 'text' | 'textarea' | 'datetime' | 'date' | 'checkbox' | 'office' | 'case';
type Spec = { name: string; kind: Kind; required?: boolean };

const note: Spec = { name: 'note', kind: 'textarea' };
const reason: Spec = { name: 'reason', kind: 'textarea', required: true };

export const SIMPLE_FORMS: Partial<Record<CaseAction, Spec[]>> = {
  'mulai-kajian-awal': [note],
  registrasi: [note],
  'mulai-kajian': [note],
  'terima-limpahan': [note],
  'minta-kelengkapan': [{ name: 'letterRef', kind: 'text' }, note],
  lengkapi: [{ name: 'completedAt', kind: 'datetime', required: true }, note],
  cabut: [{ name: 'withdrawnAt', kind: 'datetime', required: true }, reason, { name: 'letterRef', kind: 'text' }, { name: 'jadikanInformasiAwal', kind: 'checkbox' }],
  'tidak-registrasi': [reason, { name: 'jadikanInformasiAwal', kind: 'checkbox' }],
  'tandai-duplikat': [{ name: 'duplicateOf', kind: 'case', required: true }, note],
  limpahkan: [{ name: 'toOfficeId', kind: 'office', required: true }, reason],
  'minta-keterangan-tambahan': [reason],
  'kembalikan-kajian': [reason],
  'ajukan-pleno': [{ name: 'scheduledAt', kind: 'datetime', required: true }],
  'jadikan-temuan': [{ name: 'foundOn', kind: 'date', required: true }, { name: 'summary', kind: 'textarea', required: true }],
  arsipkan: [reason],
};

type FieldName = 'note' | 'reason' | 'letterRef' | 'completedAt' | 'withdrawnAt' | 'jadikanInformasiAwal' | 'duplicateOf' | 'toOfficeId' | 'scheduledAt' | 'foundOn' | 'summary';

export function SimpleActionForm({ action, view, offset, onSubmit, pending, error, onCancel }: ActionFormProps & { action: CaseAction }) {
  const { t } = useTranslation();
  const specs = SIMPLE_FORMS[action] ?? [];
  const [values, setValues] = useDraft<Record<string, string>>('values', () =>
    Object.fromEntries(specs.map((s) => [s.name, s.kind === 'datetime' ? localInputNow(offset) : s.kind === 'date' ? localInputNow(offset).slice(0, 10) : ''])),
  );
  const [localError, setLocalError] = useState<unknown>(null);
  const set = (name: string, v: string) => setValues((x) => ({ ...x, [name]: v }));

  const submit = async () => {
    setLocalError(null);
    const payload: Record<string, unknown> = {};
    for (const s of specs) {
      const v = (values[s.name] ?? '').trim();
      if (s.kind === 'checkbox') payload[s.name] = v === 'true';
      else if (s.kind === 'datetime') payload[s.name] = v ? fromLocalInput(v, offset) : undefined;
      else if (s.kind === 'office') {
        // The office chosen is kept whole in the draft (its name for the field, its region).
        payload.toOfficeId = v || undefined;
        payload.toOfficeRegionCode = values.toOfficeRegionCode || null;
      } else if (s.kind === 'case') {
        const { items } = await fetchCases({ q: v, limit: 10, offset: 0 });
        const hit = items.find((c) => c.receiptNumber === v || c.registerNumber === v);
        if (!hit) return setLocalError(new ApiError(400, 'NOT_FOUND', t('cases.bulk.notFound')));
        payload.duplicateOfCaseId = hit.id;
      } else if (v) payload[s.name] = v;
    }
    onSubmit(payload);
  };

  return (
    <ActionForm onSubmit={() => void submit()} pending={pending} error={localError ?? error} onCancel={onCancel}>
      <Stack gap="sm">
        {specs.map((s) => {
          const label = t(`cases.fields.${s.name as FieldName}`);
          const common = { label, required: s.required, 'data-testid': `action-field-${s.name}` };
          const value = values[s.name] ?? '';
          switch (s.kind) {
            case 'textarea':
              return <Textarea key={s.name} {...common} autosize minRows={2} value={value} onChange={(e) => set(s.name, e.currentTarget.value)} />;
            case 'checkbox':
              return <Checkbox key={s.name} {...common} checked={value === 'true'} onChange={(e) => set(s.name, String(e.currentTarget.checked))} />;
            case 'office':
              return (
                <DelegationOfficeField
                  key={s.name}
                  caseId={view.id}
                  label={label}
                  required={s.required}
                  testId={common['data-testid']}
                  value={value ? { id: value, name: values.toOfficeName ?? '', regionCode: values.toOfficeRegionCode || null } : null}
                  onChange={(o) => setValues((x) => ({ ...x, toOfficeId: o?.id ?? '', toOfficeName: o?.name ?? '', toOfficeRegionCode: o?.regionCode ?? '' }))}
                />
              );
            case 'case':
              return <TextInput key={s.name} {...common} description={t('cases.fields.duplicateOfHint')} value={value} onChange={(e) => set(s.name, e.currentTarget.value)} />;
            default:
              return <TextInput key={s.name} {...common} type={s.kind === 'datetime' ? 'datetime-local' : s.kind === 'date' ? 'date' : 'text'} value={value} onChange={(e) => set(s.name, e.currentTarget.value)} />;
          }
        })}
      </Stack>
    </ActionForm>
  );
}
