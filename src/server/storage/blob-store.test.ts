import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobMissingError, BlobTooLargeError, localBlobStore } from './blob-store.js';
import { BlobIntegrityError } from './sealed-blobs.js';
import { sniffType } from './sniff-type.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'netra-blobs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const blobKey = randomBytes(32);
const store = localBlobStore(root, async () => blobKey);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const fileOf = (name: string) => path.join(root, name.slice(0, 2), name.slice(2, 4), name);

describe('local blob store', () => {
  it('stores by SHA-256 and reads back the same bytes', async () => {
    const body = Buffer.from('%PDF-1.7\nbukti');
    const stored = await store.put(body);
    expect(stored).toEqual({ sha256: createHash('sha256').update(body).digest('hex'), sizeBytes: body.length, type: { mediaType: 'application/pdf', extension: 'pdf' } });
    expect(await store.has(stored.sha256)).toBe(true);
    expect(await text(await store.open(stored.sha256))).toBe(body.toString());
  });

  it('keeps only ciphertext on disk (decision 014), the same content once', async () => {
    const body = Buffer.from('%PDF-1.7\nNIK 3673011205900001 Jl. Ki Mas Jong No. 7');
    const stored = await store.put(body);
    const onDisk = readFileSync(fileOf(`${stored.sha256}.s1`));
    expect(onDisk.length).toBe(body.length);
    expect(onDisk.includes(Buffer.from('3673011205900001'))).toBe(false);
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
    expect(existsSync(fileOf(stored.sha256))).toBe(false); // no plaintext copy
    await store.put(body);
    expect(readdirSync(path.dirname(fileOf(stored.sha256)))).toEqual([`${stored.sha256}.s1`]);
    // Another blob key does not open it: the content no longer matches its address.
    const other = localBlobStore(root, async () => randomBytes(32));
    await expect(buffer(await other.open(stored.sha256))).rejects.toBeInstanceOf(BlobIntegrityError);
  });

  it('fails the read of an object altered on disk, at its end', async () => {
    const body = Buffer.from('bukti yang akan diubah di disk');
    const stored = await store.put(body);
    const file = fileOf(`${stored.sha256}.s1`);
    const bytes = readFileSync(file);
    bytes[3]! ^= 0x01;
    writeFileSync(file, bytes);
    await expect(buffer(await store.open(stored.sha256))).rejects.toBeInstanceOf(BlobIntegrityError);
  });

  it('reads a blob an older version stored in plaintext, and seals it once', async () => {
    const body = Buffer.from('bukti lama, tersimpan tanpa segel');
    const legacy = fileOf(sha(body));
    mkdirSync(path.dirname(legacy), { recursive: true });
    writeFileSync(legacy, body);
    expect(await store.has(sha(body))).toBe(true);
    expect((await buffer(await store.open(sha(body)))).equals(body)).toBe(true);
    expect(await store.sealLegacy(sha(body))).toBe('sealed');
    expect(existsSync(legacy)).toBe(false);
    expect(readFileSync(fileOf(`${sha(body)}.s1`)).equals(body)).toBe(false);
    expect((await buffer(await store.open(sha(body)))).equals(body)).toBe(true);
    expect(await store.sealLegacy(sha(body))).toBe('already-sealed');
    expect(await store.sealLegacy('b'.repeat(64))).toBe('absent');
    // A plaintext file that does not match its name is left for a person to look at.
    const wrong = fileOf('c'.repeat(64));
    mkdirSync(path.dirname(wrong), { recursive: true });
    writeFileSync(wrong, 'not what the name says');
    expect(await store.sealLegacy('c'.repeat(64))).toBe('mismatch');
    expect(existsSync(wrong)).toBe(true);
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });

  it('refuses to open a blob it does not hold, before any byte is read', async () => {
    const body = Buffer.from('bukti yang hilang dari disk');
    const stored = await store.put(body);
    rmSync(fileOf(`${stored.sha256}.s1`));
    expect(await store.has(stored.sha256)).toBe(false);
    await expect(store.open(stored.sha256)).rejects.toBeInstanceOf(BlobMissingError);
    await expect(store.open('d'.repeat(64))).rejects.toBeInstanceOf(BlobMissingError);
  });

  it('refuses a file over the limit and leaves no file behind', async () => {
    const big = Readable.from([Buffer.alloc(1000, 1), Buffer.alloc(1000, 2)]);
    await expect(store.put(big, { maxBytes: 1500 })).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });

  it('leaves nothing behind when the upload stream breaks mid-way', async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.from('part of a video'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(broken)).rejects.toThrow('connection reset');
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });
});

describe('content sniffing', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    [[...Buffer.from('RIFF\0\0\0\0WEBP')], 'image/webp'],
    [[...Buffer.from('ID3\x03')], 'audio/mpeg'],
    [[0, 0, 0, 0x18, ...Buffer.from('ftypisom')], 'video/mp4'],
    [[0, 0, 0, 0x18, ...Buffer.from('ftypM4A ')], 'audio/mp4'],
    [[0x1a, 0x45, 0xdf, 0xa3], 'video/webm'],
  ])('%j is %s', (head, type) => {
    expect(sniffType(Uint8Array.from(head))?.mediaType).toBe(type);
  });

  it('does not trust a name: an executable is not evidence', () => {
    expect(sniffType(Uint8Array.from([0x4d, 0x5a, 0x90, 0]))).toBeNull();
    expect(sniffType(Buffer.from('<html><script>'))).toBeNull();
  });
});
