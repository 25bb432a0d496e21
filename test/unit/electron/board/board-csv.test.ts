// The board's CSV: RFC 4180 quoting, and no cell a spreadsheet would run as a formula (hostile references).
import { describe, expect, it } from 'vitest';
import { boardCsv, csvCell } from '@main/board/board-csv';

describe('csvCell', () => {
  it.each([
    ['c-0001', 'c-0001'],
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('boardCsv', () => {
  it('one header, one CRLF line per home, since when from the store', () => {
    const csv = boardCsv(
      [
        {
          ref: '=evil()',
          region: 'NA',
          cause: 'healthy',
          actor: 'none',
          incident: null,
          change: null,
          lastSweptAt: '2026-01-02T00:00:00.000Z',
        },
      ],
      new Map([['=evil()', '2026-01-01T00:00:00.000Z']]),
    );
    expect(csv).toBe(
      "ref,cause,actor,incident,since,change,last_swept_at\r\n'=evil(),healthy,none,,2026-01-01T00:00:00.000Z,,2026-01-02T00:00:00.000Z\r\n",
    );
  });
});
