// The demo's cases: ASN-neutrality reports and findings at every stage, for the three Banten
// offices. Invented people; real agencies' names only as typical examples.
export type DemoCaseScript = {
  office: 'kota-serang' | 'kab-serang' | 'kota-cilegon';
  kind: 'laporan' | 'temuan';
  election: 'wali-kota' | 'bupati' | 'gubernur';
  asn: { name: string; agency: string; position: string; kind: 'PNS' | 'PPPK'; actorKind: 'asn' | 'official' };
  event: { description: string; place: string; district: string };
  act: string;
  /** how far the case goes: the last action run */
  until: 'diterima' | 'kajian-awal' | 'perlu-dilengkapi' | 'diregistrasi' | 'klarifikasi' | 'kajian' | 'pleno' | 'pelanggaran' | 'diteruskan' | 'bukan-pelanggaran' | 'tidak-diregistrasi';
};

export const DEMO_CASES: DemoCaseScript[] = [
  { office: 'kota-serang', kind: 'laporan', election: 'wali-kota', asn: { name: 'Budi Santoso', agency: 'Dinas Pendidikan Kota Serang', position: 'Kepala Seksi Kurikulum', kind: 'PNS', actorKind: 'asn' }, event: { description: 'Terlapor membagikan ulang unggahan Instagram pasangan calon Wali Kota nomor urut 2 disertai ajakan memilih.', place: 'Instagram, akun pribadi terlapor', district: '36.73.01' }, act: 'skb2022.4', until: 'diteruskan' },
  { office: 'kota-serang', kind: 'laporan', election: 'wali-kota', asn: { name: 'Rina Marlina', agency: 'Dinas Kesehatan Kota Serang', position: 'Bidan Puskesmas Kasemen', kind: 'PPPK', actorKind: 'asn' }, event: { description: 'Terlapor berfoto bersama calon Wali Kota sambil mengacungkan dua jari, lalu mengunggahnya ke Facebook.', place: 'Facebook, akun pribadi terlapor', district: '36.73.02' }, act: 'skb2022.5', until: 'pleno' },
  { office: 'kota-serang', kind: 'temuan', election: 'wali-kota', asn: { name: 'Dedi Kurniawan', agency: 'Kecamatan Taktakan', position: 'Sekretaris Kecamatan', kind: 'PNS', actorKind: 'official' }, event: { description: 'Pengawas menemukan terlapor menghadiri kampanye tatap muka pasangan calon dan memberikan sambutan dukungan.', place: 'Lapangan Kelurahan Taktakan', district: '36.73.06' }, act: 'skb2022.3', until: 'kajian' },
  { office: 'kota-serang', kind: 'laporan', election: 'wali-kota', asn: { name: 'Agus Salim', agency: 'Satpol PP Kota Serang', position: 'Staf Pelaksana', kind: 'PNS', actorKind: 'asn' }, event: { description: 'Terlapor memasang spanduk pasangan calon di pagar rumah dinas.', place: 'Jl. Ciwaru Raya', district: '36.73.05' }, act: 'skb2022.1', until: 'klarifikasi' },
  { office: 'kota-serang', kind: 'laporan', election: 'wali-kota', asn: { name: 'Wati Suryani', agency: 'RSUD Kota Serang', position: 'Perawat Pelaksana', kind: 'PPPK', actorKind: 'asn' }, event: { description: 'Terlapor menyukai dan mengomentari unggahan akun tim pemenangan pasangan calon.', place: 'Instagram', district: '36.73.04' }, act: 'skb2022.4', until: 'perlu-dilengkapi' },
  { office: 'kota-serang', kind: 'laporan', election: 'wali-kota', asn: { name: 'Hendra Wijaya', agency: 'Dinas Perhubungan Kota Serang', position: 'Kepala Bidang', kind: 'PNS', actorKind: 'asn' }, event: { description: 'Terlapor diduga mengikuti grup WhatsApp tim pemenangan pasangan calon.', place: 'WhatsApp', district: '36.73.03' }, act: 'skb2022.4', until: 'bukan-pelanggaran' },
  { office: 'kota-serang', kind: 'laporan', election: 'wali-kota', asn: { name: 'Nurhayati', agency: 'Kelurahan Cipare', position: 'Lurah', kind: 'PNS', actorKind: 'official' }, event: { description: 'Terlapor membagikan bantuan sembako disertai stiker pasangan calon.', place: 'Kantor Kelurahan Cipare', district: '36.73.01' }, act: 'skb2022.13', until: 'diterima' },
  { office: 'kab-serang', kind: 'laporan', election: 'bupati', asn: { name: 'Asep Saepudin', agency: 'Dinas Pertanian Kabupaten Serang', position: 'Penyuluh Pertanian', kind: 'PNS', actorKind: 'asn' }, event: { description: 'Terlapor menjadi pembicara dalam pertemuan kelompok tani yang mengarahkan dukungan kepada calon Bupati.', place: 'Balai Desa Cikande', district: '36.04.13' }, act: 'skb2022.10', until: 'diregistrasi' },
  { office: 'kab-serang', kind: 'laporan', election: 'bupati', asn: { name: 'Euis Komariah', agency: 'SDN Anyer 1', position: 'Guru', kind: 'PPPK', actorKind: 'asn' }, event: { description: 'Terlapor mengunggah video dukungan untuk calon Bupati di TikTok.', place: 'TikTok', district: '36.04.02' }, act: 'skb2022.2', until: 'kajian-awal' },
  { office: 'kab-serang', kind: 'laporan', election: 'bupati', asn: { name: 'Ujang Ruhiyat', agency: 'Kecamatan Cinangka', position: 'Staf', kind: 'PNS', actorKind: 'asn' }, event: { description: 'Laporan diajukan melewati batas waktu tujuh hari sejak diketahui.', place: 'Cinangka', district: '36.04.03' }, act: 'skb2022.4', until: 'tidak-diregistrasi' },
  { office: 'kota-cilegon', kind: 'laporan', election: 'wali-kota', asn: { name: 'Taufik Hidayat', agency: 'Dinas Lingkungan Hidup Kota Cilegon', position: 'Kepala Seksi', kind: 'PNS', actorKind: 'asn' }, event: { description: 'Terlapor membagikan tautan kampanye pasangan calon Wali Kota di grup kantor.', place: 'WhatsApp grup kantor', district: '36.72.01' }, act: 'skb2022.4', until: 'pelanggaran' },
];
