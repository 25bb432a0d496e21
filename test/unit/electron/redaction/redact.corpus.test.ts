// Redaction by meaning, against a corpus of real-shaped payloads (test/fixtures/redaction): personal data
// and keys under names no list foresaw, or inside free text, must go; the evidence the checklist and support
// read (settings, firmware, timestamps, watts, ISO dates, run ids) must survive. Then the same through the
// exported report and its HTML, which is what leaves the laptop.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '@main/redaction/redact';
import { buildForExport } from '@main/reports/build-for-export';
import { renderReportHtml } from '@main/reports/render-html';
import { sampleReport } from '@test/support/sample-report';

interface CorpusCase {
  about: string;
  payload: unknown;
  mustHide: string[];
  mustKeep: Array<[string, unknown]>;
  mustContain?: string[];
}

const dir = fileURLToPath(new URL('../../../fixtures/redaction', import.meta.url));
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CorpusCase] as const);

/** `a.b[0].c` in a parsed document. */
function at(doc: unknown, p: string): unknown {
  return p
    .split(/\.|\[(\d+)\]/)
    .filter((s) => s !== undefined && s !== '')
    .reduce<unknown>(
      (v, key) => (v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[key]),
      doc,
    );
}

describe('redaction corpus', () => {
  it('has cases', () => expect(corpus.length).toBeGreaterThanOrEqual(5));

  it.each(corpus)('%s', (_file, c) => {
    const out = createRedactor({ salt: 'corpus' }).redact(c.payload);
    const text = JSON.stringify(out);
    const leaked = c.mustHide.filter((s) => text.toLowerCase().includes(s.toLowerCase()));
    expect(leaked, `${c.about}\n${text}`).toEqual([]);
    const changed = c.mustKeep
      .filter(([p, v]) => JSON.stringify(at(out, p)) !== JSON.stringify(v))
      .map(([p, v]) => `${p}: ${JSON.stringify(at(out, p))} (was ${JSON.stringify(v)})`);
    expect(changed, c.about).toEqual([]);
    for (const s of c.mustContain ?? []) expect(text, c.about).toContain(s);
  });
});

describe('redaction by meaning reaches what leaves the app', () => {
  it('an exported report and its HTML hold none of the corpus’s personal data', async () => {
    const base = sampleReport();
    const raw = corpus.map(([file, c], i) => ({
      request: `GET /api/1/corpus/${i}`,
      status: 200,
      receivedAt: '2026-11-28T09:00:00.000Z',
      body: c.payload,
      note: file,
    }));
    const report = { ...base, raw: [...base.raw, ...raw.map(({ note: _n, ...r }) => r)] };
    const exported = buildForExport(report, { includeCustomerLabel: false, salt: 'corpus' });
    const html = await renderReportHtml(exported);
    const hidden = corpus.flatMap(([, c]) => c.mustHide);
    for (const [name, text] of [
      ['json', JSON.stringify(exported)],
      ['html', html],
    ] as const) {
      const lower = text.toLowerCase();
      // HTML escapes quotes and apostrophes: compare the unescaped forms too.
      const plain = lower
        .replace(/&quot;|&#34;/g, '"')
        .replace(/&#39;|&#x27;|&apos;/g, "'")
        .replace(/&amp;/g, '&');
      expect(
        hidden.filter((s) => plain.includes(s.toLowerCase()) || lower.includes(s.toLowerCase())),
        name,
      ).toEqual([]);
    }
    // The evidence survived the export.
    expect(JSON.stringify(exported)).toContain('24.4.0 0fe780c9');
    expect(JSON.stringify(exported)).toContain('2026-01-15T01:00:00-08:00');
  });
});
