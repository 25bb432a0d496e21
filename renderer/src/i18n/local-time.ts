// Renderer: a moment in the installer's local time with the zone, relative to today: "today 15:38 CET",
// "yesterday 09:12 CET", "4 Dec 2026, 10:00 CET" (each language's own words and order).
import i18next from 'i18next';
import { dateTimeFormat, relativeTimeFormat } from '@shared/text/intl-cache';

const DAY = 86_400_000;

function dayNumber(d: Date): number {
  return Math.floor((d.getTime() - d.getTimezoneOffset() * 60_000) / DAY);
}

/** `value` an ISO time (anything else is returned unchanged, e.g. "unknown"). */
export function localTime(value: string | number, lang: string = i18next.language, now: Date = new Date()): string {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(value)) return String(value);
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  // en-GB names the zone ("CET") where plain en says "GMT+1".
  const locale = lang === 'de' ? 'de' : 'en-GB';
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(at);
  const days = dayNumber(at) - dayNumber(now);
  if (days >= -1 && days <= 1) {
    const word = relativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
    return `${word} ${time}`;
  }
  return dateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}
