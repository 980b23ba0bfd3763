// The demo's cases are dated by days, not by hours before the start: whatever the hour of the
// first start, they are taken in at 08.00 WIB one to four days before, and all their steps
// are done before the day of the start (decision 009).
import { describe, expect, it } from 'vitest';
import { demoCaseStart } from './seed-demo-cases.js';

const wib = (d: Date) => `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16)} WIB`;

describe('demoCaseStart', () => {
  it('dates the cases by WIB days, the same at any hour of the day of the start', () => {
    // 00.30, 02.15, 12.00 and 23.59 WIB on 8 December 2026
    const starts = ['2026-12-07T17:30:00Z', '2026-12-07T19:15:00Z', '2026-12-08T05:00:00Z', '2026-12-08T16:59:00Z'].map((iso) => new Date(iso));
    for (const now of starts) {
      expect([0, 1, 2, 3, 4].map((i) => wib(demoCaseStart(now, i))), now.toISOString()).toEqual(['2026-12-07T08:00 WIB', '2026-12-06T08:00 WIB', '2026-12-05T08:00 WIB', '2026-12-04T08:00 WIB', '2026-12-07T08:00 WIB']);
    }
  });

  it('leaves every case a whole day of steps before the start', () => {
    const now = new Date('2026-12-07T17:00:00Z'); // 00.00 WIB on 8 December, the earliest start of that day
    for (let i = 0; i < 12; i++) expect(demoCaseStart(now, i).getTime() + 15 * 3_600_000).toBeLessThanOrEqual(now.getTime());
  });
});
