// Issue 23: "reach Tesla" is the first layer. No answer at all from the Fleet API base (network, DNS, TLS,
// timeouts: status 0) is this one check failing, and every later layer is not checked, never blamed.
import { describe, expect, it } from 'vitest';
import { buildChecks, verdicts } from '@shared/checklist/build-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { LAYERS, problemCount, rootCause } from '@shared/checklist/layers';
import { answer, handInput, SITE } from '@test/support/checklist-input';

const noAnswer = (request: string) => answer(request, null, 0, { cause: 'http.no_answer' });

describe('reach Tesla', () => {
  it('is the first layer, with its own check', () => {
    expect(LAYERS[0]).toEqual({ id: 'reach', checks: ['account.reach'] });
  });

  it('no answer at all: reach fails, one cause, the account and its platform are not checked', () => {
    const checks = buildChecks(handInput([noAnswer(REQ.products)]));
    const reach = checks.find((c) => c.id === 'account.reach')!;
    expect(reach).toMatchObject({ status: 'fail', fix: { actor: 'installer' } });
    expect(checks[0]!.id).toBe('account.reach');
    expect(rootCause(checks)).toEqual({ checkId: 'account.reach', actor: 'installer' });
    expect(problemCount(checks)).toBe(1);
    for (const id of ['account.connection', 'account.partner_registration', 'account.app_status'] as const)
      expect(checks.find((c) => c.id === id)).toMatchObject({ status: 'not_checked', blockedBy: 'account.reach' });
    expect(verdicts(checks).charge.blocking).toEqual([expect.stringMatching(/^account\.reach@/)]);
  });

  it('Tesla answered (even with a refusal): reach passes and the refusal is the cause', () => {
    const ok = buildChecks(handInput([answer(REQ.products, { response: [SITE] })]));
    expect(ok.find((c) => c.id === 'account.reach')?.status).toBe('pass');
    const refused = buildChecks(handInput([answer(REQ.products, { error: 'token revoked' }, 401)]));
    expect(refused.find((c) => c.id === 'account.reach')?.status).toBe('pass');
    expect(rootCause(refused)?.checkId).toBe('account.connection');
  });
});
