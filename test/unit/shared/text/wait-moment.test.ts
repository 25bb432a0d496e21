// Issue 23, wrong signal 3: a rate limit's reset in words the installer reads without arithmetic: the local
// time, its day and how long until then, in English and German (Intl's day words, clock and decimals).
import { describe, expect, it } from 'vitest';
import { textIn } from '@shared/text/languages';
import { waitMoment } from '@shared/text/wait-moment';

const ZONE = 'Europe/Berlin';
// 15:27 in Berlin (CET, UTC+1); a Retry-After of 37,860 s puts the reset at 00:58 UTC = 01:58 CET.
const NOW = Date.parse('2026-12-05T14:27:00Z');
const RESET = NOW + 37_860_000;

describe('waitMoment', () => {
  it('tomorrow at 01:58, in about 10½ hours (English)', () => {
    expect(waitMoment(RESET, textIn('en'), { language: 'en', now: NOW, timeZone: ZONE })).toEqual({
      until: 'tomorrow at 01:58',
      age: '10½ hours',
    });
  });

  it('morgen um 01:58, etwa 10½ Stunden (German)', () => {
    expect(waitMoment(RESET, textIn('de'), { language: 'de', now: NOW, timeZone: ZONE })).toEqual({
      until: 'morgen um 01:58',
      age: '10½ Stunden',
    });
  });

  it('today, minutes, one hour, and a later day with its weekday', () => {
    const en = (ms: number) => waitMoment(NOW + ms, textIn('en'), { language: 'en', now: NOW, timeZone: ZONE });
    expect(en(25 * 60_000)).toEqual({ until: 'today at 15:52', age: '25 minutes' });
    expect(en(60 * 60_000)).toEqual({ until: 'today at 16:27', age: '1 hour' });
    expect(en(3 * 86_400_000)).toEqual({ until: 'on Tue 8 Dec at 15:27', age: '3 days' });
    const de = (ms: number) => waitMoment(NOW + ms, textIn('de'), { language: 'de', now: NOW, timeZone: ZONE });
    expect(de(90 * 60_000).age).toBe('1½ Stunden');
    expect(de(3 * 86_400_000).until).toBe('am Di., 8. Dez. um 15:27');
  });
});
