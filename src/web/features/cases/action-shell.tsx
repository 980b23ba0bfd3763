// What every workflow-action form shares: the mutation that runs the action and refreshes the
// case, the refusal (the server's message and the list of what is missing), and the buttons.
import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction } from '../../../core/cases/actions.js';
import { ApiError, isTransient } from '../../api/client.js';
import { useIdempotencyKey } from '../../api/idempotency.js';
import type { DraftScopeValue } from '../../components/ui/drafts.js';
import { errorMessage } from '../../components/ui/api-error.js';
import { useCaseFormat } from './case-format.js';
import { runAction, type CaseView } from './cases-api.js';

/**
 * Runs actions on one case; the answer replaces the case in the cache. Each action is sent with
 * the revision of the case as it was when the person began (If-Match, decision 018): `editing`
 * says when that is (a dialog: from its opening; a panel: from the first change). If someone
 * acted on the case since (or this very action was taken and its answer lost), the server refuses
 * it with CASE_CHANGED: the page then shows the case as it is, the form keeps what was typed, and
 * sending again is sending against what is now shown. Each step also carries an Idempotency-Key,
 * so that the same step sent again after its answer was lost is answered as taken.
 */
export function useCaseAction(view: CaseView, { onDone, editing = true, draft }: { onDone?: (view: CaseView) => void; editing?: boolean; draft?: DraftScopeValue } = {}) {
  const queryClient = useQueryClient();
  const caseId = view.id;
  const base = useRef(view.revision);
  // One key per step as sent (action and content), kept with the dialog's draft: sent again after
  // its answer was lost, from the same dialog or from the dialog opened again, the step already
  // taken is answered (Idempotent-Replayed), not refused as changed by oneself. A key is spent
  // only by a step taken, so a step refused as changed may be sent again with it.
  const keys = useIdempotencyKey(draft);
  const mutation = useMutation({
    mutationFn: ({ action, payload }: { action: CaseAction; payload: object }) => runAction(caseId, action, payload, { revision: base.current, key: keys.keyFor({ action, payload }) }),
    onSuccess: (view) => {
      keys.done();
      base.current = view.revision;
      // A step sent again after it took the case out of one's jurisdiction (a delegation) is
      // answered with its receipt only, not the page: the page is read again, if still readable.
      if ('availableActions' in view) queryClient.setQueryData(['case', caseId], view);
      else void queryClient.invalidateQueries({ queryKey: ['case', caseId], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['case', caseId, 'timeline'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      onDone?.(view);
    },
    onError: (error) => {
      // The action may have been taken although its answer was lost (the network, a server or
      // database restart), or someone else moved the case meanwhile: show the case as it stands
      // now, so that nobody takes a step twice on a page that no longer tells the truth.
      // (The case's key is a prefix of its history's: both are read again.)
      if (isTransient(error) || (error instanceof ApiError && (error.status === 409 || error.status === 412))) void queryClient.invalidateQueries({ queryKey: ['case', caseId] });
    },
  });
  // Refused as changed: what is sent next is sent against the case as it is now shown.
  const changed = mutation.error instanceof ApiError && mutation.error.code === 'CASE_CHANGED';
  useEffect(() => {
    if (changed || !editing) base.current = view.revision;
  }, [changed, editing, view.revision]);
  return mutation;
}

/** A refused action: the message as the server worded it, then each missing item. */
export function ActionError({ error, testId = 'action-error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const { bi, half } = useCaseFormat();
  if (!error) return null;
  const missing = error instanceof ApiError ? error.missing : [];
  const details = error instanceof ApiError && missing.length === 0 ? error.details : [];
  // A form refused as changed keeps what was typed: say so, rather than send people to the page
  // behind (closing a dialog would lose its content).
  const message = error instanceof ApiError && error.code === 'CASE_CHANGED' ? t('cases.actions.changed') : errorMessage(error, t('errors.unexpected'));
  // The message repeats the list after its first sentence; show the head once, then the list.
  const head = missing.length > 0 ? (message.split(/(?<=\.)\s/)[0] ?? message) : message;
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert" data-testid={testId} data-code={error instanceof ApiError ? error.code : undefined}>
      {head}
      {missing.length + details.length > 0 ? (
        <List size="sm" mt="xs" data-testid={`${testId}-missing`}>
          {missing.map((m) => (
            <List.Item key={m.key} data-key={m.key}>
              {bi(m)}
            </List.Item>
          ))}
          {details.map((d, i) => (
            <List.Item key={`${d.path}-${i}`}>
              {d.path && !d.path.startsWith('headers.') ? <strong>{d.path.replace(/^body\./, '')}: </strong> : null}
              {half(d.message)}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}

export type ActionFormProps = {
  view: CaseView;
  /** The case's local UTC offset, for the date-time inputs. */
  offset: string;
  preset?: Record<string, string>;
  onSubmit: (payload: object) => void;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
};

export function ActionForm({ onSubmit, pending, error, onCancel, children, submitLabel, disabled }: {
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  children: ReactNode;
  submitLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {children}
        <ActionError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={disabled} data-testid="action-submit">
            {submitLabel ?? t('cases.actions.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
