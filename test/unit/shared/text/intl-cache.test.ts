// Intl formatters are made once per locale and options (making one is the costly part), and a cached one
// formats exactly as a new one would.
import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '@shared/text/intl-cache';

describe('intl-cache', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const a = dateTimeFormat('de', { hour: '2-digit', minute: '2-digit' });
    expect(dateTimeFormat('de', { hour: '2-digit', minute: '2-digit' })).toBe(a);
    expect(dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })).not.toBe(a);
    expect(dateTimeFormat('de', { hour: '2-digit' })).not.toBe(a);
    expect(numberFormat('de')).toBe(numberFormat('de'));
    expect(relativeTimeFormat('de', { numeric: 'auto' })).not.toBe(relativeTimeFormat('de'));
  });

  it('formats as a formatter made anew', () => {
    const at = Date.parse('2026-12-05T14:27:00Z');
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'Europe/Berlin',
    };
    expect(dateTimeFormat('de-DE', options).format(at)).toBe(new Intl.DateTimeFormat('de-DE', options).format(at));
    expect(numberFormat('de').format(10000.5)).toBe('10.000,5');
    expect(relativeTimeFormat('en-GB', { numeric: 'auto' }).format(1, 'day')).toBe('tomorrow');
  });
});
