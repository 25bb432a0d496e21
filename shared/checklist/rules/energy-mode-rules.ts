// Runs anywhere. One site's operation mode against its utility rate plan (energy.tariff_and_mode), and its
// grid-services (VPP) enrolment (energy.grid_services, split out of command readiness). Time-Based Control
// needs a rate plan (Tesla refuses it with 410 otherwise); Self-Powered never exports the battery; under
// Time-Based Control the battery exports only in periods where exporting pays.
import { z } from 'zod';
import type { Check, Subject } from '@shared/report/check-types';
import { liveStatus, REQ, siteInfo, type ChecklistInput } from '../checklist-input';
import { answerWithCause, failedRead } from './answer-causes';
import { check, ev, fix, note } from './make-check';

const Schedule = z.looseObject({ schedule: z.array(z.looseObject({ target: z.string().nullish() })).nullish() });
const TariffV2 = z.looseObject({
  seasons: z.record(z.string(), z.looseObject({ tou_periods: z.record(z.string(), z.unknown()).nullish() })).nullish(),
  sell_tariff: z
    .looseObject({ energy_charges: z.record(z.string(), z.looseObject({ rates: z.unknown().optional() })).nullish() })
    .nullish(),
});

interface TariffView {
  present: boolean;
  /** Period names, e.g. "off_peak, peak". */
  periods: string;
  /** The highest export (sell) price in any period, when the plan says. */
  bestSellPrice: number | null;
}

function readTariff(data: Record<string, unknown>): TariffView {
  const names = new Set<string>();
  const sched = Schedule.safeParse(data.tou_settings);
  for (const p of sched.success ? (sched.data.schedule ?? []) : []) if (p.target) names.add(p.target);
  const v2 = TariffV2.safeParse(data.tariff_content_v2);
  let best: number | null = null;
  if (v2.success) {
    for (const season of Object.values(v2.data.seasons ?? {}))
      for (const name of Object.keys(season.tou_periods ?? {})) names.add(name.toLowerCase());
    // Tesla's shape: sell_tariff.energy_charges.<season>.rates.<period> = price (v1: <season>.<period>).
    for (const season of Object.values(v2.data.sell_tariff?.energy_charges ?? {})) {
      const rates =
        season.rates && typeof season.rates === 'object'
          ? (season.rates as Record<string, unknown>)
          : (season as Record<string, unknown>);
      for (const price of Object.values(rates))
        if (typeof price === 'number') best = best === null ? price : Math.max(best, price);
    }
  }
  const present = names.size > 0 || (v2.success && data.tariff_content_v2 != null);
  return { present, periods: names.size ? [...names].sort().join(', ') : 'not named', bestSellPrice: best };
}

const DAY_MS = 86_400_000;
/** The Tesla app's "needs 7 days of data" for Time-Based Control on a new system (inferred: app wording). */
const LEARNING_DAYS = 7;

/**
 * When Time-Based Control has its 7 days of data (epoch ms), or null when the site is older or does not say.
 * site_info's `installation_date` (e.g. "2022-01-01T00:00:00+00:00", Tesla's public sample).
 */
function learningUntil(data: Record<string, unknown>, now: number): number | null {
  const at = typeof data.installation_date === 'string' ? Date.parse(data.installation_date) : NaN;
  if (!Number.isFinite(at) || at > now + DAY_MS) return null;
  const ready = at + LEARNING_DAYS * DAY_MS;
  return ready > now ? ready : null;
}

