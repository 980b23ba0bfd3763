import { describe, expect, it } from 'vitest';
import { buildCalendar } from './calendar.js';
import { computeCaseDeadlines } from './case-deadlines.js';
import { getRegime, withOverrides } from './regimes.js';

const calendar = buildCalendar();

describe('computeCaseDeadlines (POST /api/v1/law/deadlines)', () => {
  it('Pemilu report across Maulid 2024, registered and decided', () => {
    const result = computeCaseDeadlines(
      {
        regime: 'pemilu-2024',
        regionCode: '36.73',
        knownOn: '2024-09-13',
        receivedAt: '2024-09-25T23:00:00+07:00',
        registeredAt: '2024-09-26T10:00:00+07:00',
        decidedAt: '2024-10-01T15:30:00+07:00',
      },
      calendar,
    );
    expect(result).toMatchObject({
      timeZone: 'WIB',
      utcOffset: '+07:00',
      receivedOn: '2024-09-25',
      provisional: false,
      filing: { lastDay: '2024-09-25', due: '2024-09-25T23:59:59+07:00', onTime: true, counting: 'working', citation: 'UU 7/2017 Pasal 454 ayat (6)' },
      kajianAwal: { lastDay: '2024-09-27', due: '2024-09-27T23:59:59+07:00', counting: 'calendar', citation: 'Perbawaslu 7/2022 Pasal 15 ayat (1)' },
      noticeToComplete: { lastDay: '2024-09-28' },
      completion: { lastDay: '2024-10-01', flag: '!' },
      decision: {
        anchor: 'registeredAt',
        due: '2024-10-03T23:59:59+07:00',
        dueIfExtended: '2024-10-16T23:59:59+07:00',
        counting: 'calendar',
        countingIfExtended: 'working',
        citation: 'UU 7/2017 Pasal 454 ayat (7)',
        citationIfExtended: 'UU 7/2017 Pasal 454 ayat (8)',
        onTime: true,
      },
      criminalForwarding: { due: '2024-10-02T15:30:00+07:00', counting: 'hours', citation: 'UU 7/2017 Pasal 476 ayat (1)' },
    });
    expect(result.temuan).toBeUndefined();
  });

  it('Pilkada report in a WIT office: receipt converted to local time, extension applied', () => {
    const result = computeCaseDeadlines(
      { regime: 'pilkada-2024', regionCode: '81.71', knownOn: '2024-11-01', receivedAt: '2024-11-08T14:59:59Z', extended: true },
      calendar,
    );
    expect(result.filing).toMatchObject({ lastDay: '2024-11-08', due: '2024-11-08T23:59:59+09:00', onTime: true });
    expect(result.decision).toMatchObject({
      anchor: 'receivedAt',
      extended: true,
      due: '2024-11-13T23:59:59+09:00',
      baseDue: '2024-11-11T23:59:59+09:00',
      dueIfExtended: '2024-11-13T23:59:59+09:00',
      citation: 'UU 10/2016 Pasal 134 ayat (6)',
    });
    expect(result.criminalForwarding).toBeUndefined();
  });

  it('a report one second after midnight local time is late', () => {
    const late = computeCaseDeadlines(
      { regime: 'pilkada-2024', regionCode: '81.71', knownOn: '2024-11-01', receivedAt: '2024-11-08T15:00:00Z' },
      calendar,
    );
    expect(late.receivedOn).toBe('2024-11-09');
    expect(late.filing.onTime).toBe(false);
    const wib = computeCaseDeadlines(
      { regime: 'pilkada-2024', regionCode: '31.71', knownOn: '2024-11-01', receivedAt: '2024-11-08T15:00:00Z' },
      calendar,
    );
    expect(wib.filing.onTime).toBe(true);
  });

  it('Pemilu decision falls back to receipt until the report is registered', () => {
    const result = computeCaseDeadlines(
      { regime: 'pemilu-2024', regionCode: '31.71', knownOn: '2024-02-01', receivedAt: '2024-02-05T09:00:00+07:00' },
      calendar,
    );
    expect(result.decision).toMatchObject({ anchor: 'receivedAt', lastDay: '2024-02-12', lastDayIfExtended: '2024-02-28' });
  });

  it('a decision after the due instant is not on time', () => {
    const result = computeCaseDeadlines(
      {
        regime: 'pilkada-2024', regionCode: '31.71', knownOn: '2024-11-05',
        receivedAt: '2024-11-10T09:00:00+07:00', decidedAt: '2024-11-14T09:00:00+07:00',
      },
      calendar,
    );
    expect(result.decision.onTime).toBe(false);
    expect(result.criminalForwarding?.due).toBe('2024-11-15T09:00:00+07:00');
  });

  it('adds the temuan clock when a finding date is given', () => {
    const result = computeCaseDeadlines(
      { regime: 'pemilu-2024', regionCode: '31.71', knownOn: '2024-06-14', foundOn: '2024-06-14', receivedAt: '2024-06-14T09:00:00+07:00' },
      calendar,
    );
    expect(result.temuan).toMatchObject({ lastDay: '2024-06-21', citation: 'UU 7/2017 Pasal 454 ayat (5)' });
  });

  it('flags the whole answer provisional past the covered years', () => {
    const result = computeCaseDeadlines(
      { regime: 'pemilu-2024', regionCode: '31.71', knownOn: '2026-12-28', receivedAt: '2026-12-29T09:00:00+07:00' },
      calendar,
    );
    expect(result.provisional).toBe(true);
    expect(result.filing.provisional).toBe(true);
  });

  it('uses an overridden regime (administrator setting) when given', () => {
    const regime = withOverrides(getRegime('pemilu-2024'), { cutiBersamaIsWorkingDay: true, clocks: { completion: { days: 2 } } });
    const result = computeCaseDeadlines(
      { regime: 'pemilu-2024', regionCode: '31.71', knownOn: '2024-12-20', receivedAt: '2024-12-27T09:00:00+07:00' },
      calendar,
      regime,
    );
    expect(result.filing.lastDay).toBe('2025-01-02');
    expect(result.completion.amount).toBe(2);
    expect(result.regimeVersion).toBe('2024.1+local');
  });
});
