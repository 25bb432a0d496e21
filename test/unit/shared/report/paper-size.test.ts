// Unit: the report's paper follows the report's language and, in that language, the person's region.
import { describe, expect, it } from 'vitest';
import { paperFor } from '@shared/report/paper-size';

describe('paperFor', () => {
  it('puts German reports on A4, wherever the laptop thinks it is', () => {
    expect(paperFor('de')).toBe('A4');
    expect(paperFor('de', 'de-DE')).toBe('A4');
    expect(paperFor('de', 'de-AT')).toBe('A4');
    expect(paperFor('de', 'en-US')).toBe('A4');
  });

  it('puts English reports on Letter in the United States and Canada, on A4 in Britain, Ireland and Australia', () => {
    expect(paperFor('en', 'en-US')).toBe('Letter');
    expect(paperFor('en', 'en-CA')).toBe('Letter');
    expect(paperFor('en')).toBe('Letter');
    for (const l of ['en-GB', 'en-IE', 'en-AU', 'en-DE']) expect(paperFor('en', l)).toBe('A4');
  });

  it('takes a malformed locale as no locale', () => {
    expect(paperFor('en', 'not a locale!')).toBe('Letter');
    expect(paperFor('de', '')).toBe('A4');
  });
});
