// Renderer: the checklist grouped by account, each energy site and each vehicle, with the two verdicts
// on top. Read-only unless the caller passes actions, so the report view can show a saved report with it.
import { useTranslation } from 'react-i18next';
import { verdicts as computeVerdicts } from '../../../../shared/checklist/verdicts';
import type { Check, Verdicts } from '../../../../shared/checklist/check-types';
import { CheckItem } from './CheckItem';
import { VerdictPanel } from './VerdictPanel';
import './checklist.css';

export interface ChecklistViewProps {
  checks: Check[];
  /** Given: shown as is (a saved report's); absent: computed from the checks. */
  verdicts?: Verdicts;
  onRecheck?: (check: Check) => void;
  /** `checkId@subjectId` of the item being checked again. */
  recheckingRef?: string | null;
  onReconnect?: () => void;
}

export function ChecklistView({ checks, verdicts, onRecheck, recheckingRef, onReconnect }: ChecklistViewProps) {
  const { t } = useTranslation();
  const groups: Array<{ key: string; kind: Check['subject']['kind']; name: string; checks: Check[] }> = [];
  for (const c of checks) {
    const key = `${c.subject.kind}:${c.subject.id}`;
    let g = groups.find((x) => x.key === key);
    if (!g) {
      g = { key, kind: c.subject.kind, name: c.subject.label ? `${c.subject.label} (${c.subject.id})` : c.subject.id, checks: [] };
      groups.push(g);
    }
    g.checks.push(c);
  }
  return (
    <div className="ck-view">
      <VerdictPanel verdicts={verdicts ?? computeVerdicts(checks)} checks={checks} />
      {groups.map((g) => (
        <section key={g.key} className="ck-group" aria-labelledby={`ck-group-${g.key}`}>
          <h4 id={`ck-group-${g.key}`}>{t(`checklist.group.${g.kind}`, { name: g.name })}</h4>
          <ul className="ck-list">
            {g.checks.map((c) => {
              const ref = `${c.id}@${c.subject.id}`;
              return (
                <CheckItem
                  key={ref}
                  check={c}
                  {...(onRecheck ? { onRecheck, rechecking: recheckingRef === ref } : {})}
                  {...(onReconnect ? { onReconnect } : {})}
                />
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
