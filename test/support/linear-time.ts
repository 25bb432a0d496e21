// Test helper (plain Node). Compares how long a parser takes on adversarial text with how long it takes on
// plain prose of the same size: a ratio, not a clock, so a loaded machine slows both alike. A pattern that
// backtracks super-linearly is hundreds of times slower on its adversarial input; a linear one stays within a
// small factor (more hits mean more replacements, never more than a few times the work).

export const MB = 1024 * 1024;

const PROSE = 'The battery reported a normal charge today and the site stayed online all afternoon, as expected. ';

/** `unit` repeated to `size` characters, cut into lines of `line` characters (the redactor works per line). */
export function repeated(unit: string, size = MB, line = 60_000): string {
  const one = unit.repeat(Math.ceil(line / unit.length)).slice(0, line);
  const withBreak = `${one}\n`;
  return withBreak.repeat(Math.ceil(size / withBreak.length)).slice(0, size);
}

/** Plain prose of `size` characters, with the same line length. */
export function prose(size = MB, line = 60_000): string {
  return repeated(PROSE, size, line);
}

function fastest(run: () => void, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * adversarial time / prose time, each the fastest of a few runs. The prose time has a floor of 5 ms so that
 * a parser that skips most of its input (a length cap) does not turn timer noise into a large ratio.
 */
export function slowdown(parse: (text: string) => unknown, adversarial: string, plain: string, times = 3): number {
  parse(plain); // warm up the patterns' compiled code
  const base = Math.max(
    5,
    fastest(() => parse(plain), times),
  );
  return fastest(() => parse(adversarial), 1) / base;
}
