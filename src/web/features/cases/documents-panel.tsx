// Official documents generated from the case (PDF): the "Buat dokumen" menu of the nine kinds,
// asking which invitation for an undangan or berita acara, and the list, each shown in the page
// on request and downloadable. Documents that print the reporter's identity are offered and opened
// only to roles that may read it.
import { Box, Button, Card, Collapse, Group, Menu, Modal, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftedForm, discardDraft, useDraft } from '../../components/ui/drafts.js';
import { useSession } from '../auth/session.js';
import { ActionError } from './action-shell.js';
import { invitationLabel, todayAt, useCaseFormat } from './case-format.js';
import { DELIVERY_METHODS, DOCUMENT_KINDS, documentUrl, emailDocument, generateDocument, PER_INVITATION, printsReporterIdentity, recordDelivery, type CaseView, type DeliveryMethod, type DocumentKind } from './cases-api.js';
import { PdfFrame } from './pdf-frame.js';

type Party = CaseView['documents'][number]['addressees'][number];

/**
 * Records how and when a letter reached its addressee: a method, the day, and a note; for a letter
 * to several parties (a status notice to the pelapor and the terlapor), to which of them.
 */
function DeliveryForm({ caseId, doc, today, onClose, onSaved }: { caseId: string; doc: CaseView['documents'][number]; today: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const several = doc.addressees.length > 1;
  // The first addressee not yet recorded, else the first: what staff most likely record next.
  const [to, setTo] = useDraft<Party | null>('to', () => (several ? (doc.addressees.find((a) => !doc.deliveries.some((x) => x.to === a)) ?? doc.addressees[0]!) : null));
  // The form shows what is on file for the party chosen (to correct it), or a blank record.
  const recordOf = (party: Party | null) => doc.deliveries.find((x) => x.to === party) ?? (several ? undefined : doc.deliveries.at(-1));
  const [method, setMethod] = useDraft<DeliveryMethod>('method', () => recordOf(to)?.method ?? 'langsung');
  const [deliveredOn, setDeliveredOn] = useDraft('deliveredOn', () => recordOf(to)?.deliveredOn ?? today);
  const [note, setNote] = useDraft('note', () => recordOf(to)?.note ?? '');
  const choose = (party: Party) => {
    const record = recordOf(party);
    setTo(party);
    setMethod(record?.method ?? 'langsung');
    setDeliveredOn(record?.deliveredOn ?? today);
    setNote(record?.note ?? '');
  };
  const save = useMutation({
    mutationFn: () => recordDelivery(caseId, doc.id, { ...(to ? { to } : {}), method, deliveredOn, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['case', caseId] });
      onSaved();
    },
  });
  return (
    <Stack gap="sm" data-testid="delivery-form">
      {several ? (
        <Select
          label={t('cases.documents.delivery.to')}
          data={doc.addressees.map((a) => ({ value: a, label: t(`cases.parties.${a}`) }))}
          value={to}
          onChange={(v) => v && choose(v as Party)}
          allowDeselect={false}
          data-testid="delivery-to"
        />
      ) : null}
      <Select
        label={t('cases.documents.delivery.method')}
        data={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`cases.documents.delivery.methods.${m}`) }))}
        value={method}
        onChange={(v) => v && setMethod(v as DeliveryMethod)}
        allowDeselect={false}
        data-testid="delivery-method"
      />
      <TextInput type="date" label={t('cases.documents.delivery.on')} value={deliveredOn} max={today} onChange={(e) => setDeliveredOn(e.currentTarget.value)} required data-testid="delivery-on" />
      <Textarea label={t('cases.documents.delivery.note')} description={t('cases.documents.delivery.noteHint')} value={note} maxLength={500} autosize minRows={2} onChange={(e) => setNote(e.currentTarget.value)} data-testid="delivery-note" />
      <ActionError error={save.error} testId="delivery-error" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-testid="delivery-cancel">{t('cases.documents.delivery.cancel')}</Button>
        <Button loading={save.isPending} disabled={!deliveredOn} onClick={() => save.mutate()} data-testid="delivery-save">{t('cases.documents.delivery.save')}</Button>
      </Group>
    </Stack>
  );
}

