// Every key in the English catalogue is used by the code: a key nothing names is dead text a translator
// would keep paying for. "Used" is read from the source (renderer, main process, shared code):
// - the key appears as a string literal ('checklist.fix.copy'); the checks' keys are recorded without
//   their `checks.` and without `.title`/`.detail`/`.summary`/`.stepN` ('connection.ok', 'fix.retry'), the
//   errors' keys without their `errors.` ('profile_unknown');
// - or it matches a template literal (`testCharge.value.${v}`, `fix.${key}`) whose every `${…}` part is a
//   string literal somewhere in the source ('battery_ok', 'retry'), so a key built at run time still counts
//   only if its variable part really occurs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '@shared/text/en';
import { flatten, type Tree } from '@test/support/text-catalogue';

const ROOT = join(__dirname, '../../../..');
const SOURCES = ['renderer/src', 'electron', 'shared'];
/** The catalogues themselves do not count as users of their keys. */
const SKIP = new Set(['shared/text/en.ts', 'shared/text/de.ts', 'shared/text/pseudo.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !SKIP.has(relative(ROOT, path)) ? [path] : [];
  });
}

/** Plain string literals, and template literals as a pattern with one capture group per `${…}`. */
function scan(file: string, source: string): { literals: Set<string>; templates: RegExp[]; called: string[] } {
  const literals = new Set<string>();
  const templates: RegExp[] = [];
  const called: string[] = [];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
    // t('a.b.c') with a literal key: that key must exist.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) called.push(first.text);
    } else if (ts.isTemplateExpression(node)) {
      const pattern =
        escape(node.head.text) + node.templateSpans.map((span) => `(.+)${escape(span.literal.text)}`).join('');
      if (/[a-z]/i.test(pattern.replace(/\(\.\+\)/g, ''))) templates.push(new RegExp(`^${pattern}$`));
    }
    ts.forEachChild(node, visit);
  };
  visit(
    ts.createSourceFile(
      file,
      source,
      ts.ScriptTarget.Latest,
      false,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    ),
  );
  return { literals, templates, called };
}

const all = files(join(ROOT, 'shared')).concat(
  ...SOURCES.filter((s) => s !== 'shared').map((s) => files(join(ROOT, s))),
);
const literals = new Set<string>();
const templates: RegExp[] = [];
const called = new Map<string, string>();
for (const file of all) {
  const found = scan(file, readFileSync(file, 'utf8'));
  found.literals.forEach((l) => literals.add(l));
  templates.push(...found.templates);
  for (const key of found.called) called.set(key, relative(ROOT, file));
}

/** The names a key may be written under in code. */
function names(key: string): string[] {
  const base = key.replace(/_(one|other)$/, '');
  const out = [base];
  // A user-facing error names its key without `errors.` (new UserFacingError('profile_unknown', …)).
  if (base.startsWith('errors.')) out.push(base.slice('errors.'.length));
  if (base.startsWith('checks.')) {
    const short = base.slice('checks.'.length);
    out.push(short, short.replace(/\.(title|detail|summary|step\d+)$/, ''));
  }
  // A cause's fix steps are counted (step1, step2, … until one is missing): used where its fix is.
  if (base.startsWith('cause.')) out.push(base.replace(/\.fix\.step\d+$/, '.fix.summary'));
  return out;
}

const used = (name: string) =>
  literals.has(name) ||
  templates.some((re) => {
    const m = re.exec(name);
    return (
      m !== null && m.slice(1).every((part) => literals.has(part) || part.split('.').every((p) => literals.has(p)))
    );
  });

describe('the English text catalogue (shared/text/en.ts)', () => {
  const keys = [...flatten(en as unknown as Tree).keys()];

  it('has no key that nothing uses', () => {
    expect(keys.filter((key) => !names(key).some(used))).toEqual([]);
  });

  it('has every key the code asks for by name (a typo would print the key itself)', () => {
    const all = new Set(keys.map((k) => k.replace(/_(one|other)$/, '')));
    expect(called.size).toBeGreaterThan(200); // the screens, the report and the terminal, by name
    expect([...called].filter(([key]) => !all.has(key)).map(([key, file]) => `${file}: ${key}`)).toEqual([]);
  });

  it('notices an unused key (the check above can fail)', () => {
    expect(names('checks.nothing_here.title').some(used)).toBe(false);
    expect(names('checklist.fix.copy').some(used)).toBe(true);
  });
});
