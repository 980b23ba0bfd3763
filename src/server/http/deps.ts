import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { createCaseCache, type CaseCache } from '../modules/cases/case-cache.js';
import { createCalendarService, type CalendarService } from '../modules/law/calendar-service.js';
import { localBlobStore, type BlobStore } from '../storage/blob-store.js';
import { s3BlobStore } from '../storage/s3-blob-store.js';

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
};

export function makeDeps(opts: { db: Db; config: Config; now?: () => Date }): Deps {
  return {
    db: opts.db,
    config: opts.config,
    now: opts.now ?? (() => new Date()),
    calendar: createCalendarService(opts.db),
    blobs: opts.config.s3 ? s3BlobStore(opts.config.s3) : localBlobStore(opts.config.blobDir),
    caseCache: createCaseCache(opts.config.caseCacheEntries),
  };
}
