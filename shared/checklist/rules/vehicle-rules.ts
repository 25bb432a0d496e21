// Runs anywhere. One vehicle's checks: virtual key (fleet_status), command protocol, and reachability
// from the vehicle list. Nothing here asks for a wake: an asleep car is a fine car.
import type { Check, Subject } from '@shared/report/check-types';
import { fleetStatusFor, REQ, type ChecklistInput, type Why } from '../checklist-input';
import type { VehicleEntry } from '@shared/tesla/fleet-responses';
import { CONSENT_LABELS } from '@shared/tesla/scopes';
import { pairingLink } from '../pairing-link';
import { failedRead } from './answer-causes';
import { check, ev, fix, note } from './make-check';
import type { TextParams } from '@shared/text/text-ref';

/** A failure's reason as `{{failure}}`, for `checks.input.request_failed` ("{{request}}: {{failure}}"). */
function renamed(why: Why): TextParams {
  if ('reason' in why) return { failure: why.reason };
  return why.checkbox ? { failureKey: why.reasonKey, checkbox: why.checkbox } : { failureKey: why.reasonKey };
}

export function vehicleChecks(input: ChecklistInput, vehicle: VehicleEntry): Check[] {
  const vin = vehicle.vin;
  const subject: Subject = {
    kind: 'vehicle',
    id: vin,
    ...(vehicle.display_name ? { label: vehicle.display_name } : {}),
  };
  const fs = fleetStatusFor(input, vin);
  const out: Check[] = [];
  const fsReq = REQ.fleetStatus;

  // vehicle.virtual_key: paired only when Tesla lists it as paired; in neither list is unknown.
  const domain = input.profile.partnerDomain;
  const link = domain ? pairingLink(domain, vin) : null;
  const pairFix = link
    ? fix('pair_key', {}, [{ url: link, kind: 'pairing' }], 'customer')
    : fix('pair_key_no_domain', {}, [], 'installer');
  if (!fs.ok) {
    const noScope =
      fs.missingScopes || (fs.raw === null && !input.account.grantedScopes.includes('vehicle_device_data'));
    const reason: TextParams = noScope
      ? { reasonKey: 'input.fleet_status_no_scope', checkbox: CONSENT_LABELS.vehicle_device_data }
      : { reasonKey: 'input.request_failed', request: fs.request, ...renamed(fs.reason) };
    const f = noScope
      ? fix('reconnect_scope', { checkbox: CONSENT_LABELS.vehicle_device_data }, [], 'installer')
      : fix('retry', {}, [], 'app');
    out.push(
      check(
        'vehicle.virtual_key',
        subject,
        'unknown',
        'key.unknown',
        reason,
        [ev(fsReq, 'status', fs.status, note('reason', fs.reason))],
        f,
      ),
    );
  } else {
    const paired = fs.data.key_paired_vins?.includes(vin) ?? false;
    const unpaired = fs.data.unpaired_vins?.includes(vin) ?? false;
    const evidence = [
      ev(fsReq, 'key_paired_vins', paired ? `includes ${vin}` : `does not include ${vin}`),
      ev(fsReq, 'unpaired_vins', unpaired ? `includes ${vin}` : `does not include ${vin}`),
    ];
    const unsigned = vehicle.command_signing === 'off';
    // Contradictory answers are unknown, never a pass or a fail: Tesla's key state can lag.
    if (paired && unpaired)
      out.push(
        check(
          'vehicle.virtual_key',
          subject,
          'unknown',
          'key.both',
          { vin },
          evidence,
          fix('key_conflict', {}, [], 'wait'),
        ),
      );
    else if (unpaired && unsigned)
      out.push(
        check(
          'vehicle.virtual_key',
          subject,
          'unknown',
          'key.unpaired_unsigned',
          { vin },
          [...evidence, ev(REQ.products, 'command_signing', 'off')],
          fix('key_conflict', {}, [], 'wait'),
        ),
      );
    else if (paired) out.push(check('vehicle.virtual_key', subject, 'pass', 'key.paired', { vin }, evidence));
    else if (unpaired)
      out.push(check('vehicle.virtual_key', subject, 'fail', 'key.unpaired', { vin }, evidence, pairFix));
    else out.push(check('vehicle.virtual_key', subject, 'unknown', 'key.neither', { vin }, evidence, pairFix));
  }

  // vehicle.command_protocol: signing, firmware and access type.
  const info = fs.ok ? fs.data.vehicle_info?.[vin] : undefined;
  const access = vehicle.access_type ?? undefined;
  const protoEvidence = [
    ev(REQ.products, 'access_type', access),
    ev(REQ.products, 'command_signing', vehicle.command_signing ?? undefined),
    ev(
      fsReq,
      `vehicle_info.${vin}.vehicle_command_protocol_required`,
      info?.vehicle_command_protocol_required ?? undefined,
    ),
    ev(fsReq, `vehicle_info.${vin}.firmware_version`, info?.firmware_version ?? undefined),
  ];
  // vehicle.pairing_account: only the owner's account adds a key alone; a driver needs the owner or the car.
  if (access?.toUpperCase() === 'DRIVER') {
    out.push(
      check(
        'vehicle.pairing_account',
        subject,
        'fail',
        'pairing.driver',
        { vin },
        [ev(REQ.products, 'access_type', access)],
        fix('pairing_driver', {}, [], 'customer'),
      ),
    );
  } else if (access?.toUpperCase() === 'OWNER') {
    out.push(
      check('vehicle.pairing_account', subject, 'pass', 'pairing.owner', {}, [ev(REQ.products, 'access_type', access)]),
    );
  } else {
    out.push(
      check('vehicle.pairing_account', subject, 'unknown', 'pairing.unknown', {}, [
        ev(REQ.products, 'access_type', access),
      ]),
    );
  }

  if (info?.vehicle_command_protocol_required != null || vehicle.command_signing) {
    const required = info?.vehicle_command_protocol_required ?? vehicle.command_signing === 'required';
    out.push(
      check(
        'vehicle.command_protocol',
        subject,
        'pass',
        'protocol.ok',
        {
          ...(required ? { modeKey: 'word.signed' } : { mode: vehicle.command_signing ?? 'off' }),
          requiredKey: required ? 'word.yes' : 'word.no',
          ...(info?.firmware_version ? { firmware: info.firmware_version } : { firmwareKey: 'word.not_reported' }),
          ...(access ? { access } : { accessKey: 'word.not_reported' }),
        },
        protoEvidence,
      ),
    );
  } else {
    const reason: TextParams = fs.ok
      ? { reasonKey: 'input.no_protocol_info' }
      : { reasonKey: 'input.request_failed', request: fs.request, ...renamed(fs.reason) };
    out.push(
      check(
        'vehicle.command_protocol',
        subject,
        'unknown',
        'protocol.unknown',
        reason,
        protoEvidence,
        fix('retry', {}, [], 'app'),
      ),
    );
  }

  // vehicle.streaming_toggle: older Model S/X share no data with other apps until the toggle is on.
  const toggleField = `vehicle_info.${vin}.safety_screen_streaming_toggle_enabled`;
  const toggle = (info as { safety_screen_streaming_toggle_enabled?: unknown } | undefined)
    ?.safety_screen_streaming_toggle_enabled;
  if (!fs.ok)
    out.push(
      check('vehicle.streaming_toggle', subject, 'unknown', 'streaming.unknown', failedRead(fs.request, fs.reason), [
        ev(fsReq, 'status', fs.status, note('reason', fs.reason)),
      ]),
    );
  else if (toggle === false)
    out.push(
      check(
        'vehicle.streaming_toggle',
        subject,
        'fail',
        'streaming.off',
        {},
        [ev(fsReq, toggleField, false)],
        fix('streaming_on', {}, [], 'customer'),
      ),
    );
  else if (toggle === true)
    out.push(check('vehicle.streaming_toggle', subject, 'pass', 'streaming.ok', {}, [ev(fsReq, toggleField, true)]));
  else
    out.push(
      check('vehicle.streaming_toggle', subject, 'not_applicable', 'streaming.not_applicable', {}, [
        ev(fsReq, toggleField, undefined),
      ]),
    );

  // vehicle.reachable: from the list, never by waking.
  const state = vehicle.state ?? undefined;
  const stateEvidence = [ev(REQ.products, 'state', state)];
  if (state === 'online')
    out.push(check('vehicle.reachable', subject, 'pass', 'vehicle_state.online', {}, stateEvidence));
  else if (state === 'asleep')
    out.push(check('vehicle.reachable', subject, 'pass', 'vehicle_state.asleep', {}, stateEvidence));
  else if (state === 'offline')
    out.push(
      check(
        'vehicle.reachable',
        subject,
        'warn',
        'vehicle_state.offline',
        {},
        stateEvidence,
        fix('wait_online', {}, [], 'customer'),
      ),
    );
  else
    out.push(
      check(
        'vehicle.reachable',
        subject,
        'unknown',
        'vehicle_state.unknown',
        { reasonKey: 'input.no_vehicle_state' },
        stateEvidence,
      ),
    );
  return out;
}
