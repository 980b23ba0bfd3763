import type { Config } from '../config.js';
import type { Db } from '../db/client.js';

/** What every route module and use-case may need, passed in, never imported as a global. */
export type Deps = {
  db: Db;
  config: Config;
  /** the clock; tests pass a fixed one */
  now: () => Date;
};
