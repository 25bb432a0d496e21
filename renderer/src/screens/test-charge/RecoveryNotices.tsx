// Renderer: restores finished at start-up (or by "Finish pending restores"), and those that need a person.
import { useTranslation } from 'react-i18next';
import type { RecoveryNotice } from '../../../../shared/contract';
import { settingName, settingValue } from './setting-text';

export function RecoveryNotices({ notices }: { notices: RecoveryNotice[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="tc-notices" aria-label={t('testCharge.recovery.label')}>
      {notices.map((n, i) => (
        <div key={`${n.at}-${i}`} role={n.status === 'failed' || n.status === 'unreadable' ? 'alert' : 'status'} className={n.status === 'restored' ? 'tc-ok' : 'tc-bad'}>
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
        </div>
      ))}
    </section>
  );
}
