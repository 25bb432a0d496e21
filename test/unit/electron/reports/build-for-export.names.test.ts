// Names reach neither the JSON, the appendix nor the support bundle: under fields named for a person
// (`person`, `owner`, `homeowner`), in notes people type (`installer_notes`), and inside free text after a
// title or a role ("owner: Jane Homeowner"), as the README promises.
import { describe, expect, it } from 'vitest';
import { buildForExport, serializeReport } from '@main/reports/build-for-export';
import { renderReportHtml } from '@main/reports/render-html';
import { createRedactor } from '@main/redaction/redact';
import { sampleReport } from '@test/support/sample-report';

const NAMES = ['Jane', 'Homeowner', 'Erika', 'Mustermann', 'Okafor'];

function reportWithNames() {
  const base = sampleReport();
  return {
    ...base,
    raw: [
      ...base.raw,
      {
        request: 'GET /api/1/energy_sites/123456/site_info',
        status: 200,
        receivedAt: base.generatedAt,
        body: {
          response: {
            person: 'Jane Homeowner',
            owner: { first: 'Jane', last: 'Homeowner' },
            homeowner: 'Erika Mustermann',
            installer_notes: 'Met Jane at the panel; her neighbour Okafor has the same gateway.',
            description: 'Site of Mrs. Jane Homeowner (owner: Erika Mustermann), contact is Chidi Okafor.',
            operation: 'self_consumption',
          },
        },
      },
    ],
  };
}

describe('names in exports', () => {
  it('are removed in the JSON and the appendix, under person fields, notes and in free text', async () => {
    const doc = buildForExport(reportWithNames(), { includeCustomerLabel: false, salt: 's' });
    const json = serializeReport(doc);
    const html = await renderReportHtml(doc, { digest: 'match', language: 'en', appendix: true });
    for (const out of [json, html]) for (const name of NAMES) expect(out).not.toContain(name);
    // What is not a name stays: the setting and the words around the names.
    expect(json).toContain('self_consumption');
    expect(json).toContain('Site of Mrs. [name] (owner: [name]), contact is [name].');
  });

  it('are removed from log lines on their way into the support bundle', () => {
    const line = 'visit note: homeowner Erika Mustermann asked Herr Okafor to call back';
    const out = createRedactor().redactText(line);
    for (const name of NAMES) expect(out).not.toContain(name);
    expect(out).toBe('visit note: homeowner [name] asked Herr [name] to call back');
  });

  it('leave company, product and desk words alone', () => {
    const r = createRedactor();
    expect(r.redactText('Ask the customer Support desk; the owner Tesla account is fine')).toBe(
      'Ask the customer Support desk; the owner Tesla account is fine',
    );
  });
});
