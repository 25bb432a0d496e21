// Runs anywhere. A moment to wait for, in words read without arithmetic: the local time with its day and how
// long until then ("tomorrow at 01:58", "10½ hours"; German "morgen um 01:58", "10½ Stunden"). The one
// formatter the screen, the report (HTML, PDF, handover) and the terminal use for a rate limit's reset: Intl
// gives each language its own day words, clock and weekday; the sentences around them are the catalogue's
// (`moment.*`).
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-cache';
import type { Translate } from './resolve-params';

export interface MomentOptions {
  language: string;
  /** What "today" and "how long" are counted from (epoch ms): now on screen, the report's time in a report. */
  now: number;
  /** The zone the clock is read in (the machine's own when absent). */
  timeZone?: string;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** en-GB names the day as "Tue 8 Dec" and uses a 24-hour clock; German is German. */
const localeOf = (language: string) => (language === 'de' ? 'de-DE' : 'en-GB');

/** The calendar day of `ms` in the zone, as a day count (for "today" / "tomorrow"). */
function dayNumber(ms: number, timeZone: string | undefined): number {
  const parts = dateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
  return Math.round(Date.parse(`${parts}T00:00:00Z`) / DAY);
}

/** "10½" from 10.5: halves as the ½ sign (no decimal separator to get wrong), whole numbers by Intl. */
function halves(value: number, locale: string): string {
  const whole = Math.floor(value);
  const half = value - whole >= 0.5;
  return `${whole === 0 && half ? '' : numberFormat(locale).format(whole)}${half ? '½' : ''}`;
}

/**
 * `until`: when ("tomorrow at 01:58", "on Tue 8 Dec at 14:27"); `age`: how long from `now` ("10½ hours",
 * "25 minutes", "3 days"), rounded as a person would say it (minutes under an hour, half hours under two days).
 */
export function waitMoment(untilMs: number, t: Translate, options: MomentOptions): { until: string; age: string } {
  const locale = localeOf(options.language);
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const time = dateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  }).format(untilMs);
  const days = dayNumber(untilMs, options.timeZone) - dayNumber(options.now, options.timeZone);
  const until =
    days >= -1 && days <= 1
      ? t('moment.dayAt', {
          day: relativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day'),
          time,
        })
      : t('moment.dateAt', {
          date: dateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', ...zone }).format(untilMs),
          time,
        });
  const ms = Math.max(0, untilMs - options.now);
  let age: string;
  if (ms < 45 * 60_000) {
    const minutes = Math.max(1, Math.round(ms / 60_000));
    age = t(minutes === 1 ? 'moment.minute' : 'moment.minutes', { n: minutes });
  } else if (ms < 2 * DAY) {
    const hours = Math.max(1, Math.round(ms / (HOUR / 2)) / 2);
    age = t(hours === 1 ? 'moment.hour' : 'moment.hours', { n: halves(hours, locale) });
  } else {
    age = t('moment.days', { n: Math.round(ms / DAY) });
  }
  return { until, age };
}

const ISO = /^\d{4}-\d\d-\d\dT/;

/**
 * A check's or fix's values with a reset moment (`until`, an ISO time the rules recorded) put in words: the
 * recorded `ageKey` (counted when the answers were read) gives way to how long from `options.now`.
 */
export function withWaitMoment<P extends Record<string, unknown>>(params: P, t: Translate, options: MomentOptions): P {
  const until = params.until;
  if (typeof until !== 'string' || !ISO.test(until)) return params;
  const ms = Date.parse(until);
  if (!Number.isFinite(ms)) return params;
  const { ageKey: _spent, ...rest } = params as Record<string, unknown>;
  void _spent;
  return { ...rest, ...waitMoment(ms, t, options) } as unknown as P;
}
