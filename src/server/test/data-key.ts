// The data key of the server tests (decision 013): one fixed key for the whole run, because on
// PostgreSQL every test file writes to the same database. Test-only; never a deployment's key.
import { createHash } from 'node:crypto';
import { createSealer } from '../crypto/sealed-data.js';

export const TEST_DATA_KEY = createHash('sha256').update('netra: server tests only').digest();
export const TEST_DATA_KEY_BASE64 = TEST_DATA_KEY.toString('base64');
export const testSealer = createSealer(TEST_DATA_KEY);
