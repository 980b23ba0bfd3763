// Internal notes of the office, and the case's history as the audit log recorded it.
import { Button, Card, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, isCaseAction } from '../../../core/cases/actions.js';
import { CLARIFICATION_PARTIES, type ClarificationParty } from '../../../core/cases/case-facts.js';
import { isCaseEvent } from '../../../core/cases/events.js';
import { isCaseState, STATES } from '../../../core/cases/states.js';
import { api } from '../../api/client.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { QueryState } from '../../components/ui/page.js';
import { useSession } from '../auth/session.js';
import { useCaseFormat } from './case-format.js';
import { DELIVERY_METHODS, DOCUMENT_KINDS, useOfficeUsers, useTimeline, type CaseView, type DeliveryMethod, type DocumentKind, type TimelineItem } from './cases-api.js';


export function NotesPanel({ view, offset }: { view: CaseView; offset: string }) {
  const { t } = useTranslation();
  const { short } = useCaseFormat();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const users = useOfficeUsers(view.office.id);
  const [body, setBody] = useState('');
  // The same note sent again after a lost answer is the note written (Idempotency-Key).
  const key = useIdempotencyKey();
  const add = useMutation({
    mutationFn: () => api.post<{ id: string }>(`/api/v1/cases/${view.id}/notes`, { body: body.trim() }, { 'Idempotency-Key': key.keyFor(body.trim()) }),
    onSuccess: () => {
      key.done();
      setBody('');
      void queryClient.invalidateQueries({ queryKey: ['case', view.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim()) add.mutate();
  };
  const author = (id: string) => users.data?.items.find((u) => u.id === id)?.displayName ?? '—';
  return (
    <Card withBorder radius="md" padding="md" data-testid="notes">
      <Title order={2} size="h5" mb="xs">
        {t('cases.notes.title')}
      </Title>
      <Stack gap="xs">
        {view.notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cases.notes.none')}
          </Text>
        ) : null}
        {view.notes.map((n) => (
          <div key={n.id} data-testid="note-row">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.body}
            </Text>
            <Text size="xs" c="dimmed">
              {author(n.authorId)} · {short(n.createdAt, offset)}
            </Text>
          </div>
        ))}
        {can('cases.act') ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <Textarea aria-label={t('cases.notes.new')} placeholder={t('cases.notes.placeholder')} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} data-testid="note-body" />
              <ApiErrorAlert error={add.error} testId="note-error" />
              <Button type="submit" size="xs" variant="light" loading={add.isPending} disabled={!body.trim()} style={{ alignSelf: 'flex-start' }} data-testid="note-submit">
                {t('cases.notes.add')}
              </Button>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}

const isParty = (v: unknown): v is ClarificationParty => typeof v === 'string' && (CLARIFICATION_PARTIES as readonly string[]).includes(v);

function useDescribe() {
  const { t } = useTranslation();
  const { bi, short } = useCaseFormat();
  const joined = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  return (item: TimelineItem, offset: string): { title: string; detail: string } => {
    const key = item.action.replace(/^case\./, '');
    const s = (item.summary ?? {}) as Record<string, unknown>;
    const stateLabel = (v: unknown) => (typeof v === 'string' && isCaseState(v) ? bi(STATES[v].label) : '');
    if (isCaseAction(key)) {
      const moved = s.from !== s.to && stateLabel(s.to) ? `${stateLabel(s.from)} → ${stateLabel(s.to)}` : '';
      // Why a case was delegated, closed or sent back, and to which office: what the next reader
      // of the history (the receiving office, a colleague) asks first.
      const payload = (s.payload ?? {}) as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : '');
      return {
        title: bi(ACTIONS[key].label),
        detail: joined(
          moved,
          text(s.registerNumber),
          text(s.toOfficeName) ? t('cases.timeline.toOffice', { office: text(s.toOfficeName) }) : '',
          text(payload.reason) ? t('cases.timeline.reason', { reason: text(payload.reason) }) : '',
        ),
      };
    }
    const title = isCaseEvent(key) ? t(`cases.timeline.${key}`) : item.action;
    const kind = typeof s.kind === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(s.kind) ? t(`cases.documents.kinds.${s.kind as DocumentKind}`) : '';
    const numbered = joined(kind, typeof s.number === 'string' ? s.number : '');
    // The deadline a reminder or an overdue mark was for, in the case's time zone.
    const dueIso = typeof s.due === 'string' ? s.due : typeof s.nextDueAt === 'string' ? s.nextDueAt : null;
    const deadline = dueIso ? t('cases.timeline.forDeadline', { due: short(dueIso, offset) }) : '';
    const method = typeof s.method === 'string' && (DELIVERY_METHODS as readonly string[]).includes(s.method) ? t(`cases.documents.delivery.methods.${s.method as DeliveryMethod}`) : '';
    const detail = ((): string => {
      switch (key) {
        case 'document-generated':
        case 'document-emailed':
          return numbered;
        case 'document-delivered': // a delivery's free-text note is not shown here: it may name the pelapor
          return joined(numbered, isParty(s.to) ? t(`cases.parties.${s.to}`) : '', method);
        case 'reporter-read':
          return kind ? t('cases.timeline.viaDocument', { kind: numbered }) : '';
        case 'reminded':
          return joined(deadline, t(s.email === true ? 'cases.timeline.remindedByEmail' : 'cases.timeline.remindedInApp'));
        case 'reminder-failed':
          return joined(deadline, t(s.retry === true ? 'cases.timeline.reminderRetry' : 'cases.timeline.reminderRefused'));
        case 'overdue':
          return deadline;
        default:
          return typeof s.receiptNumber === 'string' ? s.receiptNumber : '';
      }
    })();
    return { title, detail };
  };
}

export function TimelinePanel({ view, offset }: { view: CaseView; offset: string }) {
  const { t } = useTranslation();
  const { short } = useCaseFormat();
  const timeline = useTimeline(view.id);
  const describe = useDescribe();
  return (
    <Card withBorder radius="md" padding="md" data-testid="timeline">
      <Title order={2} size="h5" mb="sm">
        {t('cases.timeline.title')}
      </Title>
      <QueryState isPending={timeline.isPending} error={timeline.error}>
        {() => (
          <Timeline bulletSize={12} lineWidth={2} active={(timeline.data?.items.length ?? 0) - 1}>
            {(timeline.data?.items ?? []).map((item) => {
              const d = describe(item, offset);
              return (
                <Timeline.Item key={item.id} title={<Text size="sm" fw={600}>{d.title}</Text>} data-testid="timeline-row" data-action={item.action}>
                  {d.detail ? <Text size="xs">{d.detail}</Text> : null}
                  <Text size="xs" c="dimmed">
                    {short(item.at, offset)} · {item.actorLabel}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </QueryState>
    </Card>
  );
}
