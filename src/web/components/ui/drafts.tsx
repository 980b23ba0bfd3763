// What was typed into a form that closed before it was sent: a dialog closed by a click beside it
// or by Escape, closed to look at the case after a refusal (CASE_CHANGED), or lost with its page
// when the session ended. Kept in this tab's memory only (never in storage: it may hold names and
// a kajian's facts), per user and per form, until the form is sent, discarded, or its user signs
// out; a form opened again starts from it.
import { Alert, Button, Group, Text } from '@mantine/core';
import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useRef, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';

/** Per form: its fields, and the revision of what the form was about when typing began. */
const drafts = new Map<string, { revision: number | null; fields: Map<string, unknown> }>();
let owner: string | null = null;

/** Who the drafts belong to: another user signing in on this tab starts with none. */
export function setDraftOwner(userId: string | null) {
  if (userId !== null && owner !== null && userId !== owner) drafts.clear();
  if (userId !== null) owner = userId;
}

/** Signing out: nothing typed by this user stays in the tab. */
export function clearDrafts() {
  drafts.clear();
  owner = null;
}

/** The draft kept under `key`, if any: the revision it was typed against. */
export function draftOf(key: string): { revision: number | null } | null {
  const draft = drafts.get(key);
  return draft && draft.fields.size > 0 ? { revision: draft.revision } : null;
}

export function discardDraft(key: string) {
  drafts.delete(key);
}

/** One value kept with a draft outside React's state (e.g. the Idempotency-Key of what was sent). */
export function draftField(key: string, name: string): unknown {
  return drafts.get(key)?.fields.get(name);
}

export function keepDraftField(key: string, name: string, value: unknown, revision: number | null = null) {
  let draft = drafts.get(key);
  if (!draft) drafts.set(key, (draft = { revision, fields: new Map() }));
  draft.fields.set(name, value);
}

export type DraftScopeValue = { key: string; revision: number | null };
const DraftContext = createContext<DraftScopeValue | null>(null);

/** The draft the calling form is kept under, if it is in a DraftScope. */
export function useDraftScope(): DraftScopeValue | null {
  return useContext(DraftContext);
}

/**
 * The form whose fields (useDraft) are kept under `draftKey` (e.g. a case and an action);
 * `revision`: what the form is about, as shown when typing begins (the case's revision).
 */
export function DraftScope({ draftKey, revision = null, children }: { draftKey: string; revision?: number | null; children: ReactNode }) {
  const scope = useMemo(() => ({ key: draftKey, revision }), [draftKey, revision]);
  return <DraftContext.Provider value={scope}>{children}</DraftContext.Provider>;
}

/**
 * useState for a field of a form in a DraftScope: starts from the draft when there is one, and
 * keeps what the person changes (not the initial value, so an untouched form leaves no draft).
 * Outside a scope it is plain useState.
 */
export function useDraft<T>(name: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const scope = useContext(DraftContext);
  const [value, setValue] = useState<T>(() => {
    const saved = scope ? drafts.get(scope.key)?.fields.get(name) : undefined;
    if (saved !== undefined) return saved as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const touched = useRef(false);
  useEffect(() => {
    if (scope && touched.current) keepDraftField(scope.key, name, value, scope.revision);
  }, [scope, name, value]);
  const set = useCallback<Dispatch<SetStateAction<T>>>((next) => {
    touched.current = true;
    setValue(next);
  }, []);
  return [value, set];
}

/**
 * A form's draft as found when the form opened (null once cleared), and how to clear it: the
 * form is then drawn again from its initial values (`generation` as its React key).
 */
export function useRestoredDraft(key: string) {
  const [restored] = useState(() => draftOf(key));
  const [generation, setGeneration] = useState(0);
  const discard = () => {
    discardDraft(key);
    setGeneration((g) => g + 1);
  };
  return { restored: generation === 0 ? restored : null, generation, discard };
}

/**
 * Says that a form starts from its draft, with a way to clear it; `warning`, when the thing the
 * draft was typed about has changed since, turns it yellow and is said after.
 */
export function DraftNotice({ warning, onDiscard }: { warning?: string | null; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color={warning ? 'yellow' : 'blue'} variant="light" mb="md" data-testid="draft-restored" data-warning={Boolean(warning)}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm">
          {t('common.draftRestored')}
          {warning ? ` ${warning}` : null}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={onDiscard} data-testid="draft-discard">
          {t('common.draftDiscard')}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * A form kept as a draft under `draftKey`: it starts from the draft when there is one, says so, and
 * is drawn again from its initial values when the draft is cleared.
 */
export function DraftedForm({ draftKey, children }: { draftKey: string; children: ReactNode }) {
  const { restored, generation, discard } = useRestoredDraft(draftKey);
  return (
    <DraftScope draftKey={draftKey}>
      {restored ? <DraftNotice onDiscard={discard} /> : null}
      <Fragment key={generation}>{children}</Fragment>
    </DraftScope>
  );
}