export function tariffAndModeCheck(input: ChecklistInput, subject: Subject, battery: boolean | null): Check {
  const id = subject.id;
  const infoReq = REQ.siteInfo(id);
  const refused = answerWithCause(input, ['energy.tou_without_tariff']);
  if (refused && refused.request.includes(`/energy_sites/${id}/`)) {
    return check(
      'energy.tariff_and_mode',
      subject,
      'fail',
      'tariff.refused',
      { request: refused.request },
      [ev(refused.request, 'status', refused.status)],
      fix('tariff_set', {}, [], 'customer'),
    );
  }
  if (battery === false)
    return check('energy.tariff_and_mode', subject, 'not_applicable', 'battery.none', {}, [
      ev(infoReq, 'components.battery', false),
    ]);
  const info = siteInfo(input, id);
  if (!info.ok)
    return check(
      'energy.tariff_and_mode',
      subject,
      'unknown',
      'tariff.unknown',
      failedRead(info.request, info.reason),
      [ev(infoReq, 'status', info.status, note('reason', info.reason))],
    );
  const data = info.data as Record<string, unknown>;
  const mode = info.data.default_real_mode ?? undefined;
  const tariff = readTariff(data);
  const evidence = [
    ev(infoReq, 'default_real_mode', mode),
    ev(infoReq, 'tou_settings / tariff_content_v2', tariff.present ? tariff.periods : undefined),
    ...(tariff.bestSellPrice !== null
      ? [ev(infoReq, 'tariff_content_v2.sell_tariff (highest export price)', tariff.bestSellPrice)]
      : []),
  ];
  const periods = tariff.periods;
  // A new system: Time-Based Control plans only once it has 7 days of data. Expected and time-bound: the
  // verdict waits for the day it ends; nobody fixes it today (a missing rate plan still fails: that is fixable).
  const learning = learningUntil(data, input.now);
  if (mode === 'autonomous' && tariff.present && learning !== null)
    return {
      ...check(
        'energy.tariff_and_mode',
        subject,
        'warn',
        'tariff.first_week',
        { ready: new Date(learning).toISOString().slice(0, 10), periods },
        [...evidence, ev(infoReq, 'installation_date', data.installation_date)],
        fix('wait_first_week', { ready: new Date(learning).toISOString().slice(0, 10) }, [], 'wait'),
      ),
      waiting: true,
    };
  if (mode === 'autonomous') {
    if (!tariff.present)
      return check(
        'energy.tariff_and_mode',
        subject,
        'fail',
        'tariff.tbc_no_tariff',
        { mode },
        evidence,
        fix('tariff_set', {}, [], 'customer'),
      );
    if (tariff.bestSellPrice !== null && tariff.bestSellPrice <= 0)
      return check(
        'energy.tariff_and_mode',
        subject,
        'warn',
        'tariff.no_export_value',
        { periods },
        evidence,
        fix('tariff_export', {}, [], 'customer'),
      );
    return check('energy.tariff_and_mode', subject, 'pass', 'tariff.tbc_ok', { periods }, evidence);
  }
  if (mode === 'self_consumption') {
    if (!tariff.present)
      return check(
        'energy.tariff_and_mode',
        subject,
        'warn',
        'tariff.self_powered_no_tariff',
        {},
        evidence,
        fix('tariff_set', {}, [], 'customer'),
      );
    return check('energy.tariff_and_mode', subject, 'pass', 'tariff.self_powered', { periods }, evidence);
  }
  if (mode === 'backup')
    return check(
      'energy.tariff_and_mode',
      subject,
      'warn',
      'tariff.backup',
      {},
      evidence,
      fix('mode_tbc', {}, [], 'customer'),
    );
  if (mode === undefined)
    return check(
      'energy.tariff_and_mode',
      subject,
      'unknown',
      'tariff.unknown',
      { reason: 'Tesla did not report default_real_mode' },
      evidence,
    );
  return check('energy.tariff_and_mode', subject, 'unknown', 'tariff.other', { mode }, evidence);
}

export function gridServicesCheck(input: ChecklistInput, subject: Subject): Check {
  const id = subject.id;
  const infoReq = REQ.siteInfo(id);
  const liveReq = REQ.liveStatus(id);
  const info = siteInfo(input, id);
  const live = liveStatus(input, id);
  if (!info.ok)
    return check(
      'energy.grid_services',
      subject,
      'unknown',
      'grid_services.unknown',
      failedRead(info.request, info.reason),
      [ev(infoReq, 'status', info.status, note('reason', info.reason))],
    );
  const enabled = info.data.components?.grid_services_enabled ?? undefined;
  const active = live.ok ? (live.data.grid_services_active ?? undefined) : undefined;
  const evidence = [
    ev(infoReq, 'components.grid_services_enabled', enabled),
    ...(live.ok ? [ev(liveReq, 'grid_services_active', active)] : []),
  ];
  if (active === true)
    return check(
      'energy.grid_services',
      subject,
      'warn',
      'grid_services.active',
      {},
      evidence,
      fix('grid_services', {}, [], 'wait'),
    );
  if (enabled === true)
    return check(
      'energy.grid_services',
      subject,
      'warn',
      'grid_services.enrolled',
      {},
      evidence,
      fix('grid_services', {}, [], 'customer'),
    );
  return check(
    'energy.grid_services',
    subject,
    'pass',
    'grid_services.off',
    { value: enabled === false ? 'false' : 'absent' },
    evidence,
  );
}
