// Election crimes that can follow an ASN-neutrality violation, with their penalty ranges.
// prisonMonths [min, max]: 0 as minimum means the statute sets no special minimum (the general
// KUHP minimum of one day applies). fineRupiah likewise.
import type { Confidence, Flag } from './regime-types.js';

export const ACTOR_KINDS = ['asn', 'official', 'village-head', 'candidate'] as const;
/** asn: a civil servant; official: a state, regional or ASN official acting in office;
 * village-head: kepala desa/lurah; candidate: a candidate or campaign team involving protected persons. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const CRIMINAL_ARTICLE_IDS = ['uu10-2016.188', 'uu10-2016.189', 'uu7-2017.490', 'uu7-2017.493', 'uu7-2017.494', 'uu7-2017.547'] as const;
export type CriminalArticleId = (typeof CRIMINAL_ARTICLE_IDS)[number];

export interface CriminalArticle {
  id: CriminalArticleId;
  regimeKind: 'pilkada' | 'pemilu';
  article: string;
  /** The prohibition whose breach the article punishes. */
  prohibition: string;
  subjectsId: string;
  subjectsEn: string;
  penalty: 'penjara' | 'kurungan';
  prisonMonths: [number, number];
  fineRupiah: [number, number];
  /** 'dan' = prison and fine; 'dan/atau' = either or both. */
  combination: 'dan' | 'dan/atau';
  source: string;
  confidence: Confidence;
  flag?: Flag;
}

export const CRIMINAL_ARTICLES: Record<CriminalArticleId, CriminalArticle> = {
  'uu10-2016.188': {
    id: 'uu10-2016.188', regimeKind: 'pilkada', article: 'UU 10/2016 Pasal 188', prohibition: 'UU 10/2016 Pasal 71 ayat (1)',
    subjectsId: 'Pejabat negara, pejabat ASN, kepala desa/lurah yang dengan sengaja melanggar Pasal 71',
    subjectsEn: 'State officials, ASN officials and village heads who deliberately breach art 71',
    penalty: 'penjara', prisonMonths: [1, 6], fineRupiah: [600_000, 6_000_000], combination: 'dan/atau',
    source: 'radarutara (verbatim); wartabanjar; radartasik (domain reference 2.6)', confidence: 'C',
  },
  'uu10-2016.189': {
    id: 'uu10-2016.189', regimeKind: 'pilkada', article: 'UU 10/2016 Pasal 189', prohibition: 'UU 10/2016 Pasal 70 ayat (1)',
    subjectsId: 'Calon yang dengan sengaja melibatkan pejabat BUMN/BUMD, ASN, anggota Polri/TNI, kepala desa/lurah dan perangkat desa',
    subjectsEn: 'Candidates who deliberately involve SOE officials, ASN, police or military members, village heads or apparatus',
    penalty: 'penjara', prisonMonths: [1, 6], fineRupiah: [600_000, 6_000_000], combination: 'dan/atau',
    source: 'zonatengah (Bawaslu Sintang); halmaherapost 18/11/2024 (domain reference 2.6)', confidence: 'C',
  },
  'uu7-2017.490': {
    id: 'uu7-2017.490', regimeKind: 'pemilu', article: 'UU 7/2017 Pasal 490', prohibition: 'UU 7/2017 Pasal 282',
    subjectsId: 'Kepala desa yang dengan sengaja membuat keputusan/tindakan yang menguntungkan atau merugikan peserta Pemilu dalam masa kampanye',
    subjectsEn: 'Village heads who deliberately make decisions or act to benefit or harm a participant during the campaign',
    penalty: 'penjara', prisonMonths: [0, 12], fineRupiah: [0, 12_000_000], combination: 'dan',
    source: 'swarawarta (verbatim); PN Solok 23/Pid.Sus/2024/PN Slk', confidence: 'C',
  },
  'uu7-2017.493': {
    id: 'uu7-2017.493', regimeKind: 'pemilu', article: 'UU 7/2017 Pasal 493', prohibition: 'UU 7/2017 Pasal 280 ayat (2)',
    subjectsId: 'Pelaksana kampanye yang mengikutsertakan pihak yang dilarang (antara lain ASN)',
    subjectsEn: 'Campaign executors who involve forbidden persons (ASN among them)',
    penalty: 'kurungan', prisonMonths: [0, 12], fineRupiah: [0, 12_000_000], combination: 'dan',
    source: 'scribd "DIM Pidana" (subject only); penalty as recalled', confidence: 'U', flag: 'U',
  },
  'uu7-2017.494': {
    id: 'uu7-2017.494', regimeKind: 'pemilu', article: 'UU 7/2017 Pasal 494', prohibition: 'UU 7/2017 Pasal 280 ayat (3)',
    subjectsId: 'ASN, anggota TNI/Polri, kepala desa, perangkat desa, anggota BPD yang ikut serta sebagai pelaksana atau tim kampanye',
    subjectsEn: 'ASN, military or police members, village heads, village apparatus, BPD members acting as campaign executors or team',
    penalty: 'kurungan', prisonMonths: [0, 12], fineRupiah: [0, 12_000_000], combination: 'dan',
    source: 'radarlambar (verbatim); suryamalang (domain reference 2.6)', confidence: 'C',
  },
  'uu7-2017.547': {
    id: 'uu7-2017.547', regimeKind: 'pemilu', article: 'UU 7/2017 Pasal 547', prohibition: 'UU 7/2017 Pasal 282',
    subjectsId: 'Pejabat negara yang dengan sengaja membuat keputusan/tindakan yang menguntungkan atau merugikan peserta Pemilu dalam masa kampanye',
    subjectsEn: 'State officials who deliberately make decisions or act to benefit or harm a participant during the campaign',
    penalty: 'penjara', prisonMonths: [0, 36], fineRupiah: [0, 36_000_000], combination: 'dan',
    source: 'scribd "DIM Pidana" (subject only); penalty as recalled', confidence: 'U', flag: 'U',
  },
};
