// The load generator: N workers, each with one keep-alive socket, for a warm-up then a measured
// window. Runs in this process or in a child (bench/client.ts); the code is the same.
import { randomUUID } from 'node:crypto';
import { LIFECYCLE_STEPS, laporanBody } from '../../src/server/test/case-fixtures.js';
import { makeClient, type Client, type Session } from './http.js';
import { summarize, type KindStats } from './stats.js';

export type Scenario =
  /**
   * `minimal`: each action sent with `Prefer: return=minimal`, answered with a receipt instead of
   * the case page; `console`: each request as the staff console sends it, with an Idempotency-Key
   * (the intake's and each step's) and each step with If-Match on the revision the last answer showed
   */
  | { kind: 'lifecycle'; staff: Session; member: Session; minimal?: boolean; console?: boolean }
  | { kind: 'floor'; staff: Session; member: Session }
  | { kind: 'baseline' }
  | { kind: 'inbox'; variants: { name: string; path: string; session: Session }[] };

export type LoadOptions = { url: string; concurrency: number; warmupS: number; durationS: number; scenario: Scenario };

export type LoadResult = {
  concurrency: number;
  durationS: number;
  /** lifecycles (or baseline inserts, or inbox pages) completed in the window, per second */
  unitsPerS: number;
  requestsPerS: number;
  units: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  /** CPU used by the process running the generator during the window (only the generator's own in a child process) */
  cpuMsInWindow: number;
  kinds: Record<string, KindStats>;
};

type Step = { kind: string; method: 'POST' | 'GET'; path: (id: string) => string; member?: boolean; body?: (ctx: { invitationId?: string }) => unknown; expect: number };

/** The lifecycle of lifecycle.test.ts, request for request: 11 requests from intake to forwarding. */
export const LIFECYCLE: Step[] = LIFECYCLE_STEPS.map(({ action, by, body }) => ({
  kind: action,
  method: 'POST',
  path: (id) => `/api/v1/cases/${id}/actions/${action}`,
  expect: 200,
  body,
  member: by === 'pimpinan',
}));

