// Klarifikasi: inviting the parties (one or more invitations at once) and recording a hearing
// (held or missed, with the minutes' number when the party came).
import { Autocomplete, Button, Checkbox, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLARIFICATION_PARTIES } from '../../../core/cases/case-facts.js';
import { ActionForm, type ActionFormProps } from './action-shell.js';
import { fromLocalInput, localInputNow, useCaseFormat } from './case-format.js';

type Invitation = { party: string; name: string; scheduledAt: string; place: string; letterRef: string };

export function InviteForm({ view, offset, onSubmit, pending, error, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const blank = (party: string, name: string): Invitation => ({ party, name, scheduledAt: localInputNow(offset), place: view.office.name, letterRef: '' });
  const invited = new Set(view.invitations.map((i) => i.party));
  const [rows, setRows] = useState<Invitation[]>(() => [blank(invited.has('terlapor') ? 'saksi' : 'terlapor', invited.has('terlapor') ? '' : (view.reportedPartyName ?? ''))]);
  const set = (i: number, patch: Partial<Invitation>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  // The witnesses named at intake, offered for a saksi's invitation (typing another name is fine).
  const witnesses = Array.isArray(view.intake.witnesses)
    ? (view.intake.witnesses as { name?: unknown }[]).map((w) => (typeof w.name === 'string' ? w.name : '')).filter((n, i, all) => n && all.indexOf(n) === i)
    : [];
  const submit = () =>
    onSubmit({
      invitations: rows.map((r) => ({
        party: r.party,
        name: r.name.trim(),
        scheduledAt: fromLocalInput(r.scheduledAt, offset),
        place: r.place.trim(),
        ...(r.letterRef.trim() ? { letterRef: r.letterRef.trim() } : {}),
      })),
    });
  return (
    <ActionForm onSubmit={submit} pending={pending} error={error} onCancel={onCancel}>
      <Stack gap="sm">
        {rows.map((r, i) => (
          <Fieldset key={i} legend={t('cases.klarifikasi.invitationN', { n: i + 1 })} radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('cases.klarifikasi.party')}
                required
                allowDeselect={false}
                data={CLARIFICATION_PARTIES.map((p) => ({ value: p, label: t(`cases.parties.${p}`) }))}
                value={r.party}
                onChange={(v) => v && set(i, { party: v, name: v === 'terlapor' ? (view.reportedPartyName ?? '') : r.name })}
                data-testid={`invite-party-${i}`}
              />
              {r.party === 'saksi' && witnesses.length > 0 ? (
                <Autocomplete label={t('cases.fields.name')} required data={witnesses} value={r.name} onChange={(v) => set(i, { name: v })} data-testid={`invite-name-${i}`} />
              ) : (
                <TextInput label={t('cases.fields.name')} required value={r.name} onChange={(e) => set(i, { name: e.currentTarget.value })} data-testid={`invite-name-${i}`} />
              )}
              <TextInput type="datetime-local" label={t('cases.klarifikasi.scheduledAt')} required value={r.scheduledAt} onChange={(e) => set(i, { scheduledAt: e.currentTarget.value })} data-testid={`invite-scheduledAt-${i}`} />
              <TextInput label={t('cases.fields.place')} required value={r.place} onChange={(e) => set(i, { place: e.currentTarget.value })} data-testid={`invite-place-${i}`} />
              <TextInput label={t('cases.fields.letterRef')} value={r.letterRef} onChange={(e) => set(i, { letterRef: e.currentTarget.value })} data-testid={`invite-letterRef-${i}`} />
            </SimpleGrid>
            {rows.length > 1 ? (
              <Button variant="subtle" color="red" size="xs" mt="xs" onClick={() => setRows((x) => x.filter((_, j) => j !== i))} data-testid={`invite-remove-${i}`}>
                {t('cases.klarifikasi.remove')}
              </Button>
            ) : null}
          </Fieldset>
        ))}
        <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setRows((x) => [...x, blank('saksi', '')])} data-testid="invite-add">
          {t('cases.klarifikasi.addInvitation')}
        </Button>
      </Stack>
    </ActionForm>
  );
}

export function HearingForm({ view, offset, preset, onSubmit, pending, error, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const { short } = useCaseFormat();
  const pendingInvitations = view.invitations.filter((i) => !i.hearing);
  const [invitationId, setInvitationId] = useState<string | null>(preset?.invitationId ?? pendingInvitations[0]?.id ?? null);
  // A hearing is recorded after it happened: the time cannot be later than now.
  const [heldAt, setHeldAt] = useState(localInputNow(offset, 1));
  const [attended, setAttended] = useState(true);
  const [minutesRef, setMinutesRef] = useState('');
  const [summary, setSummary] = useState('');
  const submit = () =>
    onSubmit({
      invitationId: invitationId ?? undefined,
      heldAt: fromLocalInput(heldAt, offset),
      attended,
      ...(minutesRef.trim() ? { minutesRef: minutesRef.trim() } : {}),
      ...(summary.trim() ? { summary: summary.trim() } : {}),
    });
  return (
    <ActionForm onSubmit={submit} pending={pending} error={error} onCancel={onCancel}>
      <Select
        label={t('cases.klarifikasi.invitation')}
        required
        allowDeselect={false}
        data={pendingInvitations.map((i) => ({ value: i.id, label: `${t(`cases.parties.${i.party}`)}: ${i.name ?? t('cases.withheldName')} · ${short(i.scheduledAt, offset)}` }))}
        value={invitationId}
        onChange={setInvitationId}
        data-testid="hearing-invitation"
      />
      <TextInput type="datetime-local" label={t('cases.klarifikasi.heldAt')} description={t('cases.klarifikasi.heldAtHint')} required value={heldAt} onChange={(e) => setHeldAt(e.currentTarget.value)} data-testid="hearing-heldAt" />
      <Checkbox label={t('cases.klarifikasi.attended')} checked={attended} onChange={(e) => setAttended(e.currentTarget.checked)} data-testid="hearing-attended" />
      <TextInput label={t('cases.klarifikasi.minutesRef')} required={attended} value={minutesRef} onChange={(e) => setMinutesRef(e.currentTarget.value)} data-testid="hearing-minutesRef" />
      <Textarea label={t('cases.klarifikasi.summary')} autosize minRows={3} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} data-testid="hearing-summary" />
    </ActionForm>
  );
}
