// The text of a generated PDF as Poppler's pdftotext reads it, for tests that check what a
// document prints. CI installs poppler-utils and fails without it; on a laptop without it the
// text checks are skipped with a printed reason (the rest of each test still runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const available = spawnSync('pdftotext', ['-v']).error === undefined;
let warned = false;

/** The PDF's text, whitespace folded to single spaces; undefined (said once) where Poppler is missing outside CI. */
export function pdfText(pdf: Buffer): string | undefined {
  if (!available) {
    if (process.env.CI) throw new Error('pdftotext (poppler-utils) is required in CI');
    if (!warned) console.warn('skipping checks of PDF text: pdftotext (poppler-utils) is not installed');
    warned = true;
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'netra-pdf-text-'));
  try {
    writeFileSync(join(dir, 'd.pdf'), pdf);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'd.pdf'), '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return run.stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
