import { describe, expect, it } from 'vitest';
import { assessViolation } from './assess.js';
import { CATALOGUE, findAct } from './catalogue.js';
import { CRIMINAL_ARTICLES } from './criminal-articles.js';
import { recipientFor } from './recipients.js';

describe('catalogue (SKB 2022 Lampiran II)', () => {
  it('has rows skb2022.1 to skb2022.15 with Indonesian and English text', () => {
    expect(CATALOGUE.map((a) => a.code)).toEqual(Array.from({ length: 15 }, (_, i) => `skb2022.${i + 1}`));
    for (const act of CATALOGUE) {
      expect(act.textId.length).toBeGreaterThan(10);
      expect(act.textEn.length).toBeGreaterThan(10);
      expect(act.citation).toContain('1447.1/PM.01/K.1/09/2022');
    }
  });
  it.each([
    ['skb2022.1', true, 'berat'],
    ['skb2022.4', true, 'berat'],
    ['skb2022.7', true, null],
    ['skb2022.8', false, 'sedang'],
    ['skb2022.9', false, 'ptdh'],
    ['skb2022.10', false, 'sedang'],
    ['skb2022.13', false, 'berat'],
  ])('%s: moral sanction %s, discipline %s', (code, moral, discipline) => {
    expect(findAct(code)).toMatchObject({ moralSanction: moral, discipline });
  });
  it('every offence points at a known criminal article of the same regime kind', () => {
    for (const act of CATALOGUE) {
      for (const offence of act.offences) expect(CRIMINAL_ARTICLES[offence.articleId].regimeKind).toBe(offence.regimeKind);
    }
  });
});

