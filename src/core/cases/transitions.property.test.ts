// Random walks through the machine, with the server's bookkeeping simulated: whatever the
// actions, roles, offices and payloads, the case stays on the graph, terminal states accept
// nothing, every refusal explains itself, and nothing is registered without a complete kajian awal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../access.js';
import { getRegime } from '../law/index.js';
import { CASE_ACTIONS, stateGraph, type CaseAction } from './actions.js';
import type { CaseFacts } from './case-facts.js';
import { INTAKE_KINDS, isRegistrable } from './intake.js';
import { assessChecklist, checklistFor, REQUIREMENT_RESULTS } from './requirements.js';
import { CASE_STATES, isTerminal, REGISTERED_STATES } from './states.js';
import { actor, addHours, applyDecision, makeFacts, NOW, OFFICE, OTHER_OFFICE, payloadFor } from './test-support.js';
import { availableActions, decideTransition } from './transitions.js';

const EDGES = new Set(stateGraph().map((e) => `${e.from}|${e.action}|${e.to}`));

const step = fc.record({
  action: fc.constantFrom(...CASE_ACTIONS),
  /** Most steps take one of the actions the UI would offer, so walks get deep into the graph. */
  offered: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 40 }) }, { weight: 1, arbitrary: fc.constant(null) }),
  variant: fc.nat({ max: 999 }),
  role: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom<Role>('penanganan', 'pimpinan') },
    { weight: 2, arbitrary: fc.constantFrom<Role>('administrator', 'pencegahan', 'datin', 'pengawas', 'bkn', 'ppk', 'gakkumdu') },
  ),
  foreignOffice: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

const start = fc.record({
  kind: fc.constantFrom(...INTAKE_KINDS),
  regime: fc.constantFrom('pilkada-2024', 'pemilu-2024'),
  reportedActorKind: fc.constantFrom('asn', 'official', 'village-head', 'candidate', null),
  officeMemberCount: fc.constantFrom(3, 5),
});

/**
 * Picks one of the enabled actions a user would see, so that walks get deep into the graph:
 * sometimes any of them, sometimes one that does not end the case, sometimes one that moves it
 * to another state, sometimes the latest step of the workflow.
 */
function steer(facts: CaseFacts, role: Role, office: string, now: string, n: number): CaseAction | undefined {
  const enabled = availableActions(facts, role, now, office).filter((a) => a.enabled);
  const onward = enabled.filter((a) => !a.targets.every(isTerminal));
  const moving = onward.filter((a) => !a.targets.includes(facts.state));
  const lists = [enabled, onward, moving.length ? moving : onward, onward.slice(-1)];
  const list = lists[n % lists.length] ?? enabled;
  return list[Math.floor(n / lists.length) % Math.max(list.length, 1)]?.action;
}

function registrationWasEarned(facts: CaseFacts): boolean {
  if (!isRegistrable(facts.kind)) return false;
  return assessChecklist(facts.kind, getRegime(facts.regime).kind, facts.checklist).outcome === 'memenuhi';
}

type Init = typeof start extends fc.Arbitrary<infer T> ? T : never;
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Walks one case through `steps`, checking every answer; returns the states it went through. */
function walk(init: Init, steps: Step[]): Set<string> {
  let facts = makeFacts({ regime: init.regime, reportedActorKind: init.reportedActorKind, officeMemberCount: init.officeMemberCount }, init.kind);
  let now = NOW;
  const seen = new Set<string>([facts.state]);
  for (const s of steps) {
    now = addHours(now, 7);
    const office = s.foreignOffice ? OTHER_OFFICE : facts.state === 'dilimpahkan' ? (facts.delegation?.toOfficeId ?? OFFICE) : facts.officeId;
    const action = s.offered === null ? s.action : (steer(facts, s.role, office, now, s.offered) ?? s.action);
    const result = decideTransition(facts, action, payloadFor(action, facts, s.variant, now), actor(s.role, office), now);
    if (!result.ok) {
      expect(result.missing.length).toBeGreaterThan(0);
      for (const m of result.missing) expect(m.id && m.en && m.key).toBeTruthy();
      continue;
    }
    expect(isTerminal(facts.state)).toBe(false);
    expect(CASE_STATES).toContain(result.to);
    expect(EDGES.has(`${facts.state}|${action}|${result.to}`)).toBe(true);
    if (result.to === 'diregistrasi' && facts.state !== 'diregistrasi') {
      expect(registrationWasEarned(facts)).toBe(true);
      expect(result.effects.some((e) => e.type === 'assign-register-number')).toBe(true);
    }
    facts = applyDecision(facts, result, now);
    seen.add(facts.state);
    if (REGISTERED_STATES.includes(facts.state)) expect(facts.registeredAt).not.toBeNull();
  }
  return seen;
}

const walks = fc.tuple(start, fc.array(step, { minLength: 10, maxLength: 120, size: 'max' }));

describe('state machine properties', () => {
  it('random walks stay on the graph and never register an incomplete kajian awal', () => {
    fc.assert(fc.property(walks, ([init, steps]) => void walk(init, steps)), { numRuns: 500 });
  });

  it('the walks reach every state (fixed seed, so the check itself is stable)', () => {
    const reached = new Set<string>();
    fc.assert(fc.property(walks, ([init, steps]) => walk(init, steps).forEach((s) => reached.add(s))), { numRuns: 600, seed: 20241127 });
    expect([...reached].sort()).toEqual([...CASE_STATES].sort());
  });

  it('terminal states accept no action from anyone', () => {
    const terminal = CASE_STATES.filter(isTerminal);
    fc.assert(
      fc.property(
        fc.constantFrom(...terminal),
        fc.constantFrom(...INTAKE_KINDS),
        fc.constantFrom(...CASE_ACTIONS),
        fc.constantFrom<Role>('pimpinan', 'penanganan', 'pengawas'),
        fc.nat({ max: 999 }),
        (state, kind, action, role, variant) => {
          const facts = makeFacts({ state }, kind);
          const result = decideTransition(facts, action, payloadFor(action, facts, variant, NOW), actor(role), NOW);
          expect(result.ok).toBe(false);
          expect(availableActions(facts, role, NOW, OFFICE)).toEqual([]);
        },
      ),
    );
  });

  it('registration succeeds exactly when every checklist item is met', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('laporan' as const, 'temuan' as const),
        fc.constantFrom('pilkada-2024', 'pemilu-2024'),
        fc.array(fc.constantFrom(...REQUIREMENT_RESULTS), { minLength: 8, maxLength: 8 }),
        (kind, regime, results) => {
          const items = checklistFor(kind, getRegime(regime).kind);
          const checklist = items.map((item, i) => ({ itemId: item.id, result: results[i] ?? 'belum-dinilai' }));
          const facts = makeFacts({ state: 'kajian-awal', regime, checklist }, kind);
          const result = decideTransition(facts, 'registrasi', {}, actor('penanganan'), NOW);
          expect(result.ok).toBe(checklist.every((e) => e.result === 'memenuhi'));
        },
      ),
    );
  });
});
