// The support bundle and the log it carries hold none of the personal data the redaction corpus plants:
// logged fields under unforeseen names, an older log line written unredacted, and settings.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@main/infra/logger';
import { writeSupportBundle } from '@main/support/support-bundle';
import { tempDir } from '@test/support/temp-dir';

const corpusDir = fileURLToPath(new URL('../../../fixtures/redaction', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(corpusDir, f), 'utf8')) as { payload: unknown; mustHide: string[] });

describe('support bundle: redaction by meaning', () => {
  it('logs, an old unredacted log line and settings lose the corpus’s personal data and keys', () => {
    const { dir, remove } = tempDir('tcd-bundle-corpus-');
    try {
      const logger = createLogger({ dir: path.join(dir, 'logs') });
      corpus.forEach((c, i) => logger.info(`corpus.${i}`, { payload: c.payload }));
      writeFileSync(
        path.join(dir, 'logs', 'main.1.log'),
        `${corpus.map((c) => JSON.stringify({ event: 'old', data: c.payload })).join('\n')}\n`,
      );
      writeFileSync(
        path.join(dir, 'settings.json'),
        JSON.stringify({
          version: 1,
          installer: { mobile: '+44 7700 900123', home_address: { line1: '221B Baker Street' } },
        }),
      );
      const bundle = writeSupportBundle({
        dataDir: dir,
        logger,
        app: { name: 'Tesla Connect Doctor', version: '0.1.0', mode: 'demo' },
      });
      const zip = unzipSync(readFileSync(bundle.path));
      const all = Object.values(zip)
        .map((b) => strFromU8(b))
        .join('\n')
        .toLowerCase();
      const hidden = corpus.flatMap((c) => c.mustHide);
      expect(hidden.length).toBeGreaterThan(20);
      expect(hidden.filter((s) => all.includes(s.toLowerCase()))).toEqual([]);
    } finally {
      remove();
    }
  });
});
