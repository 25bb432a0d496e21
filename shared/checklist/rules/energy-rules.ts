// Runs anywhere. One energy site's checks: reachability, battery, the three Tesla-app settings, and whether
// a charge and a discharge command can do anything right now.
import type { Check, Evidence, Fix, Subject } from '@shared/report/check-types';
import { liveStatus, REQ, siteInfo, type ChecklistInput, type Outcome } from '../checklist-input';
import type { EnergySiteEntry } from '@shared/tesla/fleet-responses';
import { CONSENT_LABELS } from '@shared/tesla/scopes';
import { causeOf } from './answer-causes';
import { gridServicesCheck, tariffAndModeCheck } from './energy-mode-rules';
import { age, check, ev, fix, note } from './make-check';

const KNOWN_MODES = new Set(['self_consumption', 'autonomous', 'backup']);

/** Older than this, the live data is called stale (Tesla caches it server-side for a while). */
export const STALE_LIVE_MS = 15 * 60_000;

// Statuses that say something about the site itself, rather than about Tesla's service or our limits.
const SITE_FAULT = new Set([403, 404, 408, 410, 422, 540]);
// Causes that are the account's or the platform's, whatever the status: the site is not to blame.
const NOT_THE_SITE = new Set([
  'scope.missing',
  'http.forbidden',
  'app.exceeded_limit',
  'app.owner_api_token',
  'app.payment_required',
  'partner.not_registered_in_region',
]);
const siteFaultOf = (o: Outcome<unknown>) =>
  !o.ok && SITE_FAULT.has(o.status) && !o.missingScopes && !(o.raw && NOT_THE_SITE.has(causeOf(o.raw) ?? ''));

function failedFix(o: Outcome<unknown>): Fix {
  if (!o.ok && o.missingScopes)
    return fix('reconnect_scope', { checkbox: CONSENT_LABELS.energy_device_data }, [], 'installer');
  return o.ok || !siteFaultOf(o) ? fix('retry', {}, [], 'app') : fix('site_unreachable', {}, [], 'customer');
}

/** `setting` names one of `checks.setting.*`: its name, the Tesla app's menu path and the value to pick. */
type Setting = 'permission_to_export' | 'energy_exports' | 'grid_charging';
const names = (s: Setting) => ({
  settingKey: `setting.${s}.name`,
  pathKey: `setting.${s}.path`,
  targetKey: `setting.${s}.target`,
});

function settingFix(editable: boolean | null | undefined, setting: Setting): Fix {
  const names_ = names(setting);
  return editable === false
    ? fix('ask_installer', names_, [], 'installer')
    : fix('tesla_app_setting', names_, [], 'customer');
}

function editableEvidence(source: string, field: string, value: boolean | null | undefined): Evidence {
  return ev(
    source,
    `components.${field}`,
    value ?? undefined,
    note(value === true ? 'editable_yes' : value === false ? 'editable_no' : 'editable_unknown'),
  );
}

