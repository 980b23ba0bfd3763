// The S3 store against an S3-compatible server speaking the S3 HTTP API on loopback (s3rver), the
// same wire protocol as MinIO or Ceph RGW in production.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobMissingError, BlobTooLargeError } from './blob-store.js';
import { s3BlobStore, s3Objects } from './s3-blob-store.js';
import { multipartForm, pngOf } from '../test/multipart.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-s3rver-'));
let server: S3rver;
let store: ReturnType<typeof s3BlobStore>;
let s3Port = 0;
const endpoint = () => `http://127.0.0.1:${s3Port}`;
const options = () => ({ endpoint: endpoint(), region: 'us-east-1', bucket: 'netra-test', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
const blobKey = randomBytes(32);

beforeAll(async () => {
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'netra-test', configs: [] }] });
  s3Port = (await server.run()).port;
  store = s3BlobStore(options(), async () => blobKey);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('S3-compatible blob store', () => {
  it('uploads by SHA-256, sniffs the type, and streams the same bytes back', async () => {
    const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 7)]);
    const stored = await store.put(Readable.from([body]));
    expect(stored).toEqual({ sha256: createHash('sha256').update(body).digest('hex'), sizeBytes: body.length, type: { mediaType: 'application/pdf', extension: 'pdf' } });
    expect(await store.has(stored.sha256)).toBe(true);
    expect((await buffer(await store.open(stored.sha256))).equals(body)).toBe(true);
    await expect(store.put(body)).resolves.toEqual(stored); // the same content twice: one object
  });

  it('keeps only ciphertext in the bucket, labelled as bytes, and seals what an older version uploaded plain', async () => {
    const objects = s3Objects(options());
    const body = Buffer.from('%PDF-1.7\nKTP pelapor NIK 3673011205900001');
    const stored = await store.put(body);
    const raw = await buffer(objects.read(`${stored.sha256}.s1`));
    expect(raw.length).toBe(body.length);
    expect(raw.includes(Buffer.from('3673011205900001'))).toBe(false);
    expect(await objects.exists(stored.sha256)).toBe(false);

    const legacy = Buffer.from('%PDF-1.4\nunggahan lama tanpa segel');
    const legacySha = createHash('sha256').update(legacy).digest('hex');
    const file = path.join(dir, 'legacy-upload');
    writeFileSync(file, legacy);
    await objects.write(legacySha, file, legacy.length);
    expect((await buffer(await store.open(legacySha))).equals(legacy)).toBe(true);
    expect(await store.sealLegacy(legacySha)).toBe('sealed');
    expect(await objects.exists(legacySha)).toBe(false);
    expect((await buffer(objects.read(`${legacySha}.s1`))).equals(legacy)).toBe(false);
    expect((await buffer(await store.open(legacySha))).equals(legacy)).toBe(true);
  });

  it('refuses an oversized upload and leaves no object and no spool file', async () => {
    const big = Buffer.alloc(5000, 1);
    await expect(store.put(big, { maxBytes: 1000 })).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await store.has(createHash('sha256').update(big).digest('hex'))).toBe(false);
    expect(readdirSync(path.join(os.tmpdir(), 'netra-s3-spool'))).toEqual([]);
  });

  it('reports a missing object as absent, and refuses to open it before any byte is read', async () => {
    const missing = 'a'.repeat(64);
    expect(await store.has(missing)).toBe(false);
    await expect(store.open(missing)).rejects.toBeInstanceOf(BlobMissingError);
  });
});

describe('the app with NETRA_S3_* configured', () => {
  it('keeps uploaded evidence in the bucket and serves it back', async () => {
    const { testApp } = await import('../test/harness.js');
    const { makeOffice, makeUser, signIn } = await import('../test/factories.js');
    const { laporanBody } = await import('../test/case-fixtures.js');
    const t = await testApp({ config: { s3: { bucket: 'netra-test', endpoint: endpoint(), region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true } } });
    const s = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' }));
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody() })).json().id;
    const png = pngOf(`bukti-${id}`);
    const { payload, contentType } = multipartForm({ label: 'Foto' }, { name: 'f.png', type: 'image/png', body: png });
    const up = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/evidence`, headers: { ...s.headers, 'content-type': contentType }, payload });
    expect(up.statusCode, up.body).toBe(201);
    expect(await store.has(up.json().sha256)).toBe(true);
    const file = await t.app.inject({ url: `/api/v1/cases/${id}/evidence/${up.json().id}/file`, headers: s.headers });
    expect(file.rawPayload.equals(png)).toBe(true);
    await t.app.close();
  });
});