/**
 * The delivery form, whose entries are kept when it closes unsent (drafts.tsx), per user and
 * letter, until saved or cleared: a note of who received the letter, typed and then closed to
 * look at the letter, is there when it opens again.
 */
function DeliveryDialog({ userId, ...props }: { userId: string; caseId: string; doc: CaseView['documents'][number]; today: string; onClose: () => void }) {
  const draftKey = `${userId}:${props.caseId}:delivery:${props.doc.id}`;
  const saved = () => {
    discardDraft(draftKey);
    props.onClose();
  };
  return (
    <DraftedForm draftKey={draftKey}>
      <DeliveryForm {...props} onSaved={saved} />
    </DraftedForm>
  );
}

function DocumentRow({ view, doc: d, offset }: { view: CaseView; doc: CaseView['documents'][number]; offset: string }) {
  const caseId = view.id;
  const { t } = useTranslation();
  const { short, day } = useCaseFormat();
  const { can, user } = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [delivering, setDelivering] = useState(false);
  // A letter to the pelapor can also go to the e-mail address they gave (when the server sends
  // e-mail): reading that address is a read of the identity, for the roles that may.
  const mayEmail = !!user?.features.email && d.toPelapor && can('cases.act') && can('cases.reporter');
  const email = useMutation({
    mutationFn: () => emailDocument(caseId, d.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['case', caseId] }),
  });
  // A copy of the reporter's identity: for the roles that may read it, and every download logged.
  const allowed = !d.personalData || can('cases.reporter');
  const url = documentUrl(caseId, d.id);
  const title = (DOCUMENT_KINDS as readonly string[]).includes(d.kind) ? t(`cases.documents.kinds.${d.kind as DocumentKind}`) : d.title.id;
  return (
    <Box py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} data-testid="doc-row" data-kind={d.kind} data-version={d.version}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} size="sm">
            {title}
            {d.version > 1 ? ` (v${d.version})` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {d.number} · {short(d.createdAt, offset)}
          </Text>
          <Text size="xs" ff="monospace" c="dimmed" style={{ wordBreak: 'break-all' }}>
            SHA-256 {d.sha256}
          </Text>
          {d.emailedAt ? (
            <Text size="xs" c="green.9" data-testid="doc-emailed">
              {t('cases.documents.emailed', { at: short(d.emailedAt, offset) })}
            </Text>
          ) : null}
          {d.deliveries.map((x) => (
            <Text key={x.to ?? ''} size="xs" c="green.9" data-testid="doc-delivered" data-on={x.deliveredOn} data-to={x.to ?? ''}>
              {x.to && d.addressees.length > 1 ? `${t(`cases.parties.${x.to}`)}: ` : ''}
              {t('cases.documents.delivery.done', { on: day(x.deliveredOn), method: t(`cases.documents.delivery.methods.${x.method}`) })}
              {x.note ? ` · ${x.note}` : ''}
            </Text>
          ))}
          {d.personalData ? (
            <Text size="xs" c={allowed ? 'orange.9' : 'dimmed'} data-testid="doc-personal-data">
              {allowed ? t('cases.documents.personalData') : t('cases.documents.restricted')}
            </Text>
          ) : null}
        </div>
        {allowed ? (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="doc-view">
              {open ? t('cases.documents.hide') : t('cases.documents.view')}
            </Button>
            <Button size="xs" variant="default" component="a" href={url} download data-testid="doc-download">
              {t('cases.documents.download')}
            </Button>
            {d.deliverable && can('cases.act') ? (
              <Button size="xs" variant="default" onClick={() => setDelivering(true)} data-testid="doc-deliver">
                {d.deliveries.length >= Math.max(1, d.addressees.length) ? t('cases.documents.delivery.edit') : t('cases.documents.delivery.record')}
              </Button>
            ) : null}
            {mayEmail ? (
              <Button size="xs" variant="default" loading={email.isPending} onClick={() => email.mutate()} title={t('cases.documents.emailHint')} data-testid="doc-email">
                {d.emailedAt ? t('cases.documents.emailAgain') : t('cases.documents.email')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <ActionError error={email.error} testId="doc-email-error" />
      <Modal opened={delivering} onClose={() => setDelivering(false)} title={t('cases.documents.delivery.title', { title })}>
        {delivering ? <DeliveryDialog userId={user?.id ?? ''} caseId={caseId} doc={d} today={todayAt(offset)} onClose={() => setDelivering(false)} /> : null}
      </Modal>
      <Collapse in={open}>{open ? <Box mt="xs"><PdfFrame url={url} title={title} testId="doc-viewer" /></Box> : null}</Collapse>
    </Box>
  );
}

export function DocumentsPanel({ view, offset }: { view: CaseView; offset: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [ask, setAsk] = useState<DocumentKind | null>(null);
  const [invitationId, setInvitationId] = useState<string | null>(null);
  // The same document asked for again after a lost answer is the one made, not a second letter
  // with the next number (Idempotency-Key); once made, asking again makes its next version.
  const key = useIdempotencyKey();
  const make = useMutation({
    mutationFn: ({ kind, invitation }: { kind: DocumentKind; invitation?: string }) => generateDocument(view.id, kind, invitation, key.keyFor({ kind, invitation })),
    onSuccess: () => {
      key.done();
      setAsk(null);
      void queryClient.invalidateQueries({ queryKey: ['case', view.id] });
    },
  });
  const choose = (kind: DocumentKind) => {
    make.reset();
    if (PER_INVITATION.includes(kind) && view.invitations.length > 1) {
      setInvitationId(view.invitations[view.invitations.length - 1]?.id ?? null);
      setAsk(kind);
    } else make.mutate({ kind, invitation: PER_INVITATION.includes(kind) ? view.invitations[0]?.id : undefined });
  };
  const docs = [...view.documents].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Card withBorder radius="md" padding="md" data-testid="documents">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4">
          {t('cases.documents.title')}
        </Title>
        {can('cases.act') ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="xs" loading={make.isPending && !ask} data-testid="doc-generate">
                {t('cases.documents.generate')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {DOCUMENT_KINDS.filter((k) => can('cases.reporter') || !printsReporterIdentity(k)).map((k) => (
                <Menu.Item key={k} onClick={() => choose(k)} data-testid={`doc-kind-${k}`}>
                  {t(`cases.documents.kinds.${k}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {!ask ? <ActionError error={make.error} testId="doc-error" /> : null}
      {docs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.documents.none')}
        </Text>
      ) : (
        <Stack gap={0}>
          {docs.map((d) => (
            <DocumentRow key={d.id} view={view} doc={d} offset={offset} />
          ))}
        </Stack>
      )}
      <Modal opened={!!ask} onClose={() => setAsk(null)} title={ask ? t(`cases.documents.kinds.${ask}`) : ''}>
        <Stack gap="md">
          <Select
            label={t('cases.klarifikasi.invitation')}
            allowDeselect={false}
            data={view.invitations.map((i) => ({ value: i.id, label: invitationLabel(t, i) }))}
            value={invitationId}
            onChange={setInvitationId}
            data-testid="doc-invitation"
          />
          <ActionError error={make.error} testId="doc-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsk(null)}>
              {t('common.cancel')}
            </Button>
            <Button loading={make.isPending} disabled={!invitationId} onClick={() => ask && make.mutate({ kind: ask, invitation: invitationId ?? undefined })} data-testid="doc-submit">
              {t('cases.documents.create')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
