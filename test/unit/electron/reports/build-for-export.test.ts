import { describe, expect, it } from 'vitest';
import { buildForExport, previewRedaction, serializeReport } from '@main/reports/build-for-export';
import { parseReportText } from '@main/reports/read-report-file';
import { reportDigest } from '@main/reports/report-digest';
import { canonicalJson, digestInput } from '@shared/report/canonical-json';
import { ReportSchema } from '@shared/report/report-schema';
import { SECRETS, sampleReport } from '@test/support/sample-report';

const exportSample = (includeCustomerLabel = false) =>
  buildForExport(sampleReport(), { includeCustomerLabel, salt: 'test-salt' });

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops undefined members and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, u: undefined })).toBe(
      '{"a":{"c":true,"d":[1,"x",null]},"b":1}',
    );
  });
  it('leaves out only the integrity member', () => {
    expect(digestInput({ z: 1, integrity: { digest: 'x' } })).toBe('{"z":1}');
  });
  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
  });
});

describe('buildForExport', () => {
  it('leaves none of the issued tokens, codes, the email, the name or an unmasked VIN in the file', () => {
    const text = serializeReport(exportSample());
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).toContain('700000'); // VINs keep their last 6 characters
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/); // no email address at all
    expect(text).not.toMatch(/\b[A-HJ-NPR-Z0-9]{17}\b/); // no 17-character VIN
    expect(text).not.toContain('TG000000001DA5'); // serial numbers hashed
    expect(text).not.toContain('/energy_sites/123456/'); // ids in request lines hashed too
  });

  it('hashes the same site id the same everywhere in one report, and differently with another salt', () => {
    const a = exportSample();
    const siteSubject = a.checks.find((c) => c.subject.kind === 'energy_site')!.subject.id;
    expect(siteSubject).not.toBe('123456');
    expect(a.testRuns[0]!.siteId).toBe(siteSubject);
    expect(a.raw.find((r) => r.request.includes('site_info'))!.request).toContain(siteSubject);
    // Verdict blockers name the same redacted subjects as the checks.
    expect(a.verdicts!.charge.blocking).toContain(`energy.grid_charging@${siteSubject}`);
    const account = a.checks.find((c) => c.subject.kind === 'account')!.subject.id;
    expect(a.verdicts!.charge.blocking).toContain(`scope.energy_commands@${account}`);
    const b = buildForExport(sampleReport(), { includeCustomerLabel: false, salt: 'other' });
    expect(b.checks.find((c) => c.subject.kind === 'energy_site')!.subject.id).not.toBe(siteSubject);
  });

  it('leaves out subject labels (owner-typed names) rather than marking them', () => {
    for (const c of exportSample().checks) expect(c.subject.label).toBeUndefined();
  });

  it('keeps the customer label only when the installer chose to include it', () => {
    expect(exportSample(false).customerLabel).toBeNull();
    expect(exportSample(true).customerLabel).toBe('Job 4711 – Müller');
  });

  it('carries each check’s key and values, and its English words for report@1 readers that predate keys', () => {
    const r = sampleReport();
    r.checks.push({
      id: 'energy.reachable',
      subject: { kind: 'energy_site', id: '123456' },
      status: 'fail',
      text: {
        key: 'reachable.failed',
        params: { request: 'GET /api/1/energy_sites/123456/site_info', status: 404, reason: '404 not found' },
      },
      evidence: [
        {
          source: 'GET /api/1/energy_sites/123456/site_info',
          field: 'status',
          value: 404,
          text: { key: 'note.reason', params: { reason: '404 not found' } },
        },
      ],
      fix: { text: { key: 'fix.site_unreachable', params: {} }, links: [], actor: 'customer' },
    });
    const doc = buildForExport(r, { includeCustomerLabel: false, salt: 's' });
    const c = doc.checks.at(-1)!;
    expect(c.text?.key).toBe('reachable.failed');
    expect(c.title).toBe('Site does not answer');
    expect(c.detail).toMatch(/^GET \/api\/1\/energy_sites\/\S+\/site_info answered 404: 404 not found\.$/);
    expect(c.fix).toMatchObject({
      summary: 'Check the gateway’s internet connection',
      steps: [expect.any(String), expect.any(String)],
    });
    expect(c.evidence[0]!.note).toBe('404 not found');
    // The site id inside the request line is hashed in the values and in the words alike.
    expect(JSON.stringify(c)).not.toContain('/energy_sites/123456/');
  });

  it('keeps the pairing link usable, without the VIN', () => {
    const link = exportSample().checks.find((c) => c.id === 'vehicle.virtual_key')!.fix!.links[0]!;
    expect(link.url).toBe('https://www.tesla.com/_ak/cdn.texturehq.com');
  });

  it('stores a SHA-256 over the canonical JSON without the integrity member, and validates as report@1', () => {
    const doc = exportSample();
    expect(ReportSchema.safeParse(doc).success).toBe(true);
    expect(doc.integrity?.digest).toMatch(/^[0-9a-f]{64}$/);
    const reread = JSON.parse(serializeReport(doc)) as Record<string, unknown>;
    expect(reportDigest(reread)).toBe(doc.integrity!.digest);
    expect(parseReportText(serializeReport(doc)).digest).toBe('match');
  });

  it('a changed byte in the file fails verification', () => {
    const text = serializeReport(exportSample());
    const i = text.indexOf('"pv_only"');
    const edited = `${text.slice(0, i)}"battery_ok"${text.slice(i + '"pv_only"'.length)}`;
    expect(parseReportText(edited).digest).toBe('mismatch');
    const j = text.indexOf('"requests": 7');
    expect(parseReportText(`${text.slice(0, j)}"requests": 8${text.slice(j + 13)}`).digest).toBe('mismatch');
  });

  it('previews what will be hidden without showing any original value', () => {
    const preview = previewRedaction(sampleReport(), { includeCustomerLabel: false, salt: 's' });
    expect(preview.counts.secret).toBeGreaterThanOrEqual(3);
    expect(preview.counts.email).toBeGreaterThanOrEqual(1);
    expect(preview.counts.vin).toBeGreaterThanOrEqual(1);
    expect(preview.counts.customer_label).toBe(1);
    const shown = JSON.stringify(preview);
    for (const secret of Object.values(SECRETS)) expect(shown).not.toContain(secret);
    expect(previewRedaction(sampleReport(), { includeCustomerLabel: true, salt: 's' }).counts.customer_label).toBe(0);
  });
});

