// Evidence and documents, stored by the SHA-256 of their content (the same file twice is stored
// once), and sealed: what lands on disk or in the bucket is AES-256 ciphertext (decision 014), so
// a copy of the blob volume or a leaked bucket shows no reporter's KTP and no receipt. Local disk
// by default, S3-compatible storage when configured (s3-blob-store.ts); both only move finished
// files into place, so an interrupted upload leaves nothing behind that a record could point to.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { blobDecipher, blobEncipher, sealedName, verifyContent } from './sealed-blobs.js';
import { sniffType, type SniffedType } from './sniff-type.js';

export type StoredBlob = { sha256: string; sizeBytes: number; type: SniffedType | null };

export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`blob larger than ${limit} bytes`);
  }
}

/**
 * The store holds no object for a blob the database cites: lost, or stored on another node's disk
 * (several nodes need one shared store: docs/operations.md). Found before anything is sent.
 */
export class BlobMissingError extends Error {
  constructor(readonly sha256: string) {
    super(`blob ${sha256} is not in this store`);
    this.name = 'BlobMissingError';
  }
}

/** What a stored blob was found as, when start-up seals what an older version stored in plaintext. */
export type LegacyOutcome = 'sealed' | 'already-sealed' | 'absent' | 'mismatch';

export type BlobStore = {
  put(source: Readable | Buffer, opts?: { maxBytes?: number }): Promise<StoredBlob>;
  /**
   * The content, opened. Rejects with BlobMissingError when the store has no object for it (so a
   * route can still answer with an error); the stream errors at its end if the stored object does
   * not hash to `sha256`.
   */
  open(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  /** Seals a blob an older version stored in plaintext, and removes the plaintext. */
  sealLegacy(sha256: string): Promise<LegacyOutcome>;
  /**
   * Loads the blob key. Call before serving: documents are stored inside the transaction that
   * numbers them, and the embedded database's one connection could not then also read the key.
   */
  ready(): Promise<void>;
};

/** Where the bytes go: named objects, written whole from a finished local file. */
export type ObjectStore = {
  /** Stores the finished local file under `name` (moved or uploaded; the caller removes what is left). */
  write(name: string, file: string, sizeBytes: number): Promise<void>;
  read(name: string): Readable;
  exists(name: string): Promise<boolean>;
  remove(name: string): Promise<void>;
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

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Content-addressed, sealed blobs on `objects`. `key` gives the blob key (sealed in the database,
 * blob-key.ts); the object of a blob is `<sha256>.s1`, ciphertext under a key and IV derived from
 * the blob key and the content's hash. A plain `<sha256>` object is what an older version stored:
 * still read, and sealed by `sealLegacy`.
 */
export function contentStore(objects: ObjectStore, tmpDir: string, key: () => Promise<Buffer>): BlobStore {
  async function storeSealed(spooled: { tmp: string; sha256: string }, sizeBytes: number): Promise<void> {
    const name = sealedName(spooled.sha256);
    if (await objects.exists(name)) return; // the same content, sealed the same way
    const sealed = path.join(tmpDir, randomUUID());
    try {
      await pipeline(createReadStream(spooled.tmp), blobEncipher(await key(), spooled.sha256), createWriteStream(sealed));
      await objects.write(name, sealed, sizeBytes);
    } finally {
      await rm(sealed, { force: true });
    }
  }

  const store: BlobStore = {
    async put(source, opts = {}) {
      const spooled = await spool(tmpDir, source, opts);
      try {
        await storeSealed(spooled, spooled.blob.sizeBytes);
        return spooled.blob;
      } finally {
        await rm(spooled.tmp, { force: true });
      }
    },
    async open(sha256) {
      if (!SHA256.test(sha256)) throw new Error('bad sha256');
      const sealed = await objects.exists(sealedName(sha256));
      if (!sealed && !(await objects.exists(sha256))) throw new BlobMissingError(sha256);
      const out = new PassThrough();
      const read = sealed
        ? pipeline(objects.read(sealedName(sha256)), blobDecipher(await key(), sha256), verifyContent(sha256), out)
        : pipeline(objects.read(sha256), verifyContent(sha256), out);
      read.catch((err: Error) => out.destroy(err));
      return out;
    },
    async has(sha256) {
      return (await objects.exists(sealedName(sha256))) || (await objects.exists(sha256));
    },
    async sealLegacy(sha256) {
      if (!SHA256.test(sha256)) throw new Error('bad sha256');
      const plain = await objects.exists(sha256);
      if (await objects.exists(sealedName(sha256))) {
        if (plain) await objects.remove(sha256);
        return 'already-sealed';
      }
      if (!plain) return 'absent';
      const spooled = await spool(tmpDir, objects.read(sha256));
      try {
        if (spooled.sha256 !== sha256) return 'mismatch'; // altered on disk: left as it is, for a person to look at
        await storeSealed(spooled, spooled.blob.sizeBytes);
      } finally {
        await rm(spooled.tmp, { force: true });
      }
      await objects.remove(sha256);
      return 'sealed';
    },
    async ready() {
      await key();
    },
  };
  return store;
}

/** Objects as files under `root`, in two levels of folders by the name's first hex digits. */
export function localObjects(root: string): ObjectStore {
  const pathOf = (name: string) => path.join(root, name.slice(0, 2), name.slice(2, 4), name);
  return {
    async write(name, file) {
      const final = pathOf(name);
      await mkdir(path.dirname(final), { recursive: true });
      await rename(file, final);
    },
    read(name) {
      return createReadStream(pathOf(name));
    },
    async exists(name) {
      return stat(pathOf(name)).then(
        () => true,
        () => false,
      );
    },
    async remove(name) {
      await rm(pathOf(name), { force: true });
    },
  };
}

export function localBlobStore(root: string, key: () => Promise<Buffer>): BlobStore {
  return contentStore(localObjects(root), path.join(root, 'tmp'), key);
}
