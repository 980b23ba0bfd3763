import { describe, expect, it } from 'vitest';
import { OFFICE_KINDS } from '../access.js';
import { delegationTargetIssues, mayReceiveDelegation, suggestionRank } from './delegation.js';

describe('who receives a delegated case', () => {
  it('is an active office that handles violations: Bawaslu at every level down to Panwaslu Kecamatan', () => {
    expect(OFFICE_KINDS.filter(mayReceiveDelegation)).toEqual(['bawaslu-ri', 'bawaslu-provinsi', 'bawaslu-kabkota', 'panwaslu-kecamatan']);
    expect(delegationTargetIssues({ kind: 'bawaslu-kabkota', active: true })).toEqual([]);
    expect(delegationTargetIssues({ kind: 'instansi-ppk', active: true }).map((m) => m.key)).toEqual(['pelimpahan.bukan-kantor-penanganan']);
    expect(delegationTargetIssues({ kind: 'panwaslu-kelurahan', active: false }).map((m) => m.key)).toEqual(['pelimpahan.bukan-kantor-penanganan', 'pelimpahan.kantor-nonaktif']);
    const [why] = delegationTargetIssues({ kind: 'bkn', active: true });
    expect(why?.id).toMatch(/Pasal 454/);
    expect(why?.en).toMatch(/only be delegated/);
  });

  it("suggests the offices whose region holds the event's place, the kabupaten/kota's first", () => {
    const event = '36.04.05';
    const rank = (kind: string, regionCode: string | null) => suggestionRank({ kind, regionCode }, event);
    expect(rank('bawaslu-kabkota', '36.04')).toBe(0);
    expect(rank('bawaslu-provinsi', '36')).toBe(1);
    expect(rank('panwaslu-kecamatan', '36.04.05')).toBe(2);
    expect(rank('panwaslu-kecamatan', '36.04.06')).toBeNull();
    expect(rank('bawaslu-kabkota', '36.73')).toBeNull();
    expect(rank('instansi-ppk', '36.04')).toBeNull();
    expect(rank('bawaslu-ri', null)).toBeNull();
    expect(suggestionRank({ kind: 'bawaslu-kabkota', regionCode: '36.04' }, null)).toBeNull();
  });
});
