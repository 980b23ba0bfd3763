// What a careless or hostile client puts where a field belongs, for the tests of rule 5 (a 4xx in
// the one error shape, never a 500, nothing half-written): wrong types, empty and huge texts, NUL
// and a lone surrogate, impossible and extreme dates, ids that name nothing, a nested bomb.
const nested = (depth: number): unknown => (depth === 0 ? 'dasar' : [nested(depth - 1)]);

export const NESTED_BOMB = nested(400);

export const HOSTILE: readonly unknown[] = [
  null, true, 0, -1, 1.5, 1e308, '', ' ', '\u0000', 'a\u0000b', 'x'.repeat(70_000), '🗳️'.repeat(3_000), '\u202eRTL\ud800',
  '2024-02-30', '2024-11-10T25:00:00+07:00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '00000000-0000-4000-8000-000000000000',
  'bukan-uuid', [], [null], [{}], Array.from({ length: 500 }, () => 'x'), {}, { $gt: '' }, NESTED_BOMB,
];

/** A short, printable name of a hostile value for a failure message. */
export const shown = (value: unknown): string => (JSON.stringify(value) ?? String(value)).slice(0, 40);
