// Huge or deep input must not take the redactor down: a 10 MB string once overflowed the stack in the text
// patterns (a regular expression backtracking over one long run), which crashed a diagnosis or a log write.
import { describe, expect, it } from 'vitest';
import { createRedactor } from '@main/redaction/redact';

const MB = 1024 * 1024;
const vin = 'LRW3F7EK4NC700000';

describe('redactor: huge and deep input', () => {
  const r = createRedactor({ salt: 's' });

  it('a 10 MB run without a break (any answer field) is cut out, not a crash', () => {
    for (const run of ['a'.repeat(10 * MB), 'f'.repeat(10 * MB), '1'.repeat(10 * MB), 'aB1'.repeat((10 * MB) / 3)]) {
      const out = r.redact({ answer: run });
      expect(out.answer.length).toBeLessThan(100);
      expect(out.answer).toMatch(/characters/);
    }
  });

  it('10 MB of ordinary text keeps its words and still loses its secrets, wherever they sit', () => {
    const line = `site ok, battery 5060 W at 2026-01-15T01:00:00Z, car ${vin} paired\n`;
    const text = line.repeat(Math.ceil((10 * MB) / line.length));
    const out = r.redactText(`${text}Bearer ${'x'.repeat(20)}Aa1\n`);
    expect(out.length).toBeGreaterThan(8 * MB);
    expect(out).not.toContain(vin);
    expect(out).toContain('battery 5060 W at 2026-01-15T01:00:00Z');
    expect(out.endsWith('Bearer [redacted]\n')).toBe(true);
  });

  it('a 10 MB JSON string inside a body (the shape a hostile answer has)', () => {
    const body = JSON.parse(JSON.stringify({ response: { site_name: 'x', note: 'y'.repeat(10 * MB) } })) as unknown;
    expect(() => r.redact(body)).not.toThrow();
  });

  it('a long "+digits" run followed by a letter does not backtrack for seconds (phone pattern)', () => {
    // ' +' then 20 digits then a letter, repeated to 200 kB: the old nested-group pattern took about 4 s here
    // (and 12 s at 1 MB, within the body cap). A guard against a hostile answer stalling the main process.
    const hostile = (' +' + '1'.repeat(20) + 'x').repeat(9000);
    const started = performance.now();
    createRedactor().redactText(hostile);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(createRedactor().redactText('call +49 30 1234567 or +1 (650) 555-0123')).toBe('call [phone] or [phone]');
  });

  it('a phone number, address or coordinate across the 64 kB piece boundary does not escape', () => {
    const r = createRedactor({ salt: 's' });
    const PIECE = 64 * 1024;
    const cases = [
      ['+49 30 1234567', '[phone]'],
      ['(650) 555-0123', '[phone]'],
      ['030 1234 5678', '[phone]'],
      ['1428 Elm Street, Springfield, IL 62704', '[address]'],
      ['Musterstraße 12, 10115 Berlin', '[address]'],
      ['37.42199, -122.08405', '[coordinates]'],
    ] as const;
    for (const [personal, mark] of cases) {
      // One long line (no line break to cut at): the cut falls on a space, at every place inside the value.
      for (let offset = 1; offset < personal.length; offset += 1) {
        const before = `${'word '.repeat(Math.ceil(PIECE / 5)).slice(0, PIECE - offset - 1)} `;
        const text = `${before}${personal} and then ${'more '.repeat(100)}`;
        const out = r.redactText(text);
        expect(out, `${personal} cut after ${offset}`).toContain(mark);
        for (const part of personal.split(/[ ,]+/).filter((p) => /\d{3,}|straße|Elm/.test(p)))
          expect(out, `${personal} cut after ${offset}`).not.toContain(part);
      }
    }
  });

  it('nesting 100,000 deep is cut at a fixed depth, without recursion trouble', () => {
    const deepArray = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(JSON.stringify(r.redact(deepArray))).toContain('[too deep]');
    let obj: Record<string, unknown> = {};
    const root = obj;
    for (let i = 0; i < 100_000; i += 1) obj = obj.a = {};
    expect(JSON.stringify(r.redact(root))).toContain('[too deep]');
    expect(r.preview(root).total).toBeGreaterThanOrEqual(0);
  });
});
