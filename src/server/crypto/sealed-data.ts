// Personal data sealed at rest (UU 27/2022 Pasal 35: the controller protects personal data
// against unauthorised access; decision 013). The reporter's identity and each user's TOTP secret
// are stored as AES-256-GCM ciphertext, so a database dump, a replica or a backup does not show
// who reported whom. The key lives with the application (NETRA_DATA_KEY or the key file), never in
// the database.
//
// A sealed value is text: "v1.<key id>.<iv>.<ciphertext>.<tag>" (base64url parts). The key id is
// the first 8 hex digits of SHA-256 over the key, so a value sealed under another key is named as
// such instead of failing as "corrupt". The context (for example "case_reporters:<case id>") is
// authenticated with the value, so a sealed identity moved onto another case does not open.
//
// Key rotation: a sealer holds the current key, which seals, and any previous keys
// (NETRA_DATA_KEY_PREVIOUS), which only open; start-up re-seals what is stored under them
// (seal-stored.ts).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

export class SealedDataError extends Error {
  constructor(
    message: string,
    readonly reason: 'other-key' | 'tampered' | 'malformed',
  ) {
    super(message);
    this.name = 'SealedDataError';
  }
}

export interface Sealer {
  /** the key that seals: first 8 hex digits of SHA-256 over it, naming the key without revealing it */
  readonly keyId: string;
  /** every key this sealer opens with: the current one first, then the previous ones */
  readonly keyIds: readonly string[];
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

/** True when a stored value is sealed (rather than a plaintext value written before decision 013). */
export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}.`);
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/**
 * A stored value, opened: sealed, or still the plaintext an older version wrote (start-up seals
 * those, seal-stored.ts). Throws SealedDataError when a sealed value does not open.
 */
export function openStored(sealer: Sealer, stored: string, context: string): string {
  return isSealed(stored) ? sealer.open(stored, context) : stored;
}

/** The id of the key a sealed value was sealed under, or null for a value that is not sealed. */
export function sealedKeyId(value: string): string | null {
  if (!isSealed(value)) return null;
  return value.split('.', 3)[1] ?? null;
}

/** Seals with `key`; opens what was sealed under `key` or any of `previous` (key rotation). */
export function createSealer(key: Buffer, previous: readonly Buffer[] = []): Sealer {
  const keys = new Map<string, Buffer>();
  for (const k of [key, ...previous]) {
    if (k.length !== DATA_KEY_BYTES) throw new Error(`data key must be ${DATA_KEY_BYTES} bytes, got ${k.length}`);
    if (!keys.has(keyIdOf(k))) keys.set(keyIdOf(k), k);
  }
  const keyId = keyIdOf(key);
  const keyIds = [...keys.keys()];
  return {
    keyId,
    keyIds,
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, keyId, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    open(sealed, context) {
      const parts = sealed.split('.');
      if (parts.length !== 5 || parts[0] !== VERSION) throw new SealedDataError('not a sealed value', 'malformed');
      const [, id, iv, body, tag] = parts as [string, string, string, string, string];
      const opening = keys.get(id);
      if (!opening) throw new SealedDataError(`sealed under key ${id}, this process holds key(s) ${keyIds.join(', ')}`, 'other-key');
      const decipher = createDecipheriv('aes-256-gcm', opening, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SealedDataError('sealed value does not open: altered, or moved from another record', 'tampered');
      }
    },
  };
}

/** Contexts: what a sealed value belongs to. */
export const reporterContext = (caseId: string): string => `case_reporters.identity:${caseId}`;
export const contactsContext = (caseId: string): string => `case_contacts.contacts:${caseId}`;
export const totpContext = (userId: string): string => `users.totp_secret:${userId}`;
