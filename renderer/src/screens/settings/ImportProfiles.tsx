// Renderer: imports connection profiles from a JSON file (IT rollout). The main side validates it and
// explains any problem; nothing is changed unless the whole file is valid.
import { useTranslation } from 'react-i18next';
import { useProfilesStore } from './profiles-store';

const MAX_BYTES = 200_000;

export function ImportProfiles() {
  const { t } = useTranslation();
  const { importFile, busy } = useProfilesStore();
  return (
    <section className="card" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('settings.import.heading')}</h3>
      <p className="muted">{t('settings.import.explain')}</p>
      <label htmlFor="import-file">{t('settings.import.choose')}</label>{' '}
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          if (file.size > MAX_BYTES) {
            useProfilesStore.setState({ notice: { kind: 'error', key: 'settings.import.tooLarge' } });
            return;
          }
          void file.text().then((text) => importFile(text));
        }}
      />
    </section>
  );
}
