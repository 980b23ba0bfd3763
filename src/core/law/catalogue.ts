// Catalogue of acts prohibited to ASN (SKB 2022 Lampiran II): each act has a stable code
// 'skb2022.N', an ethics sanction (moral sanction, PP 42/2004), a discipline level (PP 94/2021)
// and the election crimes that may apply by regime and by actor.
import { PROHIBITED_ACTS } from './catalogue-data.js';
import { CRIMINAL_ARTICLES, type ActorKind, type CriminalArticle, type CriminalArticleId } from './criminal-articles.js';
import type { Confidence, Flag } from './regime-types.js';

export const SKB_2022 =
  'SKB Netralitas ASN 2022 (MenPANRB 2/2022, Mendagri 800-5474/2022, Kepala BKN 246/2022, Ketua KASN 30/2022, Ketua Bawaslu 1447.1/PM.01/K.1/09/2022), Lampiran II';
export const ETHICS_CITATION = 'PP 42/2004 Pasal 15 ayat (1)-(3)';
export const DISCIPLINE_CITATION = 'PP 94/2021 Pasal 5 huruf n jo. Pasal 8';

export type DisciplineLevel = 'sedang' | 'berat' | 'ptdh';
export const DISCIPLINE_ORDER: readonly DisciplineLevel[] = ['sedang', 'berat', 'ptdh'];

export interface Offence {
  regimeKind: 'pilkada' | 'pemilu';
  actors: ActorKind[];
  articleId: CriminalArticleId;
  conditionId: string;
  conditionEn: string;
}

export interface ProhibitedActSpec {
  row: number;
  textId: string;
  textEn: string;
  /** Lampiran II huruf A: moral sanction, closed or open statement (PP 42/2004 Pasal 15). */
  moralSanction: boolean;
  /** Lampiran II huruf B: PP 94/2021 level, or null when the SKB sets none. */
  discipline: DisciplineLevel | null;
  disciplineCitation?: string;
  offences: Offence[];
  otherArticles?: { pemilu?: string[]; pilkada?: string[] };
  confidence: Confidence;
  flag?: Flag;
  noteEn?: string;
}

export interface ProhibitedAct extends ProhibitedActSpec {
  code: string;
  ethics: { moralSanction: boolean; forms: ['pernyataan secara tertutup', 'pernyataan secara terbuka'] | []; citation: string | null };
  disciplineCitation: string;
  citation: string;
}

export const CATALOGUE: readonly ProhibitedAct[] = PROHIBITED_ACTS.map((spec) => ({
  ...spec,
  code: `skb2022.${spec.row}`,
  ethics: spec.moralSanction
    ? { moralSanction: true, forms: ['pernyataan secara tertutup', 'pernyataan secara terbuka'], citation: ETHICS_CITATION }
    : { moralSanction: false, forms: [], citation: null },
  disciplineCitation: spec.disciplineCitation ?? DISCIPLINE_CITATION,
  citation: `${SKB_2022} baris ${spec.row}`,
}));

export const ACT_CODES = CATALOGUE.map((act) => act.code) as [string, ...string[]];

export function findAct(code: string): ProhibitedAct | undefined {
  return CATALOGUE.find((act) => act.code === code);
}

/** The crimes that may apply to `actor` for `act` under a regime kind, with their articles. */
export function offencesFor(
  act: ProhibitedAct,
  regimeKind: 'pilkada' | 'pemilu',
  actor: ActorKind,
): Array<Offence & { article: CriminalArticle }> {
  return act.offences
    .filter((offence) => offence.regimeKind === regimeKind && offence.actors.includes(actor))
    .map((offence) => ({ ...offence, article: CRIMINAL_ARTICLES[offence.articleId] }));
}
