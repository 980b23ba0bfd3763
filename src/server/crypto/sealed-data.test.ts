// Sealing personal data at rest (decision 013): what is sealed opens only with the same key and for
// the same record, and any change to it is detected.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer, isSealed, keyIdOf, reporterContext, SealedDataError, sealedKeyId, totpContext } from './sealed-data.js';

const key = randomBytes(32);
const sealer = createSealer(key);
const identity = JSON.stringify({ name: 'Ahmad Fauzi', nik: '3673011205900001', address: 'Jl. Ki Mas Jong No. 7' });
const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SealedDataError) return error.reason;
    throw error;
  }
  return 'opened';
};

describe('sealed personal data', () => {
  it('opens what it sealed, shows none of it, and seals the same value differently each time', () => {
    const a = sealer.seal(identity, reporterContext('case-1'));
    const b = sealer.seal(identity, reporterContext('case-1'));
    expect(a).not.toBe(b); // a fresh IV each time
    for (const sealed of [a, b]) {
      expect(isSealed(sealed)).toBe(true);
      expect(sealed.startsWith(`v1.${keyIdOf(key)}.`)).toBe(true);
      for (const word of ['Ahmad', 'Fauzi', '3673011205900001', 'Ki Mas Jong']) expect(sealed).not.toContain(word);
      expect(sealer.open(sealed, reporterContext('case-1'))).toBe(identity);
    }
    expect(sealer.open(sealer.seal('', totpContext('u')), totpContext('u'))).toBe('');
    expect(sealer.open(sealer.seal('Siti Rahmawati — Kp. Ciracas', 'x'), 'x')).toBe('Siti Rahmawati — Kp. Ciracas');
  });

  it('does not open for another record: a sealed identity moved onto another case is refused', () => {
    const sealed = sealer.seal(identity, reporterContext('case-1'));
    expect(reason(() => sealer.open(sealed, reporterContext('case-2')))).toBe('tampered');
    expect(reason(() => sealer.open(sealed, totpContext('case-1')))).toBe('tampered');
  });

  it('detects any change to the ciphertext, the IV or the tag', () => {
    const sealed = sealer.seal(identity, 'c');
    const parts = sealed.split('.');
    for (const i of [2, 3, 4]) {
      const bytes = Buffer.from(parts[i]!, 'base64url');
      bytes[0]! ^= 1;
      const altered = parts.map((p, j) => (j === i ? bytes.toString('base64url') : p)).join('.');
      expect(reason(() => sealer.open(altered, 'c')), `part ${i}`).toBe('tampered');
    }
  });

  it('names another key as such, and rejects what is not a sealed value', () => {
    const other = createSealer(randomBytes(32));
    const sealed = other.seal(identity, 'c');
    expect(reason(() => sealer.open(sealed, 'c'))).toBe('other-key');
    expect(() => sealer.open(sealed, 'c')).toThrow(new RegExp(`sealed under key ${other.keyId}, this process holds key\\(s\\) ${sealer.keyId}`));
    expect(reason(() => sealer.open(identity, 'c'))).toBe('malformed');
    expect(reason(() => sealer.open('v1.abc', 'c'))).toBe('malformed');
    expect(isSealed(identity)).toBe(false);
    expect(isSealed('JBSWY3DPEHPK3PXP')).toBe(false); // a base32 TOTP secret from before sealing
    expect(() => createSealer(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('after a rotation, seals under the new key and still opens what the previous keys sealed', () => {
    const oldKey = randomBytes(32);
    const older = randomBytes(32);
    const underOld = createSealer(oldKey).seal(identity, 'c');
    const underOlder = createSealer(older).seal('JBSWY3DPEHPK3PXP', 'u');
    const newKey = randomBytes(32);
    const rotated = createSealer(newKey, [oldKey, older, oldKey]);
    expect(rotated.keyId).toBe(keyIdOf(newKey));
    expect(rotated.keyIds).toEqual([keyIdOf(newKey), keyIdOf(oldKey), keyIdOf(older)]); // a key given twice counts once
    expect(rotated.open(underOld, 'c')).toBe(identity);
    expect(rotated.open(underOlder, 'u')).toBe('JBSWY3DPEHPK3PXP');
    const resealed = rotated.seal(identity, 'c');
    expect(sealedKeyId(resealed)).toBe(keyIdOf(newKey));
    expect(sealedKeyId(underOld)).toBe(keyIdOf(oldKey));
    expect(sealedKeyId(identity)).toBeNull();
    // The old key alone does not open what the new one sealed; a previous key still must be bound to its record.
    expect(reason(() => createSealer(oldKey).open(resealed, 'c'))).toBe('other-key');
    expect(reason(() => rotated.open(underOld, 'd'))).toBe('tampered');
    expect(() => createSealer(newKey, [randomBytes(31)])).toThrow(/32 bytes/);
  });
});
