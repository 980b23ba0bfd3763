// What this process last read or wrote of a case, and the sessions it last checked (decision 011).
// A workflow action decides on these and writes with a statement that confirms them: the case
// still at the version cached, the session still live with the same user, role, office and CSRF
// token. Nothing here is ever trusted on its own: a write that does not confirm, and any refusal
// decided on cached data, send the request down the path that reads everything afresh.
import type { SessionActorRow } from '../auth/sessions.repository.js';
import type { CaseWithExtras } from './case-statements.js';

/** A map that forgets its least recently used entry beyond `limit`. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}

export type CaseCache = {
  getCase(id: string): CaseWithExtras | undefined;
  putCase(found: CaseWithExtras): void;
  dropCase(id: string): void;
  getSession(id: string): SessionActorRow | undefined;
  putSession(session: SessionActorRow): void;
  dropSession(id: string): void;
  readonly size: { cases: number; sessions: number };
  /** actions decided on cached data and confirmed by the write; tried but read afresh; nothing cached */
  readonly counts: { confirmed: number; fellBack: number; missed: number };
};

/**
 * Under the test runner every case put in the cache is frozen, deep: the next action decides on it
 * and builds its new record from it, sharing what did not change (apply-action.ts), so code that
 * changed a cached record in place would change what every later request sees. A frozen one makes
 * such code throw in the tests instead (modules are strict). Outside tests nothing is frozen.
 */
const FREEZE = process.env.VITEST !== undefined;

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return; // (bytes cannot be frozen)
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/** `limit` cases and as many sessions; 0 turns the cache off (every action reads afresh). */
export function createCaseCache(limit: number): CaseCache {
  const cases = new Lru<CaseWithExtras>(limit);
  const sessions = new Lru<SessionActorRow>(limit);
  const on = limit > 0;
  const counts = { confirmed: 0, fellBack: 0, missed: 0 };
  return {
    counts,
    getCase: (id) => cases.get(id),
    putCase: (found) => {
      if (!on) return;
      if (FREEZE) deepFreeze(found);
      cases.set(found.row.id, found);
    },
    dropCase: (id) => cases.delete(id),
    getSession: (id) => sessions.get(id),
    putSession: (session) => {
      if (on) sessions.set(session.sessionId, session);
    },
    dropSession: (id) => sessions.delete(id),
    get size() {
      return { cases: cases.size, sessions: sessions.size };
    },
  };
}
