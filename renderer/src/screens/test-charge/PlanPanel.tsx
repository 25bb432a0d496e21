// Renderer: the preflight's blockers (each explained; nothing is written while one stands), and which
// settings the test changes and why, and which it leaves alone.
import { useTranslation } from 'react-i18next';
import type { TestPlan } from '../../../../shared/contract';
import { settingName, settingValue } from './setting-text';

export function PlanPanel({ plan, onStart, disabled }: { plan: TestPlan; onStart: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const { preflight, strategy } = plan;
  return (
    <section className="tc-plan" aria-labelledby="tc-plan-heading">
      <h3 id="tc-plan-heading">{t('testCharge.plan.heading')}</h3>
      {preflight.ok ? (
        <p className="tc-ok">
          <span aria-hidden="true">✔ </span>
          {t('testCharge.plan.ready')}
        </p>
      ) : (
        <div role="alert">
          <p className="tc-bad">
            <span aria-hidden="true">✖ </span>
            {t('testCharge.plan.blocked')}
          </p>
          <ul className="tc-blockers">
            {preflight.blockers.map((b) => (
              <li key={b.code}>
                {t(`testCharge.blocker.${b.code}`)}
                {b.observed !== undefined && <span className="tc-observed"> ({t('testCharge.plan.observed', { value: String(b.observed) })})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preflight.warnings.length > 0 && (
        <ul className="tc-warnings">
          {preflight.warnings.map((w) => (
            <li key={w}>{t(`testCharge.warning.${w}`)}</li>
          ))}
        </ul>
      )}
      <h4>{t('testCharge.plan.touches')}</h4>
      {strategy.touches.length === 0 ? (
        <p>{t('testCharge.plan.nothingToChange')}</p>
      ) : (
        <table className="tc-table">
          <thead>
            <tr>
              <th scope="col">{t('testCharge.plan.setting')}</th>
              <th scope="col">{t('testCharge.plan.now')}</th>
              <th scope="col">{t('testCharge.plan.during')}</th>
              <th scope="col">{t('testCharge.plan.why')}</th>
            </tr>
          </thead>
          <tbody>
            {strategy.touches.map((c) => (
              <tr key={c.key}>
                <th scope="row">{settingName(t, c.key)}</th>
                <td>{settingValue(t, c.key, c.from)}</td>
                <td>{settingValue(t, c.key, c.to)}</td>
                <td>{t(`testCharge.why.${c.why}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {strategy.leftAlone.length > 0 && (
        <>
          <h4>{t('testCharge.plan.leftAlone')}</h4>
          <ul>
            {strategy.leftAlone.map((l) => (
              <li key={l.key}>
                {settingName(t, l.key)}: {settingValue(t, l.key, l.value)} — {t(`testCharge.why.${l.why}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="tc-hint">{t('testCharge.plan.restorePromise')}</p>
      <button type="button" className="tc-start" disabled={disabled || !preflight.ok} onClick={onStart}>
        {t(`testCharge.start.${strategy.direction}`)}
      </button>
    </section>
  );
}
