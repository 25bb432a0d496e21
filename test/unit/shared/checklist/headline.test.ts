// The one-cause headline, decided once for the checklist screen, the terminal/report text and the Test
// screen's "blocked by" card: none when nothing is wrong or several things are, the first failing layer's fix
// (else its title) with who acts, a rate limit as waiting, a setting that waits for its time not headlined,
// the failing subject rather than a passing one of the same check, and an old report's English as it is.
import { describe, expect, it } from 'vitest';
import { headlineFor, oneCauseHeadline } from '@shared/checklist/headline';
import { applyLayers } from '@shared/checklist/layers';
import type { Check, Subject } from '@shared/report/check-types';
import { checkWords } from '@shared/text/check-text';
import { textIn } from '@shared/text/languages';
import { stubAccount, stubCheck } from '@test/support/stub-check';

const account = stubAccount;
const site = (id: string) => ({ kind: 'energy_site' as const, id });

const c = (
  id: Check['id'],
  status: Check['status'],
  actor?: NonNullable<Check['fix']>['actor'],
  subject: Subject = account,
): Check => stubCheck(id, status, actor, subject, { text: { n: 1 }, fix: { m: 2 } });

const healthy = [c('account.region', 'pass'), c('account.connection', 'pass'), c('energy.reachable', 'pass')];

describe('oneCauseHeadline', () => {
  it('is null when nothing fails, and when several things do', () => {
    expect(oneCauseHeadline([])).toBeNull();
    expect(oneCauseHeadline(healthy)).toBeNull();
    const two = [
      ...healthy,
      c('scope.vehicle_commands', 'fail', 'customer'),
      c('energy.grid_charging', 'fail', 'installer', site('s1')),
    ];
    expect(oneCauseHeadline(applyLayers(two))).toBeNull();
  });

  it('names the first failing layer with its fix’s summary and who acts; what it blocked is not counted', () => {
    const on412 = applyLayers([
      c('account.region', 'pass'),
      c('account.partner_registration', 'fail', 'platform'),
      c('account.connection', 'unknown'),
      c('account.app_status', 'unknown'),
    ]);
    const h = oneCauseHeadline(on412);
    expect(h).toMatchObject({
      check: { id: 'account.partner_registration' },
      fixer: 'platform',
      text: { key: 'fix.account.partner_registration.summary', params: { m: 2 } },
    });
    expect(h).not.toHaveProperty('fallback');
  });

  it('says the check’s title when the cause has no fix', () => {
    const h = oneCauseHeadline([...healthy, c('energy.site_discovery', 'fail')]);
    expect(h).toMatchObject({
      check: { id: 'energy.site_discovery' },
      fixer: 'on_site',
      text: { key: 'k.energy.site_discovery.title', params: { n: 1 } },
    });
  });

  it('waiting: a rate limit is the cause and waits; a setting that waits for its time is no headline', () => {
    const limited = { ...c('account.rate_limit', 'warn', 'wait'), waiting: true };
    expect(oneCauseHeadline([...healthy, limited])).toMatchObject({
      check: { id: 'account.rate_limit' },
      fixer: 'waiting',
      text: { key: 'fix.account.rate_limit.summary' },
    });
    const prePto = { ...c('energy.permission_to_export', 'warn', 'installer', site('s1')), waiting: true };
    expect(oneCauseHeadline([...healthy, prePto])).toBeNull();
  });

  it('names the failing subject, not a passing one with the same check', () => {
    const h = oneCauseHeadline([
      ...healthy,
      c('energy.grid_charging', 'pass', undefined, site('a')),
      c('energy.grid_charging', 'fail', 'customer', site('b')),
    ]);
    expect(h?.check.subject.id).toBe('b');
    expect(h?.fixer).toBe('customer');
  });

  it('an old report without keys: its English as it is (the fix’s summary, else the title, else the id)', () => {
    const old = (fix?: { summary?: string }, title?: string): Check => ({
      id: 'account.connection',
      subject: account,
      status: 'fail',
      evidence: [],
      ...(title ? { title } : {}),
      ...(fix ? { fix: { ...fix, links: [], actor: 'customer' as const } } : {}),
    });
    expect(oneCauseHeadline([old({ summary: 'Reconnect the account.' }, 'Signed out')])).toMatchObject({
      text: null,
      fallback: 'Reconnect the account.',
    });
    expect(oneCauseHeadline([old(undefined, 'Signed out')])).toMatchObject({ text: null, fallback: 'Signed out' });
    expect(oneCauseHeadline([old()])).toMatchObject({ text: null, fallback: 'account.connection' });
  });
});

describe('headlineFor and its words', () => {
  it('words the chosen cause as the fix’s summary (else the title), in either language', () => {
    for (const language of ['en', 'de'] as const) {
      const words = checkWords(textIn(language));
      const real: Check = {
        id: 'account.connection',
        subject: account,
        status: 'fail',
        text: { key: 'connection.revoked', params: {} },
        evidence: [],
        fix: { text: { key: 'fix.reconnect', params: {} }, links: [], actor: 'customer' },
      };
      const h = headlineFor(real);
      expect(h.fixer).toBe('customer');
      expect(words.headline(h)).toBe(words.fixSummary(real.fix!));
      expect(words.headline(h)).toBe(language === 'en' ? 'Reconnect the account' : 'Konto neu verbinden');
      const { fix: _none, ...noFix } = real;
      void _none;
      expect(words.headline(headlineFor(noFix))).toBe(words.title(noFix));
    }
  });
});
