// Renderer: restores finished at start-up (or by "Try the pending restores again"), and those that need a
// person: their original values to set by hand, and, once set, a confirmed "forget this restore".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryNotice } from '@shared/contract';
import { settingName, settingValue } from './setting-text';

function HandDone({ siteId, onDiscard }: { siteId: string; onDiscard: (siteId: string) => void }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <div className="tc-hand-done">
      <label className="tc-check">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {t('testCharge.recovery.confirmHand')}
      </label>
      <button type="button" disabled={!confirmed} onClick={() => onDiscard(siteId)}>
        {t('testCharge.recovery.discard')}
      </button>
    </div>
  );
}

export function RecoveryNotices({
  notices,
  onDiscard,
}: {
  notices: RecoveryNotice[];
  onDiscard: (siteId: string) => void;
}) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="tc-notices" aria-label={t('testCharge.recovery.label')}>
      {notices.map((n, i) => (
        <div
          key={`${n.at}-${i}`}
          role={n.status === 'failed' || n.status === 'unreadable' ? 'alert' : 'status'}
          className={n.status === 'restored' ? 'tc-ok' : 'tc-bad'}
        >
          <p>{t(`testCharge.recovery.${n.status}`, { site: n.siteId ?? '', message: n.error ?? '' })}</p>
          {n.original && (
            <ul>
              {Object.entries(n.original).map(([key, value]) => (
                <li key={key}>
                  {settingName(t, key)}: {settingValue(t, key, value as string | number | boolean | undefined)}
                </li>
              ))}
            </ul>
          )}
          {n.status === 'failed' && n.siteId && <HandDone siteId={n.siteId} onDiscard={onDiscard} />}
        </div>
      ))}
    </section>
  );
}
