// Next actions, as the state machine offers them for this user (availableActions): the enabled
// ones open the form of their payload; the disabled ones are greyed, with what is still missing.
import { Button, Card, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction } from '../../../core/cases/actions.js';
import { DraftNotice, DraftScope, discardDraft, useRestoredDraft } from '../../components/ui/drafts.js';
import { navigate } from '../../router.js';
import { useSession } from '../auth/session.js';
import { announceHandoff } from './handoff.js';
import { SimpleActionForm } from './action-forms.js';
import { useCaseAction, type ActionFormProps } from './action-shell.js';
import { useCaseFormat } from './case-format.js';
import type { CaseView } from './cases-api.js';
import { ForwardForm, KajianForm, PlenoForm } from './decision-forms.js';
import { HearingForm, InviteForm } from './klarifikasi-forms.js';

const FORMS: Partial<Record<CaseAction, FC<ActionFormProps>>> = {
  'undang-klarifikasi': InviteForm,
  'catat-klarifikasi': HearingForm,
  'catat-kajian': KajianForm,
  'putus-pleno': PlenoForm,
  teruskan: ForwardForm,
};

/** Actions done elsewhere on the page rather than in a dialog. */
const INLINE: Partial<Record<CaseAction, string>> = { 'nilai-syarat': 'checklist' };

export type OpenAction = { action: CaseAction; preset?: Record<string, string> } | null;

function ActionBody({ view, offset, open, onClose }: { view: CaseView; offset: string; open: NonNullable<OpenAction>; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  // What is typed is kept when the dialog closes unsent (drafts.tsx), per user, case and form.
  const draftKey = `${user?.id ?? ''}:${view.id}:${open.action}:${JSON.stringify(open.preset ?? {})}`;
  // A draft typed against an earlier revision says so: sending it is sending against what is now
  // shown. (A draft keeps the revision of its first keystroke: the scope's revision is read then.)
  const { restored, generation, discard: clearDraft } = useRestoredDraft(draftKey);
  const run = useCaseAction(view, {
    onDone: (answer) => {
      discardDraft(draftKey);
      onClose();
      if (open.action === 'limpahkan') {
        // The case is the receiving office's now: back to the inbox, which says where it went.
        announceHandoff({ receiptNumber: view.receiptNumber, officeName: 'office' in answer ? answer.office.name : null });
        navigate('/konsol/perkara');
      }
    },
    draft: { key: draftKey, revision: view.revision },
  });
  const discard = () => {
    clearDraft();
    run.reset();
  };
  const Form = FORMS[open.action];
  const props: ActionFormProps = { view, offset, preset: open.preset, pending: run.isPending, error: run.error, onCancel: onClose, onSubmit: (payload) => run.mutate({ action: open.action, payload }) };
  return (
    <DraftScope draftKey={draftKey} revision={view.revision}>
      {restored ? <DraftNotice warning={restored.revision === view.revision ? null : t('cases.actions.draftCaseChanged')} onDiscard={discard} /> : null}
      {Form ? <Form key={generation} {...props} /> : <SimpleActionForm key={generation} action={open.action} {...props} />}
    </DraftScope>
  );
}

export function ActionModal({ view, offset, open, onClose }: { view: CaseView; offset: string; open: OpenAction; onClose: () => void }) {
  const { bi } = useCaseFormat();
  const info = open ? view.availableActions.find((a) => a.action === open.action) : undefined;
  return (
    <Modal opened={!!open} onClose={onClose} title={info ? bi(info.label) : ''} size={open && FORMS[open.action] ? 'lg' : 'md'} data-testid="action-modal">
      {open ? <ActionBody key={`${open.action}-${JSON.stringify(open.preset ?? {})}`} view={view} offset={offset} open={open} onClose={onClose} /> : null}
    </Modal>
  );
}

/** What an action still lacks: the first items, the rest on request. */
function MissingList({ id, items }: { id: string; items: CaseView['availableActions'][number]['missing'] }) {
  const { t } = useTranslation();
  const { bi } = useCaseFormat();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, 2);
  return (
    <div id={id} data-testid="action-missing">
      <List size="xs" c="dimmed" mt={4} ml="sm">
        {shown.map((m) => (
          <List.Item key={m.key}>{bi(m)}</List.Item>
        ))}
      </List>
      {items.length > 2 ? (
        <Button variant="subtle" size="compact-xs" ml="sm" onClick={() => setAll((x) => !x)} aria-expanded={all}>
          {all ? t('cases.actions.fewer') : t('cases.actions.more', { count: items.length - 2 })}
        </Button>
      ) : null}
    </div>
  );
}

export function ActionsPanel({ view, onOpen }: { view: CaseView; onOpen: (a: OpenAction) => void }) {
  const { t } = useTranslation();
  const { bi } = useCaseFormat();
  const actions = view.availableActions;
  return (
    <Card withBorder radius="md" padding="md" data-testid="case-actions">
      <Title order={2} size="h4" mb="sm">
        {t('cases.actions.title')}
      </Title>
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {view.terminal ? t('cases.actions.terminal') : t('cases.actions.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {actions.map((a) => (
            <div key={a.action}>
              <Button
                variant={a.enabled ? (a.action === actions.find((x) => x.enabled)?.action ? 'filled' : 'light') : 'default'}
                disabled={!a.enabled}
                fullWidth
                justify="flex-start"
                onClick={() => {
                  const target = INLINE[a.action];
                  if (target) document.getElementById(target)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                  else onOpen({ action: a.action });
                }}
                data-testid={`case-action-${a.action}`}
                data-enabled={a.enabled}
                aria-describedby={a.enabled ? undefined : `missing-${a.action}`}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                h="auto"
                py={6}
              >
                {bi(a.label)}
              </Button>
              {!a.enabled && a.missing.length > 0 ? <MissingList id={`missing-${a.action}`} items={a.missing} /> : null}
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
