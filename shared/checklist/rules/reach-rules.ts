// Runs anywhere. account.reach, the first layer: did the Fleet API base answer at all? No answer to any read
// (network, DNS, TLS, a timeout: status 0) is this one check failing, so every later layer is "not checked"
// rather than each blamed; any answer, a refusal included, means Tesla was reached.
import type { Check, Subject } from '@shared/report/check-types';
import type { ChecklistInput } from '../checklist-input';
import { check, ev, fix } from './make-check';

export function reachCheck(input: ChecklistInput, subject: Subject): Check {
  const sent = input.responses;
  const answered = sent.filter((r) => r.status !== 0);
  if (sent.length === 0)
    return check('account.reach', subject, 'unknown', 'reach.unknown', {}, [ev('Fleet API', 'requests', 0)]);
  if (answered.length > 0)
    return check('account.reach', subject, 'pass', 'reach.ok', {}, [ev('Fleet API', 'answered', answered.length)]);
  const first = sent[0]!;
  return check(
    'account.reach',
    subject,
    'fail',
    'reach.no_answer',
    { request: first.request },
    sent.map((r) => ev(r.request, 'status', 0)),
    fix('check_network', {}, [], 'installer'),
  );
}
