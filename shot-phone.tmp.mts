import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
const port = 3917;
const srv = spawn('npx', ['tsx', 'src/server/main.ts'], { env: { ...process.env, PORT: String(port), NETRA_DATA_DIR: '/tmp/netra-shot-data', NETRA_COOKIE_SECURE: '0' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let out = ''; srv.stdout.on('data', (d) => (out += d)); srv.stderr.on('data', (d) => (out += d));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 120; i++) { try { const r = await fetch(`${base}/api/health`); if (r.ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await page.goto(`${base}/masuk`);
  await page.getByTestId('login-username').fill('kota-serang.penanganan');
  await page.getByTestId('login-password').fill('netra-demo-2024');
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/konsol/);
  await page.goto(`${base}/konsol/tenggat`);
  await page.getByTestId('deadline-board').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shot-board-phone.png', fullPage: true });
  console.log('scrollWidth', await page.evaluate(() => [document.documentElement.scrollWidth, [...document.querySelectorAll('table')].map((t) => t.scrollWidth + '/' + t.parentElement!.clientWidth)]));
} finally { await browser.close(); process.kill(-srv.pid!); }
