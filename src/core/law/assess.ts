// Assessment of alleged acts: sanctions, crimes and where Bawaslu forwards the case
// (POST /api/v1/law/assess). Pure: the regime, the acts and the dates are all inputs.
import { DISCIPLINE_ORDER, ETHICS_CITATION, findAct, offencesFor, type DisciplineLevel } from './catalogue.js';
import type { ActorKind } from './criminal-articles.js';
import { recipientFor, type RecipientId, type RecipientKind } from './recipients.js';
import { getRegime } from './regimes.js';
import type { Flag, Regime } from './regime-types.js';

export interface AssessInput {
  regime: string;
  actorKind: ActorKind;
  actCodes: string[];
  /** Day the act occurred (YYYY-MM-DD). */
  occurredOn: string;
  /** Day Bawaslu forwards the case; decides KASN or BKN. Defaults to occurredOn. */
  forwardedOn?: string;
}

export interface CriminalExposure {
  article: string;
  prohibition: string;
  penalty: 'penjara' | 'kurungan';
  prisonMonths: [number, number];
  fineRupiah: [number, number];
  combination: 'dan' | 'dan/atau';
  actCodes: string[];
  conditionId: string;
  conditionEn: string;
  flag?: Flag;
}

export interface AssessedAct {
  code: string;
  textId: string;
  textEn: string;
  moralSanction: boolean;
  discipline: DisciplineLevel | null;
  criminalArticles: string[];
  flag?: Flag;
}

export interface Assessment {
  regime: string;
  actorKind: ActorKind;
  /** Moral sanction (closed or open statement by the PPK), PP 42/2004 Pasal 15. */
  moralSanction: boolean;
  /** The heaviest PP 94/2021 level among the acts; null when none applies. */
  discipline: DisciplineLevel | null;
  criminal: CriminalExposure[];
  /** Where the case goes first: Gakkumdu when a crime may apply. */
  recipient: RecipientId;
  recipients: RecipientId[];
  citations: string[];
  acts: AssessedAct[];
  flags: Array<{ subject: string; flag: Flag }>;
}

/** ASN sanctions reach civil servants and ASN officials; village heads and candidates answer elsewhere. */
function asnSanctionsApply(actor: ActorKind): boolean {
  return actor === 'asn' || actor === 'official';
}

function heaviest(levels: Array<DisciplineLevel | null>): DisciplineLevel | null {
  let best: DisciplineLevel | null = null;
  for (const level of levels) {
    if (level && (!best || DISCIPLINE_ORDER.indexOf(level) > DISCIPLINE_ORDER.indexOf(best))) best = level;
  }
  return best;
}

const NON_CRIMINAL_ROUTE: Record<ActorKind, RecipientKind> = {
  asn: 'asn-neutrality',
  official: 'asn-neutrality',
  'village-head': 'village-head',
  candidate: 'administrative',
};

export function assessViolation(input: AssessInput, regime: Regime = getRegime(input.regime)): Assessment {
  const acts = [...new Set(input.actCodes)].map((code) => {
    const act = findAct(code);
    if (!act) throw new Error(`unknown act code: ${code}`);
    return act;
  });
  const sanctions = asnSanctionsApply(input.actorKind);
  const criminal = new Map<string, CriminalExposure>();
  const citations: string[] = [];
  const flags: Array<{ subject: string; flag: Flag }> = [];
  const assessed: AssessedAct[] = [];

  for (const act of acts) {
    citations.push(act.citation);
    if (act.flag) flags.push({ subject: act.code, flag: act.flag });
    const offences = offencesFor(act, regime.kind, input.actorKind);
    for (const offence of offences) {
      const { article } = offence;
      const known = criminal.get(article.article);
      if (known) {
        known.actCodes.push(act.code);
        continue;
      }
      criminal.set(article.article, {
        article: article.article,
        prohibition: article.prohibition,
        penalty: article.penalty,
        prisonMonths: [...article.prisonMonths],
        fineRupiah: [...article.fineRupiah],
        combination: article.combination,
        actCodes: [act.code],
        conditionId: offence.conditionId,
        conditionEn: offence.conditionEn,
        ...(article.flag ? { flag: article.flag } : {}),
      });
      if (article.flag) flags.push({ subject: article.article, flag: article.flag });
    }
    if (sanctions && act.moralSanction) citations.push(ETHICS_CITATION);
    if (sanctions && act.discipline) citations.push(act.disciplineCitation);
    citations.push(...(act.otherArticles?.[regime.kind] ?? []));
    for (const offence of offences) citations.push(offence.article.prohibition, offence.article.article);
    assessed.push({
      code: act.code,
      textId: act.textId,
      textEn: act.textEn,
      moralSanction: sanctions && act.moralSanction,
      discipline: sanctions ? act.discipline : null,
      criminalArticles: offences.map((offence) => offence.article.article),
      ...(act.flag ? { flag: act.flag } : {}),
    });
  }

  const onDate = input.forwardedOn ?? input.occurredOn;
  const route = recipientFor(NON_CRIMINAL_ROUTE[input.actorKind], onDate);
  if (route.flag) flags.push({ subject: `recipient:${route.recipient}`, flag: route.flag });
  const recipients: RecipientId[] = criminal.size > 0 ? ['Gakkumdu', route.recipient] : [route.recipient];
  // A candidate's crime is the whole matter; the administrative route adds nothing to it.
  if (criminal.size > 0 && input.actorKind === 'candidate') recipients.pop();
  if (criminal.size > 0) citations.push(recipientFor('criminal', onDate).basis);
  citations.push(route.basis);

  return {
    regime: regime.id,
    actorKind: input.actorKind,
    moralSanction: assessed.some((act) => act.moralSanction),
    discipline: heaviest(assessed.map((act) => act.discipline)),
    criminal: [...criminal.values()],
    recipient: recipients[0] ?? route.recipient,
    recipients,
    citations: [...new Set(citations)],
    acts: assessed,
    flags,
  };
}

