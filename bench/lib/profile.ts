// A CPU profile of the app process (node:inspector) during the measured window, summarised by
// self time per function and per module, so the report can say where the app's core goes.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type Profile = { nodes: Node[]; samples?: number[]; timeDeltas?: number[]; startTime: number; endTime: number };

export type ProfileSummary = { file: string; totalMs: number; byModule: [string, number][]; byFunction: [string, number][] };

function moduleOf(url: string): string {
  if (!url) return '(native/gc/idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url;
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1).split('/').slice(0, 4).join('/');
  return url.replace(/^file:\/\//, '');
}

export async function startProfile(): Promise<(file: string) => Promise<ProfileSummary>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return async (file: string) => {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfMs = new Map<number, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) selfMs.set(samples[i]!, (selfMs.get(samples[i]!) ?? 0) + (deltas[i] ?? 0) / 1000);
    const mod = new Map<string, number>();
    const fn = new Map<string, number>();
    let total = 0;
    for (const [id, ms] of selfMs) {
      const n = byId.get(id)!;
      const name = n.callFrame.functionName || '(anonymous)';
      if (name === '(idle)') continue;
      total += ms;
      const m = ['(garbage collector)', '(program)'].includes(name) ? name : moduleOf(n.callFrame.url);
      mod.set(m, (mod.get(m) ?? 0) + ms);
      const key = `${name} ${moduleOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
      fn.set(key, (fn.get(key) ?? 0) + ms);
    }
    const top = (m: Map<string, number>, k: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([a, b]) => [a, Math.round(b)] as [string, number]);
    return { file, totalMs: Math.round(total), byModule: top(mod, 20), byFunction: top(fn, 30) };
  };
}
