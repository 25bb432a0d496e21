// Renderer: what a checklist item is about, in words for a heading: the customer's label (else
// "Customer 1"), the site's name, the car's name; never an account id, a site id or a VIN.
import { useTranslation } from 'react-i18next';
import type { Check, Subject } from '@shared/report/check-types';

export function useSubjectName(checks: readonly Check[], accountLabel?: string): (subject: Subject) => string {
  const { t } = useTranslation();
  // Unnamed sites and cars are numbered in the order the checklist lists them.
  const numbers = new Map<string, number>();
  for (const c of checks) {
    const key = `${c.subject.kind}:${c.subject.id}`;
    if (!numbers.has(key))
      numbers.set(key, [...numbers.keys()].filter((k) => k.startsWith(`${c.subject.kind}:`)).length + 1);
  }
  return (subject) => {
    const n = numbers.get(`${subject.kind}:${subject.id}`) ?? 1;
    if (subject.kind === 'account') return accountLabel || subject.label || t('checklist.subject.account', { n });
    if (subject.label) return subject.label;
    return t(subject.kind === 'energy_site' ? 'checklist.subject.site' : 'checklist.subject.vehicle', { n });
  };
}
