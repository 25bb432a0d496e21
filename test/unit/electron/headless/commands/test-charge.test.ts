// The headless commands, run in this process: a test charge on an embedded simulator with JSON output,
// progress lines in text mode, argument errors that say what to do, and recover with nothing pending.
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '@main/headless/commands/recover';
import { testChargeCommand } from '@main/headless/commands/test-charge';
import { tempDir } from '@test/support/temp-dir';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('doctor test-charge', () => {
  it('runs on an embedded simulator and prints verdict, reason, settings before/after, restored and samples as JSON', async () => {
    const { dir, remove } = tempDir('tcd-tc-cli-');
    try {
      const c = io();
      const code = await testChargeCommand.run(
        [
          '--scenario',
          'exports-solar',
          '--direction',
          'discharge',
          '--no-grid-interaction',
          '--force',
          '--speed',
          '300',
          '--minutes',
          '2',
          '--data-dir',
          dir,
          '--format',
          'json',
        ],
        c.io,
      );
      expect(c.err).toEqual([]);
      expect(code).toBe(0);
      const result = JSON.parse(c.out.join('\n')) as Record<string, unknown>;
      expect(result).toMatchObject({
        verdict: expect.stringMatching(/^(pass|fail)$/),
        restored: true,
        gridInteraction: false,
        minutes: 2,
      });
      expect(typeof result.reason).toBe('string');
      expect(result.settingsAfter).toEqual(result.settingsBefore);
      expect((result.settingsBefore as Record<string, unknown>).customer_preferred_export_rule).toBe('pv_only');
      expect(Array.isArray(result.samples) && result.samples.length > 0).toBe(true);
    } finally {
      remove();
    }
  });

  it('a test the checklist blocks ends before any write with verdict blocked and the check id as reason', async () => {
    const { dir, remove } = tempDir('tcd-tc-cli-');
    try {
      const c = io();
      const code = await testChargeCommand.run(
        [
          '--scenario',
          'pre-pto',
          '--direction',
          'discharge',
          '--speed',
          '300',
          '--minutes',
          '2',
          '--data-dir',
          dir,
          '--format',
          'json',
        ],
        c.io,
      );
      expect(code).toBe(0);
      const result = JSON.parse(c.out.join('\n')) as Record<string, unknown>;
      expect(result).toMatchObject({
        verdict: 'blocked',
        reason: 'energy.permission_to_export',
        samples: [],
        restored: true,
      });
      expect(result.reasonText).toMatch(/checklist says this test will fail.*Permission to Export: No/);
      expect(result.settingsAfter).toEqual(result.settingsBefore);
      const t = io();
      await testChargeCommand.run(
        ['--scenario', 'pre-pto', '--direction', 'discharge', '--speed', '300', '--minutes', '2', '--data-dir', dir],
        t.io,
      );
      const text = t.out.join('\n');
      expect(text).toMatch(/Verdict: BLOCKED \(energy\.permission_to_export\)/);
      expect(text).toMatch(/blocked by the checklist: Permission to Export: No/);
      expect(text).not.toMatch(/\[writing\]/);
      expect(text).toMatch(/Settings untouched: nothing was written/);
    } finally {
      remove();
    }
  });

  it('--force runs it anyway and still never changes Energy Exports without Permission to Export', async () => {
    const { dir, remove } = tempDir('tcd-tc-cli-');
    try {
      const c = io();
      const code = await testChargeCommand.run(
        [
          '--scenario',
          'pre-pto',
          '--direction',
          'discharge',
          '--force',
          '--speed',
          '300',
          '--minutes',
          '2',
          '--data-dir',
          dir,
        ],
        c.io,
      );
      expect(code).toBe(0);
      const text = c.out.join('\n');
      expect(text).toMatch(/forced past the checklist: Permission to Export: No/);
      expect(text).toMatch(/\[writing\]/);
      expect(text).toMatch(/leave customer_preferred_export_rule: never \(no_export_permission\)/);
      expect(text).not.toMatch(/set customer_preferred_export_rule/);
      expect(text).toMatch(/Verdict: FAIL \(export_not_permitted\)/);
      expect(text).toMatch(/Settings restored/);
    } finally {
      remove();
    }
  });

  it('prints progress lines in text mode', async () => {
    const { dir, remove } = tempDir('tcd-tc-cli-');
    try {
      const c = io();
      const code = await testChargeCommand.run(
        ['--scenario', 'healthy', '--direction', 'charge', '--speed', '300', '--data-dir', dir],
        c.io,
      );
      expect(code).toBe(0);
      const text = c.out.join('\n');
      expect(text).toMatch(/set backup_reserve_percent: 20 -> 80/);
      expect(text).toMatch(/\[watching\]/);
      expect(text).toMatch(/t=\s+\d+ s\s+battery/);
      expect(text).toMatch(/Settings restored/);
    } finally {
      remove();
    }
  });

  it('refuses bad arguments with the usage', async () => {
    for (const args of [
      [],
      ['--direction', 'sideways'],
      ['--direction', 'charge', '--minutes', '16'],
      ['--direction', 'charge', '--api-base', 'https://fleet-api.prd.na.vn.cloud.tesla.com'],
      ['--direction', 'charge', '--speed', '10'],
    ]) {
      const c = io();
      expect(await testChargeCommand.run(args, c.io)).toBe(2);
      expect(c.err.join('\n')).toMatch(/Usage: npm run doctor -- test-charge/);
    }
  });
});

describe('doctor recover', () => {
  it('says when there is nothing to recover', async () => {
    const { dir, remove } = tempDir('tcd-tc-cli-');
    try {
      const c = io();
      expect(await recoverCommand.run(['--data-dir', dir], c.io)).toBe(0);
      expect(c.out).toEqual(['Nothing to recover: no test left settings behind.']);
    } finally {
      remove();
    }
  });
});
