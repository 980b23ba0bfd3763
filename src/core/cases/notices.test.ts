import { describe, expect, it } from 'vitest';
import type { Effect } from './effects.js';
import { letterAddressees, noticeCarrier, noticeProgress, noticesCarriedBy, noticesWithLetters, owedNotices, unannouncedStatuses, unsentNotices, type OwedNotice } from './notices.js';

const ids = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};
const notice = (over: Partial<OwedNotice>): OwedNotice => ({ id: 'n1', notice: 'pemberitahuan-status', to: 'pelapor', status: 'diregistrasi', invitationId: null, owedAt: '2024-11-10T10:00:00+07:00', ...over });

describe('owedNotices', () => {
  it('keeps only the notify effects, with the status, and gives each undangan its invitation in payload order', () => {
    const effects: Effect[] = [
      { type: 'clock', op: 'start', clock: 'decision', at: '2024-11-10T10:00:00+07:00' },
      { type: 'notify', to: 'terlapor', notice: 'undangan-klarifikasi', name: 'Budi' },
      { type: 'notify', to: 'saksi', notice: 'undangan-klarifikasi', name: 'Sari' },
      { type: 'notify', to: 'pelapor', notice: 'pemberitahuan-status', status: 'diregistrasi' },
    ];
    const owed = owedNotices(effects, { now: '2024-11-10T10:00:00+07:00', newId: ids(), invitationIds: ['inv-budi', 'inv-sari'] });
    expect(owed.map((o) => [o.notice, o.to, o.invitationId, o.status])).toEqual([
      ['undangan-klarifikasi', 'terlapor', 'inv-budi', null],
      ['undangan-klarifikasi', 'saksi', 'inv-sari', null],
      ['pemberitahuan-status', 'pelapor', null, 'diregistrasi'],
    ]);
    expect(new Set(owed.map((o) => o.id)).size).toBe(3);
    expect(owed.every((o) => o.owedAt === '2024-11-10T10:00:00+07:00')).toBe(true);
  });

  it('owes nothing for a transition without notify effects', () => {
    expect(owedNotices([{ type: 'clock', op: 'pause', clock: 'kajianAwal', at: 'x' }], { now: 'x', newId: ids() })).toEqual([]);
  });
});

describe('noticeCarrier', () => {
  it('names the document of each notice; Netra delivers to the receiving office; the pelapor is told of a delegation by letter', () => {
    expect(noticeCarrier({ notice: 'pemberitahuan-kelengkapan', to: 'pelapor' })).toBe('pemberitahuan-kelengkapan');
    expect(noticeCarrier({ notice: 'pemberitahuan-status', to: 'terlapor' })).toBe('pemberitahuan-status-laporan');
    expect(noticeCarrier({ notice: 'undangan-klarifikasi', to: 'ahli' })).toBe('undangan-klarifikasi');
    expect(noticeCarrier({ notice: 'pemberitahuan-pelimpahan', to: 'kantor-tujuan' })).toBe('netra');
    expect(noticeCarrier({ notice: 'pemberitahuan-pelimpahan', to: 'pelapor' })).toBe('pemberitahuan-pelimpahan');
  });
});

describe('noticesWithLetters', () => {
  it('lists what Netra makes letters for, not what it delivers itself', () => {
    const pairs = noticesWithLetters().map((n) => `${n.notice}→${n.to}`);
    expect(pairs).toContain('pemberitahuan-status→terlapor');
    expect(pairs).toContain('undangan-klarifikasi→ahli');
    expect(pairs).toContain('pemberitahuan-pelimpahan→pelapor');
    expect(pairs).not.toContain('pemberitahuan-pelimpahan→kantor-tujuan');
  });
});

describe('noticesCarriedBy', () => {
  const owed = [
    notice({ id: 'reg-pelapor' }),
    notice({ id: 'inv-1', notice: 'undangan-klarifikasi', to: 'terlapor', status: null, invitationId: 'i1' }),
    notice({ id: 'inv-2', notice: 'undangan-klarifikasi', to: 'saksi', status: null, invitationId: 'i2' }),
    notice({ id: 'dec-pelapor', status: 'pelanggaran' }),
    notice({ id: 'dec-terlapor', to: 'terlapor', status: 'pelanggaran' }),
    notice({ id: 'limpah', notice: 'pemberitahuan-pelimpahan', to: 'kantor-tujuan', status: null }),
    notice({ id: 'limpah-pelapor', notice: 'pemberitahuan-pelimpahan', to: 'pelapor', status: null }),
  ];
  it('an invitation carries its own undangan only', () => {
    expect(noticesCarriedBy('undangan-klarifikasi', owed, { invitationId: 'i2' })).toEqual(['inv-2']);
    expect(noticesCarriedBy('undangan-klarifikasi', owed)).toEqual([]);
  });
  it('a status notice carries every status notice owed so far, to either party', () => {
    expect(noticesCarriedBy('pemberitahuan-status-laporan', owed)).toEqual(['reg-pelapor', 'dec-pelapor', 'dec-terlapor']);
  });
  it('a notice of delegation carries the notice to the pelapor, not the one to the receiving office', () => {
    expect(noticesCarriedBy('pemberitahuan-pelimpahan', owed)).toEqual(['limpah-pelapor']);
  });
  it('a document that carries no notice carries none', () => {
    expect(noticesCarriedBy('kajian-dugaan-pelanggaran', owed)).toEqual([]);
    expect(noticesCarriedBy('pemberitahuan-kelengkapan', owed)).toEqual([]);
  });
});

