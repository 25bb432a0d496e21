// Runs anywhere. The account's platform-side checks: is the platform registered with Tesla in this region,
// is its Tesla app active (not suspended for billing, not on a retired Owner-API token), and did Tesla ask
// to wait (rate limits are per device and shared with every other app). Nobody on site fixes the first two.
import type { Check, Subject } from '@shared/report/check-types';
import { reasonOf, retryAt, scopeFor, type ChecklistInput } from '../checklist-input';
import { TeslaErrorBodySchema } from '@shared/tesla/error-body';
import { answerWithCause, anyAnswered, causeOf, errorText, failedRead } from './answer-causes';
import type { TextParams } from '@shared/text/text-ref';
import { age, check, ev, fix } from './make-check';

/** The region Tesla names in a 412 (its base URL), else the token's, else words. */
function regionOf412(error: string, tokenRegion: string | null): string {
  const m = /fleet-api\.prd\.(na|eu|cn)\./i.exec(error);
  return m?.[1] ? m[1].toUpperCase() : (tokenRegion ?? 'the customer’s region');
}

/** Why nothing succeeded, as `{{reason}}` values: the last request and what Tesla answered (never an object). */
function noAnswerReason(input: ChecklistInput): TextParams {
  const last = input.responses[input.responses.length - 1];
  return last ? failedRead(last.request, reasonOf(last)) : { reasonKey: 'input.not_read' };
}

export function platformChecks(input: ChecklistInput, subject: Subject): Check[] {
  const out: Check[] = [];
  const answered = anyAnswered(input);

  // account.partner_registration: a 412 (or 424 at registration) is the platform's; say so plainly.
  const unregistered = answerWithCause(input, [
    'partner.not_registered_in_region',
    'partner.public_key_download_failed',
  ]);
  if (unregistered) {
    const error = errorText(unregistered);
    const region = regionOf412(error, input.account.region);
    const key =
      causeOf(unregistered) === 'partner.public_key_download_failed'
        ? 'partner.key_download'
        : 'partner.not_registered';
    out.push(
      check(
        'account.partner_registration',
        subject,
        'fail',
        key,
        { region, error },
        [ev(unregistered.request, 'status', unregistered.status)],
        fix('platform_register', { region, error }, [], 'platform'),
      ),
    );
  } else if (answered) {
    out.push(
      check('account.partner_registration', subject, 'pass', 'partner.ok', {}, [ev('Fleet API', 'answered', true)]),
    );
  } else {
    out.push(
      check('account.partner_registration', subject, 'unknown', 'partner.unknown', noAnswerReason(input), [
        ev('Fleet API', 'answered', false),
      ]),
    );
  }

  // account.app_status: billing suspension, Owner-API token, or a "missing scope" the token actually holds.
  const suspended = answerWithCause(input, ['app.exceeded_limit', 'app.payment_required', 'app.owner_api_token']);
  const mismatch = input.responses.find((r) => {
    if (r.status !== 403) return false;
    const env = TeslaErrorBodySchema.safeParse(r.body);
    const scope = scopeFor(r.request);
    return (
      env.success &&
      /missing scopes/i.test(env.data.error ?? '') &&
      scope !== null &&
      input.account.grantedScopes.includes(scope)
    );
  });
  if (suspended) {
    const error = errorText(suspended);
    const cause = causeOf(suspended);
    const evidence = [ev(suspended.request, 'status', suspended.status)];
    if (cause === 'app.owner_api_token')
      out.push(
        check(
          'account.app_status',
          subject,
          'fail',
          'app_status.owner_api',
          { status: suspended.status, error },
          evidence,
          fix('platform_fleet_api', { error }, [], 'platform'),
        ),
      );
    else
      out.push(
        check(
          'account.app_status',
          subject,
          'fail',
          cause === 'app.payment_required' ? 'app_status.payment' : 'app_status.exceeded',
          { error },
          evidence,
          fix('platform_billing', { error }, [], 'platform'),
        ),
      );
  } else if (mismatch) {
    const scope = scopeFor(mismatch.request) ?? '';
    const error = errorText(mismatch);
    out.push(
      check(
        'account.app_status',
        subject,
        'warn',
        'app_status.scope_mismatch',
        { error, request: mismatch.request, scope },
        [ev(mismatch.request, 'status', 403), ev('access token', 'scp', input.account.grantedScopes.join(' '))],
        fix('platform_scope', { scope }, [], 'platform'),
      ),
    );
  } else if (answered) {
    out.push(check('account.app_status', subject, 'pass', 'app_status.ok', {}, [ev('Fleet API', 'answered', true)]));
  } else {
    out.push(
      check('account.app_status', subject, 'unknown', 'app_status.unknown', noAnswerReason(input), [
        ev('Fleet API', 'answered', false),
      ]),
    );
  }

  // account.rate_limit: a warning, never a failure: it passes by itself, and it may be another app's doing.
  const limited = input.responses.filter((r) => r.status === 429);
  if (limited.length === 0) {
    out.push(check('account.rate_limit', subject, 'pass', 'rate_limit.ok', {}, [ev('Fleet API', '429 answers', 0)]));
  } else {
    const latest = limited.map((r) => ({ r, at: retryAt(r) })).sort((a, b) => (b.at ?? 0) - (a.at ?? 0))[0]!;
    const evidence = limited.map((r) => ev(r.request, 'status', 429));
    if (latest.at === null) {
      out.push({
        ...check(
          'account.rate_limit',
          subject,
          'warn',
          'rate_limit.waiting_no_time',
          { request: latest.r.request },
          evidence,
          fix('wait_rate_limit', { until: 'a few minutes' }, [], 'wait'),
        ),
        waiting: true,
      });
    } else {
      // The moment as an ISO time (the screen shows it in local time with its day, "tomorrow 01:58 CET"), and
      // how long that is from when the answers were read.
      const until = new Date(latest.at).toISOString();
      const wait = age(latest.at - input.now);
      out.push({
        ...check(
          'account.rate_limit',
          subject,
          'warn',
          'rate_limit.waiting',
          { until, request: latest.r.request, ...wait },
          evidence,
          fix('wait_rate_limit', { until, ...wait }, [], 'wait'),
        ),
        waiting: true,
      });
    }
  }
  return out;
}
