// Main process (plain Node). Path patterns for routes (':name' captures a segment) and for scenario
// faults ('*' one segment, '**' the rest).

export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null; // malformed escape: no route, not a crash
      }
    } else if (w !== g) return null;
  }
  return params;
}

export function matchGlob(glob: string, path: string): boolean {
  const want = glob.split('/');
  const got = path.split('/');
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '**') return true;
    if (i >= got.length) return false;
    if (want[i] !== '*' && want[i] !== got[i]) return false;
    if (want[i] === '*' && !got[i]) return false;
  }
  return want.length === got.length;
}
