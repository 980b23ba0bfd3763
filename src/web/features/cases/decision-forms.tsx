// The legal analysis (kajian), the plenary decision (putusan pleno) and the forwarding to the
// competent body (penerusan). Act texts come from the SKB 2022 catalogue in core/law.
import { Alert, Checkbox, Group, MultiSelect, Radio, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VIOLATION_TYPES, type ViolationType } from '../../../core/cases/case-facts.js';
import { quorumOf } from '../../../core/cases/quorum.js';
import { CATALOGUE } from '../../../core/law/catalogue.js';
import { recipientFor, type RecipientKind } from '../../../core/law/recipients.js';
import { useOffice } from '../offices/use-offices.js';
import { ActionForm, type ActionFormProps } from './action-shell.js';
import { useOfficeUsers } from './cases-api.js';
import { todayAt, useCaseFormat } from './case-format.js';
import { useDraft } from '../../components/ui/drafts.js';

function Types({ value, onChange, prefix, label }: { value: string[]; onChange: (v: string[]) => void; prefix: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} data-testid={`${prefix}-types`}>
      <Stack gap={6} mt={6}>
        {VIOLATION_TYPES.map((type) => (
          <Checkbox key={type} value={type} label={t(`cases.violationTypes.${type}`)} data-testid={`${prefix}-type-${type}`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function Conclusion({ value, onChange, testId, label }: { value: string; onChange: (v: string) => void; testId: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} required value={value} onChange={onChange} data-testid={testId}>
      <Group gap="lg" mt={6}>
        <Radio value="pelanggaran" label={t('cases.conclusions.pelanggaran')} data-testid={`${testId}-pelanggaran`} />
        <Radio value="bukan-pelanggaran" label={t('cases.conclusions.bukan-pelanggaran')} data-testid={`${testId}-bukan-pelanggaran`} />
      </Group>
    </Radio.Group>
  );
}

export function KajianForm({ view, onSubmit, pending, error, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const { lang } = useCaseFormat();
  const [facts, setFacts] = useDraft('facts', view.kajianText ?? '');
  const [actCodes, setActCodes] = useDraft<string[]>('actCodes', view.kajian?.actCodes ?? []);
  const [other, setOther] = useDraft('other', (view.kajian?.otherBasis ?? []).join('\n'));
  const [conclusion, setConclusion] = useDraft<string>('conclusion', view.kajian?.conclusion ?? '');
  const [types, setTypes] = useDraft<string[]>('types', []);
  const submit = () =>
    onSubmit({
      facts: facts.trim(),
      actCodes,
      otherBasis: other.split('\n').map((s) => s.trim()).filter(Boolean),
      conclusion: conclusion || undefined,
      proposedTypes: conclusion === 'pelanggaran' ? types : [],
    });
  return (
    <ActionForm onSubmit={submit} pending={pending} error={error} onCancel={onCancel}>
      <Textarea label={t('cases.kajian.facts')} description={t('cases.kajian.factsHint')} required autosize minRows={4} value={facts} onChange={(e) => setFacts(e.currentTarget.value)} data-testid="kajian-facts" />
      <MultiSelect
        label={t('cases.kajian.acts')}
        description={t('cases.kajian.actsHint')}
        searchable
        data={CATALOGUE.map((a) => ({ value: a.code, label: `${a.code} — ${lang === 'en' ? a.textEn : a.textId}` }))}
        value={actCodes}
        onChange={setActCodes}
        nothingFoundMessage={t('common.nothingFound')}
        maxDropdownHeight={320}
        data-testid="kajian-acts"
      />
      <Textarea label={t('cases.kajian.otherBasis')} description={t('cases.kajian.otherBasisHint')} autosize minRows={2} value={other} onChange={(e) => setOther(e.currentTarget.value)} data-testid="kajian-other" />
      <Conclusion label={t('cases.kajian.conclusion')} value={conclusion} onChange={setConclusion} testId="kajian-conclusion" />
      {conclusion === 'pelanggaran' ? <Types label={t('cases.kajian.proposedTypes')} value={types} onChange={setTypes} prefix="kajian" /> : null}
    </ActionForm>
  );
}

export function PlenoForm({ view, onSubmit, pending, error, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const members = useOfficeUsers(view.office.id, 'pimpinan');
  const office = useOffice(view.office.id);
  const total = office.data?.memberCount ?? members.data?.items.filter((u) => u.active).length ?? 0;
  const [decision, setDecision] = useDraft<string>('decision', view.kajian?.conclusion ?? '');
  const [types, setTypes] = useDraft<string[]>('types', []);
  const [reason, setReason] = useDraft('reason', '');
  const [present, setPresent] = useDraft<string[]>('present', []);
  const [others, setOthers] = useDraft<string[]>('others', []);
  const [minutesRef, setMinutesRef] = useDraft('minutesRef', '');
  const submit = () => {
    const common = { membersPresent: [...present, ...others.map((o) => o.trim()).filter(Boolean)], minutesRef: minutesRef.trim() };
    onSubmit(decision === 'pelanggaran' ? { decision, types, ...common } : { decision: decision || undefined, reason: reason.trim(), ...common });
  };
  return (
    <ActionForm onSubmit={submit} pending={pending} error={error} onCancel={onCancel}>
      <Checkbox.Group label={t('cases.pleno.members')} description={t('cases.pleno.membersHint')} value={present} onChange={setPresent} data-testid="pleno-members">
        <Stack gap={6} mt={6}>
          {(members.data?.items ?? []).filter((u) => u.active).map((u) => (
            <Checkbox key={u.id} value={u.displayName} label={u.displayName} data-testid="pleno-member" />
          ))}
        </Stack>
      </Checkbox.Group>
      {total > 0 ? (
        <Text size="sm" c="dimmed" data-testid="pleno-quorum">
          {t('cases.pleno.quorum', { needed: quorumOf(total), total, present: present.length + others.length })}
        </Text>
      ) : null}
      <TagsInput label={t('cases.pleno.others')} description={t('cases.pleno.othersHint')} value={others} onChange={setOthers} data-testid="pleno-others" />
      <TextInput label={t('cases.pleno.minutesRef')} required value={minutesRef} onChange={(e) => setMinutesRef(e.currentTarget.value)} data-testid="pleno-minutesRef" />
      <Conclusion label={t('cases.pleno.decision')} value={decision} onChange={setDecision} testId="pleno-decision" />
      {decision === 'pelanggaran' ? <Types label={t('cases.pleno.types')} value={types} onChange={setTypes} prefix="pleno" /> : null}
      {decision === 'bukan-pelanggaran' ? <Textarea label={t('cases.fields.reason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="pleno-reason" /> : null}
    </ActionForm>
  );
}

function recipientKind(type: ViolationType, actor: unknown): RecipientKind | null {
  if (type === 'administratif') return 'administrative';
  if (type === 'pidana') return 'criminal';
  if (type === 'kode-etik') return 'organiser-ethics';
  if (actor === 'asn' || actor === 'official') return 'asn-neutrality';
  return actor === 'village-head' ? 'village-head' : null;
}

export function ForwardForm({ view, offset, onSubmit, pending, error, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const { lang } = useCaseFormat();
  const pendingTypes = (view.decision?.types ?? []).filter((x) => !view.forwardings.some((f) => f.type === x));
  const [type, setType] = useDraft<ViolationType | null>('type', pendingTypes[0] ?? null);
  const [letterRef, setLetterRef] = useDraft('letterRef', '');
  const [other, setOther] = useDraft('other', '');
  const kind = type ? recipientKind(type, view.reportedParty?.actorKind) : null;
  let recipient: { name: string; code: string } | null = null;
  try {
    const r = kind ? recipientFor(kind, todayAt(offset)) : null;
    recipient = r ? { name: lang === 'en' ? r.nameEn : r.nameId, code: r.recipient } : null;
  } catch {
    recipient = null;
  }
  const submit = () => onSubmit({ type: type ?? undefined, letterRef: letterRef.trim(), ...(!recipient && other.trim() ? { otherRecipientName: other.trim() } : {}) });
  return (
    <ActionForm onSubmit={submit} pending={pending} error={error} onCancel={onCancel}>
      <Select
        label={t('cases.forward.type')}
        required
        allowDeselect={false}
        data={pendingTypes.map((x) => ({ value: x, label: t(`cases.violationTypes.${x}`) }))}
        value={type}
        onChange={(v) => setType(v as ViolationType | null)}
        data-testid="forward-type"
      />
      {recipient ? (
        <Alert variant="light" color="netra" data-testid="forward-recipient" data-recipient={recipient.code}>
          <Text size="sm">
            {t('cases.forward.recipient')}: <strong>{recipient.name}</strong> ({recipient.code})
          </Text>
        </Alert>
      ) : type ? (
        <TextInput label={t('cases.forward.other')} description={t('cases.forward.otherHint')} required value={other} onChange={(e) => setOther(e.currentTarget.value)} data-testid="forward-other" />
      ) : null}
      <TextInput label={t('cases.fields.letterRef')} required value={letterRef} onChange={(e) => setLetterRef(e.currentTarget.value)} data-testid="forward-letterRef" />
    </ActionForm>
  );
}
