// The laporan (report) form, grouped as on Form Model B.1 (Perbawaslu 7/2022): identitas pelapor
// (and their kuasa, when a representative brings the report), terlapor, peristiwa, saksi, bukti,
// kronologi.
import { Button, Checkbox, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useDraft, useDraftScope } from '../../components/ui/drafts.js';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { ActionError } from './action-shell.js';
import { fromLocalInput } from './case-format.js';
import type { IntakeReceipt } from './cases-api.js';
import { Choice, clean, ElectionFields, EventFields, Field, Section, ReportedPartyFields, useForm, type Form } from './intake-fields.js';
import { EvidenceList, WitnessList } from './intake-lists.js';

export type IntakeProps = { within: string | null; offset: string; defaults: { regime: string; election: string }; onCreated: (r: IntakeReceipt) => void };

export const REPORTED_BLANK = { name: '', nip: '', agency: '', position: '', kind: 'PNS', actorKind: 'asn', address: '', phone: '' };

export function ReceivedAtField({ f }: { f: Form }) {
  const { t } = useTranslation();
  return <Field f={f} path="receivedAt" label={t('cases.intake.receivedAt')} description={t('cases.intake.receivedAtHint')} type="datetime-local" />;
}

export function Submit({ pending }: { pending: boolean }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" size="md" loading={pending} data-testid="intake-submit">
        {t('cases.intake.submit')}
      </Button>
    </Group>
  );
}

/**
 * Sends a report with an Idempotency-Key that stays the same while its content does: sent again
 * after an error whose answer was lost (the network, the database restarting), it gets the receipt
 * of the case already made, not a second case. A report changed after an error is a new report.
 */
export function useIntake(onCreated: (r: IntakeReceipt) => void) {
  // Kept with the form's draft: a report sent, its answer lost, the page left and the form opened
  // again is the same request, not a second case.
  const key = useIdempotencyKey(useDraftScope());
  return useMutation({
    mutationFn: (body: unknown) => api.post<IntakeReceipt>('/api/v1/cases', body, { 'Idempotency-Key': key.keyFor(body) }),
    onSuccess: onCreated,
  });
}

export function LaporanForm({ within, offset, defaults, onCreated }: IntakeProps) {
  const { t } = useTranslation();
  const create = useIntake(onCreated);
  const f = useForm(
    {
      ...defaults,
      reporter: { name: '', birthPlace: '', birthDate: '', sex: '', occupation: '', citizenship: 'WNI', address: '', phone: '', email: '', nik: '' },
      reportedParty: REPORTED_BLANK,
      event: { description: '', place: '', regionCode: '', occurredOn: '', knownOn: '' },
      witnesses: [],
      evidence: [],
      chronology: '',
      receivedAt: '',
    },
    create.error,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Fields typed for a kuasa and then unticked are not sent.
    const value = kuasa ? f.value : { ...f.value, reporter: { ...(f.value.reporter as Record<string, unknown>), representative: undefined } };
    const body = clean({ ...value, kind: 'laporan', receivedAt: fromLocalInput(f.get('receivedAt'), offset) }) as Record<string, unknown>;
    create.mutate({ ...body, reporter: body.reporter ?? {}, reportedParty: body.reportedParty ?? {}, event: body.event ?? {} });
  };
  const r = 'reporter';
  const k = 'reporter.representative';
  const [kuasa, setKuasa] = useDraft('kuasa', false);

  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.intake.tabs.laporan')}>
      <Stack gap="md">
        <ElectionFields f={f} />
        <Section legend={t('cases.intake.reporter')}>
          <Field f={f} path={`${r}.name`} label={t('cases.fields.name')} required />
          <Field f={f} path={`${r}.nik`} label={t('cases.fields.nik')} description={t('cases.fields.nikHint')} />
          <Field f={f} path={`${r}.birthPlace`} label={t('cases.fields.birthPlace')} required />
          <Field f={f} path={`${r}.birthDate`} label={t('cases.fields.birthDate')} type="date" required />
          <Choice f={f} path={`${r}.sex`} label={t('cases.fields.sex')} required data={[{ value: 'L', label: t('cases.sex.L') }, { value: 'P', label: t('cases.sex.P') }]} />
          <Field f={f} path={`${r}.occupation`} label={t('cases.fields.occupation')} required />
          <Field f={f} path={`${r}.citizenship`} label={t('cases.fields.citizenship')} required />
          <Field f={f} path={`${r}.phone`} label={t('cases.fields.phone')} type="tel" required />
          <Field f={f} path={`${r}.email`} label={t('cases.fields.email')} type="email" />
          <Field f={f} path={`${r}.address`} label={t('cases.fields.address')} required />
        </Section>
        <Checkbox
          label={t('cases.intake.kuasa')}
          description={t('cases.intake.kuasaHint')}
          checked={kuasa}
          onChange={(e) => setKuasa(e.currentTarget.checked)}
          data-testid="intake-kuasa"
        />
        {kuasa ? (
          <Section legend={t('cases.intake.representative')}>
            <Field f={f} path={`${k}.name`} label={t('cases.fields.name')} required />
            <Field f={f} path={`${k}.nik`} label={t('cases.fields.nik')} description={t('cases.fields.nikHint')} />
            <Field f={f} path={`${k}.phone`} label={t('cases.fields.phone')} type="tel" required />
            <Field f={f} path={`${k}.address`} label={t('cases.fields.address')} required />
            <Field f={f} path={`${k}.powerOfAttorney`} label={t('cases.fields.powerOfAttorney')} description={t('cases.fields.powerOfAttorneyHint')} required />
          </Section>
        ) : null}
        <ReportedPartyFields f={f} />
        <EventFields f={f} within={within} />
        <WitnessList f={f} />
        <EvidenceList f={f} />
        <Section legend={t('cases.intake.chronology')} cols={1}>
          <Field f={f} path="chronology" label={t('cases.fields.chronology')} description={t('cases.fields.chronologyHint')} required rows={4} />
          <ReceivedAtField f={f} />
        </Section>
        <ActionError error={create.error} testId="intake-error" />
        <Submit pending={create.isPending} />
      </Stack>
    </form>
  );
}
