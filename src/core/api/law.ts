// HTTP contract of the law API (/api/v1/law/*): request and response bodies. Validation messages
// are "Indonesian / English", as elsewhere in core/api.
import { z } from 'zod';
import {
  ACT_CODES,
  ACTOR_KINDS,
  CALENDAR_ENTRY_KINDS,
  RECIPIENT_IDS,
  REGIME_IDS,
  isIsoDate,
  isIsoInstant,
} from '../law/index.js';
import { isRegionCode } from '../regions/region-code.js';
import { PROVINCE_CODES } from '../regions/time-zone.js';

// ── building blocks ────────────────────────────────────────────────────────────────────────────

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Tanggal tidak valid, gunakan YYYY-MM-DD / invalid date, use YYYY-MM-DD' })
  .meta({ example: '2024-09-16' });

export const isoInstant = z
  .string()
  .refine(isIsoInstant, {
    message:
      'Waktu tidak valid, gunakan ISO 8601 dengan zona (contoh 2024-09-19T10:00:00+07:00) / invalid time, use ISO 8601 with offset',
  })
  .meta({ example: '2024-09-19T10:00:00+07:00' });

export const lawRegionCode = z
  .string()
  .refine(isRegionCode, { message: 'Kode wilayah tidak valid (contoh 36.73) / invalid region code (e.g. 36.73)' })
  .refine((code) => PROVINCE_CODES.includes(code.slice(0, 2)), {
    message: 'Provinsi tidak dikenal / unknown province',
  });

export const regimeId = z.enum(REGIME_IDS, { error: 'Rezim hukum tidak dikenal / unknown legal regime' });
export const actCode = z.enum(ACT_CODES, { error: 'Kode perbuatan tidak dikenal / unknown act code' });
export const actorKind = z.enum(ACTOR_KINDS, { error: 'Jenis pelaku tidak dikenal / unknown actor kind' });

const flag = z.enum(['U', '!']);
const confidence = z.enum(['C', 'S', 'U', '!']);
const counting = z.enum(['calendar', 'working']);
const legalBasis = {
  citation: z.string(),
  source: z.string(),
  confidence,
  flag: flag.optional(),
  noteEn: z.string().optional(),
};

// ── GET /api/v1/law/regimes ──────────────────────────────────────────────────────────────────

const extensionRule = z.object({ mode: z.enum(['add', 'replace']), days: z.number().int(), counting, ...legalBasis });
const ruleBase = {
  id: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  anchor: z.string(),
  ...legalBasis,
};
const dayRule = z.object({
  ...ruleBase,
  unit: z.literal('days'),
  days: z.number().int(),
  counting,
  extension: extensionRule.optional(),
});
const hourRule = z.object({ ...ruleBase, unit: z.literal('hours'), hours: z.number().int() });
const clockRule = z.discriminatedUnion('unit', [dayRule, hourRule]);
const gakkumduStage = dayRule.extend({ anchorId: z.string(), anchorEn: z.string() });
const setting = <T extends z.ZodType>(value: T) => z.object({ value, ...legalBasis });

export const lawRegime = z
  .object({
    id: z.string(),
    kind: z.enum(['pemilu', 'pilkada']),
    version: z.string(),
    nameId: z.string(),
    nameEn: z.string(),
    instruments: z.array(z.string()),
    votingDay: z.string(),
    votingDayDecree: z.string(),
    campaignPeriod: z.object({ from: z.string(), to: z.string(), source: z.string() }),
    settings: z.object({
      cutiBersamaIsWorkingDay: setting(z.boolean()),
      weekendDays: setting(z.array(z.number().int())),
      votingDayReception: setting(z.object({ from: z.string(), to: z.string() })),
    }),
    workWeek: z.object({ weekendDays: z.array(z.number().int()), cutiBersamaIsWorkingDay: z.boolean() }),
    clocks: z.record(z.string(), clockRule),
    gakkumdu: z.array(gakkumduStage),
  })
  .meta({ id: 'LawRegime' });

export const lawRegimesResponse = z.object({ regimes: z.array(lawRegime) });

// ── GET /api/v1/law/calendar?year=2024 ───────────────────────────────────────────────────────

export const lawCalendarQuery = z.object({
  year: z.coerce
    .number({ error: 'Tahun tidak valid / invalid year' })
    .int({ error: 'Tahun tidak valid / invalid year' })
    .min(2000, { error: 'Tahun di luar jangkauan / year out of range' })
    .max(2100, { error: 'Tahun di luar jangkauan / year out of range' }),
});

export const lawCalendarEntry = z
  .object({
    date: z.string(),
    kind: z.enum(CALENDAR_ENTRY_KINDS),
    nameId: z.string(),
    nameEn: z.string(),
    source: z.string(),
    provisional: z.boolean().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'LawCalendarEntry' });

export const lawCalendarResponse = z
  .object({
    year: z.number().int(),
    /** False when no official list is loaded for the year: deadlines crossing it are provisional. */
    covered: z.boolean(),
    days: z.array(lawCalendarEntry),
  })
  .meta({ id: 'LawCalendarYear' });

// ── POST /api/v1/law/deadlines ───────────────────────────────────────────────────────────────

export const lawDeadlinesRequest = z
  .object({
    regime: regimeId,
    regionCode: lawRegionCode,
    knownOn: isoDate,
    receivedAt: isoInstant,
    registeredAt: isoInstant.optional(),
    decidedAt: isoInstant.optional(),
    extended: z.boolean().optional(),
    foundOn: isoDate.optional(),
  })
  .meta({ id: 'LawDeadlinesRequest' });

