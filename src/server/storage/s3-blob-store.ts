// Evidence and documents on S3-compatible object storage (MinIO, Ceph RGW, AWS S3, …), for several
// application nodes. The file is spooled to a local temporary file first (hash, size limit, type
// from content), sealed (decision 014), then uploaded under its SHA-256; an interrupted upload
// leaves no object and no record. Objects are immutable: the same content is uploaded once.
import { createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { contentStore, type BlobStore, type ObjectStore } from './blob-store.js';

export type S3Options = {
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  prefix?: string;
};

/** Objects in the bucket under `prefix/<first two hex digits>/<name>`. */
export function s3Objects(opts: S3Options): ObjectStore {
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
  const keyOf = (name: string) => `${opts.prefix ?? 'blobs'}/${name.slice(0, 2)}/${name}`;
  return {
    async write(name, file, sizeBytes) {
      // Sealed bytes: nothing in the object's metadata says what the content is.
      await client.send(new PutObjectCommand({ Bucket: opts.bucket, Key: keyOf(name), Body: createReadStream(file), ContentLength: sizeBytes, ContentType: 'application/octet-stream' }));
    },
    read(name) {
      const out = new PassThrough();
      client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: keyOf(name) })).then(
        (res) => (res.Body as Readable).on('error', (err) => out.destroy(err)).pipe(out),
        (err: unknown) => out.destroy(err as Error),
      );
      return out;
    },
    async exists(name) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: opts.bucket, Key: keyOf(name) }));
        return true;
      } catch (err) {
        const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status === 404 || (err as Error).name === 'NotFound') return false;
        throw err;
      }
    },
    async remove(name) {
      await client.send(new DeleteObjectCommand({ Bucket: opts.bucket, Key: keyOf(name) }));
    },
  };
}

export function s3BlobStore(opts: S3Options, key: () => Promise<Buffer>): BlobStore {
  return contentStore(s3Objects(opts), path.join(os.tmpdir(), 'netra-s3-spool'), key);
}
