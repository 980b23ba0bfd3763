import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
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
};

export function makeDeps(opts: { db: Db; config: Config; now?: () => Date }): Deps {
  return {
    db: opts.db,
    config: opts.config,
    now: opts.now ?? (() => new Date()),
    calendar: createCalendarService(opts.db),
    blobs: opts.config.s3 ? s3BlobStore(opts.config.s3) : localBlobStore(opts.config.blobDir),
  };
}
