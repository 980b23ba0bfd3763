// Which documents print the pelapor (decision 008): decided from what the document is given.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, printsPelapor } from './index.js';
import { SAMPLES } from './test-fixtures.js';

describe('printsPelapor', () => {
  it('marks the receipt, the notice to complete and the notice of delegation, and no other sample addressed to the terlapor', () => {
    const marked = DOCUMENT_KINDS.filter((k) => printsPelapor(SAMPLES[k]));
    expect(marked).toEqual(['tanda-bukti-penyampaian-laporan', 'pemberitahuan-kelengkapan', 'pemberitahuan-pelimpahan']);
  });

  it('marks an invitation, minutes or kajian once the pelapor is the one invited, heard or present', () => {
    const u = SAMPLES['undangan-klarifikasi'];
    expect(printsPelapor({ ...u, data: { ...u.data, addressee: { ...u.data.addressee, role: 'pelapor' } } })).toBe(true);
    const b = SAMPLES['berita-acara-klarifikasi'];
    expect(printsPelapor({ ...b, data: { ...b.data, interviewee: { ...b.data.interviewee, role: 'pelapor' } } })).toBe(true);
    expect(printsPelapor({ ...b, data: { ...b.data, otherAttendees: [{ name: 'Ahmad Fauzi', role: 'pelapor' }] } })).toBe(true);
    const k = SAMPLES['kajian-dugaan-pelanggaran'];
    expect(printsPelapor({ ...k, data: { ...k.data, clarifications: [...(k.data.clarifications ?? []), { name: 'Ahmad Fauzi', role: 'pelapor', summary: 'Menjelaskan unggahan.' }] } })).toBe(true);
    // The public status notice is given the identity only to strip it.
    expect(printsPelapor(SAMPLES['pemberitahuan-status-laporan'])).toBe(false);
  });
});
