// Renderer: "End site visit": forgets every customer on this laptop after one confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountsStore } from '../../state/accounts-store';

export function EndVisitPanel({ count }: { count: number }) {
  const { t } = useTranslation();
  const { forgetAll, busy } = useAccountsStore();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card end-visit" aria-labelledby="end-visit-heading">
      <h3 id="end-visit-heading">{t('accounts.endVisit.heading')}</h3>
      <p className="muted">{t('accounts.endVisit.explain')}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="end-visit-question" className="confirm">
          <p id="end-visit-question">{t('accounts.endVisit.question', { count })}</p>
          <button
            type="button"
            className="danger"
            // The question just appeared: put the keyboard on its answer.
            autoFocus
            disabled={busy}
            onClick={() => {
              void forgetAll().then(() => setConfirming(false));
            }}
          >
            {t('accounts.endVisit.confirm', { count })}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('accounts.endVisit.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('accounts.endVisit.start')}
        </button>
      )}
    </section>
  );
}
