// Evidence and documents, stored by the SHA-256 of their content (the same file twice is stored
// once). Local disk by default. Writes go to a temporary file and are renamed into place only when
// complete, so an interrupted upload leaves nothing behind that a record could point to.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sniffType, type SniffedType } from './sniff-type.js';

export type StoredBlob = { sha256: string; sizeBytes: number; type: SniffedType | null };

export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`blob larger than ${limit} bytes`);
  }
}

export type BlobStore = {
  put(source: Readable | Buffer, opts?: { maxBytes?: number }): Promise<StoredBlob>;
  open(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
};

/**
 * Streams a source to a temporary file while hashing, sizing and sniffing it. The caller moves the
 * file into place; on any error the temporary file is gone.
 */
export async function spool(tmpDir: string, source: Readable | Buffer, opts: { maxBytes?: number } = {}): Promise<{ tmp: string; sha256: string; blob: StoredBlob }> {
  await mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (opts.maxBytes !== undefined && size > opts.maxBytes) return done(new BlobTooLargeError(opts.maxBytes));
      if (head.length < 32) head = Buffer.concat([head, chunk.subarray(0, 32 - head.length)]);
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
  try {
    await pipeline(input, meter, createWriteStream(tmp));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  const sha256 = hash.digest('hex');
  return { tmp, sha256, blob: { sha256, sizeBytes: size, type: sniffType(head) } };
}

export function localBlobStore(root: string): BlobStore {
  const pathOf = (sha: string) => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    async put(source, opts = {}) {
      const spooled = await spool(path.join(root, 'tmp'), source, opts);
      const final = pathOf(spooled.sha256);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(spooled.tmp, final);
      return spooled.blob;
    },
    open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad sha256');
      return createReadStream(pathOf(sha256));
    },
    async has(sha256) {
      return stat(pathOf(sha256)).then(
        () => true,
        () => false,
      );
    },
  };
}
