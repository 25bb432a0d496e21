// Main process (plain Node). Turns a written tariff (tou_settings.tariff_content_v2, Tesla's shape:
// seasons with fromMonth/toMonth and tou_periods of weekday/hour ranges) into the schedule the Powerwall
// model reads ("peak" periods are when exporting pays). Unknown shapes give null: the old schedule stays.
import { z } from 'zod';
import type { PowerwallSpec } from './powerwall-model';

const Period = z.looseObject({
  fromDayOfWeek: z.number().int().min(0).max(6).optional(),
  toDayOfWeek: z.number().int().min(0).max(6).optional(),
  fromHour: z.number().int().min(0).max(24).default(0),
  fromMinute: z.number().int().min(0).max(59).default(0),
  toHour: z.number().int().min(0).max(24).default(0),
  toMinute: z.number().int().min(0).max(59).default(0),
});
const TouPeriod = z.union([z.looseObject({ periods: z.array(Period) }), z.array(Period)]);
const Season = z.looseObject({
  fromMonth: z.number().int().min(1).max(12).optional(),
  toMonth: z.number().int().min(1).max(12).optional(),
  tou_periods: z.record(z.string(), TouPeriod),
});
const Tariff = z.looseObject({ seasons: z.record(z.string(), Season) });

/** The schedule for the season holding `month` (1-12), or null when the tariff has no usable periods. */
export function scheduleFromTariff(tariff: unknown, month: number): PowerwallSpec['schedule'] | null {
  const parsed = Tariff.safeParse(tariff);
  if (!parsed.success) return null;
  const seasons = Object.values(parsed.data.seasons);
  const inSeason = (s: z.infer<typeof Season>) => {
    const from = s.fromMonth ?? 1;
    const to = s.toMonth ?? 12;
    return from <= to ? month >= from && month <= to : month >= from || month <= to;
  };
  const season = seasons.find(inSeason) ?? seasons[0];
  if (!season) return null;
  const out: PowerwallSpec['schedule'] = [];
  for (const [name, value] of Object.entries(season.tou_periods)) {
    const periods = Array.isArray(value) ? value : value.periods;
    for (const p of periods) {
      out.push({
        target: name.toLowerCase(),
        start: (p.fromHour * 60 + p.fromMinute) * 60,
        end: ((p.toHour * 60 + p.toMinute) * 60) % 86_400,
      });
    }
  }
  return out.length ? out : null;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The older `tariff_content` form of a `tariff_content_v2` rate plan (inferred from the two shapes seen in
 * public captures): charges are plain `{period: rate}` maps instead of `{rates: {...}}`, and each
 * tou_period is a plain list of periods instead of `{periods: [...]}`. The sell tariff converts alike.
 */
export function tariffV1FromV2(v2: Json): Json {
  const charges = (c: unknown) =>
    isObj(c)
      ? Object.fromEntries(Object.entries(c).map(([season, v]) => [season, isObj(v) && isObj(v.rates) ? v.rates : v]))
      : c;
  const seasons = (ss: unknown) =>
    isObj(ss)
      ? Object.fromEntries(
          Object.entries(ss).map(([name, season]) => {
            if (!isObj(season) || !isObj(season.tou_periods)) return [name, season];
            const tou = Object.fromEntries(
              Object.entries(season.tou_periods).map(([p, v]) => [
                p,
                isObj(v) && Array.isArray(v.periods) ? v.periods : v,
              ]),
            );
            return [name, { ...season, tou_periods: tou }];
          }),
        )
      : ss;
  const out: Json = {
    ...v2,
    energy_charges: charges(v2.energy_charges),
    demand_charges: charges(v2.demand_charges),
    seasons: seasons(v2.seasons),
  };
  for (const k of ['energy_charges', 'demand_charges', 'seasons']) if (v2[k] === undefined) delete out[k];
  if (isObj(v2.sell_tariff)) out.sell_tariff = tariffV1FromV2(v2.sell_tariff);
  return out;
}
