// A failed or stopped test's outcome text must not claim the settings are back: the restore can fail too
// (Tesla gone), and the screen and the terminal say separately whether it succeeded.
import { describe, expect, it } from 'vitest';
import { textIn } from '@shared/text/languages';

describe('outcome texts of runs that may end unrestored', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: write_failed and aborted do not say the settings were put back`, () => {
      const t = textIn(lang);
      for (const key of ['outcome.write_failed', 'outcome.aborted']) {
        expect(t(key)).not.toMatch(/were put back|wurden zurückgesetzt/);
      }
    });
  }
});
