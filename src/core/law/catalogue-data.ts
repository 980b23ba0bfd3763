// The prohibited acts of Lampiran II of the 2022 joint decree on ASN neutrality (SKB), one row per
// line of table 2.3 of the domain reference, with the crimes that may follow by regime and actor.
import type { ProhibitedActSpec, Offence } from './catalogue.js';

const involvement: Offence[] = [
  {
    regimeKind: 'pilkada', actors: ['candidate'], articleId: 'uu10-2016.189',
    conditionId: 'Calon atau tim kampanye melibatkan ASN dalam kampanye',
    conditionEn: 'The candidate or campaign team involved the ASN in the campaign',
  },
  {
    regimeKind: 'pemilu', actors: ['candidate'], articleId: 'uu7-2017.493',
    conditionId: 'Pelaksana kampanye mengikutsertakan ASN',
    conditionEn: 'A campaign executor involved the ASN',
  },
];

const campaignTeam: Offence[] = [
  {
    regimeKind: 'pemilu', actors: ['asn', 'village-head'], articleId: 'uu7-2017.494',
    conditionId: 'Pelaku ikut serta sebagai pelaksana atau tim kampanye',
    conditionEn: 'The actor took part as a campaign executor or team member',
  },
];

const favouring: Offence[] = [
  {
    regimeKind: 'pilkada', actors: ['official', 'village-head', 'asn'], articleId: 'uu10-2016.188',
    conditionId: 'Pelaku adalah pejabat negara, pejabat ASN, atau kepala desa/lurah',
    conditionEn: 'The actor is a state official, an ASN official or a village head',
  },
  {
    regimeKind: 'pemilu', actors: ['official'], articleId: 'uu7-2017.547',
    conditionId: 'Pelaku adalah pejabat negara, dalam masa kampanye',
    conditionEn: 'The actor is a state official, during the campaign period',
  },
  {
    regimeKind: 'pemilu', actors: ['village-head'], articleId: 'uu7-2017.490',
    conditionId: 'Dalam masa kampanye', conditionEn: 'During the campaign period',
  },
];

const BOTH = { moralSanction: true } as const;
const DISCIPLINE_ONLY = { moralSanction: false } as const;