const clockEntry = z.object({
  lastDay: z.string(),
  due: z.string(),
  counting: z.enum(['calendar', 'working', 'hours']),
  amount: z.number().int(),
  anchorDate: z.string(),
  citation: z.string(),
  provisional: z.boolean(),
  flag: flag.optional(),
});

export const lawDeadlinesResponse = z
  .object({
    regime: z.string(),
    regimeVersion: z.string(),
    regionCode: z.string(),
    timeZone: z.enum(['WIB', 'WITA', 'WIT']),
    utcOffset: z.string(),
    receivedOn: z.string(),
    provisional: z.boolean(),
    filing: clockEntry.extend({ onTime: z.boolean() }),
    temuan: clockEntry.optional(),
    kajianAwal: clockEntry,
    noticeToComplete: clockEntry,
    completion: clockEntry,
    decision: clockEntry.extend({
      anchor: z.enum(['receivedAt', 'registeredAt']),
      extended: z.boolean(),
      baseLastDay: z.string(),
      baseDue: z.string(),
      lastDayIfExtended: z.string(),
      dueIfExtended: z.string(),
      countingIfExtended: counting,
      citationIfExtended: z.string(),
      onTime: z.boolean().optional(),
    }),
    criminalForwarding: clockEntry.optional(),
  })
  .meta({ id: 'LawDeadlines' });

// ── GET /api/v1/law/catalogue ────────────────────────────────────────────────────────────────

const range = z.tuple([z.number(), z.number()]);

export const lawCriminalArticle = z
  .object({
    id: z.string(),
    regimeKind: z.enum(['pemilu', 'pilkada']),
    article: z.string(),
    prohibition: z.string(),
    subjectsId: z.string(),
    subjectsEn: z.string(),
    penalty: z.enum(['penjara', 'kurungan']),
    prisonMonths: range,
    fineRupiah: range,
    combination: z.enum(['dan', 'dan/atau']),
    source: z.string(),
    confidence,
    flag: flag.optional(),
  })
  .meta({ id: 'LawCriminalArticle' });

const discipline = z.enum(['sedang', 'berat', 'ptdh']);

export const lawProhibitedAct = z
  .object({
    code: z.string(),
    row: z.number().int(),
    textId: z.string(),
    textEn: z.string(),
    moralSanction: z.boolean(),
    ethics: z.object({ moralSanction: z.boolean(), forms: z.array(z.string()), citation: z.string().nullable() }),
    discipline: discipline.nullable(),
    disciplineCitation: z.string(),
    offences: z.array(
      z.object({
        regimeKind: z.enum(['pemilu', 'pilkada']),
        actors: z.array(actorKind),
        articleId: z.string(),
        conditionId: z.string(),
        conditionEn: z.string(),
      }),
    ),
    otherArticles: z.object({ pemilu: z.array(z.string()).optional(), pilkada: z.array(z.string()).optional() }).optional(),
    citation: z.string(),
    confidence,
    flag: flag.optional(),
    noteEn: z.string().optional(),
  })
  .meta({ id: 'LawProhibitedAct' });

export const lawCatalogueResponse = z.object({
  acts: z.array(lawProhibitedAct),
  criminalArticles: z.array(lawCriminalArticle),
});

// ── POST /api/v1/law/assess ──────────────────────────────────────────────────────────────────

export const lawAssessRequest = z
  .object({
    regime: regimeId,
    actorKind,
    actCodes: z.array(actCode).min(1, { error: 'Pilih minimal satu perbuatan / choose at least one act' }).max(15),
    occurredOn: isoDate,
    forwardedOn: isoDate.optional(),
  })
  .meta({ id: 'LawAssessRequest' });

export const lawAssessResponse = z
  .object({
    regime: z.string(),
    actorKind,
    moralSanction: z.boolean(),
    discipline: discipline.nullable(),
    criminal: z.array(
      z.object({
        article: z.string(),
        prohibition: z.string(),
        penalty: z.enum(['penjara', 'kurungan']),
        prisonMonths: range,
        fineRupiah: range,
        combination: z.enum(['dan', 'dan/atau']),
        actCodes: z.array(z.string()),
        conditionId: z.string(),
        conditionEn: z.string(),
        flag: flag.optional(),
      }),
    ),
    recipient: z.enum(RECIPIENT_IDS),
    recipients: z.array(z.enum(RECIPIENT_IDS)),
    citations: z.array(z.string()),
    acts: z.array(
      z.object({
        code: z.string(),
        textId: z.string(),
        textEn: z.string(),
        moralSanction: z.boolean(),
        discipline: discipline.nullable(),
        criminalArticles: z.array(z.string()),
        flag: flag.optional(),
      }),
    ),
    flags: z.array(z.object({ subject: z.string(), flag })),
  })
  .meta({ id: 'LawAssessment' });

export type LawRegime = z.infer<typeof lawRegime>;
export type LawRegimesResponse = z.infer<typeof lawRegimesResponse>;
export type LawCalendarQuery = z.infer<typeof lawCalendarQuery>;
export type LawCalendarResponse = z.infer<typeof lawCalendarResponse>;
export type LawDeadlinesRequest = z.infer<typeof lawDeadlinesRequest>;
export type LawDeadlinesResponse = z.infer<typeof lawDeadlinesResponse>;
export type LawCatalogueResponse = z.infer<typeof lawCatalogueResponse>;
export type LawAssessRequest = z.infer<typeof lawAssessRequest>;
export type LawAssessResponse = z.infer<typeof lawAssessResponse>;
