// The page's languages: only the active one is fetched, a switch fetches the next, and a main-side error
// that carries a key is worded in the page's language.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DoctorIpcError } from '@shared/contract';
import { initI18n, setLanguage } from '@renderer/i18n';

describe('renderer i18n', () => {
  it('fetches only the active language, and the next one on a switch', async () => {
    await initI18n('de');
    expect(i18next.hasResourceBundle('de', 'translation')).toBe(true);
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18next.t('visit.steps.check')).toBe('Prüfen');
    expect(document.documentElement.lang).toBe('de');

    await setLanguage('en');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.t('visit.steps.check')).toBe('Check');
  });

  it('words a keyed main-side error in the page language, and keeps the message of one without a key', async () => {
    await initI18n('en');
    await setLanguage('de');
    const keyed = new DoctorIpcError({
      code: 'handler_failed',
      message: 'There is no connection profile "acme". Pick one in Settings.',
      text: { key: 'errors.profile_unknown', params: { id: 'acme' } },
    });
    expect(keyed.message).toBe('Es gibt kein Verbindungsprofil „acme“. Bitte in den Einstellungen eines wählen.');
    expect(new DoctorIpcError({ code: 'handler_failed', message: 'Plain English.' }).message).toBe('Plain English.');
    await setLanguage('en');
  });
});
