// Renderer: the Support screen's words (language, support bundle, updates), English and German.
export const supportEn = {
  nav: 'Support',
  heading: 'Support and app settings',
  language: {
    heading: 'Language',
    label: 'Language of the app',
    en: 'English',
    de: 'German (Deutsch)',
  },
  bundle: {
    heading: 'Support bundle',
    explain: 'Collects the app’s logs, its settings (without any secret) and the latest report into one zip file for the support desk. Tokens, codes, e-mail addresses and full VINs are removed before anything is written.',
    create: 'Create support bundle',
    creating: 'Creating the support bundle…',
    created: 'Support bundle saved: {{path}} ({{count}} files, {{size}} KB)',
    downloaded: 'Support bundle saved: {{file}} ({{count}} files, {{size}} KB), in the browser’s downloads. A copy stays in the app’s data folder.',
    failed: 'The support bundle could not be created: {{message}}',
  },
  updates: {
    heading: 'Updates',
    explain: 'When on, the desktop app looks for a new version at start and every few hours, downloads it in the background and installs it when you quit. Off by default.',
    enabled: 'Update the app automatically',
    channel: 'Update channel',
    stable: 'Stable',
    beta: 'Beta (early versions, may have rough edges)',
    saved: 'Update setting saved.',
    failed: 'The update setting could not be saved: {{message}}',
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const supportDe: Shape<typeof supportEn> = {
  nav: 'Hilfe',
  heading: 'Hilfe und App-Einstellungen',
  language: {
    heading: 'Sprache',
    label: 'Sprache der App',
    en: 'Englisch (English)',
    de: 'Deutsch',
  },
  bundle: {
    heading: 'Supportpaket',
    explain: 'Fasst die Protokolle der App, ihre Einstellungen (ohne Geheimnisse) und den neuesten Bericht in einer ZIP-Datei für den Support zusammen. Tokens, Codes, E-Mail-Adressen und vollständige FINs werden vorher entfernt.',
    create: 'Supportpaket erstellen',
    creating: 'Supportpaket wird erstellt …',
    created: 'Supportpaket gespeichert: {{path}} ({{count}} Dateien, {{size}} KB)',
    downloaded: 'Supportpaket gespeichert: {{file}} ({{count}} Dateien, {{size}} KB), in den Downloads des Browsers. Eine Kopie bleibt im Datenordner der App.',
    failed: 'Das Supportpaket konnte nicht erstellt werden: {{message}}',
  },
  updates: {
    heading: 'Aktualisierungen',
    explain: 'Wenn eingeschaltet, sucht die Desktop-App beim Start und alle paar Stunden nach einer neuen Version, lädt sie im Hintergrund und installiert sie beim Beenden. Standardmäßig aus.',
    enabled: 'App automatisch aktualisieren',
    channel: 'Aktualisierungskanal',
    stable: 'Stabil',
    beta: 'Beta (frühe Versionen, noch nicht ausgereift)',
    saved: 'Aktualisierungseinstellung gespeichert.',
    failed: 'Die Aktualisierungseinstellung konnte nicht gespeichert werden: {{message}}',
  },
};