export const LIFECYCLE_REQUESTS = 1 + LIFECYCLE.length;

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const client = makeClient(o.url, o.concurrency);
  const started = performance.now();
  const windowStart = started + o.warmupS * 1000;
  const windowEnd = windowStart + o.durationS * 1000;
  const samples = new Map<string, number[]>();
  let units = 0;
  let requests = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  let cpuAtStart = process.cpuUsage();
  let cpuInWindow = process.cpuUsage(cpuAtStart);
  const t1 = setTimeout(() => (cpuAtStart = process.cpuUsage()), o.warmupS * 1000);
  const t2 = setTimeout(() => (cpuInWindow = process.cpuUsage(cpuAtStart)), (o.warmupS + o.durationS) * 1000);

  async function timed(kind: string, method: string, path: string, headers: Record<string, string>, body: unknown, expect: number) {
    const t0 = performance.now();
    const res = await client.request(method, path, headers, body);
    const t1 = performance.now();
    const inWindow = t0 >= windowStart && t1 <= windowEnd;
    if (inWindow) {
      requests++;
      let list = samples.get(kind);
      if (!list) samples.set(kind, (list = []));
      list.push(t1 - t0);
    }
    if (res.status !== expect) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`${kind}: ${res.status} ${res.body.slice(0, 300)}`);
      throw new Error(`${kind} ${res.status}`);
    }
    return { res, inWindow };
  }

  // Each report concerns its own civil servant, as reports do: the terlapor's NIP differs from one
  // lifecycle to the next, so the index of NIPs (migration 0021) grows as it would in use, not on
  // one key repeated (which every writer would then insert at the same end of).
  let made = 0;
  const body = () => {
    const b = laporanBody();
    return { ...b, reportedParty: { ...b.reportedParty, nip: `1990${String(process.pid % 100).padStart(2, '0')}${String(++made).padStart(12, '0')}` } };
  };

  async function lifecycle(staff: Session, member: Session, minimal: boolean, asConsole: boolean) {
    if (minimal) {
      staff = { headers: { ...staff.headers, prefer: 'return=minimal' } };
      member = { headers: { ...member.headers, prefer: 'return=minimal' } };
    }
    const keyed = (headers: Record<string, string>, revision?: number): Record<string, string> =>
      asConsole ? { ...headers, 'idempotency-key': randomUUID(), ...(revision === undefined ? {} : { 'if-match': `"r${revision}"` }) } : headers;
    const { res } = await timed('create', 'POST', '/api/v1/cases', keyed(staff.headers), body(), 201);
    const id = (JSON.parse(res.body) as { id: string }).id;
    const ctx: { invitationId?: string } = {};
    let last = false;
    let revision = 0;
    for (const step of LIFECYCLE) {
      const r = await timed(step.kind, step.method, step.path(id), keyed((step.member ? member : staff).headers, revision), step.body?.(ctx), step.expect);
      if (asConsole) revision = (JSON.parse(r.res.body) as { revision: number }).revision;
      // Asked for, a receipt must come back (the page is the same action at a higher price).
      if (minimal && r.res.headers['preference-applied'] !== 'return=minimal') {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${step.kind}: no Preference-Applied: return=minimal`);
        throw new Error(`${step.kind}: not minimal`);
      }
      if (step.kind === 'undang-klarifikasi') ctx.invitationId = (JSON.parse(r.res.body) as { invitations: { id: string }[] }).invitations[0]!.id;
      last = r.inWindow;
    }
    if (last && performance.now() <= windowEnd) units++;
  }

  // The floor (floor.ts): the same eleven requests with the same bodies, each doing only the
  // session check, a small row's change and the audit append.
  async function floor(staff: Session, member: Session) {
    const { res } = await timed('floor create', 'POST', '/api/bench/floor', staff.headers, body(), 201);
    const id = (JSON.parse(res.body) as { id: string }).id;
    let last = false;
    for (const step of LIFECYCLE) {
      const r = await timed(`floor ${step.kind}`, 'POST', `/api/bench/floor/${id}/${step.kind}`, (step.member ? member : staff).headers, step.body?.({ invitationId: id }), 200);
      last = r.inWindow;
    }
    if (last && performance.now() <= windowEnd) units++;
  }

  async function worker(w: number) {
    let i = w;
    let turn = w; // inbox: every worker cycles through every variant
    while (performance.now() < windowEnd) {
      try {
        const s = o.scenario;
        if (s.kind === 'lifecycle') await lifecycle(s.staff, s.member, s.minimal === true, s.console === true);
        else if (s.kind === 'floor') await floor(s.staff, s.member);
        else if (s.kind === 'baseline') {
          const { inWindow } = await timed('baseline-insert', 'POST', '/bench/baseline', {}, { label: 'baseline', worker: w, i }, 201);
          if (inWindow) units++;
        } else {
          const v = s.variants[turn++ % s.variants.length]!;
          const { inWindow } = await timed(v.name, 'GET', v.path, v.session.headers, undefined, 200);
          if (inWindow) units++;
        }
      } catch {
        // counted in errors; keep going
      }
      i += o.concurrency;
    }
  }

  await Promise.all(Array.from({ length: o.concurrency }, (_, w) => worker(w)));
  client.close();
  clearTimeout(t1);
  clearTimeout(t2);
  const kinds: Record<string, KindStats> = {};
  for (const [k, v] of samples) kinds[k] = summarize(v, o.durationS);
  return {
    concurrency: o.concurrency,
    durationS: o.durationS,
    unitsPerS: units / o.durationS,
    requestsPerS: requests / o.durationS,
    units,
    requests,
    errors,
    errorSamples,
    cpuMsInWindow: Math.round((cpuInWindow.user + cpuInWindow.system) / 1000),
    kinds,
  };
}

export type { Client };
