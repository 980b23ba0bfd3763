// How the console names an invitation in its panels and selects: two saksi of one name are told
// apart by their place in the report; a pelapor's withheld name says so. In both languages.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { id } from '../../i18n/id.js';
import { invitationLabel } from './case-format.js';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', interpolation: { escapeValue: false } });
});

describe('invitationLabel', () => {
  it('numbers a saksi of the report, in Indonesian and English', async () => {
    const first = { party: 'saksi' as const, name: 'Siti Aminah', witness: 0 };
    const third = { ...first, witness: 2 };
    await i18n.changeLanguage('id');
    expect([invitationLabel(i18n.t, first), invitationLabel(i18n.t, third)]).toEqual(['Saksi: Siti Aminah (saksi 1 dalam laporan)', 'Saksi: Siti Aminah (saksi 3 dalam laporan)']);
    await i18n.changeLanguage('en');
    expect(invitationLabel(i18n.t, third)).toBe('Witness: Siti Aminah (witness 3 in the report)');
  });

  it('names the others without a number, and a withheld pelapor as withheld', async () => {
    await i18n.changeLanguage('id');
    expect(invitationLabel(i18n.t, { party: 'terlapor', name: 'Budi Santoso', witness: null })).toBe('Terlapor: Budi Santoso');
    expect(invitationLabel(i18n.t, { party: 'saksi', name: 'Orang Lain', witness: null })).toBe('Saksi: Orang Lain');
    expect(invitationLabel(i18n.t, { party: 'pelapor', name: null })).toMatch(/^Pelapor: nama tidak ditampilkan/);
  });
});
