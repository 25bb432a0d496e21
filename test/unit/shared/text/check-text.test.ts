import { describe, expect, it } from 'vitest';
import type { Check } from '@shared/report/check-types';
import { checkWords } from '@shared/text/check-text';
import { textIn } from '@shared/text/languages';

const keyed: Check = {
  id: 'energy.energy_exports',
  subject: { kind: 'energy_site', id: 's1' },
  status: 'fail',
  text: { key: 'exports.solar', params: {} },
  evidence: [
    { source: 'GET /site_info', field: 'components.x', value: true, text: { key: 'note.editable_no', params: {} } },
  ],
  fix: {
    text: { key: 'fix.tesla_app_setting', params: { pathKey: 'setting.energy_exports.path' } },
    links: [{ url: 'https://tesla.com/_ak/x', kind: 'pairing' }],
  },
};

/** A check as a report@1 file written before checks had keys holds it: English sentences. */
const legacy: Check = {
  id: 'energy.grid_charging',
  subject: { kind: 'energy_site', id: 's1' },
  status: 'fail',
  title: 'Grid Charging is off',
  detail: 'The Powerwall may not charge from the grid.',
  evidence: [{ source: 'GET /site_info', field: 'components.y', value: true, note: 'an old note' }],
  fix: {
    summary: 'Turn it on',
    steps: ['Open the app', 'Tap Yes'],
    links: [{ label: 'Docs', url: 'https://example.com', kind: 'docs' }],
  },
};

describe('checkWords', () => {
  it('words a keyed check in each language, fix steps counted from the catalogue', () => {
    const en = checkWords(textIn('en'));
    const de = checkWords(textIn('de'));
    expect(en.title(keyed)).toBe('Energy Exports: Solar only');
    expect(de.title(keyed)).toBe('Energieexport: nur Solar');
    expect(en.fixSummary(keyed.fix!)).toBe('In the Tesla app: Settings > Energy Exports > Everything');
    expect(de.fixSummary(keyed.fix!)).toBe('In der Tesla-App: Einstellungen > Energieexporte > Alles');
    expect(en.fixSteps(keyed.fix!)).toHaveLength(3);
    expect(de.fixSteps(keyed.fix!)[1]).toBe('Zu Einstellungen > Energieexporte > Alles gehen.');
    expect(de.linkLabel(keyed.fix!.links[0]!)).toBe('Kopplungslink');
    expect(de.evidenceNote(keyed.evidence[0]!)).toMatch(/^Der Kunde kann das in der Tesla-App nicht ändern/);
  });

  it('shows an old report’s English sentences as written', () => {
    const de = checkWords(textIn('de'));
    expect(de.title(legacy)).toBe('Grid Charging is off');
    expect(de.detail(legacy)).toBe('The Powerwall may not charge from the grid.');
    expect(de.fixSummary(legacy.fix!)).toBe('Turn it on');
    expect(de.fixSteps(legacy.fix!)).toEqual(['Open the app', 'Tap Yes']);
    expect(de.evidenceNote(legacy.evidence[0]!)).toBe('an old note');
    // The link label comes from its kind when the language has it.
    expect(de.linkLabel(legacy.fix!.links[0]!)).toBe('Dokumentation');
  });
});
