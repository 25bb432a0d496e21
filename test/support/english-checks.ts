// Test helper: checks as an English reader sees them. The rules record keys and values only; this renders
// title, detail, fix summary and steps, link labels and evidence notes in English over the same catalogue
// the terminal and the report use, so a test can assert the words.
import type { Check } from '@shared/report/check-types';
import { checkWords } from '@shared/text/check-text';
import { textIn } from '@shared/text/languages';

const words = checkWords(textIn('en'));

export function inEnglish(c: Check): Check {
  return {
    ...c,
    title: words.title(c),
    detail: words.detail(c),
    evidence: c.evidence.map((e) => {
      const note = words.evidenceNote(e);
      return note === undefined ? e : { ...e, note };
    }),
    ...(c.fix
      ? {
          fix: {
            ...c.fix,
            summary: words.fixSummary(c.fix),
            steps: words.fixSteps(c.fix),
            links: c.fix.links.map((l) => ({ ...l, label: words.linkLabel(l) })),
          },
        }
      : {}),
  };
}

export const allInEnglish = (checks: Check[]): Check[] => checks.map(inEnglish);
