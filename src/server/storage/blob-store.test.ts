import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobTooLargeError, localBlobStore } from './blob-store.js';
import { sniffType } from './sniff-type.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'netra-blobs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const store = localBlobStore(root);

describe('local blob store', () => {
  it('stores by SHA-256 and reads back the same bytes', async () => {
    const body = Buffer.from('%PDF-1.7\nbukti');
    const stored = await store.put(body);
    expect(stored).toEqual({ sha256: createHash('sha256').update(body).digest('hex'), sizeBytes: body.length, type: { mediaType: 'application/pdf', extension: 'pdf' } });
    expect(await store.has(stored.sha256)).toBe(true);
    expect(await text(store.open(stored.sha256))).toBe(body.toString());
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
