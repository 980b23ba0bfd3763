import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { createSealer, type Sealer } from '../crypto/sealed-data.js';
import { createCaseCache, type CaseCache } from '../modules/cases/case-cache.js';
import { createCalendarService, type CalendarService } from '../modules/law/calendar-service.js';
import { localBlobStore, type BlobStore } from '../storage/blob-store.js';
import { s3BlobStore } from '../storage/s3-blob-store.js';
import { blobKeyProvider } from '../storage/blob-key.js';
import { windowCounter, type Counted } from './rate-limit-store.js';

/** What every route module and use-case may need, passed in, never imported as a global. */
export type Deps = {
  db: Db;
  config: Config;
  /** the clock; tests pass a fixed one */
  now: () => Date;
  /** the official calendar of non-working days, as the law engine uses it */
  calendar: CalendarService;
  /** evidence files and generated documents */
  blobs: BlobStore;
  /** cases and sessions this process last read or wrote, for workflow actions to decide on (decision 011) */
  caseCache: CaseCache;
  /** seals and opens personal data at rest (decision 013) */
  sealer: Sealer;
  /** counts one user's reads of personal data in the current minute, across processes (decision 008) */
  personalReads: (userId: string) => Promise<Counted>;
};

export function makeDeps(opts: { db: Db; config: Config; now?: () => Date }): Deps {
  const sealer = sealerOf(opts.config);
  return {
    db: opts.db,
    config: opts.config,
    now: opts.now ?? (() => new Date()),
    calendar: createCalendarService(opts.db),
    blobs: blobStoreOf(opts.db, opts.config, sealer),
    caseCache: createCaseCache(opts.config.caseCacheEntries),
    sealer,
    personalReads: windowCounter(opts.db, opts.config.dataKey!, 'personal-reads', 60_000),
  };
}

/** Evidence and documents, sealed (decision 014): in the S3 bucket when configured, else on disk. */
export function blobStoreOf(db: Db, config: Config, sealer: Sealer): BlobStore {
  const key = blobKeyProvider(db, sealer);
  return config.s3 ? s3BlobStore(config.s3, key) : localBlobStore(config.blobDir, key);
}

function sealerOf(config: Config): Sealer {
  // Start-up resolves the key (resolveDataKey) before building deps; a missing one is a bug, and
  // writing personal data unsealed or under a throw-away key would be worse than stopping.
  if (!config.dataKey) throw new Error('deps: config.dataKey is not resolved (call resolveDataKey at start-up)');
  return createSealer(config.dataKey, config.previousDataKeys);
}
