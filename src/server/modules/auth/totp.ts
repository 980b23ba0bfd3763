import { Secret, TOTP } from 'otpauth';

function totpFor(secret: string, username: string): TOTP {
  return new TOTP({ issuer: 'Netra', label: username, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, username: string): string {
  return totpFor(secret, username).toString();
}

/** Accepts the current code and one step either side (clock drift of a phone). */
export function checkTotp(secret: string, username: string, code: string, now: Date): boolean {
  return totpFor(secret, username).validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}
