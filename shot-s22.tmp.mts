import { spawn } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { laporanBody } from './src/server/test/case-fixtures.js';
const port = 3918;
const srv = spawn('npx', ['tsx', 'src/server/main.ts'], { env: { ...process.env, PORT: String(port), NETRA_DATA_DIR: `/tmp/netra-shot-${Date.now()}`, NETRA_COOKIE_SECURE: '0' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let out = ''; srv.stdout.on('data', (d) => (out += d)); srv.stderr.on('data', (d) => (out += d));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 240; i++) { try { const r = await fetch(`${base}/api/health`); if (r.ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const wib = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19);
async function user(name: string, lang: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/masuk`);
  await page.evaluate((l) => localStorage.setItem('netra.lang', l), lang);
  await page.goto(`${base}/masuk`);
  await page.getByTestId('login-username').fill(name);
  await page.getByTestId('login-password').fill('netra-demo-2024');
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/konsol/);
  return page;
}
async function post(page: Page, path: string, data: object) {
  const me = await (await page.request.get(`${base}/api/v1/auth/me`)).json();
  const res = await page.request.post(`${base}${path}`, { data, headers: { 'x-csrf-token': me.csrfToken } });
  if (res.status() >= 300) throw new Error(`${path} ${res.status()} ${await res.text()}`);
  return res.json();
}
try {
  for (const lang of ['id', 'en']) {
    const ani = await user('kota-serang.penanganan', lang);
    const budi = await user('kota-serang.pimpinan', lang);
    const today = wib(Date.now()).slice(0, 10);
    const { id } = await post(ani, '/api/v1/cases', laporanBody({ receivedAt: undefined, event: { ...laporanBody().event, occurredOn: today, knownOn: today } }));
    await post(ani, `/api/v1/cases/${id}/actions/mulai-kajian-awal`, {});
    for (const p of [ani, budi]) { await p.goto(`${base}/konsol/perkara/${id}`); await p.getByTestId('checklist').waitFor(); }
    await ani.getByTestId('checklist-result-tepat-waktu').getByText(lang === 'id' ? 'Tidak memenuhi' : 'Not met').click();
    await ani.getByTestId('checklist-note-tepat-waktu').fill(lang === 'id' ? 'Dilaporkan lewat batas waktu.' : 'Reported too late.');
    await budi.getByTestId('checklist-all-met').click();
    await budi.getByTestId('checklist-submit').click();
    await budi.getByTestId('checklist-saved').waitFor();
    await ani.getByTestId('checklist-submit').click();
    await ani.getByTestId('checklist-error').waitFor();
    await ani.waitForTimeout(800);
    await ani.getByTestId('checklist-submit').scrollIntoViewIfNeeded();
    await ani.screenshot({ path: `/tmp/s22-conflict-${lang}.png` });
    // Inbox with the export menu open.
    await ani.goto(`${base}/konsol/perkara`);
    await ani.getByTestId('case-row').first().waitFor();
    await ani.getByTestId('cases-export').click();
    await ani.getByTestId('cases-export-semicolon').waitFor();
    await ani.waitForTimeout(300);
    await ani.screenshot({ path: `/tmp/s22-export-${lang}.png` });
    await ani.context().close(); await budi.context().close();
  }
} catch (e) { console.error(e); console.error(out.slice(-2000)); } finally { await browser.close(); process.kill(-srv.pid!); }
