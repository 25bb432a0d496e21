// Before Permission to Export the checklist never advises switching Energy Exports on: the fix is to wait
// for the permission (exporting before it breaks the customer's grid agreement).
import { describe, expect, it } from 'vitest';
import { checksForTest } from '@shared/checklist/test-readiness';
import { checkWords } from '@shared/text/check-text';
import { textIn } from '@shared/text/languages';

const words = checkWords(textIn('en'));

const NOW = Date.UTC(2026, 0, 15, 1, 0, 0);
const exportsCheck = (components: Record<string, unknown>) =>
  checksForTest({
    siteId: '42',
    grantedScopes: ['energy_device_data', 'energy_cmds'],
    siteInfo: {
      backup_reserve_percent: 20,
      default_real_mode: 'self_consumption',
      components: { battery: true, customer_preferred_export_rule: 'never', ...components },
    },
    liveStatus: { percentage_charged: 50, island_status: 'on_grid', timestamp: new Date(NOW).toISOString() },
    now: NOW,
  }).find((c) => c.id === 'energy.energy_exports');

describe('energy.energy_exports before Permission to Export', () => {
  it('off is right until then: it passes, and says to set it once the permission is granted', () => {
    const c = exportsCheck({ non_export_configured: true });
    expect(c?.status).toBe('pass');
    expect(words.detail(c!)).toMatch(/before the utility’s permission to operate/);
  });

  it('Solar only waits (never a failure), and its fix says to wait for the permission, not to export', () => {
    const c = exportsCheck({ non_export_configured: true, customer_preferred_export_rule: 'pv_only' });
    expect(c?.status).toBe('warn');
    expect(c?.waiting).toBe(true);
    expect(c?.fix?.text?.key).toBe('fix.exports_after_pto');
    expect(words.fixSummary(c!.fix!)).toMatch(/until Permission to Export is Yes/);
  });

  it('with the permission, the usual Tesla app path', () => {
    expect(words.fixSummary(exportsCheck({ non_export_configured: false })!.fix!)).toBe(
      'In the Tesla app: Settings > Energy Exports > Everything',
    );
  });
});
