// The table printed at the end, and the shape of bench/results/*.json.
import type { LoadResult } from './load.js';
import type { Observation } from './observe.js';
import type { ProfileSummary } from './profile.js';
import type { ExportFigures } from './export.js';

type Measured = LoadResult & { observed?: Observation & { loadGenCpuPct: number }; profile?: ProfileSummary };

export type Report = {
  scenario: string;
  label: string | null;
  at: string;
  machine: Record<string, unknown>;
  database: Record<string, unknown>;
  options: Record<string, unknown> & { lifecycleRequests: number };
  bulk?: Record<string, unknown>;
  results: { lifecycle?: Measured; minimal?: Measured; console?: Measured; floor?: Measured; baseline?: Measured; inbox?: Measured; export?: ExportFigures[]; explain?: unknown };
};

const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r, n) => {
    const line = r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

export function printReport(r: Report): void {
  const { lifecycle: lc, minimal: mn, console: cs, floor: fl, baseline: bl, inbox } = r.results;
  const scaled = r.scenario !== 'empty';
  const target = scaled ? 100 : 200;
  const perLifecycle = r.options.lifecycleRequests;
  const rows: string[][] = [['figure', 'measured', 'target', 'baseline', 'ratio']];
  if (lc) {
    const blLife = bl ? bl.unitsPerS / perLifecycle : undefined;
    rows.push(['lifecycles/s (11 requests each)', f(lc.unitsPerS), `≥ ${target}`, bl ? `${f(blLife)} (inserts/s ÷ ${perLifecycle})` : '—', bl ? f(lc.unitsPerS / blLife!, 3) : '—']);
    rows.push(['requests/s (lifecycle mix)', f(lc.requestsPerS, 0), `≥ ${target * perLifecycle}`, bl ? f(bl.requestsPerS, 0) : '—', bl ? f(lc.requestsPerS / bl.requestsPerS, 3) : '—']);
    const all = Object.values(lc.kinds);
    const worstP95 = Math.max(...all.map((k) => k.p95));
    rows.push(['request p95, worst kind (ms)', f(worstP95), '', bl ? f(bl.kinds['baseline-insert']?.p95) : '—', bl ? f(worstP95 / bl.kinds['baseline-insert']!.p95, 1) : '—']);
    rows.push(['errors', String(lc.errors), '0', bl ? String(bl.errors) : '—', '']);
  }
  if (mn) {
    const blLife = bl ? bl.unitsPerS / perLifecycle : undefined;
    rows.push(['lifecycles/s, Prefer: return=minimal', f(mn.unitsPerS), `≥ ${target}`, bl ? f(blLife) : '—', bl ? f(mn.unitsPerS / blLife!, 3) : '—']);
    rows.push(['minimal: request p95, worst kind (ms)', f(Math.max(...Object.values(mn.kinds).map((k) => k.p95))), '', '', '']);
    rows.push(['minimal errors', String(mn.errors), '0', '', '']);
  }
  if (cs) {
    // Not a target: the targets are an API client's lifecycle; this is what the console costs.
    const blLife = bl ? bl.unitsPerS / perLifecycle : undefined;
    rows.push(['console: lifecycles/s (keyed, If-Match)', f(cs.unitsPerS), '', bl ? f(blLife) : '—', bl ? f(cs.unitsPerS / blLife!, 3) : '—']);
    rows.push(['console: request p95, worst kind (ms)', f(Math.max(...Object.values(cs.kinds).map((k) => k.p95))), '', '', '']);
    rows.push(['console errors', String(cs.errors), '0', '', '']);
  }
  if (fl) {
    const blLife = bl ? bl.unitsPerS / perLifecycle : undefined;
    rows.push(['floor: lifecycles/s (session + row + audit only)', f(fl.unitsPerS), `≥ ${target}`, bl ? f(blLife) : '—', bl ? f(fl.unitsPerS / blLife!, 3) : '—']);
    rows.push(['floor errors', String(fl.errors), '0', '', '']);
  }
  if (inbox) {
    for (const [name, k] of Object.entries(inbox.kinds)) rows.push([`${name} p95 (ms)`, f(k.p95), '≤ 50', '', '']);
    rows.push(['inbox errors', String(inbox.errors), '0', '', '']);
  }
  console.log(`\nNetra bench — ${r.scenario}${r.label ? ` (${r.label})` : ''}, ${String(r.database.kind)} ${String(r.database.server_version ?? '')}, fsync=${String(r.database.fsync ?? '?')}, cases stored ${String(r.database.casesBefore)}; ${String(r.machine.cpus)} CPUs, load generator: ${String(r.options.client)}`);
  if (rows.length > 1) console.log(table(rows));
  if (lc) {
    console.log('\nper request kind (lifecycle run), ms');
    console.log(table([['kind', 'n', '/s', 'p50', 'p95', 'p99', 'max'], ...Object.entries(lc.kinds).map(([k, v]) => [k, String(v.n), f(v.perS), f(v.p50), f(v.p95), f(v.p99), f(v.max)])]));
  }
  if (bl) {
    const v = bl.kinds['baseline-insert'];
    if (v) console.log(`\nbaseline (POST /bench/baseline, one insert): ${f(bl.requestsPerS, 0)} req/s, p50 ${f(v.p50)} p95 ${f(v.p95)} p99 ${f(v.p99)} ms`);
  }
  if (inbox) {
    console.log('\ninbox, ms');
    console.log(table([['variant', 'n', 'p50', 'p95', 'p99', 'max'], ...Object.entries(inbox.kinds).map(([k, v]) => [k, String(v.n), f(v.p50), f(v.p95), f(v.p99), f(v.max)])]));
  }
  if (r.results.export?.length) {
    console.log('\ninbox export (CSV, whole scope, one download at a time)');
    console.log(table([['scope', 'status', 'rows', 'MB', 'first byte ms', 's', 'rows/s', 'app MB before', 'app MB peak'], ...r.results.export.map((e) => [e.name, String(e.status), String(e.rows), f(e.mb), f(e.ttfbMs, 0), f(e.totalS), f(e.rowsPerS, 0), f(e.rssBeforeMb, 0), f(e.rssPeakMb, 0)])]));
  }
  for (const [name, m] of Object.entries({ lifecycle: lc, minimal: mn, console: cs, floor: fl, baseline: bl, inbox })) {
    const o = m?.observed;
    if (!o) continue;
    const qPerReq = m.requests ? o.appQueries / m.requests : 0;
    console.log(`\n${name}: CPU: machine ${f(o.machineBusyPct)}% busy (of ${String(r.machine.cpus)} cores); app process ${f(o.appCpuPct)}% of one core, load generator ${f(o.loadGenCpuPct)}%, postgres ${f(o.postgresCpuPct)}%, other processes ${f(o.otherCpuPct)}%; ${f(qPerReq)} queries/request; ${f(o.avgActiveBackends)} backends busy on average`);
    if (o.otherCpuPct > 15) console.log(`  WARNING: other processes used ${f(o.otherCpuPct)}% of a core during this run: figures are depressed; rerun on a quiet machine`);
    console.log(`  backends (share of samples): ${Object.entries(o.backendWaits).slice(0, 8).map(([k, v]) => `${k} ${v}%`).join(', ')}`);
  }
  const p = lc?.profile;
  if (p) {
    const pct = (ms: number) => `${((ms / p.totalMs) * 100).toFixed(1)}%`;
    console.log(`\napp CPU profile (lifecycle window, self time, ${p.totalMs} ms on CPU; ${p.file}):`);
    console.log(`  by module: ${p.byModule.slice(0, 14).map(([m, ms]) => `${m} ${pct(ms)}`).join(', ')}`);
    console.log(`  by function:\n    ${p.byFunction.slice(0, 20).map(([m, ms]) => `${pct(ms).padStart(6)}  ${m}`).join('\n    ')}`);
  }
}
