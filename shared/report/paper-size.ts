// Runs anywhere. Which paper a printed report is laid out for: US Letter where Letter is the common paper
// (CLDR's measurement data: the United States, Canada, Mexico, the Philippines and a few countries of the
// Americas), A4 everywhere else. The region comes from the person's locale when it is in the report's
// language (en-US → Letter, en-GB → A4), else from the report's language alone (de → Germany → A4, en → the
// United States → Letter): a German report is never on Letter because the laptop's system says en-US.
export type Paper = 'A4' | 'Letter';

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'PR', 'BZ', 'CL', 'CO', 'CR', 'GT', 'NI', 'PA', 'SV', 'VE']);

function region(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().region;
  } catch {
    return undefined;
  }
}

function language(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
}

/** `reportLanguage`: 'en' | 'de'; `locale`: the person's locale (BCP 47, e.g. navigator.language), if known. */
export function paperFor(reportLanguage: string, locale?: string | null): Paper {
  const fromLocale = locale && language(locale) === reportLanguage ? region(locale) : undefined;
  const r = fromLocale ?? region(reportLanguage);
  return r && LETTER_REGIONS.has(r) ? 'Letter' : 'A4';
}
