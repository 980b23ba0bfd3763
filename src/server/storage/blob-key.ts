// The blob key (decision 014): 32 random bytes that seal every stored blob, kept in the database
// (`meta`, key 'blob_key') sealed under the data key (decision 013). A copy of the blobs alone, or
// of the database alone, opens nothing. Rotating the data key re-seals this one value; the blobs
// themselves are not rewritten.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { meta } from '../db/schema.js';
import type { Sealer } from '../crypto/sealed-data.js';

export const BLOB_KEY = 'blob_key';
export const blobKeyContext = (): string => `meta.value:${BLOB_KEY}`;

/** The blob key as stored (sealed), if it was made. */
export async function storedBlobKey(db: Db): Promise<string | undefined> {
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, BLOB_KEY));
  return typeof row?.value === 'string' ? row.value : undefined;
}

/**
 * The blob key, made on first use (processes that start together agree: the first insert wins and
 * every one reads that), opened once per process.
 */
export function blobKeyProvider(db: Db, sealer: Sealer): () => Promise<Buffer> {
  let loading: Promise<Buffer> | undefined;
  const load = async (): Promise<Buffer> => {
    let sealed = await storedBlobKey(db);
    if (sealed === undefined) {
      const fresh = sealer.seal(randomBytes(32).toString('base64'), blobKeyContext());
      await db.execute(sql`insert into meta (key, value) values (${BLOB_KEY}, to_jsonb(${fresh}::text)) on conflict (key) do nothing`);
      sealed = await storedBlobKey(db);
      if (sealed === undefined) throw new Error('blob key: not stored');
    }
    return Buffer.from(sealer.open(sealed, blobKeyContext()), 'base64');
  };
  return () => {
    loading ??= load().catch((err: unknown) => {
      loading = undefined; // the next request tries again
      throw err;
    });
    return loading;
  };
}
