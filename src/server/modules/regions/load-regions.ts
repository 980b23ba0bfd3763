import type { Db } from '../../db/client.js';
import { countRegions, insertRegions } from './regions.repository.js';
import { readRegionSource } from './region-source.js';

/** Loads the region table on first start; a no-op once it is complete. Returns rows inserted. */
export async function loadRegions(opts: { db: Db }): Promise<{ inserted: number; ms: number }> {
  const started = performance.now();
  const source = readRegionSource();
  const before = await countRegions(opts.db);
  if (before >= source.length) return { inserted: 0, ms: performance.now() - started };
  await opts.db.transaction(async (tx) => insertRegions(tx, source));
  const after = await countRegions(opts.db);
  return { inserted: after - before, ms: performance.now() - started };
}
