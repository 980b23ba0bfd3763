// The zod contract of /api/v1/law/* (src/core/api/law.ts) against the engine's real answers.
import { describe, expect, it } from 'vitest';
import {
  lawAssessRequest,
  lawAssessResponse,
  lawCalendarQuery,
  lawCalendarResponse,
  lawCatalogueResponse,
  lawDeadlinesRequest,
  lawDeadlinesResponse,
  lawRegimesResponse,
  type LawAssessResponse,
  type LawDeadlinesResponse,
} from '../api/law.js';
import { assessViolation } from './assess.js';
import { buildCalendar, calendarYear } from './calendar.js';
import { computeCaseDeadlines } from './case-deadlines.js';
import { CATALOGUE } from './catalogue.js';
import { CRIMINAL_ARTICLES } from './criminal-articles.js';
import { REGIMES } from './regimes.js';

const calendar = buildCalendar();
const validDeadlines = {
  regime: 'pemilu-2024',
  regionCode: '36.73.01',
  knownOn: '2024-09-13',
  receivedAt: '2024-09-19T10:00:00+07:00',
  registeredAt: '2024-09-20T09:00:00+07:00',
  decidedAt: '2024-09-25T15:00:00+07:00',
  extended: true,
};

describe('request validation (4xx on malformed input)', () => {
  it('accepts a well-formed deadlines request', () => {
    expect(lawDeadlinesRequest.parse(validDeadlines)).toEqual(validDeadlines);
  });
  it.each([
    ['knownOn', '2024-02-30'],
    ['knownOn', '13-09-2024'],
    ['regime', 'pilkada-2020'],
    ['regionCode', '36.7'],
    ['regionCode', '36.73.01.101'],
    ['regionCode', '99.01'],
    ['receivedAt', '2024-09-19T10:00:00'],
    ['receivedAt', '2024-09-19'],
    ['registeredAt', 'yesterday'],
    ['extended', 'yes'],
  ])('rejects %s = %j', (field, value) => {
    const result = lawDeadlinesRequest.safeParse({ ...validDeadlines, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
  it('gives bilingual messages', () => {
    const result = lawDeadlinesRequest.safeParse({ ...validDeadlines, knownOn: '2024-02-30' });
    expect(result.error?.issues[0]?.message).toMatch(/Tanggal tidak valid.*\/ invalid date/);
  });
  it.each([
    [{ actCodes: ['skb2022.16'] }],
    [{ actCodes: [] }],
    [{ actorKind: 'minister' }],
    [{ occurredOn: '2024-13-01' }],
    [{ regime: 'pemilu-2029' }],
  ])('rejects an assess request with %j', (patch) => {
    const base = { regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.4'], occurredOn: '2024-10-10' };
    expect(lawAssessRequest.safeParse(base).success).toBe(true);
    expect(lawAssessRequest.safeParse({ ...base, ...patch }).success).toBe(false);
  });
  it('coerces the calendar year from the query string', () => {
    expect(lawCalendarQuery.parse({ year: '2024' })).toEqual({ year: 2024 });
    expect(lawCalendarQuery.safeParse({ year: 'abc' }).success).toBe(false);
    expect(lawCalendarQuery.safeParse({ year: '2024.5' }).success).toBe(false);
  });
});

describe('responses match the contract', () => {
  it('deadlines', () => {
    const answer: LawDeadlinesResponse = computeCaseDeadlines(lawDeadlinesRequest.parse(validDeadlines), calendar);
    expect(lawDeadlinesResponse.parse(answer)).toEqual(answer);
  });
  it('assess', () => {
    const answer: LawAssessResponse = assessViolation({
      regime: 'pemilu-2024', actorKind: 'official', actCodes: ['skb2022.13', 'skb2022.14'], occurredOn: '2024-01-10',
    });
    expect(lawAssessResponse.parse(answer)).toEqual(answer);
  });
  it('regimes, calendar and catalogue', () => {
    expect(() => lawRegimesResponse.parse({ regimes: REGIMES })).not.toThrow();
    expect(lawCalendarResponse.parse(calendarYear(calendar, 2025)).days).toHaveLength(28);
    expect(() =>
      lawCatalogueResponse.parse({ acts: CATALOGUE, criminalArticles: Object.values(CRIMINAL_ARTICLES) }),
    ).not.toThrow();
  });
});
