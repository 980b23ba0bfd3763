import { describe, expect, it } from 'vitest';
import { buildCalendar } from './calendar.js';
import { computeGakkumduStage, gakkumduStages } from './gakkumdu.js';
import { getRegime } from './regimes.js';
import { checkVotingDayReception, isWithinVotingDayWindow } from './voting-day.js';

const calendar = buildCalendar();
const pilkada = getRegime('pilkada-2024');
const pemilu = getRegime('pemilu-2024');

describe('Sentra Gakkumdu stages', () => {
  it('Pilkada investigation: 14 working days across Christmas, cuti bersama and New Year', () => {
    expect(computeGakkumduStage(pilkada, 'penyidikan', { regionCode: '36', startedOn: '2024-12-20' }, calendar)).toMatchObject({
      lastDay: '2025-01-14', counting: 'working', citation: 'UU 10/2016 Pasal 146 ayat (3)',
    });
  });
  it('Pilkada prosecutor transfer: 5 working days; district court: 7 calendar days', () => {
    expect(computeGakkumduStage(pilkada, 'pelimpahan', { regionCode: '36', startedOn: '2024-04-05' }, calendar).lastDay).toBe('2024-04-22');
    expect(computeGakkumduStage(pilkada, 'putusan-pn', { regionCode: '36', startedOn: '2024-04-05' }, calendar).lastDay).toBe('2024-04-12');
  });
  it('Pemilu stages count calendar days and start from an instant in the office zone', () => {
    expect(computeGakkumduStage(pemilu, 'putusan-pn', { regionCode: '94', startedAt: '2024-03-07T20:00:00+07:00' }, calendar)).toMatchObject({
      anchorDate: '2024-03-07', lastDay: '2024-03-14', due: '2024-03-14T23:59:59+09:00',
    });
    expect(computeGakkumduStage(pemilu, 'eksekusi', { regionCode: '94', startedOn: '2024-03-14' }, calendar).citation)
      .toBe('UU 7/2017 Pasal 483 ayat (2)');
  });
  it('lists the stages in order and refuses an unknown one', () => {
    expect(gakkumduStages(pilkada).map((s) => s.id)).toEqual([
      'penyidikan', 'pengembalian-berkas', 'perbaikan-berkas', 'pelimpahan', 'putusan-pn', 'banding', 'putusan-pt',
    ]);
    expect(() => computeGakkumduStage(pilkada, 'kasasi', { regionCode: '36', startedOn: '2024-04-05' }, calendar)).toThrow();
  });
});

describe('voting-day reception window (08:00-16:00 local)', () => {
  it.each([
    ['2024-11-27T08:00:00+09:00', '94.01', true],
    ['2024-11-27T07:59:59+09:00', '94.01', false],
    ['2024-11-27T16:00:00+09:00', '94.01', true],
    ['2024-11-27T16:00:01+09:00', '94.01', false],
    ['2024-11-27T08:00:00+09:00', '31.71', false], // 07:00 WIB
    ['2024-11-27T00:30:00Z', '73.71', true], // 08:30 WITA
    ['2024-11-26T10:00:00+07:00', '31.71', false], // not voting day
  ])('Pilkada 2024: %s in %s → %s', (instant, region, expected) => {
    expect(isWithinVotingDayWindow(instant, region, pilkada)).toBe(expected);
  });
  it('Pemilu 2024 voting day is 14 February, and the hours are flagged as a default', () => {
    expect(isWithinVotingDayWindow('2024-02-14T09:00:00+07:00', '31.71', pemilu)).toBe(true);
    expect(checkVotingDayReception('2024-02-14T09:00:00+07:00', '31.71', pemilu)).toMatchObject({ isVotingDay: true, flag: 'U' });
    expect(checkVotingDayReception('2024-11-27T09:00:00+08:00', '73.71', pilkada)).toMatchObject({
      isVotingDay: true, withinWindow: true, window: { from: '08:00', to: '16:00' }, flag: '!',
    });
  });
});