export function energyChecks(input: ChecklistInput, site: EnergySiteEntry): Check[] {
  const id = String(site.energy_site_id);
  const subject: Subject = { kind: 'energy_site', id, ...(site.site_name ? { label: site.site_name } : {}) };
  // A call skipped because the grant lacks the scope says so, rather than just "not read".
  const scoped = <T>(o: Outcome<T>): Outcome<T> =>
    !o.ok && o.raw === null && !input.account.grantedScopes.includes('energy_device_data')
      ? {
          ...o,
          reason: { reasonKey: 'input.no_scope', checkbox: CONSENT_LABELS.energy_device_data },
          missingScopes: true,
        }
      : o;
  const info = scoped(siteInfo(input, id));
  const live = scoped(liveStatus(input, id));
  const infoReq = REQ.siteInfo(id);
  const liveReq = REQ.liveStatus(id);
  const out: Check[] = [];

  // energy.reachable
  const firstFailure = !info.ok ? info : !live.ok ? live : null;
  if (firstFailure && !firstFailure.ok) {
    const siteFault = siteFaultOf(firstFailure);
    const params = { request: firstFailure.request, status: firstFailure.status, ...firstFailure.reason };
    out.push(
      check(
        'energy.reachable',
        subject,
        siteFault ? 'fail' : 'unknown',
        siteFault ? 'reachable.failed' : 'reachable.unknown',
        params,
        [ev(firstFailure.request, 'status', firstFailure.status, note('reason', firstFailure.reason))],
        failedFix(firstFailure),
      ),
    );
  } else if (info.ok && live.ok) {
    const ts = live.data.timestamp ?? undefined;
    const at = ts ? Date.parse(ts) : NaN;
    const ageMs = Number.isNaN(at) ? null : input.now - at;
    const params = {
      ...(ts ? { timestamp: ts } : { timestampKey: 'word.absent' }),
      ...(ageMs === null ? { ageKey: 'word.unknown' } : age(ageMs)),
    };
    const evidence = [
      ev(infoReq, 'status', info.raw.status),
      ev(liveReq, 'status', live.raw.status),
      ev(liveReq, 'timestamp', ts),
    ];
    const stale = ageMs !== null && ageMs > STALE_LIVE_MS;
    out.push(
      check(
        'energy.reachable',
        subject,
        stale ? 'warn' : 'pass',
        stale ? 'reachable.stale' : 'reachable.ok',
        params,
        evidence,
        fix('site_unreachable', {}, [], 'customer'),
      ),
    );
  }

  // energy.battery_present: site_info first, the products entry as a fallback.
  const comps = info.ok ? info.data.components : undefined;
  const batteryFromInfo = comps?.battery;
  const batteryFromProducts = site.components?.battery;
  const battery = batteryFromInfo ?? batteryFromProducts ?? null;
  const count = info.ok ? (info.data.battery_count ?? undefined) : undefined;
  const batteryEvidence = [
    ...(info.ok
      ? [ev(infoReq, 'components.battery', batteryFromInfo ?? undefined), ev(infoReq, 'battery_count', count)]
      : []),
    ev(REQ.products, 'components.battery', batteryFromProducts ?? undefined),
  ];
  if (battery === true)
    out.push(check('energy.battery_present', subject, 'pass', 'battery.ok', { count: count ?? '?' }, batteryEvidence));
  else if (battery === false)
    out.push(check('energy.battery_present', subject, 'fail', 'battery.none', {}, batteryEvidence));
  else
    out.push(
      check(
        'energy.battery_present',
        subject,
        'unknown',
        'battery.unknown',
        info.ok ? { reasonKey: 'word.not_reported' } : info.reason,
        batteryEvidence,
        fix('retry', {}, [], 'app'),
      ),
    );

  const settingUnknown = (checkId: Check['id']) => {
    if (info.ok) return null;
    return check(
      checkId,
      subject,
      'unknown',
      'reachable.unknown',
      { request: info.request, ...info.reason },
      [ev(infoReq, 'status', info.status, note('reason', info.reason))],
      failedFix(info),
    );
  };
  const noBattery = (checkId: Check['id'], key: string) =>
    check(checkId, subject, 'not_applicable', key, {}, [ev(infoReq, 'components.battery', false)]);

  // energy.permission_to_export (non_export_configured: inferred)
  {
    const unknown = settingUnknown('energy.permission_to_export');
    if (unknown) out.push(unknown);
    else {
      const v = comps?.non_export_configured;
      const evidence = [
        ev(infoReq, 'components.non_export_configured', v ?? undefined, note('inferred')),
        editableEvidence(infoReq, 'edit_setting_permission_to_export', comps?.edit_setting_permission_to_export),
      ];
      const f = settingFix(comps?.edit_setting_permission_to_export, 'permission_to_export');
      // Off before the utility's permission to operate is right: a warning the verdicts wait for, with a fix
      // that applies only once that permission is granted; never a failure.
      if (v === true)
        out.push({
          ...check(
            'energy.permission_to_export',
            subject,
            'warn',
            'permission.off',
            {},
            evidence,
            fix('pto_then_export', names('permission_to_export'), [], 'installer'),
          ),
          waiting: true,
        });
      else if (v === false)
        out.push(check('energy.permission_to_export', subject, 'pass', 'permission.ok', {}, evidence));
      else out.push(check('energy.permission_to_export', subject, 'unknown', 'permission.absent', {}, evidence, f));
    }
  }

  // energy.energy_exports
  {
    const unknown = settingUnknown('energy.energy_exports');
    if (unknown) out.push(unknown);
    else if (battery === false) out.push(noBattery('energy.energy_exports', 'battery.none'));
    else {
      const v = comps?.customer_preferred_export_rule;
      const evidence = [
        ev(infoReq, 'components.customer_preferred_export_rule', v ?? undefined),
        editableEvidence(infoReq, 'edit_setting_energy_exports', comps?.edit_setting_energy_exports),
      ];
      if (comps?.grid_services_enabled !== undefined)
        evidence.push(ev(infoReq, 'components.grid_services_enabled', comps.grid_services_enabled));
      // Before Permission to Export nobody should switch exports on: the fix is to wait for it, not to export.
      const f =
        comps?.non_export_configured === true
          ? fix('exports_after_pto', {}, [], 'installer')
          : settingFix(comps?.edit_setting_energy_exports, 'energy_exports');
      if (v === 'battery_ok')
        out.push(check('energy.energy_exports', subject, 'pass', 'exports.everything', {}, evidence));
      else if (v === 'pv_only' && comps?.non_export_configured === true)
        out.push({
          ...check('energy.energy_exports', subject, 'warn', 'exports.solar', {}, evidence, f),
          waiting: true,
        });
      else if (v === 'pv_only')
        out.push(check('energy.energy_exports', subject, 'fail', 'exports.solar', {}, evidence, f));
      else if (v === 'never' && comps?.non_export_configured === true)
        out.push(check('energy.energy_exports', subject, 'pass', 'exports.never_pre_pto', {}, evidence));
      else if (v === 'never')
        out.push(check('energy.energy_exports', subject, 'fail', 'exports.never', {}, evidence, f));
      else if (v == null)
        out.push(check('energy.energy_exports', subject, 'unknown', 'exports.absent', {}, evidence, f));
      else out.push(check('energy.energy_exports', subject, 'unknown', 'exports.other', { value: v }, evidence, f));
    }
  }

  // energy.grid_charging (inverted: absent or false = allowed)
  {
    const unknown = settingUnknown('energy.grid_charging');
    if (unknown) out.push(unknown);
    else if (battery === false) out.push(noBattery('energy.grid_charging', 'battery.none'));
    else {
      const v = comps?.disallow_charge_from_grid_with_solar_installed;
      const evidence = [
        ev(
          infoReq,
          'components.disallow_charge_from_grid_with_solar_installed',
          v ?? undefined,
          note('grid_charging_inverted'),
        ),
        editableEvidence(infoReq, 'edit_setting_grid_charging', comps?.edit_setting_grid_charging),
      ];
      const f = settingFix(comps?.edit_setting_grid_charging, 'grid_charging');
      if (v === true) out.push(check('energy.grid_charging', subject, 'fail', 'grid_charging.off', {}, evidence, f));
      else
        out.push(
          check(
            'energy.grid_charging',
            subject,
            'pass',
            'grid_charging.allowed',
            v === false ? { value: 'false' } : { valueKey: 'word.absent' },
            evidence,
          ),
        );
    }
  }

  out.push(readiness(input, subject, info, live, battery));
  out.push(tariffAndModeCheck(input, subject, battery));
  out.push(gridServicesCheck(input, subject));
  return out;
}