describe('assessViolation (POST /api/v1/law/assess)', () => {
  it('an ASN liking a winning-team post in Pilkada 2024: moral + berat, to BKN', () => {
    expect(assessViolation({ regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.4'], occurredOn: '2024-10-10' })).toMatchObject({
      moralSanction: true, discipline: 'berat', criminal: [], recipient: 'BKN', recipients: ['BKN'],
    });
  });
  it('the same act in Pemilu 2024 (January) goes to KASN', () => {
    const result = assessViolation({ regime: 'pemilu-2024', actorKind: 'asn', actCodes: ['skb2022.4'], occurredOn: '2024-01-20' });
    expect(result.recipient).toBe('KASN');
    expect(result.citations).toContain('PP 42/2004 Pasal 15 ayat (1)-(3)');
  });
  it('an official favouring a pair in Pilkada: UU 10/2016 Pasal 188, Gakkumdu first', () => {
    const result = assessViolation({ regime: 'pilkada-2024', actorKind: 'official', actCodes: ['skb2022.13'], occurredOn: '2024-10-10' });
    expect(result.criminal).toEqual([
      expect.objectContaining({ article: 'UU 10/2016 Pasal 188', prisonMonths: [1, 6], fineRupiah: [600_000, 6_000_000], combination: 'dan/atau' }),
    ]);
    expect(result.recipient).toBe('Gakkumdu');
    expect(result.recipients).toEqual(['Gakkumdu', 'BKN']);
    expect(result.citations).toEqual(expect.arrayContaining(['UU 10/2016 Pasal 71 ayat (1)', 'UU 10/2016 Pasal 188']));
  });
  it('a candidate involving ASN in a Pilkada campaign: Pasal 189 (via Pasal 70), no ASN sanction', () => {
    const result = assessViolation({ regime: 'pilkada-2024', actorKind: 'candidate', actCodes: ['skb2022.3'], occurredOn: '2024-10-01' });
    expect(result).toMatchObject({ moralSanction: false, discipline: null, recipient: 'Gakkumdu', recipients: ['Gakkumdu'] });
    expect(result.criminal.map((c) => c.article)).toEqual(['UU 10/2016 Pasal 189']);
    expect(result.citations).toContain('UU 10/2016 Pasal 70 ayat (1)');
  });
  it('an ASN on a Pemilu campaign team: UU 7/2017 Pasal 494 (kurungan max 1 year and Rp12 million)', () => {
    const result = assessViolation({ regime: 'pemilu-2024', actorKind: 'asn', actCodes: ['skb2022.11'], occurredOn: '2024-01-10' });
    expect(result.criminal).toEqual([
      expect.objectContaining({ article: 'UU 7/2017 Pasal 494', penalty: 'kurungan', prisonMonths: [0, 12], fineRupiah: [0, 12_000_000], prohibition: 'UU 7/2017 Pasal 280 ayat (3)' }),
    ]);
    expect(result.recipients).toEqual(['Gakkumdu', 'KASN']);
    expect(result.discipline).toBe('berat');
  });
  it('Pemilu decisions favouring a participant: village head Pasal 490, state official Pasal 547 (flagged)', () => {
    const village = assessViolation({ regime: 'pemilu-2024', actorKind: 'village-head', actCodes: ['skb2022.13'], occurredOn: '2024-01-24' });
    expect(village.criminal.map((c) => c.article)).toEqual(['UU 7/2017 Pasal 490']);
    expect(village).toMatchObject({ moralSanction: false, discipline: null });
    const official = assessViolation({ regime: 'pemilu-2024', actorKind: 'official', actCodes: ['skb2022.13'], occurredOn: '2024-01-24' });
    expect(official.criminal).toEqual([expect.objectContaining({ article: 'UU 7/2017 Pasal 547', prisonMonths: [0, 36], flag: 'U' })]);
    expect(official.citations).toContain('UU 7/2017 Pasal 282');
  });
  it('non-criminal routes: village head to the regent, candidate to KPU', () => {
    expect(assessViolation({ regime: 'pilkada-2024', actorKind: 'village-head', actCodes: ['skb2022.4'], occurredOn: '2024-10-10' }).recipient)
      .toBe('BupatiWaliKota');
    expect(assessViolation({ regime: 'pemilu-2024', actorKind: 'candidate', actCodes: ['skb2022.4'], occurredOn: '2024-01-10' }).recipient)
      .toBe('KPU');
  });
  it('takes the heaviest discipline level among several acts and deduplicates codes', () => {
    const result = assessViolation({ regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.8', 'skb2022.9', 'skb2022.8'], occurredOn: '2024-10-10' });
    expect(result.discipline).toBe('ptdh');
    expect(result.moralSanction).toBe(false);
    expect(result.acts).toHaveLength(2);
  });
  it('uses the forwarding date, when given, to pick KASN or BKN', () => {
    const result = assessViolation({ regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.2'], occurredOn: '2024-08-20', forwardedOn: '2024-09-10' });
    expect(result.recipient).toBe('BKN');
  });
  it('refuses an unknown act code', () => {
    expect(() => assessViolation({ regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.16'], occurredOn: '2024-10-10' })).toThrow();
  });
});

describe('recipients as dated data', () => {
  it('ASN neutrality: KASN until 3 September 2024, BKN from 4 September 2024 (SE MenPANRB 4/2024)', () => {
    expect(recipientFor('asn-neutrality', '2024-09-03').recipient).toBe('KASN');
    expect(recipientFor('asn-neutrality', '2024-09-04')).toMatchObject({ recipient: 'BKN', flag: '!' });
    expect(recipientFor('asn-neutrality', '2026-05-01').recipient).toBe('BKN');
  });
  it('criminal matters to Gakkumdu, administrative to KPU, organisers ethics to DKPP', () => {
    expect(recipientFor('criminal', '2024-11-01').recipient).toBe('Gakkumdu');
    expect(recipientFor('administrative', '2024-11-01').recipient).toBe('KPU');
    expect(recipientFor('organiser-ethics', '2024-11-01').recipient).toBe('DKPP');
  });
  it('a future independent body is one more dated row', () => {
    const periods = [
      { kind: 'asn-neutrality' as const, recipient: 'BKN' as const, from: '2024-09-04', until: '2027-10-15', basis: 'x' },
      { kind: 'asn-neutrality' as const, recipient: 'LembagaIndependenASN' as const, from: '2027-10-16', basis: 'MK 121/PUU-XXII/2024' },
    ];
    expect(recipientFor('asn-neutrality', '2027-10-16', periods).recipient).toBe('LembagaIndependenASN');
    expect(() => recipientFor('asn-neutrality', '2020-01-01', periods)).toThrow();
  });
});
