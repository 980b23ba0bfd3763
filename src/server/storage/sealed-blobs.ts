// How a blob is sealed (decision 014): AES-256-CTR under a key and IV derived (HMAC-SHA-256) from
// the blob key and the SHA-256 of the content. Each content has its own key, so no keystream is
// ever used for two contents; the same content seals to the same object, which keeps storage
// content-addressed (two uploads of one file, even at once, write identical bytes). Integrity is
// the content address itself: what is read back is hashed and must match (`verifyContent`).
import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto';
import { Transform } from 'node:stream';

/** The object a sealed blob is stored as (format 1). */
export const sealedName = (sha256: string): string => `${sha256}.s1`;

function derive(blobKey: Buffer, sha256: string): { key: Buffer; iv: Buffer } {
  const mac = (label: string) => createHmac('sha256', blobKey).update(`netra blob ${label} v1:${sha256}`).digest();
  return { key: mac('key'), iv: mac('iv').subarray(0, 16) };
}

export function blobEncipher(blobKey: Buffer, sha256: string) {
  const { key, iv } = derive(blobKey, sha256);
  return createCipheriv('aes-256-ctr', key, iv);
}

export function blobDecipher(blobKey: Buffer, sha256: string) {
  const { key, iv } = derive(blobKey, sha256);
  return createDecipheriv('aes-256-ctr', key, iv);
}

export class BlobIntegrityError extends Error {
  constructor(readonly sha256: string) {
    super(`stored blob ${sha256} does not match its SHA-256: altered, or sealed under another blob key`);
    this.name = 'BlobIntegrityError';
  }
}

/** Passes the content through and fails at its end if it does not hash to `sha256`. */
export function verifyContent(sha256: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      done(hash.digest('hex') === sha256 ? null : new BlobIntegrityError(sha256));
    },
  });
}
