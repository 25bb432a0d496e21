// Renderer: "End site visit": forgets every customer on this laptop after one confirmation, then says
// exactly what was removed and what was kept, and why (a pending restore keeps that customer's sign-in).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndVisitSummary } from '@shared/contract';
import { useAccountsStore } from '@renderer/state/accounts-store';

function VisitSummary({ summary, onClose }: { summary: EndVisitSummary; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="visit-summary">
      <h4>{t('accounts.endVisit.done')}</h4>
      <h5>{t('accounts.endVisit.removedHeading')}</h5>
      {summary.removed.length === 0 ? (
        <p>{t('accounts.endVisit.nothingRemoved')}</p>
      ) : (
        <ul aria-label={t('accounts.endVisit.removedHeading')}>
          {summary.removed.map((r) => (
            <li key={r.item}>{t(`accounts.endVisit.removed.${r.item}`, { count: r.count })}</li>
          ))}
        </ul>
      )}
      {summary.kept.length > 0 && (
        <>
          <h5>{t('accounts.endVisit.keptHeading')}</h5>
          <ul aria-label={t('accounts.endVisit.keptHeading')}>
            {summary.kept.map((k) => (
              <li key={`${k.item}-${k.customer ?? ''}`}>
                {t(`accounts.endVisit.kept.${k.item}`, {
                  customer: k.customer ?? '',
                  reason: t(`accounts.endVisit.reason.${k.reason}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('accounts.endVisit.close')}
      </button>
    </div>
  );
}

export function EndVisitPanel({ count, onEnded }: { count: number; onEnded?: () => void }) {
  const { t } = useTranslation();
  const { forgetAll, busy, visitEnded, closeVisitSummary } = useAccountsStore();
  const [confirming, setConfirming] = useState(false);
  if (count === 0 && !visitEnded) return null;
  return (
    <section className="card end-visit" aria-labelledby="end-visit-heading">
      <h3 id="end-visit-heading">{t('accounts.endVisit.heading')}</h3>
      {visitEnded ? (
        <VisitSummary summary={visitEnded} onClose={closeVisitSummary} />
      ) : (
        <p className="muted">{t('accounts.endVisit.explain')}</p>
      )}
      {count === 0 ? null : confirming ? (
        <div role="alertdialog" aria-labelledby="end-visit-question" className="confirm">
          <p id="end-visit-question">{t('accounts.endVisit.question', { count })}</p>
          <button
            type="button"
            className="danger"
            // The question just appeared: put the keyboard on its answer.
            autoFocus
            disabled={busy}
            onClick={() => {
              void forgetAll().then(() => {
                setConfirming(false);
                onEnded?.();
              });
            }}
          >
            {t('accounts.endVisit.confirm', { count })}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('accounts.endVisit.cancel')}
          </button>
        </div>
      ) : (
        !visitEnded && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('accounts.endVisit.start')}
          </button>
        )
      )}
    </section>
  );
}
