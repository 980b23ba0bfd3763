// The web app as the server sends it: a compressed copy (scripts/compress-web.mjs, run on a web
// root of its own here) to a browser that takes one, the file itself to one that does not; hashed
// assets kept a year, the page asked for again each time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../test/harness.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'netra-web-'));
const page = `<!doctype html><html lang="id"><head><title>Netra</title><script type="module" src="/assets/index-Abc123.js"></script></head><body><div id="root"></div></body></html>`;
// Text that compresses, as a bundle does.
const script = Array.from({ length: 400 }, (_, i) => `export const label${i} = 'Penanganan pelanggaran netralitas ASN nomor ${i}';`).join('\n');
let t: TestApp;

beforeAll(async () => {
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), page);
  writeFileSync(path.join(root, 'assets', 'index-Abc123.js'), script);
  execFileSync(process.execPath, ['scripts/compress-web.mjs', root]);
  t = await testApp({ config: { webDist: root } });
});
afterAll(() => t.app.close());

const get = (url: string, encoding?: string) => t.app.inject({ url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('the web app', () => {
  it('is sent compressed to a browser that takes Brotli or gzip, and as it is otherwise', async () => {
    const br = await get('/assets/index-Abc123.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gz = await get('/assets/index-Abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-Abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const res of [br, gz, plain]) expect(res.headers.vary).toMatch(/accept-encoding/i);
  });

  it('keeps hashed assets a year, and has the page (and every console address) asked for each time', async () => {
    expect((await get('/assets/index-Abc123.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/konsol/perkara', '/pengumuman']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(page);
    }
    // The API is never kept.
    expect((await get('/api/v1/public/notices?limit=0')).headers['cache-control']).toBe('no-store');
  });
});
