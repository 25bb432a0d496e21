// Issue 23, wrong signal 7: one consent box left unticked is one thing to fix, and its fix (Reconnect, at
// this laptop, with the customer signing in) is yours on site, not "the customer, in the Tesla app".
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecks, verdicts } from '@shared/checklist/build-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { problemCount, rootCause } from '@shared/checklist/layers';
import { fixerOf, problemsByFixer, toFixCount } from '@shared/checklist/problems';
import { ALL_SCOPES, answer, handInput } from '@test/support/checklist-input';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/tesla-public', import.meta.url));
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
const SITE = { energy_site_id: 42, resource_type: 'battery', site_name: 'Home', components: { battery: true } };

// Tesla's public sample site has findings of its own (exports, grid charging, an old reading): the box is
// judged by what it adds to them.
const withoutBox = (scope: string | null) =>
  buildChecks(
    handInput(
      [
        answer(REQ.products, { response: [SITE] }),
        answer(REQ.siteInfo('42'), load('site_info.json') as object),
        answer(REQ.liveStatus('42'), load('live_status.json') as object),
      ],
      { grantedScopes: ALL_SCOPES.filter((s) => s !== scope) },
    ),
  );

describe('one consent box unticked', () => {
  it('"Energy Product Commands" counts once: the command readiness it decides is not checked on its own', () => {
    const checks = withoutBox('energy_cmds');
    const ticked = withoutBox(null);
    expect(problemCount(checks) - problemCount(ticked)).toBe(1);
    expect(toFixCount(problemsByFixer(checks)) - toFixCount(problemsByFixer(ticked))).toBe(1);
    const readiness = checks.find((c) => c.id === 'energy.command_readiness')!;
    expect(readiness.status).toBe('not_checked');
    expect(readiness.blockedBy).toBe('scope.energy_commands');
    expect(rootCause(checks)?.checkId).toBe('scope.energy_commands');
    // The verdicts name the box, not the readiness it decides.
    expect(verdicts(checks).charge.blocking.filter((r) => r.startsWith('energy.command_readiness@'))).toEqual([]);
    expect(verdicts(checks).charge.blocking.filter((r) => r.startsWith('scope.energy_commands@'))).toHaveLength(1);
  });

  it('the fix is a Reconnect on this laptop: yours on site, not the customer in the Tesla app', () => {
    const scope = withoutBox('energy_cmds').find((c) => c.id === 'scope.energy_commands')!;
    expect(scope.status).toBe('fail');
    expect(scope.fix?.text?.key).toBe('fix.reconnect_scope');
    expect(fixerOf(scope)).toBe('on_site');
    expect(rootCause(withoutBox('energy_cmds'))?.actor).toBe('installer');
  });
});
