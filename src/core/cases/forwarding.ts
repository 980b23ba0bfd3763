// Who receives a decided violation, by type, as the law engine names it (recipientFor). The
// type 'peraturan-lain' depends on who the reported party is: ASN and ASN officials go to the
// civil-service body of the day (KASN, then BKN), village heads to the regent or mayor; anyone
// else to an agency the office names itself.
import { recipientFor, type ActorKind, type Flag, type RecipientId, type RecipientKind } from '../law/index.js';
import type { ViolationType } from './case-facts.js';
import type { Bilingual } from './text.js';

export interface ForwardingTarget {
  recipient: RecipientId;
  name: Bilingual;
  basis: string;
  flag?: Flag;
}

function recipientKind(type: ViolationType, actor: ActorKind | null): RecipientKind | null {
  switch (type) {
    case 'administratif':
      return 'administrative';
    case 'pidana':
      return 'criminal';
    case 'kode-etik':
      return 'organiser-ethics';
    case 'peraturan-lain':
      if (actor === 'asn' || actor === 'official') return 'asn-neutrality';
      if (actor === 'village-head') return 'village-head';
      return null;
  }
}

/** The engine's recipient for `type` on `onDate` (YYYY-MM-DD), or null when it names none. */
export function forwardingTarget(type: ViolationType, actor: ActorKind | null, onDate: string): ForwardingTarget | null {
  const kind = recipientKind(type, actor);
  if (!kind) return null;
  try {
    const answer = recipientFor(kind, onDate);
    return {
      recipient: answer.recipient,
      name: { id: answer.nameId, en: answer.nameEn },
      basis: answer.basis,
      ...(answer.flag ? { flag: answer.flag } : {}),
    };
  } catch {
    return null;
  }
}
