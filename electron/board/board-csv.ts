// Main process (plain Node). The board's CSV for a platform's ticket system: one row per home with its
// reference, cause, who acts, its incident and since when. No e-mail, name or address is ever a column.
// A spreadsheet runs a cell starting with = + - @ (or a tab / carriage return before one) as a formula,
// so such a cell (a hostile reference) is written as text with a leading apostrophe (OWASP's advice).
import type { BoardHome } from '@shared/contract/areas/board';

export const BOARD_CSV_COLUMNS = ['ref', 'cause', 'actor', 'incident', 'since', 'change', 'last_swept_at'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised when a spreadsheet would read it as a formula, quoted when it holds , " or a newline. */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function boardCsv(homes: readonly BoardHome[], since: ReadonlyMap<string, string>): string {
  const lines = [BOARD_CSV_COLUMNS.join(',')];
  for (const h of homes) {
    lines.push(
      [h.ref, h.cause, h.actor, h.incident, since.get(h.ref) ?? null, h.change, h.lastSweptAt].map(csvCell).join(','),
    );
  }
  // CRLF: RFC 4180, which ticket systems' importers expect.
  return `${lines.join('\r\n')}\r\n`;
}
