// The temuan (a supervisor's finding, from a Form A report) and informasi awal (a tip, a media
// item, a report withdrawn or not registered) forms.
import { Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/session.js';
import { ActionError } from './action-shell.js';
import { fromLocalInput } from './case-format.js';
import type { InformasiAwalInput } from './cases-api.js';
import { Choice, clean, ElectionFields, EventFields, Field, Section, RegionField, ReportedPartyFields, useForm } from './intake-fields.js';
import { ReceivedAtField, REPORTED_BLANK, Submit, useIntake, type IntakeProps } from './intake-laporan.js';
import { EvidenceList, WitnessList } from './intake-lists.js';

const SOURCES: readonly InformasiAwalInput['source'][] = ['media', 'media-sosial', 'masyarakat', 'laporan-dicabut', 'laporan-tidak-diregistrasi', 'sp4n-lapor', 'sbt-bkn', 'lainnya'];

export function TemuanForm({ within, offset, defaults, onCreated }: IntakeProps) {
  const { t } = useTranslation();
  const me = useUser();
  const create = useIntake(onCreated);
  const f = useForm(
    {
      ...defaults,
      finder: { name: me.displayName, position: '' },
      foundOn: '',
      formARef: '',
      reportedParty: REPORTED_BLANK,
      event: { description: '', place: '', regionCode: '', occurredOn: '' },
      witnesses: [],
      evidence: [],
      chronology: '',
      receivedAt: '',
    },
    create.error,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = clean({ ...f.value, kind: 'temuan', receivedAt: fromLocalInput(f.get('receivedAt'), offset) }) as Record<string, unknown>;
    create.mutate({ ...body, finder: body.finder ?? {}, reportedParty: body.reportedParty ?? {}, event: body.event ?? {} });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.intake.tabs.temuan')}>
      <Stack gap="md">
        <ElectionFields f={f} />
        <Section legend={t('cases.intake.finding')}>
          <Field f={f} path="finder.name" label={t('cases.fields.finder')} required />
          <Field f={f} path="finder.position" label={t('cases.fields.position')} />
          <Field f={f} path="foundOn" label={t('cases.fields.foundOn')} type="date" required />
          <Field f={f} path="formARef" label={t('cases.fields.formARef')} description={t('cases.fields.formARefHint')} />
        </Section>
        <ReportedPartyFields f={f} />
        <EventFields f={f} within={within} knownOn={false} />
        <WitnessList f={f} />
        <EvidenceList f={f} />
        <Section legend={t('cases.intake.chronology')} cols={1}>
          <Field f={f} path="chronology" label={t('cases.fields.chronology')} required rows={4} />
          <ReceivedAtField f={f} />
        </Section>
        <ActionError error={create.error} testId="intake-error" />
        <Submit pending={create.isPending} />
      </Stack>
    </form>
  );
}

export function InformasiAwalForm({ within, offset, defaults, onCreated }: IntakeProps) {
  const { t } = useTranslation();
  const create = useIntake(onCreated);
  const f = useForm({ regime: defaults.regime, source: '', description: '', regionCode: '', contact: { name: '', phone: '', email: '' }, receivedAt: '' }, create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(clean({ ...f.value, kind: 'informasi-awal', receivedAt: fromLocalInput(f.get('receivedAt'), offset) }));
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.intake.tabs.informasi-awal')}>
      <Stack gap="md">
        <ElectionFields f={f} withElection={false} />
        <Section legend={t('cases.intake.information')}>
          <Choice f={f} path="source" label={t('cases.fields.source')} required data={SOURCES.map((s) => ({ value: s, label: t(`cases.sources.${s}`) }))} />
          <RegionField f={f} path="regionCode" label={t('cases.fields.region')} within={within} />
          <div style={{ gridColumn: '1 / -1' }}>
            <Field f={f} path="description" label={t('cases.fields.description')} required rows={4} />
          </div>
        </Section>
        <Section legend={t('cases.intake.contact')} cols={3}>
          <Field f={f} path="contact.name" label={t('cases.fields.name')} />
          <Field f={f} path="contact.phone" label={t('cases.fields.phone')} type="tel" />
          <Field f={f} path="contact.email" label={t('cases.fields.email')} type="email" />
        </Section>
        <Section legend={t('cases.intake.receipt')} cols={1}>
          <ReceivedAtField f={f} />
        </Section>
        <ActionError error={create.error} testId="intake-error" />
        <Submit pending={create.isPending} />
      </Stack>
    </form>
  );
}