describe('buildForExport: words of the checks', () => {
  it('keeps text parameters that name catalogue texts (…Key), so the report can still word the check; anything else in them stays redacted', () => {
    const report = sampleReport();
    report.checks[0] = {
      ...report.checks[0]!,
      text: {
        key: 'scope.granted',
        params: {
          checkbox: 'Energy Product Information',
          impactKey: 'impact.energy_read',
          kindKey: 'checks.value.signed',
          bogusKey: SECRETS.refreshToken,
        },
      },
    };
    const out = buildForExport(report, { includeCustomerLabel: false, salt: 's' });
    const params = out.checks[0]!.text!.params;
    expect(params.impactKey).toBe('impact.energy_read');
    expect(params.bogusKey).not.toBe(SECRETS.refreshToken);
    expect(serializeReport(out)).not.toContain(SECRETS.refreshToken);
  });

  it('names the same ids the same in every format of one visit (one salt per customer and visit)', () => {
    const a = buildForExport(sampleReport(), { includeCustomerLabel: false, salt: 'visit-1' });
    const b = buildForExport(sampleReport(), { includeCustomerLabel: false, salt: 'visit-1' });
    expect(a.checks.map((c) => c.subject.id)).toEqual(b.checks.map((c) => c.subject.id));
    expect(a.integrity!.digest).toBe(b.integrity!.digest);
  });
});

describe('buildForExport: owner names of sites and cars', () => {
  it('leaves a site name the owner gave (often an address) out of check texts and titles, as it is out of the raw answers', () => {
    const report = sampleReport();
    report.raw.push({
      request: 'GET /api/1/products',
      status: 200,
      receivedAt: report.generatedAt,
      body: { response: [{ energy_site_id: 1, site_name: 'Maple Street Home' }] },
    });
    report.checks[0] = {
      ...report.checks[0]!,
      title: undefined,
      text: { key: 'discovery.ok', params: { site: 'Maple Street Home' } },
    };
    const text = serializeReport(buildForExport(report, { includeCustomerLabel: false, salt: 's' }));
    expect(text).not.toContain('Maple Street');
  });
});
