// Test support: a check as the rules would build it, with only what layering and headlines read (its id,
// subject, status, text key and who fixes it); `values` fills the text's and the fix's parameters.
import type { Check, Subject } from '@shared/report/check-types';
import type { TextRef } from '@shared/text/text-ref';

export const stubAccount = { kind: 'account' as const, id: 'acct' };

export function stubCheck(
  id: Check['id'],
  status: Check['status'],
  actor?: NonNullable<Check['fix']>['actor'],
  subject: Subject = stubAccount,
  values: { text?: TextRef['params']; fix?: TextRef['params'] } = {},
): Check {
  return {
    id,
    subject,
    status,
    text: { key: `k.${id}`, params: values.text ?? {} },
    evidence: [],
    ...(actor ? { fix: { text: { key: `fix.${id}`, params: values.fix ?? {} }, links: [], actor } } : {}),
  };
}
