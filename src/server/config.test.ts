// The environment as Netra reads it: the number of server processes (NETRA_WORKERS, decision 012),
// the data keys (NETRA_DATA_KEY, NETRA_DATA_KEY_PREVIOUS, decision 013) and the trusted proxies.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const pg = { DATABASE_URL: 'postgres://netra@db.example:5432/netra' };

describe('NETRA_WORKERS', () => {
  it('is one process by default, and process 0 unless the primary says otherwise', () => {
    expect(loadConfig({})).toMatchObject({ workers: 1, workerIndex: 0 });
    expect(loadConfig({ ...pg, NETRA_WORKERS: '3', NETRA_WORKER_INDEX: '2' })).toMatchObject({ workers: 3, workerIndex: 2 });
  });

  it("takes 'auto' as one process per core", () => {
    expect(loadConfig({ ...pg, NETRA_WORKERS: 'auto' }).workers).toBe(os.availableParallelism());
  });

  it('refuses several processes on the embedded database, saying why in Indonesian and English', () => {
    expect(() => loadConfig({ NETRA_WORKERS: '2' })).toThrow(/NETRA_WORKERS: 2 proses butuh PostgreSQL \(DATABASE_URL\).*PGlite.*need PostgreSQL/s);
    expect(loadConfig({ NETRA_WORKERS: '1' }).workers).toBe(1);
  });

  it('refuses what is not a number of processes', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '65']) expect(() => loadConfig({ ...pg, NETRA_WORKERS: bad }), bad).toThrow(/Konfigurasi tidak valid \/ invalid configuration:\n {2}NETRA_WORKERS/);
  });
});

describe('NETRA_DATA_KEY and NETRA_DATA_KEY_PREVIOUS', () => {
  const [a, b, c] = [randomBytes(32), randomBytes(32), randomBytes(32)];

  it('reads the key, and previous keys separated by commas, spaces or new lines', () => {
    expect(loadConfig({})).toMatchObject({ dataKey: null, previousDataKeys: [] });
    expect(loadConfig({ NETRA_DATA_KEY: a.toString('base64'), NETRA_DATA_KEY_PREVIOUS: '' })).toMatchObject({ dataKey: a, previousDataKeys: [] });
    const config = loadConfig({ NETRA_DATA_KEY_PREVIOUS: ` ${b.toString('base64')},${c.toString('base64url')}\n` });
    expect(config.previousDataKeys).toEqual([b, c]);
    expect(loadConfig({ NETRA_DATA_KEY_PREVIOUS: `${b.toString('base64')} ${c.toString('base64')}` }).previousDataKeys).toEqual([b, c]);
  });

  it('refuses a previous key that is not 32 bytes, naming the variable', () => {
    for (const bad of [randomBytes(16).toString('base64'), `${a.toString('base64')},kunci-lama`]) {
      expect(() => loadConfig({ NETRA_DATA_KEY_PREVIOUS: bad }), bad).toThrow(/invalid configuration:\n {2}NETRA_DATA_KEY_PREVIOUS: kunci harus 32 bita .*the key must be 32 bytes/);
    }
  });
});

describe('NETRA_TRUST_PROXY', () => {
  it('trusts a reverse proxy on the same machine or a private network by default, and takes addresses, CIDRs, a hop count or none', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback,linklocal,uniquelocal');
    expect(loadConfig({ NETRA_TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,loopback' }).trustProxy).toBe('10.0.0.0/8,192.168.1.5,loopback');
    expect(loadConfig({ NETRA_TRUST_PROXY: 'fd00::/8' }).trustProxy).toBe('fd00::/8');
    expect(loadConfig({ NETRA_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    for (const none of ['none', '0', 'false']) expect(loadConfig({ NETRA_TRUST_PROXY: none }).trustProxy).toBe(false);
  });

  it('refuses what is not an address, in both languages, rather than trusting every peer', () => {
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ NETRA_TRUST_PROXY: bad }), bad).toThrow(/NETRA_TRUST_PROXY: bukan alamat, CIDR.*not an address, a CIDR/);
    }
  });
});

describe('NETRA_PUBLIC_URL', () => {
  it('is optional, and taken without a trailing slash', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ NETRA_PUBLIC_URL: 'https://netra.bawaslu.go.id/' }).publicUrl).toBe('https://netra.bawaslu.go.id');
    expect(loadConfig({ NETRA_PUBLIC_URL: 'http://10.1.2.3:3000/netra' }).publicUrl).toBe('http://10.1.2.3:3000/netra');
  });

  it('refuses what is not an http(s) address, in both languages', () => {
    for (const bad of ['netra.bawaslu.go.id', 'ftp://netra.bawaslu.go.id', 'javascript:alert(1)']) {
      expect(() => loadConfig({ NETRA_PUBLIC_URL: bad }), bad).toThrow(/NETRA_PUBLIC_URL: bukan alamat http\(s\):\/\/.*not an http\(s\):\/\/ address/);
    }
  });
});

describe('NETRA_DB_WAIT_SECONDS', () => {
  it('waits a minute for PostgreSQL at start by default, or as long as set (0: not at all)', () => {
    expect(loadConfig({}).dbWaitSeconds).toBe(60);
    expect(loadConfig({ NETRA_DB_WAIT_SECONDS: '0' }).dbWaitSeconds).toBe(0);
    expect(loadConfig({ NETRA_DB_WAIT_SECONDS: '300' }).dbWaitSeconds).toBe(300);
  });

  it('refuses what is not a number of seconds, naming the variable', () => {
    for (const bad of ['-1', 'lama', '1.5']) expect(() => loadConfig({ NETRA_DB_WAIT_SECONDS: bad }), bad).toThrow(/NETRA_DB_WAIT_SECONDS/);
  });
});
