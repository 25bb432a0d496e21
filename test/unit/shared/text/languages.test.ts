import { describe, expect, it } from 'vitest';
import { textIn } from '@shared/text/languages';
import { resolveParams } from '@shared/text/resolve-params';

describe('textIn (one i18next instance per language)', () => {
  const en = textIn('en');
  const de = textIn('de');

  it('fills placeholders and picks the plural form by count', () => {
    expect(en('accounts.listHeading', { count: 1 })).toBe('1 customer on this laptop');
    expect(en('accounts.listHeading', { count: 3 })).toBe('3 customers on this laptop');
    expect(de('accounts.listHeading', { count: 3 })).toBe('3 Kunden auf diesem Laptop');
  });

  it('resolves parameters that are keys, nested, in the same language', () => {
    const params = {
      request: 'GET /x',
      reasonKey: 'checks.input.request_failed',
      failureKey: 'checks.input.no_answer',
    };
    expect(en('checks.readiness.unread.detail', params)).toBe(
      'GET /x: GET /x: no answer from Tesla (network error or timeout).',
    );
    expect(de('checks.readiness.unread.detail', params)).toBe(
      'GET /x: GET /x: keine Antwort von Tesla (Netzwerkfehler oder Zeitüberschreitung).',
    );
  });

  it('words an error that wraps another error, both in the same language', () => {
    const params = { messageKey: 'errors.report_newer', format: 'report@9' };
    expect(de('errors.history_unreadable', params)).toBe(
      'Dieser Bericht aus dem Verlauf lässt sich nicht öffnen: Dieser Bericht hat das Format „report@9“, das diese Version der App nicht lesen kann. Bitte die App aktualisieren und den Bericht erneut öffnen.',
    );
  });

  it('formats {{value, number}} for the language', () => {
    expect(resolveParams({ a: 1 }, en)).toEqual({ a: 1 });
    const fill = (lang: 'en' | 'de') => textIn(lang)('testCharge.watts', { value: 12345.5 });
    expect(fill('en')).toBe('12,345.5 W');
    expect(fill('de')).toBe('12.345,5 W');
  });

  it('gives the default value, else the key, for a key no language has', () => {
    expect(en('checks.nothing.title', { defaultValue: 'Old English title' })).toBe('Old English title');
    expect(de('checks.nothing.title')).toBe('checks.nothing.title');
  });
});
