// `npm test`: every runner in turn (typecheck, lint, build, Vitest, Playwright in Chromium and Electron),
// then one closing line totalled over all of them, alone on its line: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = path.join(root, '.tmp', 'test-results');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}
const tallies: Tally[] = [];
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n$ ${[cmd, ...args].map((a) => path.relative(root, a) || a).join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name: string, cmd: string, args: string[]): boolean {
  const ok = run(cmd, args) === 0;
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Wraps a command in a private D-Bus session with an unlocked keyring, when the machine has one. */
function withKeyring(cmd: string, args: string[]): [string, string[]] {
  const helper = path.join(root, 'scripts', 'with-keyring.sh');
  if (
    process.platform === 'linux' &&
    existsSync('/usr/bin/dbus-run-session') &&
    existsSync('/usr/bin/gnome-keyring-daemon')
  ) {
    return ['/usr/bin/dbus-run-session', ['--', 'bash', helper, cmd, ...args]];
  }
  return [cmd, args];
}

check('typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json']);
check('typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json']);
check('typecheck (e2e)', bin('tsc'), ['-p', 'tsconfig.e2e.json']);
check('format', bin('prettier'), ['--check', '--log-level=warn', '.']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
// Which folder may import which, and no import cycle (.dependency-cruiser.cjs, README "Architecture").
check('layers', bin('tsx'), ['scripts/layers.ts']);
check('build', bin('tsx'), ['scripts/build.ts']);
// Packages the unpacked app offline against a stub runtime and checks what would ship (scripts/package-check.ts).
check('package:check', bin('tsx'), ['scripts/package-check.ts', '--no-build']);

// Vitest: unit and component tests.
{
  const out = path.join(tmp, 'vitest.json');
  const [cmd, args] = withKeyring(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const code = run(cmd, args);
  const report = readJson(out) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  } | null;
  if (!report) {
    tallies.push({ name: 'vitest', passed: 0, failed: 1, skipped: 0 });
  } else {
    const suiteFailures = report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0;
    tallies.push({
      name: 'vitest',
      passed: report.numPassedTests,
      failed:
        report.numFailedTests + suiteFailures + (code !== 0 && report.numFailedTests === 0 && !suiteFailures ? 1 : 0),
      skipped: report.numPendingTests + report.numTodoTests,
    });
  }
}

// Playwright: the browser project in Debian's Chromium, the electron project wherever a binary exists.
{
  const out = path.join(tmp, 'playwright.json');
  const code = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson(out) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  } | null;
  if (!report) {
    tallies.push({ name: 'playwright', passed: 0, failed: 1, skipped: 0 });
  } else {
    const { expected, unexpected, flaky, skipped } = report.stats;
    const globalErrors = (report.errors?.length ?? 0) > 0 || (code !== 0 && unexpected === 0) ? 1 : 0;
    tallies.push({ name: 'playwright', passed: expected + flaky, failed: unexpected + globalErrors, skipped });
  }
}

console.log('\nSummary by runner:');
for (const t of tallies)
  console.log(`  ${t.name.padEnd(18)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
const total = tallies.reduce(
  (a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed, skipped: a.skipped + t.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
