// Sentra Gakkumdu (Bawaslu + Polri + Kejaksaan): the stages of an election crime after Bawaslu
// forwards it, each a clock of the regime with its own starting event.
import type { Calendar } from './calendar.js';
import { computeDeadline, type Deadline, type Pause } from './deadlines.js';
import type { GakkumduStageRule, Regime } from './regime-types.js';

export function gakkumduStages(regime: Regime): readonly GakkumduStageRule[] {
  return regime.gakkumdu;
}

export function findGakkumduStage(regime: Regime, stageId: string): GakkumduStageRule | undefined {
  return regime.gakkumdu.find((stage) => stage.id === stageId);
}

export interface GakkumduStageFacts {
  regionCode: string;
  /** Local date (YYYY-MM-DD) of the stage's starting event (see the rule's anchorId/anchorEn). */
  startedOn?: string;
  /** Or the instant of that event, ISO 8601 with offset. */
  startedAt?: string;
  pauses?: readonly Pause[];
}

/** Deadline of one Gakkumdu stage; throws for a stage the regime does not have. */
export function computeGakkumduStage(
  regime: Regime,
  stageId: string,
  facts: GakkumduStageFacts,
  calendar: Calendar,
): Deadline {
  const stage = findGakkumduStage(regime, stageId);
  if (!stage) throw new Error(`regime ${regime.id} has no Gakkumdu stage ${stageId}`);
  return computeDeadline(
    stage,
    {
      regionCode: facts.regionCode,
      anchorDate: facts.startedOn,
      anchorInstant: facts.startedAt,
      pauses: facts.pauses,
      workWeek: regime.workWeek,
    },
    calendar,
  );
}
