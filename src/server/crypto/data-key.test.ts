// Where the data key comes from (decision 013): NETRA_DATA_KEY, or the key file made on first start.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, promises as fs, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { KEY_FILE, parseDataKey, resolveDataKey } from './data-key.js';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'netra-key-'));

describe('the data key', () => {
  it('reads 32 bytes of base64 or base64url, and says how to make one otherwise', () => {
    const key = randomBytes(32);
    for (const text of [key.toString('base64'), key.toString('base64url'), ` ${key.toString('base64')}\n`]) {
      const parsed = parseDataKey(text);
      expect(parsed.ok && parsed.key.equals(key)).toBe(true);
    }
    for (const bad of ['', 'rahasia', randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), `${key.toString('base64')}!`]) {
      const parsed = parseDataKey(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/kunci harus 32 bita.*openssl rand -base64 32.*the key must be 32 bytes/);
    }
  });

  it('is taken from NETRA_DATA_KEY, and a bad one stops the configuration', () => {
    const key = randomBytes(32);
    expect(loadConfig({ NETRA_DATA_KEY: key.toString('base64') }).dataKey?.equals(key)).toBe(true);
    expect(loadConfig({}).dataKey).toBeNull();
    expect(() => loadConfig({ NETRA_DATA_KEY: 'rahasia' })).toThrow(/Konfigurasi tidak valid \/ invalid configuration:\n {2}NETRA_DATA_KEY: kunci harus 32 bita/);
  });

  it('prefers the configured key and then touches no file', async () => {
    const d = dir();
    const key = randomBytes(32);
    expect(await resolveDataKey(key, d)).toEqual({ key, source: 'env' });
    await expect(fs.access(path.join(d, KEY_FILE))).rejects.toThrow();
  });

  it('otherwise makes the key file once, readable by its owner only, and reads it back on every later start', async () => {
    const d = path.join(dir(), 'nested');
    const first = await resolveDataKey(null, d);
    expect(first.source).toBe('new-file');
    expect(statSync(path.join(d, KEY_FILE)).mode & 0o777).toBe(0o600);
    const again = await resolveDataKey(null, d);
    expect(again.source).toBe('file');
    expect(again.key.equals(first.key)).toBe(true);
    expect((await fs.readdir(d)).sort()).toEqual([KEY_FILE]); // no temporary file left
  });

  it('gives processes starting together one key', async () => {
    const d = dir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => resolveDataKey(null, d)));
    expect(new Set(keys.map((k) => k.key.toString('hex'))).size).toBe(1);
    expect(keys.filter((k) => k.source === 'new-file')).toHaveLength(1);
  });

  it('refuses a damaged key file rather than making a new key over it', async () => {
    const d = dir();
    await fs.writeFile(path.join(d, KEY_FILE), 'bukan kunci\n');
    await expect(resolveDataKey(null, d)).rejects.toThrow(/Berkas kunci .*data\.key tidak valid/);
    expect(await fs.readFile(path.join(d, KEY_FILE), 'utf8')).toBe('bukan kunci\n');
  });
});
