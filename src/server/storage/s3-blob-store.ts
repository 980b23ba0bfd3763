// Evidence and documents on S3-compatible object storage (MinIO, Ceph RGW, AWS S3, …), for several
// application nodes. The file is spooled to a local temporary file first (hash, size limit, type
// from content), then uploaded under its SHA-256; an interrupted upload leaves no object and no
// record. Objects are immutable: the same content is uploaded once.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { spool, type BlobStore } from './blob-store.js';

export type S3Options = {
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  prefix?: string;
};

export function s3BlobStore(opts: S3Options): BlobStore {
  const client = new S3Client({
    region: opts.region,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    forcePathStyle: opts.forcePathStyle,
    // Many S3-compatible servers (older MinIO, Ceph RGW) reject the SDK's default aws-chunked
    // checksum trailers; ask for checksums only where S3 requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
  });
  const keyOf = (sha: string) => `${opts.prefix ?? 'blobs'}/${sha.slice(0, 2)}/${sha}`;
  const tmpDir = path.join(os.tmpdir(), 'netra-s3-spool');

  async function has(sha256: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: opts.bucket, Key: keyOf(sha256) }));
      return true;
    } catch (err) {
      const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (err as Error).name === 'NotFound') return false;
      throw err;
    }
  }

  return {
    async put(source, limits = {}) {
      const spooled = await spool(tmpDir, source, limits);
      try {
        if (!(await has(spooled.sha256))) {
          await client.send(
            new PutObjectCommand({
              Bucket: opts.bucket,
              Key: keyOf(spooled.sha256),
              Body: createReadStream(spooled.tmp),
              ContentLength: spooled.blob.sizeBytes,
              ContentType: spooled.blob.type?.mediaType ?? 'application/octet-stream',
            }),
          );
        }
        return spooled.blob;
      } finally {
        await rm(spooled.tmp, { force: true });
      }
    },
    open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad sha256');
      const out = new PassThrough();
      client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: keyOf(sha256) })).then(
        (res) => (res.Body as Readable).pipe(out),
        (err: unknown) => out.destroy(err as Error),
      );
      return out;
    },
    has,
  };
}
