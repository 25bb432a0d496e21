// Renderer: the German wording of every check and fix (same keys as shared/checklist/check-text.ts).
import type { checkTextEn } from '../../../../shared/checklist/check-text';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const checkTextDe: Shape<typeof checkTextEn> = {
  connection: {
    ok: { title: 'Mit Tesla verbunden', detail: 'Das Zugriffstoken gilt bis {{expires}}, und ein Aktualisierungstoken liegt vor: Die Verbindung erneuert sich selbst.' },
    no_refresh: { title: 'Verbunden, aber ohne Erneuerung', detail: 'Es liegt kein Aktualisierungstoken vor: Die Verbindung endet, wenn das Zugriffstoken um {{expires}} abläuft.' },
    expired: { title: 'Verbindung abgelaufen', detail: 'Das Zugriffstoken ist um {{expires}} abgelaufen, und es liegt kein Aktualisierungstoken vor.' },
    rejected: { title: 'Tesla lehnt die Verbindung ab', detail: 'Tesla antwortete auch nach einer Token-Erneuerung mit {{status}} ({{error}}): Die Freigabe ist abgelaufen, wurde widerrufen oder das Passwort wurde geändert.' },
    unknown: { title: 'Verbindungsstatus unbekannt', detail: 'Der Ablauf des Tokens wurde nicht festgehalten, daher lässt sich die Verbindung nicht beurteilen.' },
    products_failed: { title: 'Tesla hat die Produkte nicht aufgelistet', detail: '{{request}} ist fehlgeschlagen ({{reason}}), daher konnte kein Standort und kein Fahrzeug geprüft werden.' },
  },
  region: {
    ok: { title: 'Region: {{region}}', detail: 'Laut Token gehört das Konto zur Region {{region}}, und die Fleet API hat dort geantwortet.' },
    wrong: { title: 'Falsche Fleet-API-Region', detail: 'Tesla antwortete mit 421: {{error}}' },
    redirected: { title: 'Region {{region}}, über einen Umweg erreicht', detail: 'Tesla antwortete mit 421 ({{error}}), und die App ist in die richtige Region weitergegangen. Bis zum erneuten Verbinden kostet jede Prüfung eine zusätzliche Abfrage.' },
    unknown: { title: 'Region unbekannt', detail: 'Das Token nennt keine Region des Kontos (kein ou_code).' },
  },
  scope: {
    granted: { title: '„{{checkbox}}“ erlaubt', detail: 'Der Kunde hat auf Teslas Zustimmungsseite „{{checkbox}}“ angehakt.' },
    missing: { title: '„{{checkbox}}“ nicht erlaubt', detail: 'Der Kunde hat auf Teslas Zustimmungsseite „{{checkbox}}“ nicht angehakt. Ohne diese Freigabe gilt: {{impact}}.' },
    missing_maybe: { title: '„{{checkbox}}“ nicht erlaubt', detail: 'Der Kunde hat „{{checkbox}}“ nicht angehakt. Ob das Konto Produkte hat, die diese Freigabe brauchen, ließ sich nicht feststellen. Ohne sie gilt: {{impact}}.' },
    not_applicable: { title: '„{{checkbox}}“: keine {{kind}} in diesem Konto', detail: 'Das Konto hat keine {{kind}}, daher spielt diese Freigabe keine Rolle ({{granted}}).' },
    refresh_ok: { title: 'Offline-Zugriff erlaubt', detail: 'Die Freigabe enthält offline_access: Die Verbindung erneuert sich ohne den Kunden.' },
    refresh_missing: { title: 'Kein Offline-Zugriff', detail: 'Der Freigabe fehlt offline_access: Ohne Aktualisierungstoken endet die Verbindung, sobald das Zugriffstoken abläuft (nach etwa 8 Stunden).' },
  },
  impact: {
    energy_read: 'die Plattform kann die Daten von Powerwall und Solaranlage nicht lesen',
    energy_commands: 'die Plattform kann Notstromreserve, Betriebsmodus, Einspeisung und Netzladen nicht ändern',
    vehicle_read: 'die Plattform sieht weder das Fahrzeug noch, ob sein virtueller Schlüssel gekoppelt ist',
    vehicle_commands: 'die Plattform kann dem Fahrzeug keine Befehle (etwa zum Laden) senden',
  },
  kind: { energy: 'Energieprodukte', vehicle: 'Fahrzeuge' },
  reachable: {
    ok: { title: 'Standort antwortet', detail: 'site_info und live_status haben beide geantwortet. Live-Daten von {{timestamp}} ({{age}} alt).' },
    stale: { title: 'Standort antwortet, aber die Live-Daten sind alt', detail: 'site_info und live_status haben geantwortet, aber die Live-Daten stammen von {{timestamp}} ({{age}} alt): Das Gateway ist womöglich offline.' },
    failed: { title: 'Standort antwortet nicht', detail: '{{request}} antwortete mit {{status}}: {{reason}}.' },
    unknown: { title: 'Standort konnte nicht gelesen werden', detail: '{{request}}: {{reason}}.' },
  },
  battery: {
    ok: { title: 'Powerwall vorhanden ({{count}})', detail: 'Tesla meldet an diesem Standort einen Speicher: {{count}} Einheit(en).' },
    none: { title: 'Keine Powerwall an diesem Standort', detail: 'Tesla meldet hier keinen Speicher, daher gelten Lade- und Entladebefehle für diesen Standort nicht.' },
    unknown: { title: 'Speicher unbekannt', detail: 'Weder die Produktliste noch site_info gab an, ob dieser Standort einen Speicher hat: {{reason}}.' },
  },
  permission: {
    ok: { title: 'Einspeiseerlaubnis: Ja', detail: 'non_export_configured ist false. (Tesla dokumentiert dieses Feld nicht; es wird als „Permission to Export“ der Tesla-App gelesen.)' },
    off: { title: 'Einspeiseerlaubnis: Nein', detail: 'non_export_configured ist true: Die Einspeisung ist abgeschaltet, meist bis der Netzbetreiber die Betriebserlaubnis erteilt. (Tesla dokumentiert dieses Feld nicht.)' },
    absent: { title: 'Einspeiseerlaubnis: nicht gemeldet', detail: 'Tesla hat non_export_configured für diesen Standort nicht gemeldet, daher lässt sich die Einspeiseerlaubnis nicht lesen. Bitte in der Tesla-App prüfen.' },
  },
  exports: {
    everything: { title: 'Energieexport: Alles', detail: 'customer_preferred_export_rule ist battery_ok: Der Speicher darf ins Netz einspeisen.' },
    solar: { title: 'Energieexport: nur Solar', detail: 'customer_preferred_export_rule ist pv_only: Nur Solarstrom darf eingespeist werden, der Speicher kann also nicht ins Netz entladen.' },
    never: { title: 'Energieexport: aus', detail: 'customer_preferred_export_rule ist never: Es darf gar nichts eingespeist werden.' },
    absent: { title: 'Energieexport: nicht gemeldet', detail: 'Tesla hat customer_preferred_export_rule nicht gemeldet. Bekannte Gründe: Der Standort nimmt an einem Netzdienste-Programm (VPP) teil, oder Firmware bzw. Markt bieten die Einstellung nicht an.' },
    other: { title: 'Energieexport: unbekannter Wert', detail: 'customer_preferred_export_rule ist „{{value}}“, ein Wert, den der Doctor nicht kennt.' },
  },
  grid_charging: {
    allowed: { title: 'Netzladen: Ja', detail: 'disallow_charge_from_grid_with_solar_installed ist {{value}}: Der Speicher darf aus dem Netz laden.' },
    off: { title: 'Netzladen: Nein', detail: 'disallow_charge_from_grid_with_solar_installed ist true: Der Speicher darf nicht aus dem Netz laden (außer wenn er fast leer ist).' },
  },
  editable: {
    yes: 'Der Kunde kann das in der Tesla-App ändern.',
    no: 'Der Kunde kann das in der Tesla-App nicht ändern: Nur Tesla oder der Installateur kann es.',
    unknown: 'Tesla hat nicht angegeben, ob der Kunde das ändern kann.',
  },
  readiness: {
    ok: { title: 'Speicher nimmt jetzt Lade- und Entladebefehle an', detail: 'Modus {{mode}}, Notstromreserve {{reserve}} %, geladen {{soc}} %, am Netz, kein Sturmwarnungs- oder Netzdienste-Ereignis.' },
    limited: { title: 'Speicherbefehle derzeit eingeschränkt', detail: '{{reasons}}.' },
    no_scope: { title: 'Keine Erlaubnis, den Speicher zu steuern', detail: '„Energy Product Commands“ ist nicht erlaubt, daher kann kein Lade- oder Entladebefehl gesendet werden.' },
    unknown: { title: 'Befehlsbereitschaft unbekannt', detail: '{{reason}}.' },
  },
  reason: {
    off_grid: 'der Standort ist vom Netz getrennt ({{value}}): Netzladen und Einspeisen sind nicht möglich',
    storm: 'die Sturmwarnung ist aktiv und übersteuert die Einstellungen des Kunden',
    grid_services: 'ein Netzdienste-Ereignis (VPP) ist aktiv und übersteuert die Einstellungen des Kunden',
    reserve_cap: 'die Notstromreserve steht auf der Obergrenze von 80 %, ein Anheben kann nicht weiter laden',
    full: 'der Speicher ist voll ({{soc}} %), ein Ladebefehl bewirkt nichts',
    at_reserve: 'der Ladestand ({{soc}} %) liegt auf oder unter der Notstromreserve ({{reserve}} %), ein Entladebefehl bewirkt nichts',
    not_configurable: 'Tesla meldet den Standort als nicht konfigurierbar',
    no_battery: 'an diesem Standort gibt es keinen Speicher',
  },
  key: {
    paired: { title: 'Virtueller Schlüssel gekoppelt', detail: 'fleet_status führt {{vin}} als gekoppelt.' },
    unpaired: { title: 'Virtueller Schlüssel nicht gekoppelt', detail: 'fleet_status führt {{vin}} als nicht gekoppelt: Der Schlüssel der Plattform ist nicht im Fahrzeug, daher lehnt es ihre Befehle ab. (Teslas Schlüsselstatus kann einer frischen Kopplung hinterherhinken.)' },
    neither: { title: 'Schlüsselstatus unbekannt', detail: 'fleet_status führt {{vin}} weder als gekoppelt noch als nicht gekoppelt: Tesla meldet das Fahrzeug für dieses Konto nicht.' },
    unknown: { title: 'Schlüsselstatus unbekannt', detail: '{{reason}}.' },
  },
  protocol: {
    ok: { title: 'Befehlsprotokoll: {{mode}}', detail: 'Signierte Befehle erforderlich: {{required}}; Firmware {{firmware}}; Zugang: {{access}}.' },
    driver: { title: 'Fahrerkonto: keine Schlüsselkopplung möglich', detail: 'Dieses Konto ist Fahrer von {{vin}}, nicht Eigentümer (access_type DRIVER). Nur das Konto des Eigentümers kann einen virtuellen Schlüssel koppeln.' },
    unknown: { title: 'Befehlsprotokoll unbekannt', detail: '{{reason}}.' },
  },
  vehicle_state: {
    online: { title: 'Fahrzeug online', detail: 'Die Fahrzeugliste zeigt das Fahrzeug online.' },
    asleep: { title: 'Fahrzeug schläft (nicht geweckt)', detail: 'Das Fahrzeug schläft. Das ist in Ordnung; der Doctor weckt es nur, wenn Sie es verlangen.' },
    offline: { title: 'Fahrzeug offline', detail: 'Das Fahrzeug ist offline: Es kann keinen Schlüssel koppeln und keine Befehle annehmen, bis es wieder online ist.' },
    unknown: { title: 'Fahrzeugstatus unbekannt', detail: '{{reason}}.' },
  },
  fix: {
    reconnect_scope: {
      summary: 'Neu verbinden und „{{checkbox}}“ anhaken',
      step1: 'Für dieses Konto „Neu verbinden“ wählen (die Anmeldung fragt nur nach den fehlenden Freigaben).',
      step2: 'Mit dem Tesla-Konto des Kunden anmelden.',
      step3: 'Auf Teslas Zustimmungsseite „{{checkbox}}“ anhaken und dann „Allow“ wählen.',
      step4: 'Oder auf dem Telefon des Kunden: Tesla-Konto > Sicherheit > Apps von Drittanbietern > Verwalten > Zugriff aktualisieren.',
    },
    reconnect: {
      summary: 'Konto neu verbinden',
      step1: 'Für dieses Konto „Neu verbinden“ wählen.',
      step2: 'Mit dem Tesla-Konto des Kunden anmelden und „Allow“ wählen.',
      step3: 'Schlägt es weiter fehl: prüfen, ob der Kunde diese App unter Tesla-Konto > Sicherheit > Apps von Drittanbietern entfernt hat.',
    },
    offline_access: {
      summary: 'Neu verbinden, um Offline-Zugriff zu erhalten',
      step1: 'Für dieses Konto „Neu verbinden“ wählen und erneut anmelden.',
      step2: 'Auf Teslas Zustimmungsseite „Allow“ wählen (für den Offline-Zugriff gibt es kein eigenes Kästchen).',
    },
    region: {
      summary: 'Neu verbinden, damit die App die Region des Kontos nutzt',
      step1: 'Für dieses Konto „Neu verbinden“ wählen; die App liest die Region dann aus dem neuen Token.',
    },
    tesla_app_setting: {
      summary: 'In der Tesla-App: {{path}}',
      step1: 'Auf dem Telefon des Kunden die Tesla-App öffnen und die Powerwall wählen.',
      step2: 'Zu {{path}} gehen.',
      step3: 'Hierher zurückkehren und „Erneut prüfen“ wählen.',
    },
    ask_installer: {
      summary: 'Tesla oder den Installateur bitten, es freizuschalten ({{setting}})',
      step1: 'Der Kunde kann „{{setting}}“ in der Tesla-App nicht ändern.',
      step2: 'Den Installateur (oder den Tesla-Support) bitten, es auf {{target}} zu stellen.',
      step3: 'Hierher zurückkehren und „Erneut prüfen“ wählen.',
    },
    exports_after_pto: {
      summary: 'Energieexport erst ändern, wenn die Einspeiseerlaubnis „Ja“ ist',
      step1: 'Dieser Standort darf noch nicht einspeisen (Einspeiseerlaubnis: Nein, meist bis zur Betriebserlaubnis des Netzbetreibers): Den Energieexport jetzt zu ändern, würde die Netzvereinbarung des Kunden verletzen.',
      step2: 'Sobald die Einspeiseerlaubnis „Ja“ ist, in der Tesla-App Einstellungen > Energieexport > Alles wählen und „Erneut prüfen“ wählen.',
    },
    site_unreachable: {
      summary: 'Internetverbindung des Gateways prüfen',
      step1: 'Prüfen, ob das Gateway der Powerwall online ist (die Tesla-App zeigt den Live-Energiefluss).',
      step2: 'Dann „Erneut prüfen“ wählen.',
    },
    retry: {
      summary: 'Später erneut versuchen',
      step1: 'Tesla hat diesmal nicht geantwortet; in einer Minute „Erneut prüfen“ wählen.',
    },
    pair_key: {
      summary: 'Virtuellen Schlüssel der Plattform koppeln',
      step1: 'Auf dem Telefon des Kunden die Tesla-App öffnen und dieses Fahrzeug wählen.',
      step2: 'Sicherstellen, dass das Fahrzeug wach ist (App darauf öffnen oder einsteigen).',
      step3: 'Den QR-Code mit der Kamera des Telefons scannen (oder den Link öffnen) und das Hinzufügen des Schlüssels bestätigen.',
      step4: 'Hierher zurückkehren und „Erneut prüfen“ wählen.',
    },
    pair_key_no_domain: {
      summary: 'Virtuellen Schlüssel koppeln (Partner-Domain nicht eingerichtet)',
      step1: 'Das Verbindungsprofil hat keine Partner-Domain, daher lässt sich der Kopplungslink nicht bilden.',
      step2: 'Die Partner-Domain der Plattform im Verbindungsprofil eintragen und dann „Erneut prüfen“ wählen.',
    },
    owner_account: {
      summary: 'Das Tesla-Konto des Eigentümers verbinden',
      step1: 'Den Eigentümer des Fahrzeugs bitten, sich statt des Fahrers anzumelden.',
    },
    wait_online: {
      summary: 'Fahrzeug online bringen',
      step1: 'Sicherstellen, dass das Fahrzeug Mobilfunk- oder WLAN-Empfang hat, dann „Erneut prüfen“ wählen.',
    },
    wait_event: {
      summary: 'Ende des Ereignisses abwarten oder die Einstellung ändern',
      step1: 'Sturmwarnung und Netzdienste-Ereignisse übersteuern die Einstellungen; die Befehle nach dem Ereignis versuchen.',
      step2: 'Bei vollem Speicher oder einem Speicher auf Reserve erneut versuchen, wenn sich der Ladestand geändert hat.',
    },
  },
  word: { allowed: 'erlaubt', not_allowed: 'nicht erlaubt', yes: 'ja', no: 'nein', signed: 'signiert' },
  missing: 'fehlt',
};