function readiness(
  input: ChecklistInput,
  subject: Subject,
  info: ReturnType<typeof siteInfo>,
  live: ReturnType<typeof liveStatus>,
  battery: boolean | null,
): Check {
  const id = subject.id;
  const infoReq = REQ.siteInfo(id);
  const liveReq = REQ.liveStatus(id);
  const scopeEv = ev('access token', 'scp includes energy_cmds', input.account.grantedScopes.includes('energy_cmds'));
  if (battery === false)
    return check(
      'energy.command_readiness',
      subject,
      'not_applicable',
      'readiness.unknown',
      { reasonKey: 'reason.no_battery' },
      [ev(infoReq, 'components.battery', false)],
    );
  if (!input.account.grantedScopes.includes('energy_cmds')) {
    return check(
      'energy.command_readiness',
      subject,
      'fail',
      'readiness.no_scope',
      {},
      [scopeEv],
      fix('reconnect_scope', { checkbox: CONSENT_LABELS.energy_cmds }, [], 'installer'),
    );
  }
  const failed = !info.ok ? info : !live.ok ? live : null;
  if (failed && !failed.ok) {
    return check(
      'energy.command_readiness',
      subject,
      'unknown',
      'readiness.unread',
      { request: failed.request, ...failed.reason },
      [ev(failed.request, 'status', failed.status, note('reason', failed.reason))],
      fix('retry', {}, [], 'app'),
    );
  }
  if (!info.ok || !live.ok) throw new Error('unreachable');
  const d = info.data;
  const l = live.data;
  const mode = d.default_real_mode ?? undefined;
  const reserve = d.backup_reserve_percent ?? undefined;
  const soc = l.percentage_charged ?? undefined;
  const island = l.island_status ?? undefined;
  const evidence = [
    scopeEv,
    ev(infoReq, 'default_real_mode', mode),
    ev(infoReq, 'backup_reserve_percent', reserve),
    ev(infoReq, 'components.configurable', d.components?.configurable ?? undefined),
    ev(liveReq, 'percentage_charged', soc === undefined ? undefined : Math.round(soc * 10) / 10),
    ev(liveReq, 'island_status', island),
    ev(liveReq, 'storm_mode_active', l.storm_mode_active ?? undefined),
    ev(liveReq, 'grid_services_active', l.grid_services_active ?? undefined),
  ];
  // Each limit as a message key; the values they use travel alongside so every language can fill them.
  const reasons: string[] = [];
  if (island && island.startsWith('off_grid')) reasons.push('reason.off_grid');
  if (l.storm_mode_active) reasons.push('reason.storm');
  // A grid-services event is energy.grid_services' finding (it also names the program); not repeated here.
  if (d.components?.configurable === false) reasons.push('reason.not_configurable');
  if (reserve !== undefined && reserve >= 80) reasons.push('reason.reserve_cap');
  if (soc !== undefined && soc >= 99.5) reasons.push('reason.full');
  if (soc !== undefined && reserve !== undefined && soc <= reserve) reasons.push('reason.at_reserve');
  if (reasons.length > 0) {
    const params = {
      reasonsKeys: reasons.join(';'),
      value: island ?? 'absent',
      soc: soc === undefined ? '?' : Math.round(soc),
      reserve: reserve ?? '?',
    };
    return check(
      'energy.command_readiness',
      subject,
      'warn',
      'readiness.limited',
      params,
      evidence,
      fix('wait_event', {}, [], 'customer'),
    );
  }
  // The mode in the Tesla app's words when known (the raw value stays in the evidence).
  const modeParam: Record<string, string> =
    mode && KNOWN_MODES.has(mode) ? { modeKey: `operation_mode.${mode}` } : { mode: mode ?? 'absent' };
  return check(
    'energy.command_readiness',
    subject,
    'pass',
    'readiness.ok',
    { ...modeParam, reserve: reserve ?? '?', soc: soc === undefined ? '?' : Math.round(soc) },
    evidence,
  );
}