describe('unannouncedStatuses', () => {
  const owed = [
    notice({ id: 'reg', status: 'diregistrasi', owedAt: '2024-11-11T09:00:00+07:00' }),
    notice({ id: 'inv', notice: 'undangan-klarifikasi', to: 'terlapor', status: null, invitationId: 'i1', owedAt: '2024-11-12T09:00:00+07:00' }),
    notice({ id: 'pel-p', status: 'pelanggaran', owedAt: '2024-11-14T09:00:00+07:00' }),
    notice({ id: 'pel-t', to: 'terlapor', status: 'pelanggaran', owedAt: '2024-11-14T09:00:00+07:00' }),
    notice({ id: 'fwd-p', status: 'diteruskan', owedAt: '2024-11-15T09:00:00+07:00' }),
    notice({ id: 'fwd-t', to: 'terlapor', status: 'diteruskan', owedAt: '2024-11-15T09:00:00+07:00' }),
  ];

  it('lists each earlier status no document carries, once, in the order reached, without the present one', () => {
    expect(unannouncedStatuses(owed, new Set(), 'diteruskan')).toEqual([
      { status: 'diregistrasi', owedAt: '2024-11-11T09:00:00+07:00' },
      { status: 'pelanggaran', owedAt: '2024-11-14T09:00:00+07:00' },
    ]);
  });

  it('leaves out a status announced already; one still owed to either party is told; none when every one was', () => {
    expect(unannouncedStatuses(owed, new Set(['reg', 'pel-t']), 'diteruskan')).toEqual([{ status: 'pelanggaran', owedAt: '2024-11-14T09:00:00+07:00' }]);
    expect(unannouncedStatuses(owed, new Set(['reg', 'pel-p', 'pel-t']), 'diteruskan')).toEqual([]);
    expect(unannouncedStatuses([], new Set(), 'diregistrasi')).toEqual([]);
  });
});

describe('noticeProgress', () => {
  it('pairs each notice with the first document made that carries it, and counts what is still owed', () => {
    const owed = [
      notice({ id: 'a' }),
      notice({ id: 'b', to: 'terlapor', status: 'pelanggaran' }),
      notice({ id: 'c', notice: 'undangan-klarifikasi', to: 'saksi', status: null, invitationId: 'i1' }),
      notice({ id: 'd', notice: 'pemberitahuan-pelimpahan', to: 'kantor-tujuan', status: null }),
      notice({ id: 'e', notice: 'pemberitahuan-pelimpahan', to: 'pelapor', status: null }),
    ];
    const docs = [
      { id: 'doc-late', kind: 'pemberitahuan-status-laporan', number: '002/PS', createdAt: '2024-11-12T01:00:00.000Z', notices: ['a', 'b'] },
      { id: 'doc-early', kind: 'pemberitahuan-status-laporan', number: '001/PS', createdAt: '2024-11-10T05:00:00.000Z', notices: ['a'] },
      { id: 'doc-other', kind: 'undangan-klarifikasi', number: '001/UK', createdAt: '2024-11-10T06:00:00.000Z', notices: ['c-other'] },
      { id: 'doc-old', kind: 'pemberitahuan-status-laporan', number: '000/PS', createdAt: '2024-11-09T05:00:00.000Z', notices: null },
    ];
    const p = noticeProgress(owed, docs);
    expect(p.map((x) => [x.id, x.outcome, x.document?.number ?? null])).toEqual([
      ['a', 'dibuat', '001/PS'],
      ['b', 'dibuat', '002/PS'],
      ['c', 'belum', null],
      ['d', 'netra', null],
      ['e', 'belum', null],
    ]);
    expect(unsentNotices(p)).toBe(2);
  });
});

describe('a letter to several parties', () => {
  const owed = [
    notice({ id: 'reg' }),
    notice({ id: 'dec-pelapor', status: 'pelanggaran' }),
    notice({ id: 'dec-terlapor', to: 'terlapor', status: 'pelanggaran' }),
    notice({ id: 'limpah', notice: 'pemberitahuan-pelimpahan', to: 'kantor-tujuan', status: null }),
  ];
  it('is addressed to each party it carries notices to, once, in the order they were owed; the receiving office is no addressee', () => {
    expect(letterAddressees({ notices: ['dec-terlapor', 'reg', 'dec-pelapor'] }, owed)).toEqual(['pelapor', 'terlapor']);
    expect(letterAddressees({ notices: ['reg'] }, owed)).toEqual(['pelapor']);
    expect(letterAddressees({ notices: ['limpah'] }, owed)).toEqual([]);
    expect(letterAddressees({ notices: null }, owed)).toEqual([]);
  });
  it('marks a notice delivered by a delivery to its party, or by one recorded for the letter as a whole', () => {
    const letter = { id: 'ps', kind: 'pemberitahuan-status-laporan', number: '002/PS', createdAt: '2024-11-12T01:00:00.000Z', notices: ['reg', 'dec-pelapor', 'dec-terlapor'] };
    const on = (deliveries: { to: string | null; deliveredOn: string }[]) =>
      noticeProgress(owed.slice(0, 3), [{ ...letter, deliveries }]).map((p) => `${p.id}:${p.document?.deliveredOn ?? '-'}`);
    expect(on([])).toEqual(['reg:-', 'dec-pelapor:-', 'dec-terlapor:-']);
    expect(on([{ to: 'terlapor', deliveredOn: '2024-11-13' }])).toEqual(['reg:-', 'dec-pelapor:-', 'dec-terlapor:2024-11-13']);
    expect(on([{ to: 'pelapor', deliveredOn: '2024-11-14' }, { to: 'terlapor', deliveredOn: '2024-11-13' }])).toEqual(['reg:2024-11-14', 'dec-pelapor:2024-11-14', 'dec-terlapor:2024-11-13']);
    expect(on([{ to: null, deliveredOn: '2024-11-12' }])).toEqual(['reg:2024-11-12', 'dec-pelapor:2024-11-12', 'dec-terlapor:2024-11-12']);
  });
});
