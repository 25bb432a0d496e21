// What on a site looks like another test in progress: the signature values start a refusal, the rest only
// adds to what is named; a customer's usual settings show nothing.
import { describe, expect, it } from 'vitest';
import { signsOfAnotherTest } from '@shared/test-charge/other-test-signs';

const THRESHOLD = 1_000;

describe('signsOfAnotherTest', () => {
  it('sees a test charge: Time-Based Control at the 80 % cap, grid charging allowed, the battery charging hard', () => {
    expect(
      signsOfAnotherTest(
        {
          default_real_mode: 'autonomous',
          backup_reserve_percent: 80,
          disallow_charge_from_grid_with_solar_installed: false,
        },
        -4_800,
        THRESHOLD,
      ),
    ).toEqual([
      { code: 'test_mode_reserve', direction: 'charge', value: 80 },
      { code: 'test_grid_charging', direction: 'charge', value: false },
      { code: 'test_battery_power', direction: 'charge', value: -4_800 },
    ]);
  });

  it('sees a test discharge by its values alone, before the battery follows', () => {
    expect(
      signsOfAnotherTest(
        { default_real_mode: 'autonomous', backup_reserve_percent: 0, customer_preferred_export_rule: 'pv_only' },
        200,
        THRESHOLD,
      ),
    ).toEqual([{ code: 'test_mode_reserve', direction: 'discharge', value: 0 }]);
  });

  it('sees nothing in a customer’s usual settings, however hard the battery works', () => {
    expect(
      signsOfAnotherTest({ default_real_mode: 'self_consumption', backup_reserve_percent: 0 }, 5_000, THRESHOLD),
    ).toEqual([]);
    expect(
      signsOfAnotherTest({ default_real_mode: 'autonomous', backup_reserve_percent: 20 }, -5_000, THRESHOLD),
    ).toEqual([]);
    expect(signsOfAnotherTest({ default_real_mode: 'autonomous' }, null, THRESHOLD)).toEqual([]);
  });
});
