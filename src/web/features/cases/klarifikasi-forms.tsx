// Klarifikasi: inviting the parties (one or more invitations at once) and recording a hearing
// (held or missed, with the minutes' number when the party came).
import { Button, Checkbox, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLARIFICATION_PARTIES } from '../../../core/cases/case-facts.js';
import { ActionForm, type ActionFormProps } from './action-shell.js';
import { fromLocalInput, invitationLabel, localInputNow, useCaseFormat } from './case-format.js';
import { useDraft } from '../../components/ui/drafts.js';

type Invitation = { party: string; name: string; witness: number | null; scheduledAt: string; place: string; letterRef: string };

const OTHER_WITNESS = 'lain';

export function InviteForm({ view, offset, onSubmit, pending, error, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  // The witnesses named at intake, by their place in its list: a saksi's invitation says which of
  // them it is for (two of one name are two people, with their own addresses), or is for another.
  const witnesses = Array.isArray(view.intake.witnesses) ? (view.intake.witnesses as { name?: unknown }[]).map((w) => (typeof w.name === 'string' ? w.name : '')) : [];
  const namesWitnesses = witnesses.some(Boolean);
  const firstUninvited = (taken: (number | null)[]): number | null => {
    const used = new Set([...view.invitations.map((i) => i.witness), ...taken]);
    const free = witnesses.findIndex((n, i) => n !== '' && !used.has(i));
    return free === -1 ? null : free;
  };
  const blank = (party: string, name: string, witness: number | null = null): Invitation => ({ party, name, witness, scheduledAt: localInputNow(offset), place: view.office.name, letterRef: '' });
  const saksiRow = (taken: (number | null)[]): Invitation => {
    const w = firstUninvited(taken);
    return blank('saksi', w === null ? '' : (witnesses[w] ?? ''), w);
  };
  const invited = new Set(view.invitations.map((i) => i.party));
  const [rows, setRows] = useDraft<Invitation[]>('rows', () => [invited.has('terlapor') ? saksiRow([]) : blank('terlapor', view.reportedPartyName ?? '')]);
  const set = (i: number, patch: Partial<Invitation>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const setParty = (i: number, party: string) =>
    setRows((r) =>
      r.map((x, j) => {
        if (j !== i) return x;
        if (party === 'saksi') return x.party === 'saksi' ? x : { ...saksiRow(r.map((y) => y.witness)), scheduledAt: x.scheduledAt, place: x.place, letterRef: x.letterRef };
        const name = party === 'terlapor' ? (view.reportedPartyName ?? '') : x.witness !== null || x.party === 'terlapor' ? '' : x.name;
        return { ...x, party, name, witness: null };
      }),
    );
  const setWitness = (i: number, value: string | null) => {
    const w = value === null || value === OTHER_WITNESS ? null : Number(value);
    set(i, { witness: w, name: w === null ? '' : (witnesses[w] ?? '') });
  };
  const witnessOptions = [
    ...witnesses.flatMap((n, i) => (n ? [{ value: String(i), label: t('cases.klarifikasi.witnessN', { n: i + 1, name: n }) }] : [])),
    { value: OTHER_WITNESS, label: t('cases.klarifikasi.otherWitness') },
  ];
  const submit = () =>
    onSubmit({
      invitations: rows.map((r) => ({
        party: r.party,
        name: r.name.trim(),
        ...(r.party === 'saksi' && r.witness !== null ? { witness: r.witness } : {}),
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
                onChange={(v) => v && setParty(i, v)}
                data-testid={`invite-party-${i}`}
              />
              {r.party === 'saksi' && namesWitnesses ? (
                <Select
                  label={t('cases.klarifikasi.witness')}
                  required
                  allowDeselect={false}
                  data={witnessOptions}
                  value={r.witness === null ? OTHER_WITNESS : String(r.witness)}
                  onChange={(v) => setWitness(i, v)}
                  data-testid={`invite-witness-${i}`}
                />
              ) : null}
              <TextInput
                label={t('cases.fields.name')}
                required
                readOnly={r.witness !== null}
                description={r.witness !== null ? t('cases.klarifikasi.nameFromIntake') : r.party === 'saksi' && namesWitnesses ? t('cases.klarifikasi.otherWitnessName') : undefined}
                value={r.name}
                onChange={(e) => set(i, { name: e.currentTarget.value })}
                data-testid={`invite-name-${i}`}
              />
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
        <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setRows((x) => [...x, saksiRow(x.map((y) => y.witness))])} data-testid="invite-add">
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
  const [invitationId, setInvitationId] = useDraft<string | null>('invitationId', preset?.invitationId ?? pendingInvitations[0]?.id ?? null);
  // A hearing is recorded after it happened: the time cannot be later than now.
  const [heldAt, setHeldAt] = useDraft('heldAt', localInputNow(offset, 1));
  const [attended, setAttended] = useDraft('attended', true);
  const [minutesRef, setMinutesRef] = useDraft('minutesRef', '');
  const [summary, setSummary] = useDraft('summary', '');
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
        data={pendingInvitations.map((i) => ({ value: i.id, label: `${invitationLabel(t, i)} · ${short(i.scheduledAt, offset)}` }))}
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
