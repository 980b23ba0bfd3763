// The inbox export at scale: each scope's whole CSV (GET /api/v1/cases/export.csv) downloaded as a
// browser does, counted as it streams (never held), with the time to the first byte, the rows and
// bytes per second, and the app's resident memory at its peak during the download against before.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { Session } from './http.js';

export type ExportVariant = { name: string; session: Session };
export type ExportFigures = { name: string; status: number; rows: number; mb: number; ttfbMs: number; totalS: number; rowsPerS: number; mbPerS: number; rssBeforeMb: number; rssPeakMb: number };

/** Resident memory (MB) of the app's processes, summed (/proc/<pid>/status VmRSS). */
function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // a process that ended
    }
  }
  return kb / 1024;
}

function download(baseUrl: string, session: Session, path: string, onFirstByte: () => void): Promise<{ status: number; bytes: number; lines: number }> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.get({ host: base.hostname, port: base.port, path, headers: session.headers }, (res) => {
      let bytes = 0;
      let lines = 0;
      let first = true;
      res.on('data', (chunk: Buffer) => {
        if (first) onFirstByte();
        first = false;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, lines }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

export async function measureExports(baseUrl: string, variants: ExportVariant[], appPids: () => number[], log: (s: string) => void): Promise<ExportFigures[]> {
  const out: ExportFigures[] = [];
  for (const v of variants) {
    const pids = appPids();
    const rssBeforeMb = rssMb(pids);
    let rssPeakMb = rssBeforeMb;
    const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(pids))), 50);
    const started = performance.now();
    let ttfbMs = 0;
    const got = await download(baseUrl, v.session, '/api/v1/cases/export.csv', () => (ttfbMs = performance.now() - started));
    const totalS = (performance.now() - started) / 1000;
    clearInterval(sampler);
    // Lines less the heading (cells hold no line breaks in the bench's data).
    const rows = Math.max(0, got.lines - 1);
    const figures = { name: v.name, status: got.status, rows, mb: got.bytes / 2 ** 20, ttfbMs, totalS, rowsPerS: rows / totalS, mbPerS: got.bytes / 2 ** 20 / totalS, rssBeforeMb, rssPeakMb };
    log(`${v.name}: ${rows} rows, ${figures.mb.toFixed(1)} MB in ${totalS.toFixed(1)} s (${figures.rowsPerS.toFixed(0)} rows/s), first byte ${ttfbMs.toFixed(0)} ms, app memory ${rssBeforeMb.toFixed(0)} → peak ${rssPeakMb.toFixed(0)} MB`);
    out.push(figures);
  }
  return out;
}
