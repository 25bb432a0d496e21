import { describe, expect, it } from 'vitest';
import { scheduleFromTariff } from '@main/simulator/tariff-schedule';

describe('scheduleFromTariff', () => {
  const p = (fromHour: number, toHour: number) => ({
    fromDayOfWeek: 0,
    toDayOfWeek: 6,
    fromHour,
    fromMinute: 0,
    toHour,
    toMinute: 0,
  });
  const tariff = {
    seasons: {
      Summer: {
        fromMonth: 5,
        toMonth: 10,
        tou_periods: { ON_PEAK: { periods: [p(16, 21)] }, OFF_PEAK: { periods: [p(21, 16)] } },
      },
      Winter: { fromMonth: 11, toMonth: 4, tou_periods: { PARTIAL_PEAK: [p(7, 9)], OFF_PEAK: [p(9, 7)] } },
    },
  };

  it('takes the season holding the month, including one that wraps the year end, in either period shape', () => {
    expect(scheduleFromTariff(tariff, 7)).toEqual([
      { target: 'on_peak', start: 57_600, end: 75_600 },
      { target: 'off_peak', start: 75_600, end: 57_600 },
    ]);
    expect(scheduleFromTariff(tariff, 1)).toEqual([
      { target: 'partial_peak', start: 25_200, end: 32_400 },
      { target: 'off_peak', start: 32_400, end: 25_200 },
    ]);
  });

  it('gives null for shapes it does not know, so the old schedule stays', () => {
    expect(scheduleFromTariff({ name: 'flat' }, 3)).toBeNull();
    expect(scheduleFromTariff({ seasons: { A: { tou_periods: {} } } }, 3)).toBeNull();
    expect(scheduleFromTariff('nope', 3)).toBeNull();
  });
});
