import type { en } from './en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const de: Shape<typeof en> = {
  app: {
    skipToContent: 'Zum Inhalt springen',
    navigation: 'Ansichten',
    tagline: 'Prüft und repariert die Tesla-Verbindung eines Hausbesitzers zu seiner Energieplattform',
    version: 'Version {{version}}',
    mode: { demo: 'Demomodus', tesla: 'Tesla-Kontomodus' },
    transport: { electron: 'Desktop-App', browser: 'Browsermodus' },
  },
  status: {
    label: 'Dienst',
    loading: 'Verbindung zur App wird hergestellt …',
    demoReady: 'Demomodus: bereit',
    simulatorReady: 'Demomodus: Simulator bereit',
    simulatorFailed: 'Demomodus: Der Simulator konnte nicht starten. Starten Sie die App neu.',
    teslaReady: 'Bereit zur Verbindung mit Tesla',
    starting: 'Wird gestartet …',
    failed: 'Der Dienst der App ist nicht erreichbar: {{message}}',
  },
};
