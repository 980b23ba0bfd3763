// The `Prefer` request header (RFC 7240): a client states how it would like to be answered; the
// server may honour a preference and then says so in `Preference-Applied`.

/**
 * True when the header asks for `return=minimal`. Preferences are comma-separated, each a token
 * with an optional value (quoted or not) and parameters after `;`; names are case-insensitive.
 */
export function prefersMinimal(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const values = Array.isArray(header) ? header : [header];
  return values.some((value) =>
    value.split(',').some((preference) => {
      const [pair = ''] = preference.split(';');
      const [name = '', raw = ''] = pair.split('=');
      return name.trim().toLowerCase() === 'return' && raw.trim().replace(/^"(.*)"$/, '$1').toLowerCase() === 'minimal';
    }),
  );
}
