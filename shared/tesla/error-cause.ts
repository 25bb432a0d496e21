// Runs anywhere. The shape of one entry in Tesla's error catalogue: a cause with a stable id, who fixes it,
// the checklist check it belongs to, and the real texts that name it (Tesla's words, kept verbatim). What it
// means, its fix and its wait are the app's words: the text catalogues hold them under `cause.<id>` in every
// language (title, meaning, until, fix.summary, fix.step1…), worded by cause-words.ts.

/**
 * Who fixes it (reference section 8). The person using the doctor is the installer or the support desk, so
 * an installer fix is written to "you on site", never "ask the installer".
 * - customer: the homeowner, in the Tesla app (or at the car);
 * - installer: in Tesla One or Powerhub (or on site);
 * - platform: the energy platform's Tesla developer account (nobody on site can fix it);
 * - tesla_support: Tesla itself (outages, provisioning, locked accounts);
 * - wait: nothing to fix, it passes (see `waitUntil`).
 */
export const CAUSE_ACTORS = ['customer', 'installer', 'platform', 'tesla_support', 'wait'] as const;
export type CauseActor = (typeof CAUSE_ACTORS)[number];

/** The checklist checks a cause can point at: today's ids and the ones issue 14 adds. */
export const CAUSE_CHECK_IDS = [
  'account.connection',
  'account.region',
  'account.partner_registration',
  'account.app_status',
  'account.rate_limit',
  'scope.energy_read',
  'scope.energy_commands',
  'scope.vehicle_read',
  'scope.vehicle_commands',
  'scope.vehicle_location',
  'energy.reachable',
  'energy.site_discovery',
  'energy.tariff_and_mode',
  'energy.grid_services',
  'vehicle.virtual_key',
  'vehicle.command_protocol',
  'vehicle.reachable',
  'vehicle.pairing_account',
] as const;
export type CauseCheckId = (typeof CAUSE_CHECK_IDS)[number];

export interface CauseFix {
  /** One sentence: who does what. */
  summary: string;
  /** Concrete steps, in the actor's own tool. */
  steps: string[];
}

export interface ErrorCause {
  /** Stable id, kept in reports (`raw[].cause`) and in `explain --format json`. Never renamed. */
  id: string;
  actor: CauseActor;
  checkId: CauseCheckId;
  /**
   * Its texts are a library's wording of a bare status (said for every such status), not Tesla naming a
   * cause: a match is no surer than the status alone.
   */
  generic?: true;
  /** HTTP statuses Tesla (or a proxy in front of it) has been seen to send it with; [] for in-app texts. */
  statuses: number[];
  /**
   * Matched against the normalised text (lower case, one space between words, straight quotes, no
   * backslash escapes): any one hit names this cause. Keep them specific: a status alone is not a pattern.
   */
  patterns: RegExp[];
  /** Real texts as users see them (Tesla bodies, library and Home Assistant messages, app messages). */
  examples: string[];
  /** Where the texts come from (repository and file, or an issue thread). */
  sources: string[];
}
