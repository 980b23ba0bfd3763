// Building blocks of the intake forms: a nested form state addressed by paths ("reporter.name"),
// fields that show the server's message for their path, and the groups every kind shares
// (election, terlapor, peristiwa). Test ids follow the path: intake-reporter-name.
import { Fieldset, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDraft } from '../../components/ui/drafts.js';
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS } from '../../../core/law/criminal-articles.js';
import { ELECTION_KINDS } from '../../../core/cases/register-number.js';
import type { Region } from '../../api/types.js';
import { fieldError } from '../../components/ui/api-error.js';
import { useRegimes } from '../law/law-api.js';
import { RegionPicker } from '../regions/region-picker.js';
import { useCaseFormat } from './case-format.js';

type Tree = { [key: string]: unknown };

function setPath(obj: Tree, keys: string[], value: unknown): Tree {
  const [head, ...rest] = keys as [string, ...string[]];
  const copy: Tree = Array.isArray(obj) ? ([...obj] as unknown as Tree) : { ...obj };
  copy[head] = rest.length ? setPath((obj[head] as Tree | undefined) ?? {}, rest, value) : value;
  return copy;
}

/** Drops empty strings, empty objects and blank list rows, so optional fields are absent. */
export function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, clean(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

export type Form = { value: Tree; get: (path: string) => string; set: (path: string, v: unknown) => void; error: (path: string) => string | undefined };

/** The intake's fields as one tree; kept as a draft when the form is in a DraftScope (intake-page.tsx). */
export function useForm(initial: Tree, apiError: unknown): Form {
  const [value, setValue] = useDraft<Tree>('value', initial);
  const { half } = useCaseFormat();
  return {
    value,
    get: (path) => String(path.split('.').reduce<unknown>((o, k) => (o as Tree | undefined)?.[k], value) ?? ''),
    set: (path, v) => setValue((prev) => setPath(prev, path.split('.'), v)),
    error: (path) => {
      const message = fieldError(apiError, `body.${path}`);
      return message ? half(message) : undefined;
    },
  };
}

const testId = (path: string) => `intake-${path.replaceAll('.', '-')}`;

type FieldProps = { f: Form; path: string; label: string; required?: boolean; type?: string; description?: string; placeholder?: string; rows?: number };

export function Field({ f, path, label, required, type, description, placeholder, rows }: FieldProps) {
  const common = { label, required, description, placeholder, value: f.get(path), error: f.error(path), 'data-testid': testId(path) };
  if (rows) return <Textarea {...common} autosize minRows={rows} onChange={(e) => f.set(path, e.currentTarget.value)} />;
  return <TextInput {...common} type={type} onChange={(e) => f.set(path, e.currentTarget.value)} />;
}

export function Choice({ f, path, label, data, required }: { f: Form; path: string; label: string; data: { value: string; label: string }[]; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      required={required}
      placeholder={t('common.choose')}
      data={data}
      value={f.get(path) || null}
      onChange={(v) => f.set(path, v ?? '')}
      clearable={!required}
      error={f.error(path)}
      data-testid={testId(path)}
    />
  );
}

export function Section({ legend, children, cols = 2 }: { legend: string; children: ReactNode; cols?: number }) {
  return (
    <Fieldset legend={legend} radius="md">
      <SimpleGrid cols={{ base: 1, sm: cols }} spacing="sm">
        {children}
      </SimpleGrid>
    </Fieldset>
  );
}

/** Regime and election: Pemilu cases concern the general election, Pilkada ones a regional head. */
export function ElectionFields({ f, withElection = true }: { f: Form; withElection?: boolean }) {
  const { t } = useTranslation();
  const { lang } = useCaseFormat();
  const regimes = useRegimes();
  const kind = regimes.data?.regimes.find((r) => r.id === f.get('regime'))?.kind;
  const elections = ELECTION_KINDS.filter((e) => (kind === 'pemilu' ? e === 'pemilu' : e !== 'pemilu'));
  return (
    <Section legend={t('cases.intake.election')}>
      <Select
        label={t('law.regime')}
        required
        allowDeselect={false}
        data={(regimes.data?.regimes ?? []).map((r) => ({ value: r.id, label: lang === 'en' ? r.nameEn : r.nameId }))}
        value={f.get('regime') || null}
        onChange={(v) => {
          f.set('regime', v ?? '');
          const k = regimes.data?.regimes.find((r) => r.id === v)?.kind;
          if (withElection) f.set('election', k === 'pemilu' ? 'pemilu' : 'wali-kota');
        }}
        error={f.error('regime')}
        data-testid="intake-regime"
      />
      {withElection ? <Choice f={f} path="election" label={t('cases.intake.electionKind')} required data={elections.map((e) => ({ value: e, label: t(`cases.elections.${e}`) }))} /> : null}
    </Section>
  );
}

export function ReportedPartyFields({ f }: { f: Form }) {
  const { t } = useTranslation();
  const p = 'reportedParty';
  return (
    <Section legend={t('cases.intake.reportedParty')}>
      <Field f={f} path={`${p}.name`} label={t('cases.fields.name')} required />
      <Field f={f} path={`${p}.nip`} label={t('cases.fields.nip')} description={t('cases.fields.nipHint')} />
      <Field f={f} path={`${p}.agency`} label={t('cases.fields.agency')} required />
      <Field f={f} path={`${p}.position`} label={t('cases.fields.position')} required />
      <Choice f={f} path={`${p}.kind`} label={t('cases.fields.staffKind')} required data={(['PNS', 'PPPK', 'lainnya'] as const).map((k) => ({ value: k, label: t(`cases.staffKinds.${k}`) }))} />
      <Choice f={f} path={`${p}.actorKind`} label={t('cases.fields.actorKind')} data={ACTOR_KINDS.map((k) => ({ value: k, label: t(`law.assess.actors.${k}`) }))} />
      <Field f={f} path={`${p}.address`} label={t('cases.fields.address')} />
      <Field f={f} path={`${p}.phone`} label={t('cases.fields.phone')} type="tel" />
    </Section>
  );
}

export function RegionField({ f, path, label, within, required }: { f: Form; path: string; label: string; within: string | null; required?: boolean }) {
  // The chosen region as shown (the tree keeps its code): kept with the draft, so it shows again.
  const [region, setRegion] = useDraft<Region | null>(`region:${path}`, null);
  return (
    <RegionPicker
      label={label}
      value={region}
      within={within}
      required={required}
      onChange={(r) => {
        setRegion(r);
        f.set(path, r?.code ?? '');
      }}
      error={f.error(path)}
      testId={testId(path)}
    />
  );
}

export function EventFields({ f, within, knownOn = true }: { f: Form; within: string | null; knownOn?: boolean }) {
  const { t } = useTranslation();
  return (
    <Section legend={t('cases.intake.event')}>
      <div style={{ gridColumn: '1 / -1' }}>
        <Field f={f} path="event.description" label={t('cases.fields.description')} required rows={3} />
      </div>
      <Field f={f} path="event.place" label={t('cases.fields.place')} required />
      <RegionField f={f} path="event.regionCode" label={t('cases.fields.region')} within={within} required />
      <Field f={f} path="event.occurredOn" label={t('cases.fields.occurredOn')} type="date" required />
      {knownOn ? <Field f={f} path="event.knownOn" label={t('cases.fields.knownOn')} type="date" required /> : null}
    </Section>
  );
}