export const PROHIBITED_ACTS: ProhibitedActSpec[] = [
  {
    row: 1, ...BOTH, discipline: 'berat', offences: involvement, confidence: 'C',
    textId: 'Memasang spanduk, baliho, atau alat peraga lainnya terkait bakal calon/calon',
    textEn: 'Installing banners, billboards or other campaign props of a prospective candidate or candidate',
  },
  {
    row: 2, ...BOTH, discipline: 'berat', offences: involvement, confidence: 'C',
    textId: 'Sosialisasi atau kampanye di media sosial/daring bagi bakal calon (Presiden/Wakil Presiden, DPR, DPD, DPRD, kepala daerah)',
    textEn: 'Promoting or campaigning on social or online media for a prospective candidate (President/VP, DPR, DPD, DPRD, regional head)',
  },
  {
    row: 3, ...BOTH, discipline: 'berat', offences: [...involvement, ...campaignTeam], confidence: 'C',
    textId: 'Menghadiri deklarasi/kampanye pasangan calon dan memberikan tindakan atau dukungan secara aktif',
    textEn: 'Attending a declaration or campaign of a candidate pair and actively supporting it',
  },
  {
    row: 4, ...BOTH, discipline: 'berat', offences: [], confidence: 'C',
    textId: 'Membuat posting, comment, share, like, bergabung atau follow dalam grup/akun pemenangan bakal calon',
    textEn: "Posting, commenting, sharing, liking, joining or following a candidate's winning-team group or account",
    otherArticles: { pemilu: ['UU 20/2023 Pasal 9 ayat (2)'], pilkada: ['UU 20/2023 Pasal 9 ayat (2)'] },
  },
  {
    row: 5, ...BOTH, discipline: 'berat', offences: [], confidence: 'C',
    textId: 'Memposting foto bersama bakal calon, tim sukses dengan simbol keberpihakan, atribut partai, atau alat peraga kampanye di media sosial/media publik',
    textEn: 'Posting photos with a prospective candidate, or with the campaign team showing partisan gestures, party attributes or campaign props',
  },
  {
    row: 6, ...BOTH, discipline: null, offences: [...involvement, ...campaignTeam], confidence: 'C',
    textId: 'Ikut dalam kegiatan kampanye, sosialisasi, atau pengenalan bakal calon',
    textEn: 'Taking part in campaign, promotion or introduction activities of a prospective candidate',
    noteEn: 'Listed only among code-of-ethics breaches; the discipline list covers it under rows 3 and 8.',
  },
  {
    row: 7, ...BOTH, discipline: null, offences: [], confidence: 'S', flag: 'U',
    textId: 'Mengikuti deklarasi/kampanye bagi suami/istri calon',
    textEn: "Attending a declaration or campaign of one's spouse who is a candidate",
    noteEn: 'Exact conditions (e.g. unpaid leave) of this row were not confirmed.',
  },
  {
    row: 8, ...DISCIPLINE_ONLY, discipline: 'sedang', offences: [], confidence: 'C',
    textId: 'Melakukan pendekatan ke partai politik atau masyarakat (jalur perseorangan) sebagai bakal calon tanpa cuti di luar tanggungan negara',
    textEn: 'Approaching a political party or the public (independent route) as a prospective candidate without unpaid leave (CLTN)',
  },
  {
    row: 9, ...DISCIPLINE_ONLY, discipline: 'ptdh', offences: [], confidence: 'C',
    textId: 'Menjadi anggota dan/atau pengurus partai politik',
    textEn: 'Becoming a member or official of a political party',
    disciplineCitation: 'UU 20/2023 Pasal 52 ayat (3) huruf j (pemberhentian tidak dengan hormat)',
    otherArticles: { pemilu: ['UU 20/2023 Pasal 52 ayat (3) huruf j'], pilkada: ['UU 20/2023 Pasal 52 ayat (3) huruf j'] },
  },
  {
    row: 10, ...DISCIPLINE_ONLY, discipline: 'sedang', offences: [], confidence: 'C',
    textId: 'Mengadakan kegiatan yang mengarah pada keberpihakan sebelum, selama, atau sesudah kampanye (pertemuan, ajakan, himbauan, seruan, pemberian barang)',
    textEn: 'Holding activities leading to partiality before, during or after the campaign (meetings, invitations, appeals, calls, gifts)',
    otherArticles: { pemilu: ['UU 7/2017 Pasal 283'] },
    noteEn: 'UU 7/2017 art 283 prohibits it without a criminal article of its own.',
  },
  {
    row: 11, ...DISCIPLINE_ONLY, discipline: 'berat', offences: [...involvement, ...campaignTeam], confidence: 'C',
    textId: 'Menjadi tim ahli, tim pemenangan, konsultan, atau sebutan lain bagi partai politik atau bakal calon',
    textEn: 'Serving as expert, winning team, consultant or similar for a party or candidate',
  },
  {
    row: 12, ...DISCIPLINE_ONLY, discipline: 'berat', offences: [], confidence: 'C',
    textId: 'Memberikan dukungan kepada calon perseorangan dengan surat dukungan atau mengumpulkan fotokopi KTP/Surat Keterangan',
    textEn: 'Supporting an independent candidate with a support letter or by collecting ID-card or certificate copies',
  },
  {
    row: 13, ...DISCIPLINE_ONLY, discipline: 'berat', offences: favouring, confidence: 'C',
    textId: 'Membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan partai politik atau pasangan calon',
    textEn: 'Making decisions or taking actions that benefit or harm a party or candidate pair',
    otherArticles: { pemilu: ['UU 7/2017 Pasal 282'], pilkada: ['UU 10/2016 Pasal 71 ayat (1)'] },
  },
  {
    row: 14, ...DISCIPLINE_ONLY, discipline: 'berat', offences: [...involvement, ...favouring], confidence: '!', flag: '!',
    textId: 'Menggunakan fasilitas negara/jabatan dalam kampanye, berkampanye dengan atribut PNS/partai, atau mengerahkan PNS lain',
    textEn: 'Using state or office facilities in a campaign, campaigning with civil-service or party attributes, or mobilising other civil servants',
    otherArticles: { pemilu: ['UU 7/2017 Pasal 280 ayat (2) huruf f'], pilkada: ['UU 10/2016 Pasal 70 ayat (1)'] },
    noteEn: 'Sources give a range sedang to berat; the stricter level is the default.',
  },
  {
    row: 15, ...DISCIPLINE_ONLY, discipline: null, offences: [], confidence: 'S', flag: 'U',
    textId: 'Menjadi narasumber atau menghadiri kegiatan partai politik, menghadiri penyerahan dukungan partai kepada pasangan calon, atau mencalonkan diri tanpa mengundurkan diri',
    textEn: "Speaking at or attending party events, attending a party's handover of support to a pair, or running without resigning",
    noteEn: 'Named as neutrality violations by Bawaslu offices (Karawang, Barito Utara); sanction level not confirmed.',
  },
];
