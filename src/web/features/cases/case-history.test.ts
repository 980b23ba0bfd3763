// Every audit action the server writes for a case has a name in the case page's history, in both
// languages: a workflow action by its label (core/cases/actions.ts), any other event by
// CASE_EVENTS and the timeline's messages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesEn } from './messages-en.js';
import { casesId } from './messages-id.js';
import { isCaseAction } from '../../../core/cases/actions.js';
import { CASE_EVENTS, isCaseEvent } from '../../../core/cases/events.js';

/** The `'case.…'` literals of the server's source (tests excluded). */
function serverCaseActions(): string[] {
  const root = path.resolve(import.meta.dirname, '../../../server');
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        for (const m of readFileSync(full, 'utf8').matchAll(/'case\.([a-z-]+)'/g)) found.add(m[1]!);
      }
    }
  };
  walk(root);
  return [...found].sort();
}

describe('the case history', () => {
  it('names every audit action the server writes for a case', () => {
    const actions = serverCaseActions();
    expect(actions).toEqual(expect.arrayContaining(['received', 'document-delivered', 'limpahkan']));
    expect(actions.filter((a) => !isCaseAction(a) && !isCaseEvent(a))).toEqual([]);
  });

  it('has a label for each event in Bahasa Indonesia and in English', () => {
    for (const e of CASE_EVENTS) {
      expect([e, typeof casesId.timeline[e], typeof casesEn.timeline[e]]).toEqual([e, 'string', 'string']);
    }
  });
});
