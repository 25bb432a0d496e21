// Every non-2xx answer's text passes through normalizeErrorText: it must run in linear time on hostile text
// (64 kB of backslashes took 2 s in `\\+"`, tried again at every backslash of the run).
import { textIn } from '@shared/text/languages';
import { describe, expect, it } from 'vitest';
import { classifyError, normalizeErrorText } from '@shared/tesla/classify-error';
import { explainError } from '@shared/tesla/explain-error';
import { prose, repeated, slowdown } from '@test/support/linear-time';

const en = textIn('en');

const ATTACKS: Record<string, string> = {
  backslashes: '\\',
  'backslashes then a quote': '\\\\\\\\\\\\"',
  'escaped newlines': '\\n',
  'quote markers': '> | # ',
  'status words': 'error: 5',
  'http status': 'http/1.1.1.',
  'retry-after': 'retry-after: 1',
};

describe('error text: linear time on hostile text', () => {
  const plain = prose();
  it.each(Object.entries(ATTACKS))('%s: 1 MB takes under 10× the time of prose', (_name, unit) => {
    const hostile = repeated(unit);
    expect(slowdown(normalizeErrorText, hostile, plain)).toBeLessThan(10);
    expect(slowdown((t) => classifyError({ status: 500, text: t }), hostile, plain)).toBeLessThan(10);
    expect(slowdown((t) => explainError(t, en), hostile, plain)).toBeLessThan(10);
  });

  it('a run of backslashes before a quote still becomes one quote', () => {
    expect(normalizeErrorText('say \\\\\\"hi\\"')).toBe('say "hi"');
  });
});
