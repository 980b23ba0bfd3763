// The regimes in force, as versioned data. Adding an election is adding a value to REGIMES.
import { PEMILU_2024 } from './regime-pemilu-2024.js';
import { PILKADA_2024 } from './regime-pilkada-2024.js';
import { CLOCK_IDS, defineRegime, type ClockId, type Counting, type Regime } from './regime-types.js';

export * from './regime-types.js';

export const REGIMES: readonly Regime[] = [PILKADA_2024, PEMILU_2024];

export const REGIME_IDS = REGIMES.map((regime) => regime.id) as [string, ...string[]];

export function findRegime(id: string): Regime | undefined {
  return REGIMES.find((regime) => regime.id === id);
}

/** The regime with this id; throws for an unknown one (validate ids at the edge first). */
export function getRegime(id: string): Regime {
  const regime = findRegime(id);
  if (!regime) throw new Error(`unknown regime: ${id}`);
  return regime;
}

/** Administrator overrides of a regime's settings and day clocks (values only, never citations). */
export interface RegimeOverrides {
  cutiBersamaIsWorkingDay?: boolean;
  votingDayReception?: { from: string; to: string };
  clocks?: Partial<Record<ClockId, { days?: number; counting?: Counting }>>;
}

/** A copy of `regime` with overrides applied; its version records that it was overridden. */
export function withOverrides(regime: Regime, overrides: RegimeOverrides): Regime {
  const settings = { ...regime.settings };
  if (overrides.cutiBersamaIsWorkingDay !== undefined) {
    settings.cutiBersamaIsWorkingDay = { ...settings.cutiBersamaIsWorkingDay, value: overrides.cutiBersamaIsWorkingDay };
  }
  if (overrides.votingDayReception) {
    settings.votingDayReception = { ...settings.votingDayReception, value: { ...overrides.votingDayReception } };
  }
  const clocks = { ...regime.clocks };
  for (const id of CLOCK_IDS) {
    const patch = overrides.clocks?.[id];
    const rule = clocks[id];
    if (patch && rule.unit === 'days') clocks[id] = { ...rule, ...patch };
  }
  const { workWeek: _derived, ...spec } = regime;
  return defineRegime({ ...spec, settings, clocks, version: `${regime.version}+local` });
}
