// Renderer: the two headline verdicts, each with the items that block it.
import { useTranslation } from 'react-i18next';
import type { Check, Subject, Verdicts } from '@shared/report/check-types';
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
  const row = (kind: 'battery' | 'vehicle', present: boolean) => {
    const v = verdicts[kind];
    return (
      <div className={`ck-verdict ${v.ready ? 'ck-ready' : 'ck-not-ready'}`} data-testid={`verdict-${kind}`}>
        <h4>
          <span aria-hidden="true">{v.ready ? '✓' : '✗'}</span> {t(`checklist.verdicts.${kind}`)}:{' '}
          <strong>{v.ready ? t('checklist.verdicts.yes') : t('checklist.verdicts.no')}</strong>
        </h4>
        {/* "None found" only when the product list was read: a refused list (a 412, a suspended app) proves nothing. */}
        {!present && !v.blocking.some((ref) => ref.startsWith('account.')) && (
          <p>{t(kind === 'battery' ? 'checklist.verdicts.noBattery' : 'checklist.verdicts.noVehicle')}</p>
        )}
        {v.blocking.length > 0 && (
          <>
            <p>{t('checklist.verdicts.blockedBy')}</p>
            <ul>
              {v.blocking.map((ref) => {
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
          </>
        )}
      </div>
    );
  };
  return (
    <section className="ck-verdicts" aria-label={t('checklist.verdicts.heading')}>
      {row('battery', hasSite)}
      {row('vehicle', hasVehicle)}
    </section>
  );
}
