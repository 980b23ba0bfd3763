// `npm start` serves the built web app: build it once if dist/web is missing or older than src/web.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const index = 'dist/web/index.html';
if (!existsSync('index.html')) process.exit(0);
const sources = ['src/web', 'src/core', 'index.html', 'vite.config.ts'].filter(existsSync);
const stale = !existsSync(index) || sources.some((s) => (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs) > statSync(index).mtimeMs);
if (stale) {
  console.log('Membangun antarmuka web / building the web app…');
  // Always the production bundle, whatever NODE_ENV the caller runs with (a test runner sets 'test').
  execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  execSync('node scripts/compress-web.mjs', { stdio: 'inherit' });
}
