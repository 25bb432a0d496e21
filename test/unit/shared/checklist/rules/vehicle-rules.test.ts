import { describe, expect, it } from 'vitest';
import { buildChecks as build, verdicts } from '@shared/checklist/build-checks';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { allInEnglish } from '@test/support/english-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { answer, CAR, handInput } from '@test/support/checklist-input';

const buildChecks = (input: ChecklistInput) => allInEnglish(build(input));

const VIN = CAR.vin;
function car(entry: Record<string, unknown>, status: Record<string, unknown>) {
  return buildChecks(
    handInput([
      answer(REQ.products, { response: [{ ...CAR, ...entry }] }),
      answer(REQ.fleetStatus, { response: status }),
    ]),
  );
}
const get = (checks: ReturnType<typeof buildChecks>, id: string) =>
  checks.find((c) => c.id === id && c.subject.id === VIN);

describe('vehicle.virtual_key: contradictions are unknown, never pass or fail', () => {
  it('a VIN in both lists', () => {
    const c = get(car({}, { key_paired_vins: [VIN], unpaired_vins: [VIN] }), 'vehicle.virtual_key');
    expect(c).toMatchObject({ status: 'unknown', text: { key: 'key.both' }, fix: { actor: 'wait' } });
  });

  it('unpaired while command signing is off', () => {
    const c = get(
      car({ command_signing: 'off' }, { key_paired_vins: [], unpaired_vins: [VIN] }),
      'vehicle.virtual_key',
    );
    expect(c).toMatchObject({ status: 'unknown', text: { key: 'key.unpaired_unsigned' } });
  });

  it('unpaired with signing required still fails with the pairing link', () => {
    expect(get(car({}, { key_paired_vins: [], unpaired_vins: [VIN] }), 'vehicle.virtual_key')?.status).toBe('fail');
  });
});

describe('vehicle.pairing_account', () => {
  it('DRIVER fails: the owner pairs, or the driver completes the in-car keycard step', () => {
    const checks = car({ access_type: 'DRIVER' }, { key_paired_vins: [], unpaired_vins: [VIN] });
    const c = get(checks, 'vehicle.pairing_account');
    expect(c).toMatchObject({ status: 'fail', text: { key: 'pairing.driver' }, fix: { actor: 'customer' } });
    expect(c?.detail).toMatch(/same|gave consent/);
    expect(verdicts(checks).vehicle.blocking).toContain(`vehicle.pairing_account@${VIN}`);
  });

  it('OWNER passes with the same-account reminder; an unreported role is unknown', () => {
    expect(get(car({}, { key_paired_vins: [VIN] }), 'vehicle.pairing_account')).toMatchObject({
      status: 'pass',
      text: { key: 'pairing.owner' },
    });
    expect(get(car({}, { key_paired_vins: [VIN] }), 'vehicle.pairing_account')?.detail).toMatch(
      /signed in to this same account/,
    );
    expect(get(car({ access_type: undefined }, { key_paired_vins: [VIN] }), 'vehicle.pairing_account')?.status).toBe(
      'unknown',
    );
  });
});

describe('vehicle.streaming_toggle', () => {
  const info = (v: unknown) => ({
    key_paired_vins: [VIN],
    vehicle_info: { [VIN]: { vehicle_command_protocol_required: false, safety_screen_streaming_toggle_enabled: v } },
  });
  it('an older Model S/X with the toggle off fails with the in-car path', () => {
    const checks = car({ command_signing: 'off' }, info(false));
    expect(get(checks, 'vehicle.streaming_toggle')).toMatchObject({
      status: 'fail',
      text: { key: 'streaming.off' },
      fix: { actor: 'customer' },
    });
    expect(verdicts(checks).vehicle.ready).toBe(false);
  });

  it('on passes; not reported (today’s cars) is not applicable and does not block', () => {
    expect(get(car({}, info(true)), 'vehicle.streaming_toggle')?.status).toBe('pass');
    const checks = car(
      {},
      { key_paired_vins: [VIN], vehicle_info: { [VIN]: { vehicle_command_protocol_required: true } } },
    );
    expect(get(checks, 'vehicle.streaming_toggle')?.status).toBe('not_applicable');
    expect(verdicts(checks).vehicle).toEqual({ ready: true, blocking: [], waiting: [] });
  });
});
