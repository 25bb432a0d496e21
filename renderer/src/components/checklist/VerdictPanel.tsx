// Renderer: the headline verdicts (charge from the grid, discharge to the grid, vehicle commands), each with
// the items that block it and those it waits for (an expected, time-bound state: not a red "No").
import { useTranslation } from 'react-i18next';
import type { Check, Subject, VerdictName, Verdicts } from '@shared/report/check-types';
import { StatusBadge } from './StatusBadge';
import { useCheckText } from './use-check-text';

export function VerdictPanel({
  verdicts,
  checks,
  subjectName,
}: {
  verdicts: Verdicts;
  checks: Check[];
  subjectName: (s: Subject) => string;
}) {
  const { t } = useTranslation();
  const text = useCheckText();
  const byRef = new Map(checks.map((c) => [`${c.id}@${c.subject.id}`, c]));
  const hasSite = checks.some((c) => c.subject.kind === 'energy_site');
  const hasVehicle = checks.some((c) => c.subject.kind === 'vehicle');
  const list = (refs: string[]) => (
    <ul>
      {refs.map((ref) => {
        const c = byRef.get(ref);
        return (
          <li key={ref}>
            {c ? (
              <a href={`#ck-${ref}`}>
                <StatusBadge status={c.status} /> {text.title(c)}
                {c.subject.kind !== 'account' && ` (${subjectName(c.subject)})`}
              </a>
            ) : (
              ref
            )}
          </li>
        );
      })}
    </ul>
  );
  const row = (kind: VerdictName, present: boolean) => {
    const v = verdicts[kind];
    const waits = !v.ready && v.blocking.length === 0 && v.waiting.length > 0;
    const state = v.ready ? 'ck-ready' : waits ? 'ck-waiting' : 'ck-not-ready';
    return (
      <div className={`ck-verdict ${state}`} data-testid={`verdict-${kind}`} data-state={state.slice(3)}>
        <h4>
          <span aria-hidden="true">{v.ready ? '✓' : waits ? '⧗' : '✗'}</span> {t(`checklist.verdicts.${kind}`)}:{' '}
          <strong>
            {v.ready
              ? t('checklist.verdicts.yes')
              : waits
                ? t('checklist.verdicts.notYet')
                : t('checklist.verdicts.no')}
          </strong>
        </h4>
        {/* "None found" only when the product list was read: a refused list (a 412, a suspended app) proves nothing. */}
        {!present && ![...v.blocking, ...v.waiting].some((ref) => ref.startsWith('account.')) && (
          <p>{t(kind === 'vehicle' ? 'checklist.verdicts.noVehicle' : 'checklist.verdicts.noBattery')}</p>
        )}
        {v.blocking.length > 0 && (
          <>
            <p>{t('checklist.verdicts.blockedBy')}</p>
            {list(v.blocking)}
          </>
        )}
        {v.waiting.length > 0 && (
          <>
            <p>{t('checklist.verdicts.waitingFor')}</p>
            {list(v.waiting)}
          </>
        )}
      </div>
    );
  };
  return (
    <section className="ck-verdicts" aria-label={t('checklist.verdicts.heading')}>
      {row('charge', hasSite)}
      {row('discharge', hasSite)}
      {row('vehicle', hasVehicle)}
    </section>
  );
}
