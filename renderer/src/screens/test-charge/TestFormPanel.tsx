// Renderer: choose the site, the direction, the duration and grid interaction; "Check" runs the preflight.
import { useTranslation } from 'react-i18next';
import { useTestChargeStore } from '@renderer/state/test-charge-store';

export function TestFormPanel({ accountId, disabled }: { accountId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { sites, form, setForm, check, busy, plan } = useTestChargeStore();
  const batterySites = sites.filter((s) => s.hasBattery);
  // Once the plan has read the site, the hint says what the plan will do: without Permission to Export the
  // exports are never changed, so the form must not promise "Everything" beside it.
  const exportsLeftAlone =
    form.direction === 'discharge' &&
    plan?.strategy.leftAlone.some(
      (l) => l.key === 'customer_preferred_export_rule' && l.why === 'no_export_permission',
    );
  return (
    <form
      className="tc-form"
      aria-label={t('testCharge.form.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void check(accountId);
      }}
    >
      <label>
        {t('testCharge.form.site')}
        <select value={form.siteId} disabled={disabled} onChange={(e) => setForm({ siteId: e.target.value })}>
          {batterySites.length === 0 && <option value="">{t('testCharge.form.noSites')}</option>}
          {batterySites.map((s) => (
            <option key={s.siteId} value={s.siteId}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset disabled={disabled}>
        <legend>{t('testCharge.form.direction')}</legend>
        {(['charge', 'discharge'] as const).map((d) => (
          <label key={d} className="tc-radio">
            <input
              type="radio"
              name="direction"
              value={d}
              checked={form.direction === d}
              onChange={() => setForm({ direction: d })}
            />
            {t(`testCharge.direction.${d}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('testCharge.form.minutes')}
        <input
          type="number"
          min={1}
          max={15}
          step={1}
          value={form.minutes}
          disabled={disabled}
          onChange={(e) => setForm({ minutes: Number(e.target.value) })}
        />
      </label>
      <label className="tc-check">
        <input
          type="checkbox"
          checked={form.gridInteraction}
          disabled={disabled}
          onChange={(e) => setForm({ gridInteraction: e.target.checked })}
        />
        {t('testCharge.form.gridInteraction')}
      </label>
      <p className="tc-hint">
        {exportsLeftAlone
          ? t('testCharge.form.noExportPermission')
          : t(
              form.gridInteraction
                ? `testCharge.form.gridOn.${form.direction}`
                : `testCharge.form.gridOff.${form.direction}`,
            )}
      </p>
      <button type="submit" disabled={disabled || busy || !form.siteId}>
        {t('testCharge.form.check')}
      </button>
    </form>
  );
}
