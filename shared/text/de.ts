// Runs anywhere. The German text catalogue: the same keys as en.ts (the type and a unit test hold it to
// that), in natural German. Tesla's consent-box labels stay quoted in English on purpose: that is what the
// customer sees on Tesla's consent page.
import { CONSENT_LABELS } from '../tesla/scopes';
import type { TextCatalogue } from './en';

export const de: TextCatalogue = {
  checklist: {
    heading: 'Verbindung prüfen',
    intro:
      'Kann die Plattform die Geräte von {{customer}} lesen und steuern? Zuerst steht, was noch zu beheben ist, wer es behebt und wie.',
    noAccount: 'Bitte zuerst einen Kunden verbinden (Schritt „Verbinden“).',
    way: 'Zugang: {{way}}.',
    wayOwnApp:
      'Berechtigungen und virtueller Schlüssel der Plattform werden nicht beurteilt: Der Kunde hat sich bei der eigenen App des Doktors angemeldet.',
    fixHeading: 'Beheben, was die Plattform blockiert',
    fixIntro:
      'Alles, was für {{customer}} noch zu beheben ist, nach Zuständigkeit. Nach einer Behebung beim Punkt „Erneut prüfen“ wählen.',
    toFix_one: '{{count}} Punkt zu beheben',
    toFix_other: '{{count}} Punkte zu beheben',
    nothingToFix: 'Nichts zu beheben',
    passed_one: '{{count}} Prüfung bestanden',
    passed_other: '{{count}} Prüfungen bestanden',
    fixer: {
      on_site: 'Sie, vor Ort',
      customer: 'Der Kunde, in der Tesla-App',
      platform: 'Die Plattform',
      tesla: 'Tesla',
      waiting: 'Abwarten: Heute behebt das niemand',
    },
    notChecked_one: '{{count}} Prüfung noch nicht geprüft',
    notChecked_other: '{{count}} Prüfungen noch nicht geprüft',
    subjectOf: '· {{name}}',
    subject: { account: 'Kunde {{n}}', site: 'Energiestandort {{n}}', vehicle: 'Fahrzeug {{n}}' },
    run: 'Checkliste ausführen',
    runAgain: 'Checkliste erneut ausführen',
    running: 'Prüfung läuft … {{done}} von {{total}} Abfragen erledigt',
    notRun: 'Die Checkliste lief für diesen Kunden noch nicht. Sie liest bei Tesla, ohne ein Fahrzeug zu wecken.',
    verdicts: {
      heading: 'Ergebnis',
      charge: 'Bereit, den Speicher aus dem Netz zu laden',
      discharge: 'Bereit, den Speicher ins Netz zu entladen',
      vehicle: 'Bereit für Fahrzeugbefehle',
      yes: 'Ja',
      no: 'Nein',
      notYet: 'Noch nicht',
      blockedBy: 'Verhindert durch:',
      waitingFor: 'Wartet auf (heute behebt das niemand):',
      noBattery: 'In diesem Konto wurde keine Powerwall gefunden.',
      noVehicle: 'In diesem Konto wurde kein Fahrzeug gefunden.',
    },
    status: {
      pass: 'Bestanden',
      warn: 'Warnung',
      fail: 'Fehler',
      unknown: 'Unbekannt',
      not_applicable: 'Entfällt',
      not_checked: 'Nicht geprüft',
    },
    evidence: { summary: 'Belege ({{count}})', source: 'Abfrage', field: 'Feld', value: 'Wert', absent: 'fehlt' },
    fix: {
      heading: 'Behebung',
      copy: 'Behebung kopieren',
      copied: 'Behebung in die Zwischenablage kopiert.',
      copyFailed: 'Kopieren nicht möglich; bitte den Text markieren.',
      reconnect: 'Diesen Kunden neu verbinden',
      who: 'Wer es tut: {{who}}',
      actor: {
        customer: 'der Kunde, in der Tesla-App oder am Auto',
        installer: 'Sie, vor Ort oder in Tesla One / Powerhub',
        platform: 'die Energieplattform (ihr Tesla-Entwicklerkonto); vor Ort kann das niemand beheben',
        tesla: 'Tesla',
        app: 'diese App: erneut prüfen',
        wait: 'niemand: es vergeht von selbst',
      },
    },
    pairing: {
      heading: 'Mit dem Telefon des Kunden scannen',
      alt: 'QR-Code des Kopplungslinks {{url}}',
      link: 'Kopplungslink',
    },
    recheck: 'Erneut prüfen',
    rechecking: 'Wird geprüft …',
    usage:
      'Fleet-API-Abfragen: {{requests}} (Weckvorgänge: {{wakes}}) · geschätzte Kosten {{cost, currency(currency: USD; minimumFractionDigits: 3; maximumFractionDigits: 3)}}',
  },
  checks: {
    reach: {
      ok: {
        title: 'Teslas Fleet API antwortet',
        detail: 'Die Fleet API hat auf die Anfragen dieses Laptops geantwortet.',
      },
      no_answer: {
        title: 'Teslas Fleet API antwortet nicht',
        detail:
          'Keine Antwort auf {{request}} oder eine andere Anfrage (kein Netz, ein Name, der sich nicht auflösen lässt, eine gesperrte oder aufgebrochene TLS-Verbindung oder eine Zeitüberschreitung). Nichts danach ließ sich prüfen.',
      },
      unknown: { title: 'Ob Tesla antwortet, ist nicht bekannt', detail: 'Es wurde keine Anfrage gesendet.' },
    },
    connection: {
      ok: {
        title: 'Mit Tesla verbunden',
        detail: 'Die Anmeldung gilt bis {{expires}} und erneuert sich selbst: Die Plattform bleibt verbunden.',
      },
      borrowed: {
        title: 'Über die Plattform verbunden',
        detail:
          'Die Plattform hält diese Verbindung und erneuert sie selbst; der Doktor hat ein Zugriffstoken geliehen, das bis {{expires}} gilt, und behält nichts.',
      },
      no_refresh: {
        title: 'Verbunden, aber ohne Erneuerung',
        detail: 'Die Anmeldung kann sich nicht selbst erneuern: Die Verbindung endet {{expires}}.',
      },
      expired: {
        title: 'Verbindung abgelaufen',
        detail: 'Die Anmeldung ist {{expires}} abgelaufen und kann sich nicht selbst erneuern.',
      },
      rejected: {
        title: 'Tesla lehnt die Verbindung ab',
        detail:
          'Tesla antwortete auch nach einer Token-Erneuerung mit {{status}} ({{error}}): Die Freigabe ist abgelaufen, wurde widerrufen oder das Passwort wurde geändert.',
      },
      unknown: {
        title: 'Verbindungsstatus unbekannt',
        detail:
          'Wann die Anmeldung abläuft, wurde nicht festgehalten, daher lässt sich die Verbindung nicht beurteilen.',
      },
      products_failed: {
        title: 'Tesla hat die Produkte nicht aufgelistet',
        detail:
          '{{request}} ist fehlgeschlagen ({{reason}}), daher konnte kein Standort und kein Fahrzeug geprüft werden.',
      },
      login_required: {
        title: 'Verbindung durch eine andere Anmeldung ersetzt (login_required)',
        detail:
          'Tesla antwortete {{status}} login_required: Eine andere Anmeldung mit dieser App hat diese Verbindung ersetzt (ein zweites Konto bei der Plattform oder ein Werkzeug, das sich erneut angemeldet hat). Seltener: Das Aktualisierungstoken wurde zweimal verwendet, ist älter als 3 Monate, oder der Kunde hat das Tesla-Passwort geändert.',
      },
      revoked: {
        title: 'Zugriff im Tesla-Konto entfernt',
        detail:
          'Tesla antwortete {{status}} ({{error}}): Der Kunde hat die Plattform unter Drittanbieter-Apps entfernt. Der virtuelle Schlüssel der Plattform bleibt im Auto: neu verbinden, nicht erneut koppeln.',
      },
      owner_api: {
        title: 'Token der abgeschalteten Owner API',
        detail:
          'Tesla antwortete {{status}} ({{error}}): Dies ist ein Token der alten Owner API von Tesla, die für Drittanbieter geschlossen ist. Nur eine Fleet-API-Verbindung funktioniert.',
      },
      blocked: {
        title: 'Verbindung nicht beurteilt: Tesla hat die Anfrage abgelehnt',
        detail: '{{request}} antwortete {{reason}}. Das Token selbst kann in Ordnung sein: siehe „{{title}}“.',
      },
    },
    region: {
      ok: {
        title: 'Region: {{region}}',
        detail: 'Tesla führt dieses Konto in der Region {{region}} und hat dort geantwortet.',
      },
      wrong: { title: 'Falsche Fleet-API-Region', detail: 'Tesla antwortete mit 421: {{error}}' },
      redirected: {
        title: 'Region {{region}}, über einen Umweg erreicht',
        detail:
          'Tesla antwortete mit 421 ({{error}}), und die App ist in die richtige Region weitergegangen. Bis zum erneuten Verbinden kostet jede Prüfung eine zusätzliche Abfrage.',
      },
      unknown: { title: 'Region unbekannt', detail: 'Die Anmeldung nennt keine Region des Kontos.' },
    },
    scope: {
      granted: {
        title: '„{{checkbox}}“ erlaubt',
        detail: 'Der Kunde hat auf Teslas Zustimmungsseite „{{checkbox}}“ angehakt.',
      },
      missing: {
        title: '„{{checkbox}}“ nicht erlaubt',
        detail:
          'Der Kunde hat auf Teslas Zustimmungsseite „{{checkbox}}“ nicht angehakt. Ohne diese Freigabe gilt: {{impact}}.',
      },
      missing_maybe: {
        title: '„{{checkbox}}“ nicht erlaubt',
        detail:
          'Der Kunde hat „{{checkbox}}“ nicht angehakt. Ob das Konto Produkte hat, die diese Freigabe brauchen, ließ sich nicht feststellen. Ohne sie gilt: {{impact}}.',
      },
      not_applicable: {
        title: '„{{checkbox}}“: keine {{kind}} in diesem Konto',
        detail: 'Das Konto hat keine {{kind}}, daher spielt diese Freigabe keine Rolle ({{granted}}).',
      },
      refresh_ok: {
        title: 'Bleibt ohne den Kunden verbunden',
        detail: 'Der Kunde hat den Offline-Zugriff erlaubt: Die Verbindung erneuert sich ohne ihn.',
      },
      refresh_missing: {
        title: 'Kein Offline-Zugriff',
        detail:
          'Ohne Offline-Zugriff kann sich die Verbindung nicht erneuern und endet mit der Anmeldung (nach etwa 8 Stunden).',
      },
    },
    impact: {
      energy_read: 'die Plattform kann die Daten von Powerwall und Solaranlage nicht lesen',
      energy_commands: 'die Plattform kann Notstromreserve, Betriebsmodus, Einspeisung und Netzladen nicht ändern',
      vehicle_read: 'die Plattform sieht weder das Fahrzeug noch, ob sein virtueller Schlüssel gekoppelt ist',
      vehicle_commands: 'die Plattform kann dem Fahrzeug keine Befehle (etwa zum Laden) senden',
      vehicle_location: 'Tesla entfernt den Standort des Autos aus den Fahrzeugdaten, die die Plattform liest',
    },
    kind: { energy: 'Energieprodukte', vehicle: 'Fahrzeuge' },
    reachable: {
      ok: {
        title: 'Standort antwortet',
        detail: 'Das Gateway der Powerwall antwortet. Live-Leistung von {{timestamp}} ({{age}} alt).',
      },
      stale: {
        title: 'Standort antwortet, aber die Live-Daten sind alt',
        detail:
          'Der Standort antwortet, aber die Live-Leistung stammt von {{timestamp}} ({{age}} alt): Das Gateway ist womöglich offline.',
      },
      failed: { title: 'Standort antwortet nicht', detail: '{{request}} antwortete mit {{status}}: {{reason}}.' },
      unknown: { title: 'Standort konnte nicht gelesen werden', detail: '{{request}}: {{reason}}.' },
    },
    battery: {
      ok: {
        title: 'Powerwall vorhanden ({{count}})',
        detail: 'Tesla meldet an diesem Standort einen Speicher: {{count}} Einheit(en).',
      },
      none: {
        title: 'Keine Powerwall an diesem Standort',
        detail: 'Tesla meldet hier keinen Speicher, daher gelten Lade- und Entladebefehle für diesen Standort nicht.',
      },
      unknown: {
        title: 'Speicher unbekannt',
        detail: 'Tesla hat nicht angegeben, ob dieser Standort einen Speicher hat: {{reason}}.',
      },
    },
    permission: {
      ok: {
        title: 'Einspeiseerlaubnis: Ja',
        detail:
          'Der Standort darf ins Netz einspeisen, wie „Einspeiseerlaubnis: Ja“ in der Tesla-App. (Aus einem Feld gelesen, das Tesla nicht dokumentiert.)',
      },
      off: {
        title: 'Einspeiseerlaubnis: Nein',
        detail:
          'Die Einspeisung ins Netz ist abgeschaltet, meist bis der Netzbetreiber die Betriebserlaubnis erteilt. (Aus einem Feld gelesen, das Tesla nicht dokumentiert.)',
      },
      absent: {
        title: 'Einspeiseerlaubnis: nicht gemeldet',
        detail: 'Tesla hat die Einspeiseerlaubnis für diesen Standort nicht gemeldet. Bitte in der Tesla-App prüfen.',
      },
    },
    exports: {
      everything: { title: 'Energieexport: Alles', detail: 'Speicher und Solaranlage dürfen ins Netz einspeisen.' },
      solar: {
        title: 'Energieexport: nur Solar',
        detail: 'Nur Solarstrom darf eingespeist werden, der Speicher kann also nicht ins Netz entladen.',
      },
      never: { title: 'Energieexport: aus', detail: 'Es darf gar nichts ins Netz eingespeist werden.' },
      never_pre_pto: {
        title: 'Energieexport: aus, wie es vorerst sein soll',
        detail:
          'Vor der Betriebserlaubnis des Netzbetreibers darf nichts eingespeist werden (Einspeiseerlaubnis: Nein). Den Energieexport erst einstellen, wenn diese Erlaubnis vorliegt.',
      },
      absent: {
        title: 'Energieexport: nicht gemeldet',
        detail:
          'Tesla hat die Einstellung Energieexport nicht gemeldet. Bekannte Gründe: Der Standort nimmt an einem Netzdienste-Programm (VPP) teil, oder Firmware bzw. Markt bieten die Einstellung nicht an.',
      },
      other: {
        title: 'Energieexport: unbekannter Wert',
        detail: 'Energieexport hat einen Wert, den der Doctor nicht kennt („{{value}}“).',
      },
    },
    grid_charging: {
      allowed: { title: 'Netzladen: Ja', detail: 'Der Speicher darf aus dem Netz laden.' },
      off: {
        title: 'Netzladen: Nein',
        detail: 'Der Speicher darf nicht aus dem Netz laden (außer wenn er fast leer ist).',
      },
    },
    readiness: {
      ok: {
        title: 'Speicher nimmt jetzt Lade- und Entladebefehle an',
        detail:
          'Modus: {{mode}}, Notstromreserve {{reserve}} %, geladen {{soc}} %, am Netz, kein Sturmwarnungs- oder Netzdienste-Ereignis.',
      },
      limited: { title: 'Speicherbefehle derzeit eingeschränkt', detail: '{{reasons}}.' },
      no_scope: {
        title: 'Keine Erlaubnis, den Speicher zu steuern',
        detail:
          '„Energy Product Commands“ ist nicht erlaubt, daher kann kein Lade- oder Entladebefehl gesendet werden.',
      },
      unknown: { title: 'Befehlsbereitschaft unbekannt', detail: '{{reason}}.' },
      unread: { title: 'Befehlsbereitschaft unbekannt', detail: '{{request}}: {{reason}}.' },
    },
    reason: {
      off_grid: 'der Standort ist vom Netz getrennt ({{value}}): Netzladen und Einspeisen sind nicht möglich',
      storm: 'die Sturmwarnung ist aktiv und übersteuert die Einstellungen des Kunden',
      grid_services: 'ein Netzdienste-Ereignis (VPP) ist aktiv und übersteuert die Einstellungen des Kunden',
      reserve_cap: 'die Notstromreserve steht auf der Obergrenze von 80 %, ein Anheben kann nicht weiter laden',
      full: 'der Speicher ist voll ({{soc}} %), ein Ladebefehl bewirkt nichts',
      at_reserve:
        'der Ladestand ({{soc}} %) liegt auf oder unter der Notstromreserve ({{reserve}} %), ein Entladebefehl bewirkt nichts',
      not_configurable: 'Tesla meldet den Standort als nicht konfigurierbar',
      no_battery: 'an diesem Standort gibt es keinen Speicher',
    },
    key: {
      paired: {
        title: 'Virtueller Schlüssel gekoppelt',
        detail: 'Der virtuelle Schlüssel der Plattform ist in diesem Fahrzeug.',
      },
      unpaired: {
        title: 'Virtueller Schlüssel nicht gekoppelt',
        detail:
          'Der virtuelle Schlüssel der Plattform ist nicht in diesem Fahrzeug, daher lehnt es ihre Befehle ab. (Tesla meldet eine frische Kopplung mitunter erst nach einigen Minuten.)',
      },
      neither: {
        title: 'Schlüsselstatus unbekannt',
        detail: 'Tesla meldet für dieses Konto nicht, ob der Schlüssel der Plattform im Fahrzeug ist.',
      },
      unknown: { title: 'Schlüsselstatus unbekannt', detail: '{{reason}}.' },
      both: {
        title: 'Schlüsselstatus widersprüchlich',
        detail:
          'Tesla führt dieses Auto zugleich mit und ohne den Schlüssel der Plattform: Teslas Antwort widerspricht sich.',
      },
      unpaired_unsigned: {
        title: 'Schlüsselstatus widersprüchlich',
        detail:
          'Tesla führt dieses Auto ohne den Schlüssel der Plattform, meldet aber, dass es keine signierten Befehle verlangt: Die Antworten widersprechen sich.',
      },
    },
    protocol: {
      ok: {
        title: 'Befehlsprotokoll: {{mode}}',
        detail: 'Signierte Befehle erforderlich: {{required}}; Firmware {{firmware}}; Zugang: {{access}}.',
      },
      unknown: { title: 'Befehlsprotokoll unbekannt', detail: '{{reason}}.' },
    },
    vehicle_state: {
      online: { title: 'Fahrzeug online', detail: 'Tesla zeigt das Fahrzeug online.' },
      asleep: {
        title: 'Fahrzeug schläft (nicht geweckt)',
        detail: 'Das Fahrzeug schläft. Das ist in Ordnung; der Doctor weckt es nur, wenn Sie es verlangen.',
      },
      offline: {
        title: 'Fahrzeug offline',
        detail:
          'Das Fahrzeug ist offline: Es kann keinen Schlüssel koppeln und keine Befehle annehmen, bis es wieder online ist.',
      },
      unknown: { title: 'Fahrzeugstatus unbekannt', detail: '{{reason}}.' },
    },
    age: { minutes: '{{minutes}} min', hours: '{{hours}} h {{minutes}} min', days: '{{days}} Tage' },
    input: {
      not_read: 'nicht gelesen',
      no_answer: 'keine Antwort von Tesla (Netzwerkfehler oder Zeitüberschreitung)',
      bad_shape: 'die Antwort hatte nicht die erwartete Form',
      no_scope: 'nicht gelesen: der Freigabe fehlt „{{checkbox}}“',
      token_not_accepted: 'Token nicht akzeptiert',
      fleet_status_no_scope: 'fleet_status braucht „{{checkbox}}“',
      request_failed: '{{request}}: {{failure}}',
      no_protocol_info: 'Tesla hat für dieses Fahrzeug weder vehicle_info noch command_signing gemeldet',
      no_vehicle_state: 'die Fahrzeugliste nannte keinen Zustand',
    },
    note: {
      reason: '{{reason}}',
      inferred: 'abgeleitet: Tesla dokumentiert dieses Feld nicht',
      editable_yes: 'Der Kunde kann das in der Tesla-App ändern. (abgeleitet: Tesla dokumentiert dieses Feld nicht)',
      editable_no:
        'Der Kunde kann das in der Tesla-App nicht ändern: Nur Tesla oder der Installateur kann es. (abgeleitet: Tesla dokumentiert dieses Feld nicht)',
      editable_unknown:
        'Tesla hat nicht angegeben, ob der Kunde das ändern kann. (abgeleitet: Tesla dokumentiert dieses Feld nicht)',
      grid_charging_inverted: 'fehlt es oder ist es false, ist Netzladen erlaubt',
      needs_scopes_one: 'braucht {{scopes}}',
      needs_scopes_other: 'braucht eines von {{scopes}}',
    },
    setting: {
      permission_to_export: {
        name: 'Einspeiseerlaubnis',
        path: 'Einstellungen > Einspeiseerlaubnis > Ja',
        target: 'Ja',
      },
      energy_exports: { name: 'Energieexporte', path: 'Einstellungen > Energieexporte > Alles', target: 'Alles' },
      grid_charging: { name: 'Laden aus dem Netz', path: 'Einstellungen > Laden aus dem Netz > Ja', target: 'Ja' },
    },
    link: {
      reconnect: 'Neu verbinden',
      consent: 'Zustimmung verwalten',
      pairing: 'Kopplungslink',
      docs: 'Dokumentation',
    },
    fix: {
      reconnect_scope: {
        summary: 'Neu verbinden und „{{checkbox}}“ anhaken',
        step1: 'Für dieses Konto „Neu verbinden“ wählen (die Anmeldung fragt nur nach den fehlenden Freigaben).',
        step2: 'Mit dem Tesla-Konto des Kunden anmelden.',
        step3: 'Auf Teslas Zustimmungsseite „{{checkbox}}“ anhaken und dann „Allow“ wählen.',
        step4:
          'Oder auf dem Telefon des Kunden: Tesla-Konto > Sicherheit > Apps von Drittanbietern > Verwalten > Zugriff aktualisieren.',
      },
      check_network: {
        summary: 'Diesen Laptop mit Tesla verbinden, dann erneut prüfen – über die Anlage ist noch nichts bekannt',
        step1:
          'Eine Tesla-Webseite im Browser öffnen; im Netz der Baustelle oder am Handy-Hotspot ein anderes Netz versuchen (eine Firewall oder TLS-Prüfung kann fleet-api.prd.*.vn.cloud.tesla.com sperren).',
        step2: 'Dann „Erneut prüfen“ wählen.',
      },
      reconnect: {
        summary: 'Konto neu verbinden',
        step1: 'Für dieses Konto „Neu verbinden“ wählen.',
        step2: 'Mit dem Tesla-Konto des Kunden anmelden und „Allow“ wählen.',
        step3:
          'Schlägt es weiter fehl: prüfen, ob der Kunde diese App unter Tesla-Konto > Sicherheit > Apps von Drittanbietern entfernt hat.',
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
        summary: '„{{setting}}“ in Tesla One auf {{target}} stellen (der Kunde kann es nicht)',
        step1:
          'Der Kunde kann „{{setting}}“ in der Tesla-App nicht ändern: Es ist eine Berechtigung des Standorts, bei der Inbetriebnahme gesetzt.',
        step2:
          'In Tesla One (oder Powerhub) die Einstellungen dieses Standorts öffnen und {{setting}} auf {{target}} stellen, soweit die Vereinbarung mit dem Netzbetreiber es erlaubt. Support: Das übernimmt der zertifizierte Installateur des Standorts (oder Tesla).',
        step3: 'Hierher zurückkehren und „Erneut prüfen“ wählen.',
      },
      pto_then_export: {
        summary:
          'Sobald der Netzbetreiber die Betriebserlaubnis erteilt hat: „{{setting}}“ in Tesla One auf {{target}} stellen',
        step1:
          'Bis dahin bleibt die Einspeisung absichtlich aus: Heute ist nichts zu beheben. Das Laden aus dem Netz funktioniert schon jetzt.',
        step2:
          'Liegt die Betriebserlaubnis des Netzbetreibers vor, stellt der Installateur {{setting}} in Tesla One (oder Powerhub) auf {{target}} und wählt dann „Erneut prüfen“.',
      },
      exports_after_pto: {
        summary: 'Energieexport erst ändern, wenn die Einspeiseerlaubnis „Ja“ ist',
        step1:
          'Dieser Standort darf noch nicht einspeisen (Einspeiseerlaubnis: Nein, meist bis zur Betriebserlaubnis des Netzbetreibers): Den Energieexport jetzt zu ändern, würde die Netzvereinbarung des Kunden verletzen.',
        step2:
          'Sobald die Einspeiseerlaubnis „Ja“ ist, in der Tesla-App Einstellungen > Energieexport > Alles wählen und „Erneut prüfen“ wählen.',
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
        step3:
          'Den QR-Code mit der Kamera des Telefons scannen (oder den Link öffnen) und das Hinzufügen des Schlüssels bestätigen.',
        step4: 'Hierher zurückkehren und „Erneut prüfen“ wählen.',
      },
      pair_key_no_domain: {
        summary: 'Virtuellen Schlüssel koppeln (Partner-Domain nicht eingerichtet)',
        step1: 'Das Verbindungsprofil hat keine Partner-Domain, daher lässt sich der Kopplungslink nicht bilden.',
        step2: 'Die Partner-Domain der Plattform im Verbindungsprofil eintragen und dann „Erneut prüfen“ wählen.',
      },
      wait_online: {
        summary: 'Fahrzeug online bringen',
        step1: 'Sicherstellen, dass das Fahrzeug Mobilfunk- oder WLAN-Empfang hat, dann „Erneut prüfen“ wählen.',
      },
      reconnect_keep_key: {
        summary: 'Konto neu verbinden (das Auto nicht erneut koppeln)',
        step1: 'Für dieses Konto „Neu verbinden“ wählen; der Kunde meldet sich an und wählt „Zulassen“.',
        step2: 'Den Kopplungslink nicht erneut öffnen: Das Auto hat den virtuellen Schlüssel der Plattform noch.',
      },
      platform_register: {
        summary: 'Die Plattform muss sich bei Tesla in Region {{region}} registrieren – vor Ort nichts zu tun',
        step1: 'Vor Ort: nichts zu ändern; Anlage und Einstellungen des Kunden sind nicht die Ursache.',
        step2:
          'Support: Der Plattform sagen, dass sie ihre App bei Tesla (Partnerkonto) in Region {{region}} registrieren muss, und Teslas Antwort mitschicken: {{error}}',
        step3: 'Wenn die Plattform es bestätigt, „Erneut prüfen“ wählen.',
      },
      platform_billing: {
        summary: 'Die Plattform muss ihr Tesla-Entwicklerkonto begleichen – vor Ort nichts zu tun',
        step1: 'Vor Ort: nichts zu ändern; alle Kunden dieser Plattform sind genauso betroffen.',
        step2:
          'Support: Der Plattform sagen, dass Tesla „{{error}}“ antwortet (ihr Fleet-API-Abrechnungslimit oder ihre Zahlungsart).',
      },
      platform_fleet_api: {
        summary: 'Die Plattform (oder das Werkzeug) muss die Fleet API verwenden',
        step1: 'Vor Ort: nichts zu ändern.',
        step2: 'Support: Der Plattform sagen, dass Tesla ihr Token ablehnt: „{{error}}“.',
      },
      platform_scope: {
        summary: 'Neu verbinden; bleibt es, fehlt der App der Plattform {{scope}}',
        step1: '„Neu verbinden“ wählen, damit ein frisches Token die aktuelle Freigabe des Kunden trägt.',
        step2:
          'Meldet Tesla weiterhin eine fehlende Berechtigung, der Plattform sagen, dass ihre App auf developer.tesla.com {{scope}} womöglich nicht aktiviert hat.',
      },
      wait_rate_limit: {
        summary:
          'Bis {{until}} warten, in etwa {{age}}, dann erneut prüfen: Das Limit teilen sich alle Apps auf diesem Gerät',
        step1:
          'Teslas Limit gilt je Gerät und wird von allen Apps geteilt, die dieses Auto oder diesen Standort lesen (die Plattform, Home Assistant, TeslaMate, …).',
        step2:
          'Nach {{until}} „Erneut prüfen“ wählen. Passiert es immer wieder, beim Kunden erfragen, welche anderen Apps dieses Gerät lesen.',
      },
      discovery_none: {
        summary: 'Das Tesla-Konto prüfen oder warten, bis Tesla eine neue Anlage verknüpft',
        step1:
          'Das verbundene Konto ({{email}}) mit dem Konto vergleichen, in dem die Tesla-App des Kunden die Powerwall zeigt; weichen sie ab, mit jenem Konto neu verbinden.',
        step2:
          'Eine neu in Betrieb genommene Anlage kann Tage brauchen, bis Tesla sie für andere Apps listet; zeigt die Tesla-App sie und fehlt sie nach einer Woche noch, wendet sich der Kunde an den Tesla-Support.',
      },
      discovery_several: {
        summary: 'Sicherstellen, dass die Plattform den Standort mit der Batterie nutzt',
        step1: 'Standorte mit Batterie: {{battery}}.',
        step2: 'Support: Der Plattform sagen, welchen Energiestandort sie nutzen soll.',
      },
      tariff_set: {
        summary: 'In der Tesla-App: den Stromtarif einstellen',
        step1:
          'Tesla-App > Powerwall > Einstellungen > Stromtarif: Der Kunde wählt Versorger und Tarif (oder gibt die Preise ein).',
        step2: 'Hierher zurückkehren und „Erneut prüfen“ wählen.',
      },
      wait_first_week: {
        summary: 'Bis {{ready}} warten: Die zeitbasierte Steuerung braucht bei einer neuen Anlage 7 Tage Daten',
        step1: 'Heute nichts zu ändern. Eine Entladung ins Netz ab {{ready}} erneut testen.',
      },
      mode_tbc: {
        summary: 'In der Tesla-App: Betriebsmodus > Zeitbasierte Steuerung',
        step1:
          'Eigenverbrauch und Nur Notstrom speisen die Batterie nie ein; Entladungen ins Netz brauchen die zeitbasierte Steuerung (die Plattform kann selbst dorthin wechseln).',
        step2:
          'Tesla-App > Powerwall > Einstellungen > Betriebsmodus > Zeitbasierte Steuerung, wenn der Kunde zustimmt.',
      },
      tariff_export: {
        summary: 'Die Einspeisepreise des Tarifs prüfen',
        step1:
          'In diesem Tarif lohnt sich Einspeisen in keinem Zeitraum, daher speist die zeitbasierte Steuerung die Batterie nicht ein.',
        step2:
          'Vergütet der Vertrag des Kunden die Einspeisung, trägt der Kunde die Einspeisepreise in Tesla-App > Stromtarif ein.',
      },
      grid_services: {
        summary: 'Ein Netzdienste-Programm übersteuert die Einstellungen während seiner Ereignisse',
        step1: 'Während eines Ereignisses steuert das Programm die Batterie; Befehle nach dessen Ende versuchen.',
        step2: 'Der Kunde sieht das Programm in der Tesla-App; ob er es verlässt, entscheidet er.',
      },
      pairing_driver: {
        summary: 'Der Eigentümer des Autos fügt den Schlüssel hinzu (oder der Fahrer bestätigt im Auto)',
        step1: 'Dieses Tesla-Konto ist Fahrer des Autos, nicht sein Eigentümer.',
        step2:
          'Entweder öffnet der Eigentümer den Kopplungslink in seiner eigenen Tesla-App, oder der Fahrer öffnet ihn im Auto sitzend und bestätigt am Bildschirm mit der Schlüsselkarte.',
      },
      streaming_on: {
        summary: 'Im Auto: Datenstreaming für Drittanbieter-Apps erlauben',
        step1:
          'Im Auto: Steuerung > Sicherheit > Datenstreaming für Drittanbieter-Apps erlauben: an (ältere Model S/X).',
        step2: 'Hierher zurückkehren und „Erneut prüfen“ wählen.',
      },
      key_conflict: {
        summary: 'Später erneut prüfen; bleibt es, den Schlüssel noch einmal koppeln',
        step1:
          'Teslas Antworten zum Schlüssel dieses Autos widersprechen sich; der Schlüsselstatus kann nach einer Kopplung nachhinken.',
        step2: 'In ein paar Minuten „Erneut prüfen“ wählen; bleibt es, öffnet der Kunde den Kopplungslink noch einmal.',
      },
      wait_event: {
        summary: 'Ende des Ereignisses abwarten oder die Einstellung ändern',
        step1:
          'Sturmwarnung und Netzdienste-Ereignisse übersteuern die Einstellungen; die Befehle nach dem Ereignis versuchen.',
        step2:
          'Bei vollem Speicher oder einem Speicher auf Reserve erneut versuchen, wenn sich der Ladestand geändert hat.',
      },
    },
    not_checked: { detail: 'Nicht geprüft: zuerst „{{cause}}“.' },
    operation_mode: { self_consumption: 'Eigenverbrauch', autonomous: 'Zeitbasierte Steuerung', backup: 'Nur Backup' },
    blocked_by: {
      partner: 'Registrierung der Plattform',
      app_status: 'Tesla-App der Plattform',
      rate_limit: 'Anfragelimit',
    },
    partner: {
      ok: {
        title: 'Plattform bei Tesla registriert',
        detail:
          'Tesla hat die Anfragen der Plattform für dieses Konto beantwortet, ihre App ist also in dieser Region registriert.',
      },
      not_registered: {
        title: 'Plattform in Region {{region}} nicht bei Tesla registriert',
        detail:
          'Tesla antwortete 412: „{{error}}“. Die Plattform hat ihre App (Partnerkonto) in dieser Region nie registriert. Vor Ort kann das niemand beheben: Die Plattform muss es tun.',
      },
      key_download: {
        title: 'Tesla konnte den öffentlichen Schlüssel der Plattform nicht laden',
        detail:
          'Tesla antwortete 424: „{{error}}“. Die Plattform muss ihren öffentlichen Schlüssel bereitstellen und sich erneut registrieren; vor Ort ändert das nichts.',
      },
      unknown: {
        title: 'Registrierung der Plattform unbekannt',
        detail: 'Keine Anfrage war erfolgreich, daher lässt sich das nicht beurteilen. Die letzte: {{reason}}.',
      },
    },
    app_status: {
      ok: {
        title: 'Tesla-App der Plattform aktiv',
        detail:
          'Tesla hat die Anfragen der Plattform beantwortet: Ihre App ist nicht gesperrt und nutzt die Fleet API.',
      },
      exceeded: {
        title: 'Tesla-App der Plattform gesperrt (Abrechnungslimit)',
        detail:
          'Tesla antwortete 403 „{{error}}“: Die App der Plattform hat ihr Fleet-API-Abrechnungslimit überschritten, was alle Kunden dieser Plattform zugleich stoppt. An diesem Standort ist nichts falsch.',
      },
      owner_api: {
        title: 'Token der abgeschalteten Owner API',
        detail:
          'Tesla antwortete {{status}} „{{error}}“: Die Anfrage nutzte Teslas alte Owner API, die für Drittanbieter geschlossen ist. Nur Fleet-API-Tokens funktionieren.',
      },
      payment: {
        title: 'Zahlung erforderlich',
        detail: 'Tesla antwortete 402 „{{error}}“: Das Konto der Plattform muss bezahlt sein, bevor Tesla antwortet.',
      },
      scope_mismatch: {
        title: 'Tesla meldet eine fehlende Berechtigung, die das Token hat',
        detail:
          'Tesla antwortete 403 „{{error}}“ auf {{request}}, obwohl die erteilten Berechtigungen des Tokens {{scope}} enthalten. Der Kunde hat kein Häkchen vergessen: Die Freigabe kann sich seit diesem Token geändert haben, oder die App der Plattform darf diese Berechtigung nicht anfragen.',
      },
      unknown: {
        title: 'Status der Plattform-App unbekannt',
        detail: 'Keine Anfrage war erfolgreich, daher lässt sich das nicht beurteilen. Die letzte: {{reason}}.',
      },
    },
    rate_limit: {
      ok: { title: 'Kein Anfragelimit erreicht', detail: 'Keine Anfrage wurde wegen zu vieler Anfragen abgelehnt.' },
      waiting: {
        title: 'Tesla bittet, bis {{until}} zu warten, also etwa {{age}}',
        detail:
          'Tesla antwortete 429 auf {{request}}: zu viele Anfragen für dieses Gerät. Das Limit teilen sich alle Apps auf diesem Gerät (die Plattform, Home Assistant, …). Prüfungen, die diese Antwort brauchten, sind bis dahin unbekannt.',
      },
      waiting_no_time: {
        title: 'Tesla bittet zu warten',
        detail:
          'Tesla antwortete 429 auf {{request}}, ohne zu sagen, bis wann. Das Limit teilen sich alle Apps auf diesem Gerät. Prüfungen, die diese Antwort brauchten, sind unbekannt.',
      },
    },
    discovery: {
      ok: {
        title: 'Energiestandort gefunden: {{site}}',
        detail: 'Tesla listet für dieses Konto einen Energiestandort mit Batterie.',
      },
      okUnnamed: {
        title: 'Energiestandort gefunden: ein Standort, mit Batterie',
        detail:
          'Tesla listet für dieses Konto einen Energiestandort mit Batterie (sein Name bleibt aus dem Bericht heraus).',
      },
      none: {
        title: 'Kein Energiestandort in diesem Konto',
        detail:
          'Tesla listet für das verbundene Konto ({{email}}) keinen Energiestandort. Es kann das falsche Tesla-Konto sein oder eine neu installierte Anlage, die Tesla noch nicht verknüpft hat (das kann Tage dauern).',
      },
      several: {
        title: '{{count}} Energiestandorte in diesem Konto',
        detail:
          'Tesla listet {{count}} Energiestandorte. Standorte mit Batterie: {{battery}}. Die Plattform muss den richtigen nutzen.',
      },
      wall_connector: {
        title: 'Nur ein Wall Connector in diesem Konto',
        detail:
          'Tesla listet für das verbundene Konto ({{email}}) nur einen Wall Connector als Energieprodukt (keine Powerwall, keine Solaranlage).',
      },
      no_battery: {
        title: 'Kein Energiestandort mit Batterie',
        detail: 'Tesla listet {{count}} Energiestandort(e), keinen mit Batterie.',
      },
      unknown: { title: 'Energiestandorte unbekannt', detail: '{{reason}}.' },
    },
    tariff: {
      tbc_ok: {
        title: 'Zeitbasierte Steuerung mit Stromtarif',
        detail: 'Modus: Zeitbasierte Steuerung; die Zeiträume des Tarifs: {{periods}}.',
      },
      tbc_no_tariff: {
        title: 'Zeitbasierte Steuerung ohne Stromtarif',
        detail:
          'Betriebsmodus {{mode}}, aber Tesla meldet für diesen Standort keinen Stromtarif: Ohne ihn lehnt Tesla die zeitbasierte Steuerung ab (410) und kann weder Laden noch Einspeisen planen.',
      },
      refused: {
        title: 'Tesla hat die zeitbasierte Steuerung abgelehnt (410)',
        detail:
          'Tesla antwortete 410 auf {{request}}: Der Standort hat keinen Stromtarif, den die zeitbasierte Steuerung braucht.',
      },
      self_powered: {
        title: 'Eigenverbrauch, mit Stromtarif',
        detail:
          'Modus: Eigenverbrauch: Die Batterie versorgt das Haus und speist nie ins Netz ein. Ein Tarif ist gesetzt ({{periods}}), daher kann die Plattform für eine Entladung zur zeitbasierten Steuerung wechseln.',
      },
      self_powered_no_tariff: {
        title: 'Eigenverbrauch, und kein Tarif für die zeitbasierte Steuerung',
        detail:
          'Modus: Eigenverbrauch: Die Batterie speist nie ein, und ohne Stromtarif lehnt Tesla die zeitbasierte Steuerung ab (410), daher kann die Plattform die Batterie nicht ins Netz entladen.',
      },
      backup: {
        title: 'Nur Notstrom: Die Batterie bleibt voll',
        detail:
          'Modus: Nur Backup: Die Batterie wird für Stromausfälle vorgehalten und weder entladen noch eingespeist.',
      },
      first_week: {
        title: 'Die zeitbasierte Steuerung braucht 7 Tage Daten (bis {{ready}})',
        detail:
          'Diese Anlage wurde vor weniger als 7 Tagen installiert: Die zeitbasierte Steuerung lernt zuerst das Haus kennen und plant Laden und Einspeisen ab {{ready}} (Zeiträume des Tarifs: {{periods}}). Erwartet, nichts zu beheben. (Die 7 Tage sind die Worte der Tesla-App: abgeleitet.)',
      },
      no_export_value: {
        title: 'Kein Zeitraum, in dem sich Einspeisen lohnt',
        detail:
          'Die zeitbasierte Steuerung ist aktiv, aber im Tarif lohnt sich Einspeisen in keinem Zeitraum ({{periods}}), daher speist die Batterie nicht ein.',
      },
      other: {
        title: 'Betriebsmodus: {{mode}}',
        detail: 'Tesla meldet den Betriebsmodus „{{mode}}“, den der Doctor nicht kennt.',
      },
      unknown: { title: 'Modus und Tarif unbekannt', detail: '{{reason}}.' },
    },
    grid_services: {
      off: {
        title: 'In keinem Netzdienste-Programm',
        detail: 'Kein VPP- oder Netzdienste-Programm übersteuert die Einstellungen.',
      },
      enrolled: {
        title: 'In einem Netzdienste-Programm (VPP)',
        detail:
          'Der Standort nimmt an einem Netzdienste-Programm teil: Während seiner Ereignisse steuert das Programm die Batterie und übersteuert die Einstellungen des Kunden und der Plattform. Gerade läuft kein Ereignis.',
      },
      active: {
        title: 'Netzdienste-Ereignis läuft gerade',
        detail: 'Gerade läuft ein Netzdienste-Ereignis (VPP): Das Programm steuert die Batterie, bis es endet.',
      },
      unknown: { title: 'Netzdienste unbekannt', detail: '{{reason}}.' },
    },
    pairing: {
      owner: {
        title: 'Eigentümerkonto: kann den Schlüssel hinzufügen',
        detail:
          'Das verbundene Konto ist Eigentümer des Autos. Die Tesla-App, mit der der Kopplungslink geöffnet wird, muss mit genau diesem Konto angemeldet sein.',
      },
      driver: {
        title: 'Fahrerkonto: kann den Schlüssel nicht allein hinzufügen',
        detail:
          'Das verbundene Konto ist Fahrer des Autos, nicht Eigentümer: Der Eigentümer fügt den Schlüssel hinzu, oder der Fahrer schließt den Schritt mit der Schlüsselkarte im Auto ab. Die Tesla-App muss mit dem Konto angemeldet sein, das die Freigabe erteilt hat.',
      },
      unknown: {
        title: 'Rolle des Kontos nicht gemeldet',
        detail:
          'Tesla hat für dieses Auto kein access_type gemeldet. Die Tesla-App für die Kopplung muss mit dem Konto angemeldet sein, das die Freigabe erteilt hat.',
      },
    },
    streaming: {
      ok: {
        title: 'Datenstreaming erlaubt',
        detail: 'Der Streaming-Schalter des Autos ist an: Es teilt Daten mit der Plattform.',
      },
      off: {
        title: 'Datenstreaming im Auto ausgeschaltet',
        detail:
          'Bei diesem älteren Model S/X ist der Streaming-Schalter aus: Es teilt keine Daten mit Drittanbieter-Apps, bis der Schalter an ist.',
      },
      not_applicable: {
        title: 'Kein Streaming-Schalter in diesem Auto',
        detail: 'Tesla meldet den Streaming-Schalter nur für ältere Model S/X; dieses Auto hat keinen.',
      },
      unknown: { title: 'Streaming-Schalter unbekannt', detail: '{{reason}}.' },
    },
    word: {
      allowed: 'erlaubt',
      not_allowed: 'nicht erlaubt',
      yes: 'ja',
      no: 'nein',
      signed: 'signiert',
      absent: 'fehlt',
      unknown: 'unbekannt',
      not_reported: 'nicht gemeldet',
    },
  },
  moment: {
    dayAt: '{{day}} um {{time}}',
    dateAt: 'am {{date}} um {{time}}',
    minute: '{{n}} Minute',
    minutes: '{{n}} Minuten',
    hour: '{{n}} Stunde',
    hours: '{{n}} Stunden',
    days: '{{n}} Tage',
  },
  explain: {
    nav: 'Fehler erklären',
    heading: 'Fehler erklären',
    intro:
      'Fügen Sie ein, was angezeigt wurde — eine Antwort der Fleet API, eine Logzeile, den Befehlsgrund einer Plattform, eine Meldung der Tesla-App oder von Home Assistant. Der Doctor nennt die Ursache, wer sie behebt und wie. Funktioniert offline; nichts wird gesendet.',
    label: 'Fehlertext',
    placeholder: 'z. B. vehicle rejected request: your public key has not been paired with the vehicle',
    submit: 'Erklären',
    clear: 'Leeren',
    empty: 'Fügen Sie zuerst einen Fehlertext ein.',
    cause: 'Ursache',
    meaning: 'Was es bedeutet',
    who: 'Wer es behebt',
    until: 'Bis',
    wait: 'Tesla bittet, {{seconds}} s zu warten.',
    fix: 'Was zu tun ist',
    check: 'Auszuführende Prüfung',
    confidence: {
      label: 'Wie sicher',
      high: 'Sicher: ein bekannter Text wurde gefunden.',
      medium: 'Ziemlich sicher: nur der HTTP-Status sagt es.',
      low: 'Unsicher: nur der HTTP-Status sagt es, und er hat mehrere Ursachen.',
    },
    via: 'Die Meldung kam über {{via}}.',
    hint: {
      unknown:
        'Der Doctor kennt diesen Text nicht. Fügen Sie Teslas genauen Text ein (den JSON-Body oder die Logzeile mit ihrem Status), keine Beschreibung davon; oder exportieren Sie den Bericht und schicken Sie ihn an den Support.',
      exactText:
        'Für eine sichere Antwort fügen Sie Teslas genauen Text ein (den JSON-Body oder die Logzeile mit ihrem Status), keine Beschreibung davon.',
    },
    unmatched: {
      heading: 'Nicht erkannt',
      nearest: 'Nächstliegende bekannte Ursachen (keine Diagnose):',
      none: 'Keine bekannte Ursache teilt Wörter mit diesem Text.',
    },
    actor: {
      customer: 'Der Kunde (in der Tesla-App oder am Auto)',
      installer: 'Sie, vor Ort (oder in Tesla One / Powerhub)',
      platform: 'Die Energieplattform (ihr Tesla-Entwicklerkonto) — vor Ort kann das niemand beheben',
      tesla_support: 'Tesla (Support oder Service)',
      wait: 'Niemand — es vergeht von selbst',
    },
  },
  cause: {
    pairing: {
      consent_missing: {
        title: 'Tesla-App: keine Zustimmung für diese Plattform',
        meaning:
          'Die Tesla-App fügt den virtuellen Schlüssel der Plattform nicht hinzu, weil das in der App angemeldete Tesla-Konto der Plattform keinen Zugriff gegeben hat (erst die Zustimmung, dann der Schlüssel) — oft ist die App mit einem anderen Konto angemeldet als dem, das zugestimmt hat.',
        fix: {
          summary:
            'Der Kunde meldet sich in der Tesla-App mit dem Konto an, das zugestimmt hat (oder verbindet zuerst dieses Konto) und öffnet dann den Kopplungslink erneut.',
          step1: 'Prüfen, welches Tesla-Konto der Kunde im Doctor verbunden hat (die Kontokarte zeigt es).',
          step2:
            'Auf dem Telefon des Kunden die Tesla-App öffnen, angemeldet mit demselben Tesla-Konto, das der Plattform zugestimmt hat, und dieses Auto auswählen.',
          step3:
            'Den Kopplungslink der Plattform öffnen (die Checkliste zeigt ihn als QR-Code) und das Hinzufügen des Schlüssels bestätigen.',
          step4: 'Das Auto muss online sein; der Schlüssel erscheint im Auto unter Steuerung > Schlösser.',
        },
      },
      not_authorized_to_share: {
        title: 'Tesla-App: Teilen dieses Fahrzeugs nicht erlaubt (Fahrerkonto)',
        meaning:
          'Das Tesla-Konto in der App ist Fahrer dieses Autos (geteiltes oder geleastes Auto), nicht sein Eigentümer: Es kann allein keinen virtuellen Schlüssel hinzufügen.',
        fix: {
          summary:
            'Der Eigentümer des Autos öffnet den Kopplungslink in seiner Tesla-App, oder der Fahrer erledigt den Schritt mit der Schlüsselkarte im Auto.',
          step1: 'Den Kunden fragen, wem das Auto im Tesla-Konto gehört (einer Leasinggesellschaft, einem Partner).',
          step2:
            'Entweder öffnet der Eigentümer den Kopplungslink in seiner eigenen Tesla-App, oder der Fahrer öffnet ihn im Auto sitzend und bestätigt am Bildschirm mit der Schlüsselkarte.',
        },
      },
      app_not_registered: {
        title: 'Tesla-App: Plattform ist bei Tesla nicht registriert',
        meaning:
          'Die Tesla-App kennt die im Kopplungslink genannte Plattform nicht: Die Plattform hat ihre Domain und ihren Schlüssel nicht bei Tesla registriert (in dieser Region), oder der Link nennt die falsche Domain.',
        fix: {
          summary:
            'Die Plattform registriert ihr Partnerkonto (Domain und öffentlicher Schlüssel) bei Tesla in der Region des Kunden; vor Ort kann das niemand beheben.',
          step1:
            'Den Kopplungslink prüfen: Er muss https://tesla.com/_ak/<Domain der Plattform> lauten, ohne https:// darin.',
          step2:
            'Support: Der Plattform sagen, dass die Tesla-App sie als nicht bei Tesla registriert meldet (diesen Text mitschicken).',
        },
      },
    },
    vehicle: {
      key_not_paired: {
        title: 'Virtueller Schlüssel nicht im Auto',
        meaning:
          'Das Auto hat einen signierten Befehl abgelehnt: Der virtuelle Schlüssel der Plattform wurde ihm nicht hinzugefügt (oder wieder entfernt).',
        fix: {
          summary: 'Der Kunde fügt den virtuellen Schlüssel der Plattform über den Kopplungslink hinzu.',
          step1:
            'Auf dem Telefon des Kunden die Tesla-App öffnen, angemeldet mit demselben Tesla-Konto, das der Plattform zugestimmt hat, und dieses Auto auswählen.',
          step2:
            'Den Kopplungslink der Plattform öffnen (die Checkliste zeigt ihn als QR-Code) und das Hinzufügen des Schlüssels bestätigen.',
          step3: 'Das Auto muss online sein; der Schlüssel erscheint im Auto unter Steuerung > Schlösser.',
        },
      },
      key_not_on_whitelist: {
        title: 'Schlüssel nicht in der Schlüsselliste des Autos',
        meaning: 'Die Schlüsselliste (Whitelist) des Autos enthält den Schlüssel nicht, der den Befehl signiert hat.',
        fix: {
          summary: 'Der Kunde fügt den virtuellen Schlüssel der Plattform über den Kopplungslink hinzu.',
          step1:
            'Auf dem Telefon des Kunden die Tesla-App öffnen, angemeldet mit demselben Tesla-Konto, das der Plattform zugestimmt hat, und dieses Auto auswählen.',
          step2:
            'Den Kopplungslink der Plattform öffnen (die Checkliste zeigt ihn als QR-Code) und das Hinzufügen des Schlüssels bestätigen.',
          step3: 'Das Auto muss online sein; der Schlüssel erscheint im Auto unter Steuerung > Schlösser.',
        },
      },
      key_disabled: {
        title: 'Virtueller Schlüssel im Auto deaktiviert',
        meaning: 'Der Schlüssel, der den Befehl signiert hat, ist im Auto vorhanden, aber deaktiviert.',
        fix: {
          summary:
            'Der Kunde entfernt den Schlüssel der Plattform im Auto (Steuerung > Schlösser) und fügt ihn über den Kopplungslink wieder hinzu.',
          step1: 'Im Auto: Steuerung > Schlösser, den Schlüssel der Plattform entfernen.',
          step2:
            'Auf dem Telefon des Kunden die Tesla-App öffnen, angemeldet mit demselben Tesla-Konto, das der Plattform zugestimmt hat, und dieses Auto auswählen.',
          step3:
            'Den Kopplungslink der Plattform öffnen (die Checkliste zeigt ihn als QR-Code) und das Hinzufügen des Schlüssels bestätigen.',
          step4: 'Das Auto muss online sein; der Schlüssel erscheint im Auto unter Steuerung > Schlösser.',
        },
      },
      keychain_full: {
        title: 'Schlüsselliste des Autos ist voll',
        meaning:
          'Das Auto hat so viele Schlüssel, wie es aufnehmen kann; ein neuer virtueller Schlüssel lässt sich erst hinzufügen, wenn einer entfernt ist.',
        fix: {
          summary:
            'Der Kunde entfernt im Auto einen nicht mehr genutzten Schlüssel (Steuerung > Schlösser) und öffnet dann den Kopplungslink erneut.',
          step1:
            'Im Auto: Steuerung > Schlösser, einen nicht mehr genutzten Schlüssel entfernen (altes Telefon, alte App).',
          step2:
            'Auf dem Telefon des Kunden die Tesla-App öffnen, angemeldet mit demselben Tesla-Konto, das der Plattform zugestimmt hat, und dieses Auto auswählen.',
          step3:
            'Den Kopplungslink der Plattform öffnen (die Checkliste zeigt ihn als QR-Code) und das Hinzufügen des Schlüssels bestätigen.',
          step4: 'Das Auto muss online sein; der Schlüssel erscheint im Auto unter Steuerung > Schlösser.',
        },
      },
      mobile_access_disabled: {
        title: 'Mobiler Zugriff im Auto ausgeschaltet',
        meaning:
          'Im Auto ist „Mobilen Zugriff erlauben“ aus, daher lehnt es jede Anfrage aus der Ferne ab, auch die der Tesla-App.',
        fix: {
          summary: 'Der Kunde schaltet im Auto „Mobilen Zugriff erlauben“ ein.',
          step1: 'Im Auto: Steuerung > Sicherheit > Mobilen Zugriff erlauben: an.',
          step2: 'Die Checkliste erneut ausführen.',
        },
      },
      command_protocol_required: {
        title: 'Auto braucht signierte Befehle (Vehicle Command Protocol)',
        meaning:
          'Die Plattform hat einen unsignierten Befehl an ein Auto geschickt, das nur mit einem virtuellen Schlüssel signierte Befehle annimmt.',
        fix: {
          summary:
            'Die Plattform muss ihre Befehle signieren (Teslas vehicle-command-Proxy); vor Ort sicherstellen, dass ihr virtueller Schlüssel im Auto ist.',
          step1: 'Die Checkliste ausführen: vehicle.virtual_key zeigt, ob der Schlüssel im Auto ist.',
          step2:
            'Support: Der Plattform sagen, dass Tesla für dieses Auto signierte Befehle verlangt (diesen Text mitschicken).',
        },
      },
      command_protocol_unsupported: {
        title: 'Auto unterstützt keine signierten Befehle (ältere Model S/X)',
        meaning:
          'Dieses Auto (ein älteres Model S oder X) unterstützt das Vehicle Command Protocol nicht: Signierte Befehle erreichen es nicht.',
        fix: {
          summary:
            'Die Plattform muss diesem Auto einfache (unsignierte) Befehle schicken; ein virtueller Schlüssel ist weder nötig noch möglich.',
          step1: 'Dieses Auto nicht zu koppeln versuchen.',
          step2:
            'Support: Der Plattform sagen, dass dieses Auto unsignierte Befehle braucht (diesen Text mitschicken).',
        },
      },
      wrong_vin: {
        title: 'Befehl an das falsche Auto geschickt',
        meaning: 'Der signierte Befehl war an eine andere VIN gerichtet als an das Auto, das ihn empfangen hat.',
        fix: {
          summary: 'Die Plattform prüft, für welche VIN sie signiert.',
          step1: 'Support: Der Plattform diesen Text mit der verwendeten VIN schicken.',
        },
      },
      timed_out: {
        title: 'Auto hat nicht rechtzeitig geantwortet',
        meaning:
          'Das Auto (oder eines seiner Systeme) hat nicht rechtzeitig geantwortet, oder der signierte Befehl ist unterwegs abgelaufen.',
        until: 'das Auto wach und online ist (ein bis zwei Minuten), dann erneut versuchen',
        fix: {
          summary: 'Erneut versuchen, wenn das Auto wach und online ist.',
          step1: 'In der Tesla-App prüfen, ob das Auto online ist.',
          step2: 'In einer Minute erneut versuchen.',
        },
      },
      unavailable: {
        title: 'Auto offline oder im Ruhezustand',
        meaning:
          'Das Auto schläft oder hat keine Verbindung. Der Doctor weckt nie selbst ein Auto (ein Wecken kostet die Plattform Geld).',
        until: 'das Auto wieder online ist (Tesla-App öffnen oder das Auto benutzen)',
        fix: {
          summary:
            'Warten, bis das Auto online ist (das Öffnen der Tesla-App weckt es), dann die Checkliste erneut ausführen.',
          step1: 'Der Kunde öffnet die Tesla-App auf der Seite des Autos (das weckt es).',
          step2: 'Die Checkliste erneut ausführen.',
        },
      },
    },
    device: {
      unexpected_error: {
        title: 'Gerät hat mit einem Fehler geantwortet (540)',
        meaning:
          'Das Auto oder das Gateway hat mit einem internen Fehler geantwortet: Es braucht womöglich einen Neustart, ein Software-Update oder den Service.',
        until: 'das Gerät neu gestartet oder aktualisiert ist; bleibt es, der Tesla-Service',
        fix: {
          summary: 'Später erneut versuchen; bleibt es, bucht der Kunde einen Tesla-Servicetermin.',
          step1: 'In ein paar Minuten erneut versuchen.',
          step2: 'Bleibt es einen Tag lang, wendet sich der Kunde an Tesla (Tesla-App > Service).',
        },
      },
    },
    energy: {
      tou_without_tariff: {
        title: 'Zeitbasierte Steuerung abgelehnt: kein Stromtarif (410)',
        meaning:
          'Tesla hat das Umschalten der Powerwall auf zeitbasierte Steuerung abgelehnt, weil der Standort keinen Stromtarif hat: Der Modus braucht die Preise, um zu entscheiden, wann er lädt und einspeist.',
        fix: {
          summary:
            'Der Kunde stellt in der Tesla-App den Stromtarif ein; danach lässt sich die zeitbasierte Steuerung wählen.',
          step1:
            'Tesla-App > Powerwall > Einstellungen > Stromtarif: Der Kunde wählt Versorger und Tarif (oder gibt die Preise ein).',
          step2: 'Die Checkliste erneut ausführen: energy.tariff_and_mode zeigt die Zeiträume des Tarifs.',
        },
      },
    },
    tesla: {
      upstream_internal_error: {
        title: 'Teslas Server sind ausgefallen (500 upstream internal error)',
        meaning: 'Teslas eigene Server konnten nicht antworten. Vor Ort ist nichts falsch.',
        until: 'Teslas Dienst sich erholt (meist Minuten bis Stunden)',
        fix: {
          summary:
            'Später erneut versuchen; dauert es nur bei diesem Standort länger als einen Tag, muss der Tesla-Support es sich ansehen.',
          step1: 'In 15 Minuten erneut versuchen.',
          step2:
            'Dauert es nur bei diesem Kunden länger als einen Tag, wendet sich der Kunde an den Tesla-Support (diesen Text mitschicken).',
        },
      },
      service_unavailable: {
        title: 'Teslas Dienst nicht erreichbar (503/504)',
        meaning: 'Ein Tesla-Dienst (oder das Gerät dahinter) hat nicht rechtzeitig geantwortet.',
        until: 'ein paar Minuten, dann erneut versuchen',
        fix: {
          summary: 'In ein paar Minuten erneut versuchen.',
          step1: 'In ein paar Minuten erneut versuchen.',
          step2: 'Dauert es Stunden, Teslas Statusseite prüfen und den Tesla-Support kontaktieren.',
        },
      },
    },
    auth: {
      login_required: {
        title: 'Verbindung durch eine andere Anmeldung ersetzt (login_required)',
        meaning:
          'Eine andere Anmeldung mit dieser App hat diese Verbindung ersetzt (ein zweites Konto bei der Plattform oder ein Werkzeug, das sich erneut angemeldet hat): Seit dem 01.02.2024 macht eine neue Anmeldung unter derselben Client-ID das vorherige Refresh-Token und seine Access-Tokens ungültig. Das Token ist nicht „abgelaufen“. Seltener: Das Refresh-Token wurde zweimal benutzt, ist älter als 3 Monate, oder der Kunde hat sein Tesla-Passwort geändert.',
        fix: {
          summary: 'Der Kunde meldet sich erneut an (Neu verbinden); am Auto und am Standort ändert sich nichts.',
          step1: 'Beim Konto des Kunden im Doctor „Neu verbinden“ wählen und den Kunden bei Tesla anmelden lassen.',
          step2: 'Der Kunde setzt auf Teslas Zustimmungsseite dieselben Häkchen wie zuvor und wählt „Allow“.',
          step3: 'Die Checkliste erneut ausführen.',
          step4:
            'Kommt es innerhalb von Tagen wieder, teilt die Plattform ein Refresh-Token zwischen zwei ihrer Dienste: der Plattform Bescheid geben (Support: ihr diesen Text schicken).',
          step5:
            'Künftig über die Plattform diagnostizieren: Ein Diagnosewerkzeug, das sich unter der Client-ID der Plattform anmeldet, trennt die Plattform erneut.',
        },
      },
      token_endpoint_failing: {
        title: 'Teslas Anmeldung fällt aus (Token-Endpunkt 5xx)',
        meaning:
          'Teslas Token-Endpunkt antwortete mit einem Serverfehler (wie beim Ausfall von Teslas Anmeldung im Juli 2025): Keine App kann eine Anmeldung erneuern oder beginnen, bis er wieder läuft. Teslas Anmeldung fällt aus: warten, nicht neu verbinden.',
        until: 'Teslas Anmeldung wieder funktioniert (in ein paar Minuten erneut prüfen)',
        fix: {
          summary:
            'Warten und später erneut prüfen; nicht neu verbinden (eine neue Anmeldung kann jetzt nicht gelingen).',
          step1:
            'Nicht „Neu verbinden“ wählen und den Kunden nicht erneut anmelden lassen: Solange Teslas Anmeldung ausfällt, kann das nicht gelingen.',
          step2:
            'In ein paar Minuten erneut prüfen; die Verbindung der Plattform bleibt erhalten und funktioniert von selbst wieder.',
        },
      },
      redirect_uri_not_registered: {
        title: 'Weiterleitungs-URI für diese App nicht registriert',
        meaning:
          'Tesla hat die Anmeldung vor der Zustimmungsseite abgelehnt: Die gesendete redirect_uri gehört nicht zu den für diese client_id registrierten. Das ist die App-Konfiguration der Plattform, nicht das Konto des Kunden.',
        fix: {
          summary:
            'Die Plattform registriert die genaue Weiterleitungs-URI bei ihrer Tesla-App, oder im Profil wird eine registrierte eingetragen.',
          step1:
            'Support: der Plattform diesen Text schicken; ihr Entwickler trägt die Weiterleitungs-URI (Schema, Host, Port und Pfad genau) bei der App auf developer.tesla.com ein.',
          step2:
            'Oder in den Einstellungen im Profil eine Weiterleitungs-URI eintragen, die die Plattform registriert hat.',
        },
      },
      invalid_grant: {
        title: 'Autorisierung nicht mehr gültig (invalid_grant)',
        meaning:
          'Tesla hat den Code oder das Refresh-Token abgelehnt: Es ist abgelaufen, wurde widerrufen, schon benutzt oder gehört zu einer anderen App (Client-ID).',
        fix: {
          summary: 'Der Kunde meldet sich erneut an (Neu verbinden).',
          step1: 'Beim Konto des Kunden im Doctor „Neu verbinden“ wählen und den Kunden bei Tesla anmelden lassen.',
          step2: 'Der Kunde setzt auf Teslas Zustimmungsseite dieselben Häkchen wie zuvor und wählt „Allow“.',
          step3: 'Die Checkliste erneut ausführen.',
        },
      },
      token_revoked: {
        title: 'Zugriff vom Kunden entfernt (token revoked)',
        meaning:
          'Der Kunde (oder jemand mit dem Tesla-Passwort) hat die Plattform unter Tesla-Konto > Sicherheit > Drittanbieter-Apps entfernt. Der virtuelle Schlüssel der Plattform bleibt im Auto.',
        fix: {
          summary:
            'Der Kunde stimmt erneut zu (Neu verbinden); das Auto nicht erneut koppeln — sein virtueller Schlüssel ist noch da.',
          step1: 'Beim Konto des Kunden im Doctor „Neu verbinden“ wählen und den Kunden bei Tesla anmelden lassen.',
          step2: 'Der Kunde setzt auf Teslas Zustimmungsseite dieselben Häkchen wie zuvor und wählt „Allow“.',
          step3: 'Die Checkliste erneut ausführen.',
          step4: 'Den Kopplungslink nicht erneut öffnen: Das Auto hat den virtuellen Schlüssel der Plattform noch.',
        },
      },
      token_expired: {
        title: 'Zugriffstoken abgelaufen (401)',
        meaning:
          'Das Zugriffstoken (etwa 8 Stunden gültig) ist abgelaufen und wurde nicht erneuert. Der Doctor erneuert es einmal selbst; bleibt der Fehler, ist auch die Erneuerung gescheitert.',
        fix: {
          summary:
            'Im Doctor neu verbinden; zeigt die Plattform selbst diesen Fehler, funktioniert ihre Token-Erneuerung nicht.',
          step1: 'Im Doctor die Checkliste erneut ausführen: Sie erneuert das Token einmal selbst.',
          step2: 'Scheitert es weiter, „Neu verbinden“ wählen und den Kunden anmelden lassen.',
          step3:
            'Zeigt die App der Plattform diesen Text, der Plattform sagen, dass die Erneuerung ihres Zugriffstokens scheitert (Support: ihr diesen Text schicken).',
        },
      },
      invalid_bearer_token: {
        title: 'Token nicht erkannt (invalid bearer token)',
        meaning:
          'Tesla hat das Zugriffstoken gar nicht erkannt: Es ist beschädigt, wurde für einen anderen Dienst ausgestellt (etwa die eingestellte Owner API) oder für die Anmeldung einer anderen Region.',
        fix: {
          summary: 'Im Doctor neu verbinden; schickt die Plattform diesen Fehler, ist ihr gespeichertes Token defekt.',
          step1: 'Beim Konto des Kunden „Neu verbinden“ wählen und den Kunden anmelden lassen.',
          step2:
            'Zeigt die App der Plattform diesen Text, der Plattform sagen, dass ihr gespeichertes Zugriffstoken ungültig ist (Support: ihr diesen Text schicken).',
        },
      },
      unauthorized_client: {
        title: 'App bei der Anmeldung nicht erkannt (unauthorized_client)',
        meaning:
          'Teslas Anmeldung akzeptiert diese Client-ID bzw. dieses Client-Secret nicht: Die Plattform hat falsche App-Zugangsdaten eingerichtet, oder ein chinesisches Konto hat sich bei der globalen Anmeldung angemeldet (China nutzt auth.tesla.cn).',
        fix: {
          summary:
            'Die Plattform prüft ihre Client-ID und ihr Secret (und nutzt für ein chinesisches Konto auth.tesla.cn).',
          step1:
            'Support: Der Plattform sagen, dass Tesla ihre Client-ID bzw. ihr Secret ablehnt (diesen Text mitschicken).',
          step2:
            'Ist das Tesla-Konto des Kunden ein chinesisches Konto, muss die Anmeldung über auth.tesla.cn laufen: der Plattform Bescheid geben.',
        },
      },
      invalid_client_id: {
        title: 'Unbekannte App (invalid_client_id)',
        meaning:
          'Die an Teslas Anmeldung geschickte Client-ID gibt es nicht: Das Profil enthält eine falsche oder gelöschte App-ID.',
        fix: {
          summary:
            'Die Plattform nennt die richtige Client-ID; im Doctor unter Einstellungen > Tesla-Profil korrigieren.',
          step1: 'Die Client-ID unter Einstellungen > Tesla-Profil mit dem Entwicklerkonto der Plattform vergleichen.',
          step2: 'Support: Die Plattform nach ihrer aktuellen Client-ID fragen.',
        },
      },
      invalid_scope: {
        title: 'App fragt eine Berechtigung an, für die sie nicht registriert ist (invalid_scope)',
        meaning: 'Die Anmeldung hat einen Scope angefragt, den die Tesla-App der Plattform nicht anfragen darf.',
        fix: {
          summary:
            'Die Plattform schaltet diesen Scope für ihre App auf developer.tesla.com frei oder fragt ihn nicht mehr an.',
          step1: 'Support: Der Plattform sagen, welche Anmeldung gescheitert ist, und ihr diesen Text schicken.',
        },
      },
      access_denied: {
        title: 'Zustimmung verweigert (access_denied)',
        meaning: 'Der Kunde hat auf Teslas Zustimmungsseite „Do Not Allow“ gewählt oder sie geschlossen.',
        fix: {
          summary: 'Der Kunde verbindet sich erneut und wählt „Allow“.',
          step1: '„Verbinden“ (oder „Neu verbinden“) wählen und den Kunden anmelden lassen.',
          step2: 'Der Kunde setzt die Häkchen, die die Plattform braucht, und wählt „Allow“.',
        },
      },
    },
    app: {
      exceeded_limit: {
        title: 'Tesla-App der Plattform gesperrt (EXCEEDED_LIMIT)',
        meaning:
          'Tesla hat die ganze App der Plattform gesperrt, weil sie ihr Abrechnungslimit der Fleet API überschritten hat. Alle Kunden dieser Plattform stehen auf einmal still; an diesem Standort ist nichts falsch.',
        fix: {
          summary:
            'Die Plattform erhöht ihr Abrechnungslimit oder hinterlegt eine Zahlungsart auf developer.tesla.com. Vor Ort kann das niemand beheben.',
          step1: 'Vor Ort: nichts zu ändern — dem Kunden sagen, dass die Plattform ein Kontoproblem mit Tesla hat.',
          step2:
            'Support: Der Plattform sagen, dass Tesla „account disabled: EXCEEDED_LIMIT“ antwortet (Abrechnungslimit bzw. Zahlungsart in ihrem Tesla-Entwicklerkonto).',
        },
      },
      payment_required: {
        title: 'Zahlung erforderlich (402)',
        meaning:
          'Tesla (oder ein kostenpflichtiger Vermittler davor) verlangt eine Zahlung, bevor es für diese App antwortet.',
        fix: {
          summary: 'Die Plattform begleicht ihre Rechnung bei Tesla (oder beim Vermittler).',
          step1: 'Support: Der Plattform sagen, dass ihre API mit 402 Payment Required antwortet.',
        },
      },
      owner_api_token: {
        title: 'Token der eingestellten Owner API',
        meaning:
          'Die Anfrage nutzte ein Token oder eine Adresse von Teslas alter Owner API, die Tesla für Dritte geschlossen hat (vollständig im Juni 2026). Heute funktionieren nur Fleet-API-Tokens einer registrierten App.',
        fix: {
          summary:
            'Die Plattform muss auf die Fleet API umstellen (mit ihrer eigenen registrierten App); der Kunde verbindet sich dann darüber.',
          step1: 'Vor Ort: an der Anlage nichts zu ändern.',
          step2:
            'Support: Der Plattform (oder dem eigenen Werkzeug des Kunden) sagen, dass Tesla Owner-API-Tokens ablehnt und die Fleet API genutzt werden muss.',
        },
      },
    },
    partner: {
      not_registered_in_region: {
        title: 'Plattform in dieser Region nicht bei Tesla registriert (412)',
        meaning:
          'Die Tesla-App der Plattform wurde in der Region, in der das Konto dieses Kunden liegt, nie registriert (Partnerkonto), daher lehnt Tesla jede Anfrage ab. Der Installateur kann vor Ort nichts tun.',
        fix: {
          summary:
            'Die Plattform registriert ihr Partnerkonto in dieser Region (POST /api/1/partner_accounts bei der Fleet API dieser Region). Vor Ort ändert daran nichts etwas.',
          step1: 'Vor Ort: nichts zu ändern — die Anlage und die Einstellungen des Kunden sind nicht die Ursache.',
          step2:
            'Support: Der Plattform sagen „Ihre App muss in der Region registriert werden, die Teslas Antwort nennt“, und ihr diesen Text schicken.',
          step3: 'Sobald die Plattform es bestätigt, die Checkliste erneut ausführen.',
        },
      },
      public_key_download_failed: {
        title: 'Tesla konnte den öffentlichen Schlüssel der Plattform nicht abrufen (424)',
        meaning:
          'Die Registrierung der Plattform bei Tesla ist gescheitert, weil Tesla ihren öffentlichen Schlüssel nicht von ihrer Domain laden konnte (fehlt, zu groß, gesperrt).',
        fix: {
          summary:
            'Die Plattform stellt unter /.well-known/appspecific/com.tesla.3p.public-key.pem einen gültigen EC-Schlüssel bereit und registriert sich erneut.',
          step1: 'Support: Der Plattform diesen Text schicken; die URL darin ist die, die Tesla nicht abrufen konnte.',
        },
      },
    },
    region: {
      out_of_region: {
        title: 'Anfrage an die falsche Region geschickt (421)',
        meaning:
          'Das Konto des Kunden liegt in einer anderen Fleet-API-Region als der angefragten; Tesla nennt die richtige Basis-URL.',
        fix: {
          summary:
            'Der Doctor folgt Teslas Hinweis selbst; eine Plattform, die das zeigt, muss die von Tesla genannte Basis-URL nutzen.',
          step1: 'Im Doctor: „Neu verbinden“ wählen, damit die Region des Kontos aus dem neuen Token gelesen wird.',
          step2:
            'Support: Zeigt die Plattform das, ihr sagen, dass sie für diesen Kunden die Basis-URL aus Teslas Antwort nutzen soll.',
        },
      },
    },
    rate: {
      limited: {
        title: 'Tesla bittet zu warten (Ratenlimit, 429)',
        meaning:
          'Zu viele Anfragen für dieses Auto oder diesen Standort in kurzer Zeit. Teslas Limits gelten pro Gerät und werden von jeder App geteilt, die es liest (die Plattform, Home Assistant, andere Werkzeuge); eine andere App kann sie also aufbrauchen.',
        until: 'der Zeit, die Tesla in Retry-After (oder RateLimit-Reset) nennt',
        fix: {
          summary:
            'Bis zu der Zeit warten, die Tesla nennt; passiert es immer wieder, fragt eine andere App dieses Gerät zu oft ab.',
          step1:
            'Bis zur angezeigten Zeit warten, dann die Checkliste erneut ausführen (darüber hinaus versucht sie es nicht selbst erneut).',
          step2:
            'Passiert es immer wieder, den Kunden fragen, welche anderen Apps dieses Auto oder diesen Standort lesen (Home Assistant, TeslaMate, …): Sie teilen sich dasselbe Limit.',
        },
      },
    },
    account: {
      locked: {
        title: 'Tesla-Konto gesperrt (423)',
        meaning: 'Tesla hat das Konto des Kunden gesperrt; nur Tesla kann es entsperren.',
        fix: {
          summary: 'Der Kunde wendet sich an Tesla, um das Konto entsperren zu lassen.',
          step1: 'Der Kunde wendet sich wegen des gesperrten Kontos an den Tesla-Support (Tesla-App > Support).',
        },
      },
    },
    scope: {
      missing: {
        title: 'Häkchen für eine Berechtigung fehlt (missing scopes)',
        meaning:
          'Tesla sagt selbst, dass dieser Aufruf eine Berechtigung (Scope) braucht, die der Kunde auf Teslas Zustimmungsseite nicht angehakt hat: Die Antwort „Unauthorized missing scopes“ bedeutet genau das.',
        fix: {
          summary:
            'Der Kunde verbindet sich neu und setzt das fehlende Häkchen (die Scope-Prüfungen der Checkliste nennen es).',
          step1: 'Die Checkliste ausführen: Die Scope-Prüfungen nennen das Kästchen ohne Häkchen.',
          step2:
            '„Neu verbinden“ wählen; der Kunde hakt dieses Kästchen auf Teslas Zustimmungsseite an und wählt „Allow“.',
        },
      },
      missing_energy_cmds: {
        title: '„Energy Product Commands“ nicht erlaubt',
        meaning:
          'Home Assistant meldet, dass der Freigabe energy_cmds („Energy Product Commands“) fehlt: Einstellungen lassen sich nicht ändern.',
        fix: {
          summary: 'Der Kunde verbindet sich neu und hakt „Energy Product Commands“ an.',
          step1: '„Neu verbinden“ wählen; der Kunde hakt „Energy Product Commands“ an und wählt „Allow“.',
        },
      },
      missing_vehicle_cmds: {
        title: '„Vehicle Commands“ nicht erlaubt',
        meaning:
          'Home Assistant meldet, dass der Freigabe vehicle_cmds oder vehicle_charging_cmds fehlt: Dem Auto lassen sich keine Befehle schicken.',
        fix: {
          summary: 'Der Kunde verbindet sich neu und hakt „Vehicle Commands“ (oder „Vehicle Charging Management“) an.',
          step1:
            '„Neu verbinden“ wählen; der Kunde hakt „Vehicle Commands“ und „Vehicle Charging Management“ an und wählt „Allow“.',
        },
      },
    },
    http: {
      no_answer: {
        title: 'Keine Antwort von Tesla',
        meaning:
          'Die Anfrage bekam gar keine Antwort: die Internetverbindung dieses Computers, eine Firewall oder ein Proxy, oder eine Zeitüberschreitung.',
        fix: {
          summary:
            'Die Internetverbindung dieses Computers (und einen etwaigen Firmen-Proxy) prüfen, dann die Checkliste erneut ausführen.',
          step1: 'Eine beliebige Webseite öffnen, um die Verbindung zu prüfen.',
          step2: 'In einem Firmennetz prüfen, ob fleet-api.prd.*.vn.cloud.tesla.com erreichbar ist.',
          step3: 'Die Checkliste erneut ausführen.',
        },
      },
      bad_request: {
        title: 'Tesla hat die Anfrage als fehlerhaft abgelehnt (400)',
        meaning:
          'Tesla hält die Anfrage selbst für ungültig (ein Feld, einen Wert oder einen Befehl, den es nicht annimmt).',
        fix: {
          summary: 'Die Software, die sie geschickt hat, muss die Anfrage korrigieren.',
          step1:
            'Support: Der Plattform (oder den Entwicklern des Doctors) diesen Text und die Anfrage schicken, auf die er antwortete.',
        },
      },
      forbidden: {
        title: 'Tesla hat ohne Begründung abgelehnt (403)',
        meaning:
          'Tesla hat 403 geantwortet, ohne einen Text, der den Grund nennt — oder eine Bibliothek hat eigene Worte darübergelegt („developers should check required Scope“ steht bei jedem 403). Eine fehlende Berechtigung ist es nur, wenn den erteilten Scopes des Tokens die fehlt, die dieser Aufruf braucht; sonst ist die App der Plattform womöglich gesperrt oder nutzt ein eingestelltes Token.',
        fix: {
          summary:
            'Die Checkliste ausführen: account.app_status und die Scope-Prüfungen unterscheiden ein fehlendes Häkchen von einem Problem der Plattform.',
          step1: 'Die Checkliste ausführen und account.app_status sowie die Scope-Prüfungen lesen.',
          step2: 'Support: Sind alle Scopes erteilt, der Plattform diesen Text schicken.',
        },
      },
      not_found: {
        title: 'Nicht in diesem Konto (404)',
        meaning:
          'Tesla kennt diesen Standort oder dieses Auto unter dem verbundenen Konto nicht: Es gehört zu einem anderen Tesla-Konto oder wurde entfernt.',
        fix: {
          summary:
            'Prüfen, ob der Kunde das Tesla-Konto verbunden hat, dem die Anlage gehört (die Kontokarte zeigt seine E-Mail-Adresse).',
          step1: 'Die E-Mail-Adresse des verbundenen Kontos mit der in der Tesla-App des Kunden vergleichen.',
          step2: 'Weicht sie ab, verbindet sich der Kunde mit dem richtigen Tesla-Konto neu.',
        },
      },
      unexplained: {
        title: 'Ein Fehler, den der Doctor nicht kennt',
        meaning: 'Tesla hat mit einem Fehlerstatus geantwortet, für den der Katalog keine Ursache kennt.',
        fix: {
          summary: 'Den Bericht exportieren und an den Support schicken: Er enthält Teslas Antwort so, wie sie ankam.',
          step1: 'Den Bericht exportieren (Berichte > Exportieren) und an den Support schicken.',
        },
      },
    },
  },
  support: {
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
      explain:
        'Fasst die Protokolle der App, ihre Einstellungen (ohne Geheimnisse) und den neuesten Bericht in einer ZIP-Datei für den Support zusammen. Tokens, Codes, E-Mail-Adressen und vollständige FINs werden vorher entfernt.',
      create: 'Supportpaket erstellen',
      creating: 'Supportpaket wird erstellt …',
      created: 'Supportpaket gespeichert: {{path}} ({{count}} Dateien, {{size}} KB)',
      downloaded:
        'Supportpaket gespeichert: {{file}} ({{count}} Dateien, {{size}} KB), in den Downloads des Browsers. Eine Kopie bleibt im Datenordner der App.',
      failed: 'Das Supportpaket konnte nicht erstellt werden: {{message}}',
    },
    updates: {
      heading: 'Aktualisierungen',
      explain:
        'Wenn eingeschaltet, sucht die Desktop-App beim Start und alle paar Stunden nach einer neuen Version, lädt sie im Hintergrund und installiert sie beim Beenden. Standardmäßig aus.',
      enabled: 'App automatisch aktualisieren',
      channel: 'Aktualisierungskanal',
      stable: 'Stabil',
      beta: 'Beta (frühe Versionen, noch nicht ausgereift)',
      saved: 'Aktualisierungseinstellung gespeichert.',
      failed: 'Die Aktualisierungseinstellung konnte nicht gespeichert werden: {{message}}',
    },
  },
  board: {
    // A stored cause's name (a check id or a connection cause), the id shown beside it for the CSV and the terminal.
    causeName: {
      account: {
        reach: 'Tesla erreichbar',
        connection: 'Verbindung zu Tesla',
        region: 'Region',
        partner_registration: 'Registrierung der Plattform bei Tesla in der Region',
        app_status: 'Status der Plattform-App bei Tesla',
        rate_limit: 'Teslas Anfragelimit',
      },
      scope: {
        refresh: 'Zustimmung: verbunden bleiben (Offline-Zugriff)',
        energy_read: 'Zustimmung: Energiedaten',
        energy_commands: 'Zustimmung: Energiebefehle',
        vehicle_read: 'Zustimmung: Fahrzeugdaten',
        vehicle_commands: 'Zustimmung: Fahrzeugbefehle',
        vehicle_location: 'Zustimmung: Fahrzeugstandort',
      },
      energy: {
        site_discovery: 'Energiestandort gefunden',
        reachable: 'Energiestandort meldet sich',
        battery_present: 'Batterie vorhanden',
        permission_to_export: 'Einspeiseerlaubnis',
        energy_exports: 'Energieexport',
        grid_charging: 'Netzladen',
        command_readiness: 'Batterie nimmt Befehle an',
        tariff_and_mode: 'Tarif und Betriebsart',
        grid_services: 'Netzdienste',
      },
      vehicle: {
        virtual_key: 'Virtueller Schlüssel der Plattform im Auto',
        pairing_account: 'Auto im selben Tesla-Konto',
        command_protocol: 'Befehlsprotokoll des Autos',
        streaming_toggle: 'Datenstreaming des Autos',
        reachable: 'Auto erreichbar',
      },
      connection: {
        login_required: 'Die Verbindung der Plattform wurde ersetzt oder widerrufen',
        tesla_auth_unavailable: 'Teslas Anmeldung fällt aus',
        platform_error: 'Die Plattform hat nicht geantwortet',
      },
    },
    nav: 'Übersicht',
    heading: 'Übersicht für den Support',
    intro:
      'Was der letzte Durchlauf über alle verbundenen Häuser gefunden hat: zuerst Störungswellen, dann jede Ursache, wer sie behebt und was sich geändert hat.',
    latest: 'Letzter Durchlauf: {{when}} · {{homes}} Häuser · {{requests}} Fleet-API-Anfragen · {{wakes}} Weckvorgänge',
    stopped: 'Dieser Durchlauf wurde angehalten, bevor alle Häuser geprüft waren.',
    store: 'Ergebnisse aus: {{store}}',
    refresh: 'Aktualisieren',
    loading: 'Der Speicher der Durchläufe wird gelesen…',
    failed: 'Die Übersicht konnte nicht gelesen werden: {{message}}',
    empty: {
      heading: 'Es wurde noch kein Durchlauf gespeichert',
      explain:
        'Die Übersicht zeigt, was ein Durchlauf gefunden hat. Bitte einen Durchlauf (doctor sweep) auf dem Rechner oder Server des Supports ausführen (regelmäßig, zum Beispiel stündlich); dafür braucht er die Adresse der Plattform und ihren Agentenschlüssel:',
      command: 'npm run doctor -- sweep --platform https://<plattform>/platform --stale-after 1h',
      then: 'Danach auf „Aktualisieren“ klicken. Ein Support-Team kann alle Installationen auf einen PostgreSQL-Server verweisen (--store postgres://…).',
    },
    incidents: {
      heading: 'Störungen',
      none: 'Keine Störung: Keine Ursache betraf im letzten Durchlauf einen großen Teil der Häuser.',
      homes: '{{count}} Häuser ({{percent}} % der geprüften)',
      cause: 'Ursache:',
      advice: {
        wait: 'Empfehlung: abwarten. Die Ursache liegt bei Tesla und vergeht von selbst. Den Kunden sagen, dass nichts zu tun ist, und sie nicht neu verbinden lassen.',
        platform:
          'Empfehlung: die Plattform. Ihr Team (ihr Tesla-Entwicklerkonto) kümmert sich darum; die Kunden nicht neu verbinden lassen.',
      },
      show: 'Diese Häuser zeigen',
    },
    counts: {
      byCause: 'Nach Ursache',
      byActor: 'Nach Zuständigkeit',
      cause: 'Ursache',
      actor: 'Wer behebt',
      homes: 'Häuser',
    },
    changes: {
      heading: 'Seit dem vorigen Durchlauf',
      summary: 'Neu gestört: {{broken}} · Wieder in Ordnung: {{recovered}}',
      none: 'Seit dem vorigen Durchlauf hat sich nichts geändert.',
      item: '{{ref}}: {{from}} → {{to}}',
      showBroken: 'Neu gestörte Häuser zeigen',
      showRecovered: 'Wieder funktionierende Häuser zeigen',
    },
    filter: {
      heading: 'Häuser',
      cause: 'Ursache',
      actor: 'Wer behebt',
      incident: 'Störung',
      changed: 'Änderung',
      search: 'Referenz suchen',
      any: 'Alle',
      inIncident: 'Teil einer Störung',
      notInIncident: 'Keiner Störung zugeordnet',
      anyChange: 'Jede Änderung',
      clear: 'Filter zurücksetzen',
      count: '{{shown}} von {{total}} Häusern angezeigt',
      none: 'Kein Haus passt zu diesen Filtern.',
    },
    table: {
      ref: 'Referenz',
      cause: 'Ursache',
      actor: 'Wer behebt',
      incident: 'Störung',
      change: 'Änderung',
      swept: 'Zuletzt geprüft',
      open: '{{ref}} öffnen',
      inIncident: 'ja',
      notSwept: 'noch nicht geprüft',
    },
    csv: {
      export: 'CSV für Tickets exportieren',
      exporting: 'Wird exportiert…',
      done: '{{rows}} Häuser nach {{file}} exportiert (Referenzen, Ursachen und Zuständigkeit; keine personenbezogenen Daten).',
      failed: 'Die CSV-Datei konnte nicht exportiert werden: {{message}}',
    },
    home: {
      heading: 'Haus {{ref}}',
      close: 'Schließen',
      latest: 'Letztes gespeichertes Ergebnis ({{when}})',
      cause: 'Ursache: {{cause}}',
      actor: 'Wer behebt: {{actor}}',
      incident: 'Teil der Störung „{{cause}}“: {{advice}}',
      noChecks: 'Für diesen Durchlauf wurde keine fehlgeschlagene Prüfung gespeichert.',
      history: 'Verlauf über die Durchläufe',
      swept: 'Geprüft',
      dataAge: 'Alter der Daten',
      noAge: '–',
      minutes: '{{count}} Min.',
      unknown: 'Dieses Haus ist nicht im Speicher.',
      diagnose: 'Jetzt über die Plattform prüfen',
      diagnosing: 'Verbindung über die Plattform wird hergestellt…',
      diagnoseExplain:
        'Leiht sich die Verbindung der Plattform für dieses Haus (nichts wird ersetzt, kein Auto wird geweckt) und führt die Checkliste live aus.',
      diagnoseFailed: 'Die Live-Prüfung konnte nicht starten: {{message}}',
    },
    storeSetting: {
      heading: 'Speicher der Durchläufe (für die Übersicht)',
      explain:
        'Woher die Übersicht die Durchläufe liest: aus dem eingebauten Speicher im Datenordner dieser App oder von einem PostgreSQL-Server, den ein Support-Team gemeinsam nutzt (derselbe, in den `doctor sweep --store` schreibt).',
      embedded: 'Eingebaut, im Datenordner',
      postgres: 'PostgreSQL-Server',
      url: 'Serveradresse (ohne Passwort)',
      password: 'Passwort (wird im Schlüsselbund aufbewahrt)',
      passwordKept: 'Ein Passwort ist im Schlüsselbund hinterlegt. Feld leer lassen, um es zu behalten.',
      save: 'Speichern',
      test: 'Verbindung testen',
      saved: 'Gespeichert. Die Übersicht liest jetzt aus diesem Speicher.',
      ok: 'Verbunden: Der Speicher lässt sich öffnen und lesen.',
      loadFailed: 'Die Speichereinstellung konnte nicht gelesen werden: {{message}}',
      detail: '(Antwort des Servers: {{detail}})',
      problem: {
        bad_url: 'Das ist keine PostgreSQL-Adresse. Bitte im Format postgres://benutzer@host:5432/datenbank angeben.',
        refused:
          'Unter diesem Host und Port antwortet nichts. Bitte prüfen, ob der PostgreSQL-Server läuft und der Port stimmt (standardmäßig 5432).',
        unknown_host:
          'Dieser Hostname ist unbekannt. Bitte die Schreibweise prüfen oder die Adresse bei der Person erfragen, die den Server betreibt.',
        auth: 'Der Server hat Benutzername oder Passwort abgelehnt. Bitte beides bei der Person prüfen, die den Server betreibt.',
        no_database:
          'Auf dem Server gibt es keine Datenbank mit diesem Namen. Bitte den Namen am Ende der Adresse prüfen.',
        timeout:
          'Der Server hat nicht innerhalb von 8 Sekunden geantwortet. Bitte das Netzwerk und eine mögliche Firewall dazwischen prüfen.',
        other: 'Der Speicher konnte nicht geöffnet werden.',
      },
    },
    healthy: 'in Ordnung',
    actor: {
      customer: 'der Kunde',
      installer: 'der Installateur',
      tesla: 'Tesla',
      app: 'diese App (erneut versuchen)',
      platform: 'die Plattform',
      wait: 'niemand: abwarten',
      none: 'niemand',
    },
    change: {
      newly_broken: 'neu gestört',
      recovered: 'wieder in Ordnung',
      changed: 'andere Ursache',
    },
  },
  visit: {
    steps: {
      connect: 'Verbinden',
      check: 'Prüfen',
      fix: 'Beheben',
      test: 'Testen',
      report: 'Bericht',
      end: 'Besuch beenden',
    },
    state: {
      done: 'erledigt',
      next: 'nächster Schritt',
      todo: 'noch offen',
      attention: 'verbunden, aber nicht jede Berechtigung erteilt: an diesem Laptop neu verbinden',
    },
    permissionsMissing_one: '{{count}} Berechtigung fehlt',
    permissionsMissing_other: '{{count}} Berechtigungen fehlen',
    toFix_one: '{{count}} Punkt zu beheben',
    toFix_other: '{{count}} Punkte zu beheben',
    next: 'Weiter: {{step}}',
    end: {
      heading: 'Den Vor-Ort-Besuch beenden',
      summary: 'Dieser Besuch',
      nothing: 'Auf diesem Laptop ist kein Kunde verbunden: nichts zu vergessen.',
      connect: { done: 'ein Kunde ist verbunden', open: 'kein Kunde verbunden' },
      check: { done: 'die Checkliste lief', open: 'die Checkliste lief noch nicht' },
      fix: { done: 'nichts mehr zu beheben', open: 'noch zu beheben: {{count}}' },
      test: { done: 'ein Test lief bis zum Ende', open: 'kein Test gelaufen' },
      report: { done: 'ein Bericht wurde gespeichert', open: 'kein Bericht gespeichert' },
    },
  },
  app: {
    skipToContent: 'Zum Inhalt springen',
    navigation: 'Vor-Ort-Besuch',
    tagline: 'Prüft und repariert die Tesla-Verbindung eines Hausbesitzers zu seiner Energieplattform',
    version: 'Version {{version}}',
    mode: { demo: 'Demomodus', tesla: 'Tesla-Kontomodus' },
    modeLabel: 'Modus',
    transport: { electron: 'Desktop-App', browser: 'Browsermodus' },
    screenFailed: {
      title: 'Diese Ansicht konnte nicht geladen werden',
      detail:
        'Dieser Teil der App kam nicht an (nach einer Aktualisierung der App oder wegen eines Datenträger- oder Netzwerkproblems). Die anderen Ansichten funktionieren weiter, und ein laufender Test läuft im Hintergrund weiter und setzt die Einstellungen wie gewohnt zurück.',
      retry: 'Erneut versuchen',
      reload: 'App neu laden',
    },
  },
  status: {
    label: 'Dienst',
    loading: 'Verbindung zur App wird hergestellt …',
    simulatorReady: 'Demomodus: Simulator bereit',
    simulatorFailed: 'Demomodus: Der Simulator konnte nicht starten. Starten Sie die App neu.',
    settingsRestored:
      'Ein unterbrochener Test wurde abgeschlossen: Die Einstellungen des Kunden sind wiederhergestellt.',
    restoreNeedsAttention:
      'Die Wiederherstellung nach einem Test ist nicht abgeschlossen: Unter „Testladung“ stehen die Werte, die von Hand zu setzen sind.',
    teslaReady: 'Bereit zur Verbindung mit Tesla',
    starting: 'Wird gestartet …',
    failed: 'Der Dienst der App ist nicht erreichbar: {{message}}',
    dataFolderProblem: 'Der Datenordner der App ist nicht nutzbar: {{detail}}',
  },
  dataProblems: {
    label: 'Dateien, die nicht gelesen werden konnten',
    store: {
      settings: 'Die Einstellungen (Verbindungsprofile) konnten nicht gelesen werden',
      accounts: 'Die Liste der verbundenen Kunden konnte nicht gelesen werden',
      'update-settings': 'Die Update-Einstellung konnte nicht gelesen werden',
    },
    reason: {
      not_json: '(die Datei ist beschädigt).',
      wrong_layout: '(die Datei hat nicht den Aufbau, den diese Version erwartet).',
    },
    keptAt: 'Nichts wurde gelöscht: Die App hat neu begonnen und die alte Datei für den Support aufbewahrt unter',
  },
  testCharge: {
    blockedByCause: {
      heading: 'Der Test ist blockiert',
      who: 'Wer handelt: {{who}}.',
      nothingChanged:
        'Tesla lehnt dieses Konto ab, daher lässt sich kein Standort lesen, und nichts wurde geändert. Sobald die Ursache behoben ist, diese Ansicht erneut öffnen.',
    },
    again: 'Weiteren Test einrichten',
    heading: 'Testladung / Testentladung',
    intro:
      'Zeigt vor dem Verlassen der Baustelle, dass Lade- und Entladebefehle Energie bewegen. Der Test ändert für wenige Minuten einige Einstellungen des Kunden und stellt sie immer wieder her.',
    noAccount: 'Wählen Sie zuerst einen verbundenen Kunden aus (Bildschirm „Kunden“).',
    notReported: 'nicht gemeldet',
    percent: '{{value}} %',
    watts: '{{value, number}} W',
    direction: { charge: 'Testladung (aus dem Netz)', discharge: 'Testentladung (ins Netz)' },
    setting: {
      default_real_mode: 'Betriebsmodus',
      backup_reserve_percent: 'Notstromreserve',
      customer_preferred_export_rule: 'Energieexporte',
      disallow_charge_from_grid_with_solar_installed: 'Laden aus dem Netz',
    },
    value: {
      self_consumption: 'Eigenverbrauch',
      autonomous: 'Zeitbasierte Steuerung',
      backup: 'Nur Notstrom',
      pv_only: 'Solar',
      battery_ok: 'Alles',
      never: 'Aus (nie)',
      yes: 'Ja',
      no: 'Nein',
    },
    form: {
      label: 'Testeinstellungen',
      site: 'Energiestandort',
      noSites: 'Kein Standort mit Batterie',
      direction: 'Richtung',
      minutes: 'Dauer (Minuten, 1–15)',
      gridInteraction: 'Netzinteraktion erlauben',
      gridOn: {
        charge: 'Laden aus dem Netz wird für den Test erlaubt, falls es aus ist – wie es die Plattform tut.',
        discharge:
          'Energieexporte werden für den Test auf „Alles“ gestellt, falls nicht schon so – wie es die Plattform tut (nie ohne Einspeiseerlaubnis).',
      },
      noExportPermission:
        'Energieexporte bleiben unverändert: Ohne Einspeiseerlaubnis (vor der Betriebserlaubnis des Netzbetreibers) werden sie nie geändert.',
      gridOff: {
        charge:
          'Laden aus dem Netz bleibt unverändert: Ist es aus, lädt die Batterie nur aus Solarstrom, und der Test kann deshalb scheitern.',
        discharge:
          'Energieexporte bleiben unverändert: Bei „Solar“ gelangt keine Batterieenergie ins Netz, und der Test scheitert deshalb.',
      },
      check: 'Bereitschaft prüfen',
    },
    plan: {
      heading: 'Vor dem Test',
      ready: 'Bereit: Nichts verhindert den Test.',
      readyWithNotes: 'Nichts verhindert diesen Test, aber die Checkliste meldet für diese Batterie noch:',
      noteDoesNotStop: 'das verhindert keinen Test {{direction}}',
      checklistBlocks: 'Laut Checkliste wird dieser Test scheitern:',
      runAnyway: 'Trotzdem ausführen …',
      confirmForce:
        'Den Test ausführen, obwohl er voraussichtlich scheitert? {{minutes}} Min. lang werden die unten aufgeführten Einstellungen geändert, der Test scheitert sehr wahrscheinlich aus dem genannten Grund, danach wird jede Einstellung zurückgesetzt.',
      confirmNoExport: 'Der Energieexport bleibt, wie er ist: Ohne Einspeiseerlaubnis ändert der Doctor ihn nie.',
      confirmYes: 'Ja, trotzdem ausführen',
      cancel: 'Abbrechen',
      settling:
        'Die Batterie beruhigt sich noch vom letzten Test (Batterie {{power}}). Ein neuer Test wartet, bis sie sich wieder wie gewohnt verhält.',
      blocked: 'Der Test kann nicht starten. Es wurde nichts geändert.',
      observed: 'gesehen: {{value}}',
      touches: 'Einstellungen, die der Test ändert',
      nothingToChange: 'Keine: Die Einstellungen sind bereits so, wie der Test sie braucht.',
      setting: 'Einstellung',
      now: 'Jetzt',
      during: 'Während des Tests',
      why: 'Warum',
      leftAlone: 'Unveränderte Einstellungen',
      restorePromise:
        'Vor der ersten Änderung werden die aktuellen Werte auf diesem Computer gespeichert. Danach werden sie zurückgeschrieben und erneut gelesen, bis Tesla sie unverändert meldet – auch nach einem Absturz oder Verbindungsverlust.',
    },
    start: { charge: 'Testladung starten', discharge: 'Testentladung starten' },
    why: {
      mode_tbc_charge: 'Die zeitbasierte Steuerung lädt am schnellsten (bis etwa 5 kW pro Powerwall).',
      mode_tbc_discharge: 'Nur mit zeitbasierter Steuerung gibt die Powerwall Batterieenergie ins Netz ab.',
      reserve_cap: 'Eine Reserve an der Obergrenze der Cloud (80 %) lässt die Powerwall bis dorthin laden.',
      reserve_lowest: 'Die niedrigste Reserve lässt die Batterie sich entladen.',
      grid_charging_allow: 'Erlaubt das Laden aus dem Netz, nicht nur aus Solarstrom.',
      exports_everything: 'Lässt Batterieenergie ins Netz, nicht nur Solarstrom.',
      already_set: 'bereits so, wie der Test es braucht',
      not_reported: 'von Tesla nicht gemeldet und daher nicht wiederherstellbar: unverändert',
      locked: 'als nicht änderbar gekennzeichnet (nur Tesla oder der Installateur dürfen es ändern): unverändert',
      grid_interaction_off: 'Netzinteraktion ist aus: unverändert',
      no_export_permission:
        'keine Einspeiseerlaubnis (meist vor der Betriebserlaubnis des Netzbetreibers): Einspeisen würde die Netzvereinbarung des Kunden verletzen, daher nie geändert',
    },
    blocker: {
      missing_energy_cmds:
        'Die Berechtigung „Energy Product Commands“ fehlt. Verbinden Sie den Kunden neu und setzen Sie das Häkchen.',
      missing_energy_read:
        'Die Berechtigung „Energy Product Information“ fehlt. Verbinden Sie den Kunden neu und setzen Sie das Häkchen.',
      no_battery: 'Dieser Standort meldet keine Batterie.',
      off_grid: 'Der Standort ist vom Netz getrennt. Versuchen Sie es erneut, wenn er wieder am Netz ist.',
      grid_event:
        'Eine Sturmwarnung oder ein Netzdienst-Ereignis ist aktiv und übersteuert die Einstellungen. Versuchen Sie es nach dem Ende erneut.',
      battery_full:
        'Die Batterie ist voll: kein Platz zum Laden. Testen Sie stattdessen das Entladen oder laden Sie später.',
      battery_empty:
        'Die Batterie ist fast leer: nichts zu entladen. Testen Sie stattdessen das Laden oder entladen Sie später.',
      not_editable: 'Der Standort meldet seine Einstellungen als nicht konfigurierbar.',
      site_busy:
        'Auf diesem Standort läuft bereits ein Test oder eine Wiederherstellung. Warten Sie, bis sie fertig ist.',
      pending_restore:
        'Die Wiederherstellung nach einem früheren Test ist nicht abgeschlossen. Schließen Sie sie zuerst ab.',
    },
    warning: {
      soc_not_reported: 'Der Ladestand wird nicht gemeldet: Der Spielraum lässt sich nicht prüfen.',
      grid_status_unknown: 'Der Netzstatus ist unbekannt.',
      export_not_permitted:
        'Der Standort meldet „Einspeiseerlaubnis: Nein“ (abgeleitet): Eine Entladung erreicht das Netz womöglich gar nicht.',
      above_reserve_cap:
        'Der Ladestand liegt bei 80 % oder darüber: Die Cloud lädt nicht weiter, eine Testladung kann daher scheitern.',
    },
    phase: {
      preparing: 'Einstellungen werden gelesen und gesichert …',
      writing: 'Einstellungen werden für den Test geändert …',
      watching: 'Batterie wird beobachtet',
      restoring: 'Die Einstellungen des Kunden werden wiederhergestellt …',
      finished: 'Abgeschlossen',
      failed: 'Durch einen Fehler beendet',
    },
    run: {
      remaining: 'noch {{time}}',
      stop: 'Stoppen und wiederherstellen',
      changed: 'Für den Test geändert: {{list}}.',
      restored: 'Einstellungen wiederhergestellt: Tesla meldet sie genau wie vor dem Test.',
      untouched: 'Es wurde nichts geändert: Die Einstellungen des Kunden sind wie zuvor.',
      waitingToSettle: 'Warte, bis sich die Batterie vom letzten Test beruhigt hat, bevor etwas geändert wird …',
      changedByOther: '{{setting}} wurde während des Tests von jemand anderem geändert (jetzt {{value}}); so belassen.',
      changedByOthersKept:
        'Alles andere ist wie vor dem Test. Die Werte des Kunden bleiben auf diesem Computer gespeichert: Kehrt eine Einstellung auf den Testwert zurück (ein anderer Test setzt ihn zurück), stellt die App sie wieder her; sonst klären Sie es mit dem, der sie geändert hat. Der Kunde hatte:',
      blockedByChecklist: 'Laut Checkliste wird dieser Test scheitern: {{title}}. Es wurde nichts geändert.',
      notRestored:
        'Die Einstellungen konnten nicht zurückgesetzt werden ({{message}}). Sie sind auf diesem Computer gespeichert; die App versucht es alle paar Minuten erneut, solange sie läuft, und beim nächsten Start. Von Hand in der Tesla-App einzustellen:',
      error: 'Der Test wurde beendet: {{message}}',
    },
    verdict: {
      pass: 'Bestanden',
      fail: 'Nicht bestanden',
      aborted: 'Gestoppt',
      blocked: 'Nicht gestartet',
      setting_not_applied: 'Einstellung nicht übernommen',
    },
    settle: {
      settling:
        'Batterie beruhigt sich noch: Sie folgt noch kurz den Testwerten (Batterie {{power}}). Wird beobachtet …',
      settled: 'Batterie verhält sich wieder wie gewohnt (Batterie {{power}}).',
      not_settled:
        'Die Batterie hatte sich nach {{minutes}} Min. nicht beruhigt (Batterie {{power}}). Prüfen Sie vor dem Gehen die Live-Leistung in der Tesla-App.',
      unknown:
        'Ob sich die Batterie beruhigt hat, ließ sich nicht lesen. Prüfen Sie vor dem Gehen die Live-Leistung in der Tesla-App.',
    },
    reason: {
      charged: 'Die Batterie hat über der Schwelle anhaltend geladen.',
      discharged_to_grid: 'Die Batterie hat über der Schwelle anhaltend ins Netz entladen.',
      reserve_cap_reached: 'Der Ladestand hat die Reservegrenze (80 %) erreicht; die Cloud lädt nicht weiter.',
      exports_solar_only:
        'Energieexporte stehen auf „Solar“, daher gelangt keine Batterieenergie ins Netz. Stellen Sie sie auf „Alles“.',
      exports_never: 'Energieexporte sind aus, daher gelangt nichts ins Netz.',
      exports_not_reported:
        'Die Batterie hat entladen, aber nichts ging ins Netz; der Standort meldet keine Exportregel.',
      no_export:
        'Keine Batterieenergie ging ins Netz: Export lohnt sich zu dieser Tarifzeit nicht. Versuchen Sie es in einer Spitzenzeit.',
      grid_charging_off: 'Laden aus dem Netz ist aus, daher lädt die Batterie nicht aus dem Netz. Erlauben Sie es.',
      export_not_permitted:
        'Der Standort meldet „Einspeiseerlaubnis: Nein“ (abgeleitet): Nichts darf ins Netz, bis der Netzbetreiber es erlaubt.',
      battery_full: 'Die Batterie ist voll.',
      battery_empty: 'Die Batterie ist leer.',
      grid_event: 'Eine Sturmwarnung oder ein Netzdienst-Ereignis hat übernommen.',
      off_grid: 'Der Standort wurde vom Netz getrennt.',
      not_sustained: 'Die Batterie hat reagiert, aber nicht lange genug.',
      no_response: 'Die Batterie hat nicht rechtzeitig reagiert.',
      lost_contact:
        'Die Verbindung zu Tesla ging während des Tests verloren, daher lässt er sich nicht bewerten. Die Einstellungen werden zurückgesetzt, sobald Tesla wieder antwortet. Prüfen Sie die Internetverbindung hier und am Standort und wiederholen Sie den Test.',
      write_failed: 'Tesla hat eine Einstellungsänderung abgelehnt oder nicht beantwortet.',
      reserve_capped:
        'Tesla hat die Einstellungen angenommen, aber der Ladestand liegt schon an der 80-%-Reservegrenze der Cloud, daher konnte kein Laden beginnen.',
      readback_differs:
        'Tesla hat die Änderung angenommen, aber der Standort meldet noch die alten Werte: Das Gateway hat sie nicht übernommen (offline oder mit einem Update beschäftigt).',
      gateway_offline:
        'Tesla hat die Änderung angenommen, aber die Batterie hat sich nie bewegt: Das Gateway hat sie vermutlich nicht erhalten. Seine Internetverbindung prüfen.',
      aborted: 'Vor dem Ende gestoppt.',
      missing_energy_cmds: 'Die Berechtigung „Energy Product Commands“ fehlt.',
      missing_energy_read: 'Die Berechtigung „Energy Product Information“ fehlt.',
      no_battery: 'Der Standort meldet keine Batterie.',
      not_editable: 'Die Einstellungen des Standorts sind nicht konfigurierbar.',
      other_test_seen:
        'der Standort zeigt einen anderen laufenden Test (seine Werte oder die Batterieleistung); es wurde nichts geändert.',
      site_held_elsewhere:
        'eine andere Installation hält die Sperre dieses Standorts für einen Test; es wurde nichts geändert.',
      site_busy: 'Auf diesem Standort läuft bereits ein Test.',
      pending_restore: 'Eine frühere Wiederherstellung steht noch aus.',
    },
    chart: {
      label: 'Live-Diagramm der Leistung von Batterie, Netz, Solar und Haus sowie des Ladestands',
      seconds: 'Sekunden seit der ersten Änderung',
      kw: 'kW',
      soc: 'Ladestand %',
      battery: 'Batterie',
      grid: 'Netz',
      solar: 'Solar',
      home: 'Haus',
      waiting: 'Warten auf den ersten Messwert …',
      signs: 'Batterie über 0 = Entladen; Netz über 0 = Bezug, unter 0 = Einspeisung.',
    },
    otherTest: {
      heading: 'Auf diesem Standort scheint ein anderer Test zu laufen',
      sign: {
        test_mode_reserve:
          'Zeitbasierte Steuerung mit Notstromreserve bei {{value}} %: So stellt es eine {{direction}} ein',
        test_exports: 'Energieexporte auf „Alles“, wie es eine Testentladung einstellt',
        test_grid_charging: 'Laden aus dem Netz erlaubt, wie es eine Testladung einstellt',
        test_battery_power: 'die Batterie auf dem Niveau eines Tests ({{power}} W)',
      },
      direction: { charge: 'Testladung', discharge: 'Testentladung' },
      inferred:
        'Tesla meldet nicht, wann eine Einstellung geändert wurde: Das ist aus den Werten und der Batterie geschlossen. Läuft anderswo ein Test, würden seine Werte für die des Kunden gehalten und später zurückgeschrieben.',
      confirm: 'Ich weiß, dass kein anderer Test läuft (der Kunde hat diese Werte gesetzt): trotzdem starten',
    },
    lock: {
      local: 'Nur die Sperre dieses Laptops: Eine andere Installation sähe diesen Test nicht.',
      platform: 'Standort-Lease auf der Energieplattform: Jede damit verbundene Installation sieht diesen Test.',
      team_store: 'Standortsperre im Team-Speicher: Jede Installation, die ihn nutzt, sieht diesen Test.',
      unavailable: '{{kind}} ist eingerichtet, aber nicht erreichbar: Diese Sperre gilt für diesen Test nicht.',
      heldBy: 'Gehalten von {{holder}} ({{kind}}) bis {{until}}.',
      kind: {
        local: 'Die Sperre dieses Laptops',
        platform: 'Das Standort-Lease der Plattform',
        team_store: 'Die Sperre im Team-Speicher',
      },
    },
    recovery: {
      label: 'Wiederherstellungen nach einem unterbrochenen Test',
      restored:
        'Ein unterbrochener Test auf Standort {{site}} wurde abgeschlossen: Die Einstellungen des Kunden sind wiederhergestellt.',
      in_progress:
        'Auf Standort {{site}} läuft noch ein Test an anderer Stelle; die Wiederherstellung bleibt ihm überlassen.',
      failed:
        'Die Einstellungen von Standort {{site}} konnten nicht zurückgesetzt werden ({{message}}). Setzen Sie diese Werte von Hand in der Tesla-App oder verbinden Sie den Kunden neu und versuchen Sie es erneut:',
      unreadable:
        'Eine gespeicherte Wiederherstellung ist nicht lesbar ({{message}}). Sie bleibt im Datenordner erhalten.',
      retry: 'Ausstehende Wiederherstellungen erneut versuchen',
      confirmHand: 'Ich habe diese Werte in der Tesla-App des Kunden eingestellt',
      discard: 'Diese Wiederherstellung verwerfen',
    },
  },
  reports: {
    heading: 'Berichte',
    export: {
      heading: 'Diagnose exportieren',
      none: 'Führen Sie zuerst die Checkliste aus; danach kann der Bericht hier exportiert werden.',
      includeLabel: 'Kundenbezeichnung einschließen ({{label}})',
      appendix:
        'Anhang zu HTML und PDF hinzufügen: vollständige Nachweise und Teslas Antworten, für den Support (die erste Seite ist in jedem Fall die Übergabe)',
      noLabel: 'Für dieses Konto ist keine Kundenbezeichnung gesetzt.',
      previewHeading: 'Was ausgeblendet wird',
      previewTotal: '{{count}} Werte werden entfernt, maskiert oder gehasht, bevor der Bericht die App verlässt.',
      category: {
        secret: 'Tokens, Codes und Geheimnisse (entfernt)',
        vin: 'FINs (nur die letzten 6 Zeichen bleiben)',
        email: 'E-Mail-Adressen (entfernt)',
        name: 'Namen (entfernt)',
        phone: 'Telefonnummern (entfernt)',
        address: 'Anschriften (entfernt)',
        location: 'Koordinaten (entfernt)',
        identifier: 'Standort-IDs und Seriennummern (gehasht)',
        customer_label: 'Kundenbezeichnung (nicht enthalten)',
      },
      moreItems: '… und {{count}} weitere',
      fileName: 'Dateiname: {{name}}',
      asJson: 'Als JSON speichern',
      asHtml: 'Als HTML speichern',
      asPdf: 'Als PDF speichern',
      working: 'Wird exportiert …',
      saved: 'Gespeichert als {{file}}.',
      downloaded: '{{file}} heruntergeladen.',
      cancelled: 'Nicht gespeichert.',
    },
    open: {
      heading: 'Bericht öffnen',
      choose: 'Berichtsdatei wählen (.json)',
      drop: 'oder eine .json-Berichtsdatei hierher ziehen',
      reading: 'Wird geöffnet …',
      tooLarge:
        'Diese Datei ist zu groß für einen Bericht (über 20 MB). Prüfen Sie, ob Sie die .json-Berichtsdatei gewählt haben.',
      tooLargeForBrowser:
        'Dieser Bericht ist größer, als der Browsermodus öffnen kann (etwa 1 MB). Öffnen Sie ihn in der Desktop-App oder wandeln Sie ihn in HTML um mit: npm run doctor -- report --in <Datei> --html <ausgabe.html>',
      unreadable: 'Die Datei konnte nicht gelesen werden. Prüfen Sie, ob sie existiert und ob Sie sie öffnen dürfen.',
    },
    view: {
      whose: 'Bericht für {{label}}',
      noLabel: 'Bericht (ohne Kundenbezeichnung)',
      made: 'Erstellt {{when}} mit App-Version {{version}} ({{profile}})',
      file: 'Datei: {{name}}',
      region: 'Region',
      scopes: 'Erteilte Berechtigungen',
      notReported: 'nicht gemeldet',
      none: 'keine',
      readOnly: 'Nur lesen: So hat die App des Installateurs den Stand damals gemeldet.',
      digestMismatch:
        'Warnung: Dieser Bericht wurde nach dem Export verändert (die Prüfsumme stimmt nicht). Verlassen Sie sich nicht darauf; fordern Sie die Originaldatei an.',
      digestMissing: 'Dieser Bericht hat keine Prüfsumme; Änderungen nach dem Export sind nicht erkennbar.',
      digestOk: 'Prüfsumme stimmt: seit dem Export unverändert.',
      checks: 'Checkliste',
      testRuns: 'Testläufe',
      noTestRuns: 'Es wurde kein Test-Laden oder -Entladen durchgeführt.',
      testRun: '{{direction}} für {{minutes}} Min.',
      testRunTook: '{{direction}}: {{minutes}} Min. geplant, tatsächlich {{took}}',
      direction: { charge: 'Laden', discharge: 'Entladen' },
      restored: 'Einstellungen wiederhergestellt',
      notRestored: 'Einstellungen NICHT wiederhergestellt',
      usage:
        'API-Nutzung: {{requests}} Anfragen, geschätzte Kosten {{cost, currency(currency: USD; minimumFractionDigits: 2; maximumFractionDigits: 2)}}',
      verdict: {
        charge: 'Laden aus dem Netz',
        discharge: 'Entladen ins Netz',
        vehicle: 'Fahrzeugbefehle',
        ready: 'bereit',
        notReady: 'nicht bereit',
      },
      close: 'Bericht schließen',
      saveHtml: 'Als HTML speichern',
      savePdf: 'Als PDF speichern',
    },
    rerun: {
      button: 'Was würde die heutige App sagen?',
      running: 'Heutige Regeln werden angewendet …',
      unavailable: 'Diese App-Version kann die Regeln nicht erneut auf die Antworten dieses Berichts anwenden.',
      heading: 'Was sich mit den heutigen Regeln ändert',
      same: 'Die heutigen Regeln ergeben für alle {{count}} Prüfungen dasselbe Ergebnis.',
      changed: '{{title}}: {{before}} → {{after}}',
      added: '{{title}}: neue Prüfung, {{after}}',
      removed: '{{title}}: wird nicht mehr geprüft (war {{before}})',
      unchanged: '{{count}} Prüfungen unverändert.',
      not_in_report: '{{title}}: nicht in diesem Bericht (der Bericht sagt {{before}})',
      notInReportIntro:
        'Nicht erneut bewertet: Was diese Prüfungen lesen, steht nicht in diesem Bericht (durch die Schwärzung entfernt oder nie in einem Bericht gespeichert). Sie zählen so, wie der Bericht sie bewertet hat.',
      todaysChecklist: 'Die heutige Checkliste vollständig',
      verdict: '{{name}}: {{before}} → {{after}}',
    },
    history: {
      heading: 'Auf diesem Rechner erstellte Berichte',
      search: 'Nach Kundenbezeichnung suchen',
      empty: 'Auf diesem Rechner wurden noch keine Berichte exportiert.',
      noMatch: 'Kein Bericht passt zu „{{query}}“.',
      rebuilt: 'Die Verlaufsliste war beschädigt und wurde aus den gespeicherten Berichten neu aufgebaut.',
      open: 'Öffnen',
      noLabel: '(ohne Kundenbezeichnung)',
      counts: '{{fail}} zu beheben, {{warn}} Warnungen, {{pass}} OK',
      formats: 'gespeichert als {{list}}',
      exported: 'Exportiert {{when}}',
    },
  },
  accounts: {
    heading: 'Kunden',
    dismiss: 'Schließen',
    listHeading_one: '{{count}} Kunde auf diesem Laptop',
    listHeading_other: '{{count}} Kunden auf diesem Laptop',
    empty: 'Noch ist kein Kunde verbunden. Verbinden Sie oben das Tesla-Konto des Hausbesitzers.',
    connected: 'Das Tesla-Konto des Kunden ist verbunden.',
    signInPage: {
      titleOk: 'Verbunden',
      titleRefused: 'Anmeldung abgelehnt',
      close: 'Sie können diesen Tab schließen und zu Tesla Connect Doctor zurückkehren.',
      platformConnected: 'Die Plattform ist verbunden.',
      notFound: 'Nicht gefunden.',
      failed: 'Die App konnte die Anmeldung nicht abschließen. Bitte im Bildschirm „Kunden“ neu starten.',
    },
    connectedMissing_one:
      'Angemeldet, aber der Kunde hat {{count}} Kästchen nicht angehakt, das die Plattform braucht: {{boxes}}. Solange er noch da ist: „Jetzt neu verbinden“ wählen und es anhaken lassen.',
    connectedMissing_other:
      'Angemeldet, aber der Kunde hat {{count}} Kästchen nicht angehakt, die die Plattform braucht: {{boxes}}. Solange er noch da ist: „Jetzt neu verbinden“ wählen und sie anhaken lassen.',
    reconnectNow: 'Jetzt neu verbinden',
    forgotten: 'Der Kunde wurde entfernt: Seine Anmeldung ist von diesem Laptop gelöscht.',
    connect: {
      heading: 'Tesla-Konto eines Kunden verbinden',
      labelField: 'Ihre Bezeichnung für diesen Kunden (optional)',
      labelPlaceholder: 'z. B. Müller, Eichenweg 12',
      hint: 'Der Hausbesitzer meldet sich im Webbrowser bei Tesla an und setzt die Häkchen für die Berechtigungen. Die App sieht sein Passwort nie.',
      start: 'Tesla-Konto verbinden',
      waitingSystem:
        'Die Anmeldeseite von Tesla wurde im Webbrowser geöffnet. Warten, bis der Kunde sich anmeldet und „Zulassen“ wählt …',
      waitingPage:
        'Die Anmeldeseite von Tesla wurde in einem neuen Tab geöffnet. Warten, bis der Kunde sich anmeldet und „Zulassen“ wählt …',
      expires: 'Diese Anmeldung bleibt bis {{time}} offen.',
      openAgain: 'Anmeldeseite nicht geöffnet? Hier öffnen',
      cancel: 'Anmeldung abbrechen',
      ways: {
        legend: 'Zugang',
        platform: 'Über {{platform}}',
        own_app: 'Eigene App dieses Doktors',
        replace: 'Verbindung von {{platform}} ersetzen',
      },
      wayHint: {
        platform:
          'Leiht sich die bestehende Verbindung von {{platform}} zu diesem Kunden: Niemand meldet sich neu an, nichts wird behalten. Die Prüfungen beurteilen genau das, was {{platform}} hat.',
        own_app:
          'Der Kunde meldet sich bei der eigenen App des Doktors an. {{platform}} bleibt verbunden; deren Berechtigungen und virtueller Schlüssel werden nicht beurteilt.',
        replace:
          'Der Kunde meldet sich unter der App von {{platform}} an. Damit wird er bei {{platform}} abgemeldet, bis die Verbindung dort neu hergestellt wird.',
      },
      customerField: 'E-Mail oder Referenz des Kunden bei {{platform}}',
      customerPlaceholder: 'z. B. c-0001',
      confirm: {
        title: 'Verbindung von {{platform}} ersetzen?',
        sentence: 'Damit wird {{customer}} bei {{platform}} abgemeldet, bis die Verbindung dort neu hergestellt wird.',
        unnamed: 'der Kunde',
        yes: 'Verbindung ersetzen',
        no: 'Abbrechen',
      },
      forPlatform: {
        button: 'Für {{platform}} verbinden',
        explain:
          'Der Kunde meldet sich einmal im Browser an, unter der App von {{platform}}; {{platform}} behält die Verbindung (dieser Laptop speichert nichts davon), und der Doctor verbindet danach über die Plattform.',
        addBoxes: 'Für {{platform}} verbinden, um die fehlenden Häkchen zu ergänzen',
      },
    },
    keychain: {
      unavailable: 'Der Schlüsselbund des Systems kann die Anmeldung des Kunden nicht speichern: {{reason}}',
      useSessionOnly: 'Nur-Sitzungs-Modus verwenden (Anmeldungen bis zum Schließen der App im Speicher halten)',
      sessionOnlyOn:
        'Der Nur-Sitzungs-Modus ist aktiv: Neue Anmeldungen liegen nur im Speicher und sind beim Schließen der App weg.',
      blockedReason:
        'Verbinden ist gesperrt: Der Schlüsselbund des Systems kann die Anmeldung nicht speichern ({{reason}}). Sie, an diesem Laptop: Oben „Nur-Sitzungs-Modus verwenden“ wählen oder den Schlüsselbund entsperren und die App neu starten.',
    },
    card: {
      selected: 'Ausgewählt',
      state: {
        connected: 'Verbunden',
        reconnect_needed: 'Neu verbinden nötig',
        missing_consent: 'Berechtigungen fehlen',
      },
      sessionOnly: 'Nur diese Sitzung',
      way: {
        platform: 'Über die Plattform',
        own_app: 'Eigene App des Doktors',
        replace: 'Verbindung der Plattform ersetzt',
      },
      email: 'E-Mail',
      emailNotReported: 'Nicht übermittelt (Profilinformationen nicht freigegeben)',
      region: 'Region',
      connectedAt: 'Verbunden am',
      scopes: 'Berechtigungen',
      scopeCount_one: '{{count}} Berechtigung erteilt',
      scopeCount_other: '{{count}} Berechtigungen erteilt',
      boxCount: '{{ticked}} von {{asked}} Kästchen angehakt',
      unticked: 'Auf Teslas Zustimmungsseite nicht angehakt: {{boxes}}',
      scopesAsOf: 'Berechtigungen mit Stand {{time}}',
      newFromTesla:
        'Neu von Tesla: {{scopes}}. Diese Berechtigungen kennt der Doctor noch nicht; sie werden aufgeführt und sind kein Fehler.',
      reconnectReason:
        'Tesla akzeptiert diese Anmeldung nicht mehr: {{reason}} Wählen Sie „Neu verbinden“ und lassen Sie den Kunden sich erneut anmelden.',
      switch: 'Zu diesem Kunden wechseln',
      reconnect: 'Neu verbinden',
      rename: 'Bezeichnung ändern',
      labelField: 'Bezeichnung',
      saveLabel: 'Bezeichnung speichern',
      cancel: 'Abbrechen',
      forget: 'Diesen Kunden entfernen',
      forgetConfirm: '{{label}} entfernen und die Anmeldung von diesem Laptop löschen?',
      forgetYes: 'Ja, entfernen',
    },
    endVisit: {
      heading: 'Einsatz beenden',
      explain:
        'Bevor Sie gehen: Löscht Anmeldungen, Bezeichnungen, Berichte und Testaufzeichnungen aller Kunden von diesem Laptop und ihre Namen aus den Protokollen.',
      start: 'Einsatz beenden',
      question_one:
        'Den {{count}} Kunden auf diesem Laptop entfernen? Anmeldung, Bezeichnung, die hier abgelegten Berichte und Testaufzeichnungen werden gelöscht.',
      question_other:
        'Alle {{count}} Kunden auf diesem Laptop entfernen? Anmeldungen, Bezeichnungen, die hier abgelegten Berichte und Testaufzeichnungen werden gelöscht.',
      confirm_one: '{{count}} Kunden entfernen',
      confirm_other: 'Alle {{count}} Kunden entfernen',
      cancel: 'Behalten',
      done: 'Einsatz beendet',
      removedHeading: 'Von diesem Laptop gelöscht',
      nothingRemoved: 'Von keinem Kunden war noch etwas zu löschen.',
      keptHeading: 'Behalten, und warum',
      close: 'Schließen',
      removed: {
        keychain_sign_ins_one: '{{count}} Anmeldung, aus dem Schlüsselbund des Systems gelöscht',
        keychain_sign_ins_other: '{{count}} Anmeldungen, aus dem Schlüsselbund des Systems gelöscht',
        session_sign_ins_one:
          '{{count}} Anmeldung, nur für diese Sitzung im Speicher gehalten (sie war nie im Schlüsselbund)',
        session_sign_ins_other:
          '{{count}} Anmeldungen, nur für diese Sitzung im Speicher gehalten (sie waren nie im Schlüsselbund)',
        customers_one: '{{count}} Kunde: Bezeichnung, E-Mail und Berechtigungen',
        customers_other: '{{count}} Kunden: Bezeichnungen, E-Mails und Berechtigungen',
        results_one: '{{count}} Prüf- oder Testergebnis, das für den nächsten Bericht bereitlag',
        results_other: '{{count}} Prüf- und Testergebnisse, die für den nächsten Bericht bereitlagen',
        reports_one: '{{count}} Bericht aus dem Berichtsverlauf der App',
        reports_other: '{{count}} Berichte aus dem Berichtsverlauf der App',
        journals_one: '{{count}} abgeschlossenes Testladungs-Journal',
        journals_other: '{{count}} abgeschlossene Testladungs-Journale',
        support_bundles_one: '{{count}} Support-Paket aus dem Datenordner',
        support_bundles_other: '{{count}} Support-Pakete aus dem Datenordner',
        log_lines_one: '{{count}} Protokollzeile, die einen Kunden nannte (Name oder ID ist geschwärzt)',
        log_lines_other: '{{count}} Protokollzeilen, die einen Kunden nannten (Namen und IDs sind geschwärzt)',
      },
      kept: {
        sign_in: '{{customer}}: Anmeldung, Bezeichnung und Berichte bleiben. {{reason}}',
        journal: '{{customer}}: Das Testladungs-Journal (die zurückzusetzenden Einstellungen) bleibt. {{reason}}',
        saved_files:
          'Berichtsdateien, die Sie gespeichert oder heruntergeladen haben, bleiben, wo Sie sie abgelegt haben. {{reason}}',
      },
      reason: {
        restore_pending:
          'Eine Powerwall-Wiederherstellung steht noch aus und braucht diese Anmeldung: Schließen Sie sie im Bildschirm Testladung ab und entfernen Sie den Kunden danach.',
        test_running:
          'Eine Testladung läuft: Stoppen Sie sie, warten Sie, bis die Einstellungen zurückgesetzt sind, und entfernen Sie den Kunden danach.',
        saved_outside:
          'Die App löscht keine Dateien außerhalb ihres eigenen Ordners: Löschen Sie sie selbst, wenn keine Kopie auf diesem Laptop bleiben soll.',
      },
    },
    region: { NA: 'Nordamerika / Asien-Pazifik', EU: 'Europa, Naher Osten, Afrika', CN: 'China' },
    // Tesla's consent boxes by the names Tesla shows (as the checklist quotes them), not translated.
    scope: {
      openid: 'Anmeldung',
      offline_access: 'Angemeldet bleiben',
      ...CONSENT_LABELS,
    },
  },
  settings: {
    nav: 'Einstellungen',
    theme: { heading: 'Darstellung', system: 'Wie das System', light: 'Hell', dark: 'Dunkel' },
    heading: 'Einstellungen',
    saved: 'Gespeichert.',
    removed: 'Profil entfernt.',
    invalid: 'Nicht gespeichert: Einige Felder müssen korrigiert werden.',
    recovered:
      'Die Einstellungsdatei war nicht lesbar ({{problem}}). Sie wurde unter {{keptAt}} aufbewahrt, und die App startete mit den Standardeinstellungen.',
    profiles: {
      heading: 'Verbindungsprofil',
      active: 'Neue Anmeldungen verwenden',
      kind: { demo: 'eingebauter Simulator', tesla: 'Tesla-Entwickleranwendung' },
      demoName: 'Demo',
      needsSecret: 'Client-Secret fehlt',
      demoCallback: 'Wie die Anmeldung zur App zurückkehrt',
      summary: 'Client-ID {{clientId}}, Weiterleitungs-URI {{redirectUri}}, Partner-Domain {{domain}}',
      broker: 'Der Code-Austausch erfolgt über den Token-Broker unter {{url}}.',
      remove: 'Profil {{name}} entfernen',
    },
    callback: {
      loopback: 'Loopback (http://127.0.0.1 auf einem freien Port)',
      deepLink: 'Deep Link (com.teslaconnectdoctor.app://)',
      deepLinkHint: 'Ein Deep Link erreicht nur die installierte Desktop-App; im Browsermodus verwenden Sie Loopback.',
    },
    secret: {
      field: 'Client-Secret',
      stored: 'Ein Client-Secret ist im Schlüsselbund gespeichert.',
      missing: 'Noch kein Client-Secret gespeichert.',
      save: 'Im Schlüsselbund speichern',
      clear: 'Aus dem Schlüsselbund löschen',
      saved: 'Das Client-Secret wurde im Schlüsselbund gespeichert.',
      cleared: 'Das Client-Secret wurde aus dem Schlüsselbund gelöscht.',
    },
    form: {
      heading: 'Tesla-Entwickleranwendung hinzufügen',
      explain:
        'Für echte Kundenkonten: die bei developer.tesla.com registrierten Werte. Ein Profil mit derselben ID wird ersetzt.',
      id: 'Profil-ID (Kleinbuchstaben, Ziffern, Bindestriche)',
      name: 'Name',
      clientId: 'Client-ID',
      redirectUri: 'Weiterleitungs-URI (wie bei Tesla registriert)',
      partnerDomain: 'Partner-Domain (für den Link zum Schlüssel-Koppeln)',
      credential: 'Wie die Anmeldung abgeschlossen wird',
      useSecret: 'Client-Secret im Schlüsselbund dieses Computers (ein Administrator gibt es einmal ein)',
      useBroker: 'Ein Token-Broker-Server verwahrt das Secret',
      brokerUrl: 'URL des Token-Brokers (https)',
      save: 'Profil speichern',
    },
    way: {
      legend: 'Zugang',
      platform: 'Über die Plattform',
      own_app: 'Die eigene App des Doctors',
      replace: 'Verbindung der Plattform ersetzen',
      explain: {
        platform:
          'Leiht sich die bestehende Verbindung der Plattform zum Kunden: Niemand meldet sich neu an, und die Prüfungen bewerten genau das, was die Plattform hat.',
        own_app:
          'Meldet den Kunden unter der Client-ID Ihrer eigenen App an: Die Plattform bleibt verbunden, aber ihre Berechtigungen und ihr virtueller Schlüssel werden nicht bewertet.',
        replace:
          'Meldet den Kunden unter der Client-ID der Plattform an: Damit wird er bei der Plattform abgemeldet, bis er sich dort wieder verbindet.',
      },
      unnamed:
        'Eine Anmeldung unter dieser Client-ID (noch kein Zugang gewählt: Profil bearbeiten, um einen festzulegen).',
      uses: 'Zugang: {{way}}. {{explain}}',
    },
    platform: {
      url: 'Verbindungs-API der Plattform (https-Adresse)',
      name: 'Name der Plattform (wie er Ihnen und dem Kunden angezeigt wird)',
      keyField: 'Ihr Agent-Schlüssel für {{platform}}',
      keyStored: 'Ein Agent-Schlüssel ist im Schlüsselbund gespeichert.',
      keyMissing: 'Noch kein Agent-Schlüssel gespeichert: Sie erhalten ihn vom Administrator der Plattform.',
      keySave: 'Schlüssel im Schlüsselbund speichern',
      keyReplace: 'Schlüssel ersetzen',
      keyRemove: 'Schlüssel aus dem Schlüsselbund entfernen',
      keySaved: 'Der Agent-Schlüssel wurde im Schlüsselbund gespeichert.',
      keyRemoved: 'Der Agent-Schlüssel wurde aus dem Schlüsselbund entfernt.',
      demo: 'Verbindet über die Demo-Plattform {{platform}} des Simulators, mit deren Demo-Agent-Schlüssel.',
      summary: 'Plattform {{platform}} unter {{host}}',
      needsKey: 'braucht Ihren Agent-Schlüssel',
      test: 'Plattform testen',
      testing: '{{host}} wird abgefragt …',
      result: {
        ok: '{{host}} hat als Plattform geantwortet und Ihren Agent-Schlüssel angenommen.',
        no_platform: 'Dieses Profil verbindet nicht über eine Plattform.',
        no_key:
          'Für {{host}} ist kein Agent-Schlüssel gespeichert. Tragen Sie den Schlüssel ein, den Ihnen der Administrator der Plattform gegeben hat, und testen Sie erneut.',
        key_invalid:
          '{{host}} hat diesen Agent-Schlüssel nicht angenommen (401): Er ist falsch oder wurde zurückgezogen. Der Administrator der Plattform gibt Ihnen einen neuen Schlüssel; ersetzen Sie ihn hier.',
        forbidden:
          '{{host}} hat den Schlüssel angenommen, verweigert aber, was der Doctor braucht (403). Der Administrator der Plattform gibt Ihrem Schlüssel das Recht, Kunden zu lesen und zu verbinden.',
        unreachable:
          '{{host}} war nicht erreichbar. Prüfen Sie die Adresse und das Netzwerk dieses Computers; stimmt beides, prüft der Administrator der Plattform, ob der Server läuft.',
        not_platform:
          'Unter {{host}} hat etwas geantwortet, aber nicht als Verbindungs-API einer Plattform (HTTP {{status}}). Prüfen Sie die Adresse: Sie endet dort, wo die „/v1/…“-Aufrufe der Plattform beginnen, z. B. https://platform.example/api.',
      },
    },
    import: {
      heading: 'Profile aus einer Datei importieren',
      explain:
        'Für die Verteilung durch die IT: eine JSON-Datei mit einem Profil oder { "profiles": [...] }. Sie darf kein Secret enthalten.',
      choose: 'Profildatei wählen (.json)',
      done: 'Profile importiert.',
      tooLarge: 'Diese Datei ist zu groß für eine Profildatei.',
    },
    sessionOnly: {
      heading: 'Nur-Sitzungs-Modus',
      explain:
        'Hält neue Kundenanmeldungen nur im Speicher, falls der Schlüsselbund des Systems nicht verfügbar ist. Beim Schließen der App sind sie weg.',
      toggle: 'Neue Anmeldungen nur für diese Sitzung behalten',
    },
  },
  report: {
    title: 'Bericht von Tesla Connect Doctor',
    titleFor: 'Bericht von Tesla Connect Doctor – {{label}}',
    customer: 'Kunde',
    made: 'Erstellt',
    app: 'App-Version',
    region: 'Region',
    scopes: 'Erteilte Freigaben',
    way: 'Zugang',
    integrity: 'Prüfsumme',
    notIncluded: 'nicht enthalten',
    notReported: 'nicht gemeldet',
    none: 'keine',
    digestMismatch:
      'Warnung: Dieser Bericht wurde nach dem Export verändert (seine Prüfsumme stimmt nicht). Verlassen Sie sich nicht darauf; fordern Sie die Originaldatei an.',
    digestMissing:
      'Warnung: Dieser Bericht hat keine Prüfsumme, daher lassen sich Änderungen nach dem Export nicht erkennen.',
    verdict: '{{name}}: {{state}}',
    ready: 'bereit',
    charge: 'Laden aus dem Netz',
    discharge: 'Entladen ins Netz',
    vehicle: 'Fahrzeugbefehle',
    checklist: 'Checkliste',
    noChecks: 'Dieser Bericht enthält keine Prüfungen.',
    status: {
      pass: 'In Ordnung',
      warn: 'Warnung',
      fail: 'Zu beheben',
      unknown: 'Nicht gemeldet',
      not_applicable: 'Entfällt',
      not_checked: 'Nicht geprüft',
    },
    readFrom: 'Gelesen aus',
    field: 'Feld',
    value: 'Wert',
    fix: 'Behebung:',
    fixBy: 'Behebung ({{actor}}):',
    actor: { customer: 'Kunde', installer: 'Installateur', tesla: 'Tesla-Support', app: 'App' },
    scanPairing: 'Mit dem Telefon scannen, in der Tesla-App das Fahrzeug gewählt:',
    testRuns: 'Testläufe',
    noTestRuns: 'Es wurde keine Testladung oder Testentladung ausgeführt.',
    testRun: 'Testlauf {{n}}: {{direction}} über {{minutes}} min',
    direction: { charge: 'Laden', discharge: 'Entladen' },
    runFacts: 'Standort {{site}} · begonnen {{started}}',
    runEnded: ' · beendet {{ended}}',
    gridInteraction: ' · Netzinteraktion {{state}}',
    on: 'an',
    off: 'aus',
    settingsRestored: ' · Einstellungen wiederhergestellt: ',
    yes: 'ja',
    no: 'NEIN',
    setting: 'Einstellung',
    before: 'Vorher',
    after: 'Nachher',
    notRead: 'nicht gelesen',
    changed: 'geändert',
    usage: 'API-Nutzung',
    requests: 'Abfragen',
    byClass: 'Daten / Befehle / Weckvorgänge / Anmeldung',
    cost: 'Geschätzte Kosten',
    costValue: '{{cost}} US$',
    appendix: 'Anhang: Antworten der Fleet API (geschwärzt)',
    noneRaw: 'Keine.',
    footer:
      'Erstellt mit Tesla Connect Doctor. Geheimnisse, FINs, E-Mail-Adressen, Namen, Anschriften und Koordinaten wurden vor dem Export entfernt oder maskiert; Standort-IDs und Seriennummern sind gehasht.',
    handover: {
      title: 'Übergabe nach dem Einsatz',
      customerNotIncluded: 'Kunde (Name nicht enthalten)',
      ready: 'Bereit',
      notReady: 'Nicht bereit',
      waiting: 'Wartet',
      because: 'Wegen: {{list}}',
      waitingFor: 'Wartet auf: {{list}}',
      found: 'Was gefunden wurde',
      foundNone_one: 'Nichts zu beheben: Die {{count}} zutreffende Prüfung ist bestanden.',
      foundNone_other: 'Nichts zu beheben: Alle {{count}} zutreffenden Prüfungen sind bestanden.',
      foundSome_one: '{{count}} Punkt braucht Aufmerksamkeit (siehe unten).',
      foundSome_other: '{{count}} Punkte brauchen Aufmerksamkeit (siehe unten).',
      passedList: 'Geprüft und in Ordnung: {{list}}.',
      fixed: 'Bei diesem Einsatz behoben',
      remains: 'Was noch zu tun ist, und von wem',
      nothingRemains: 'Es ist nichts mehr zu tun.',
      fixer: {
        on_site: 'Sie vor Ort',
        customer: 'Der Kunde, in der Tesla-App',
        platform: 'Die Plattform',
        tesla: 'Tesla',
        waiting: 'Abwarten: Heute behebt das niemand',
      },
      test: 'Testergebnis',
      result: {
        charge: 'Batterie geladen: {{verdict}}',
        charge_grid: 'Batterie aus dem Netz geladen: {{verdict}}',
        discharge: 'Batterie ins Haus entladen: {{verdict}}',
        discharge_grid: 'Ins Netz eingespeist: {{verdict}}',
      },
      verdict: {
        pass: 'bestanden',
        fail: 'nicht bestanden',
        aborted: 'vor dem Ende gestoppt',
        blocked: 'nicht gestartet',
      },
      started: 'gestartet {{at}}',
      took: 'Dauer {{took}}',
      seconds: '{{s}} s',
      minutes: '{{m}} min {{s}} s',
      restored: 'die Einstellungen des Kunden wurden zurückgesetzt und geprüft',
      notRestored: 'die Einstellungen des Kunden wurden NICHT zurückgesetzt: die zu setzenden Werte stehen im Anhang',
      seeAppendix: 'Die vollständigen Nachweise und Teslas Antworten folgen im Anhang.',
      noAppendix: 'Der Support kann den Bericht mit Anhang anfordern (vollständige Nachweise und Teslas Antworten).',
      integrity: 'Integrität: sha256 {{digest}}…',
      app: 'Tesla Connect Doctor {{version}}.',
      appendixTitle: 'Anhang: vollständige Nachweise',
    },
    chart: {
      battery: 'Speicher (W, + entlädt)',
      grid: 'Netz (W, + Bezug)',
      soc: 'Ladestand (%)',
      minutes: '{{value}} min',
      tooFew: 'Zu wenige Messwerte für ein Diagramm.',
    },
  },
  cli: {
    platform: {
      needsCustomer: '{{command}}: --platform braucht --customer <E-Mail oder Referenz>.',
      noKey:
        '{{command}}: kein Agentenschlüssel für die Plattform unter {{host}}. Bitte TCD_PLATFORM_KEY setzen oder den Schlüssel in den Einstellungen speichern (er wird im Schlüsselbund aufbewahrt); der Administrator der Plattform vergibt ihn.',
      way: 'Zugang: {{way}}.',
      ways: {
        platform: 'über die Plattform (ihre Verbindung wird geliehen, nichts wird behalten)',
        own_app: 'die eigene App des Doktors (Berechtigungen und Schlüssel der Plattform werden nicht beurteilt)',
        replace: 'die Verbindung der Plattform ersetzt',
      },
      alreadyConnected:
        'Die Plattform ist mit {{customer}} verbunden (Berechtigungen: {{scopes}}). Nichts zu tun: mit --platform diagnostizieren.',
      connectedForPlatform:
        '{{customer}} wurde für die Plattform verbunden (Berechtigungen: {{scopes}}). Die Plattform behält die Verbindung.',
      replaceRefused: '{{command}}: {{sentence}} Mit --replace-platform-connection trotzdem ausführen.',
      replacing: 'Die Verbindung der Plattform wird ersetzt: {{sentence}}',
    },
    failed: '{{command}}: {{message}}',
    badArgs: '{{command}}: {{message}}\nAufruf: npm run doctor -- {{usage}}',
    badLang: '{{command}}: --lang muss en oder de sein.',
    badFormat: '{{command}}: --format muss text oder json sein.',
    noCustomer:
      '{{command}}: In {{dir}} ist kein Kunde verbunden. Bitte zuerst einen verbinden (npm run doctor -- connect) oder --scenario <name> angeben.',
    noAccount:
      '{{command}}: kein Konto „{{id}}“; bitte eines mit --account <id> wählen (npm run doctor -- accounts listet sie auf).',
    severalCustomers:
      '{{command}}: Mehrere Kunden sind verbunden; bitte einen mit --account <id> wählen (npm run doctor -- accounts listet sie auf).',
    args: {
      direction: '--direction muss charge oder discharge sein.',
      minutes: '--minutes muss eine Zahl von 1 bis {{max}} sein.',
      speed: '--speed muss eine Zahl über 0 und höchstens 10000 sein (nur Simulator).',
      format: '--format muss text oder json sein.',
      oneWayIn: 'Bitte nur eines angeben: --platform, --scenario oder --api-base.',
      scenarioOrApiBase:
        'Bitte entweder --scenario (eingebauter Simulator) oder --api-base (ein laufender) angeben, nicht beides.',
      speedSimulatorOnly:
        '--speed gilt nur für einen Simulator (--scenario, --api-base oder eine Plattform auf diesem Computer).',
      teamStore:
        '--team-store muss eine postgres://-Adresse sein (der eingebaute Speicher wird nicht mit anderen Installationen geteilt).',
      platformApiWithPlatform:
        '--platform-api ist für Kunden, die auf anderem Weg erreicht werden; --platform nimmt die Standort-Sperre dieser Plattform schon selbst (gleiche Adresse, gleicher Agentenschlüssel).',
      site: '--site muss die ID eines Energiestandorts sein (Ziffern).',
      siteNotListed: 'Standort {{site}} gehört nicht zu den Energiestandorten dieses Kontos ({{list}}).',
      noSites: 'keine',
      platformUrl: {
        notAddress: '{{option}} muss eine Adresse wie https://platform.example/api sein',
        credentials: '{{option}} darf keinen Benutzernamen, kein Passwort und kein # enthalten',
        notHttps:
          '{{option}} muss mit https:// beginnen, oder http:// zu einem Simulator auf diesem Computer sein (der Agentenschlüssel wird dorthin gesendet)',
      },
    },
    run: {
      usage: 'Aufruf: npm run doctor -- {{usage}}',
      speedRefused: 'Der Simulator hat die Geschwindigkeit abgelehnt ({{status}}).',
      needsLoopback: 'Die Verbindung ohne Oberfläche braucht den Loopback-Rückruf des Demo-Profils.',
      signInUnfinished: 'Die Anmeldung wurde nicht abgeschlossen.',
      store: {
        movedAside:
          'Warnung: {{what}} ({{problem}}); die Datei liegt jetzt unter {{keptAt}}, und die App hat neu angefangen. Schicken Sie diese Datei an den Support, oder legen Sie sie nach der Reparatur zurück.',
        other: 'Eine Einstellungsdatei konnte nicht gelesen werden',
        not_json: 'sie ist kein gültiges JSON',
        wrong_layout: 'sie ist nicht so aufgebaut, wie diese Version es erwartet',
      },
    },
    doctor: {
      usage: 'Aufruf: npm run doctor -- <Befehl> [Optionen]\n\nBefehle:',
      unknown: 'Unbekannter Befehl „{{name}}“. „npm run doctor -- --help“ zeigt die Liste.',
    },
    summary: {
      accounts:
        'Verbundene Kunden auflisten (Bezeichnung, E-Mail, Region, Freigaben, Zustand); gibt nie ein Token aus.',
      connect: 'Das Kundenkonto des Simulators ohne Oberfläche verbinden (automatische Zustimmung, Loopback-Rückruf).',
      diagnose: 'Die Diagnose-Checkliste ausführen und den Bericht ausgeben (JSON: report@1). Weckt nie ein Fahrzeug.',
      explain: 'Die Ursache eines Tesla-Fehlertexts nennen, wer ihn behebt und wie (offline)',
      forget: 'Einen Kunden oder alle (--all) vergessen: Schlüsselbundeintrag und lokale Daten werden entfernt.',
      recover: 'Jede von einer Testladung offen gelassene Wiederherstellung abschließen und prüfen.',
      report: 'Eine Berichtsdatei als HTML/PDF ausgeben oder ihre Prüfsumme prüfen.',
      supportBundle:
        'Ein Supportpaket (geschwärzte Protokolle, Einstellungen ohne Geheimnisse, neuester Bericht) als ZIP schreiben.',
      testCharge:
        'Eine Powerwall testweise laden oder entladen; die Einstellungen werden immer wiederhergestellt und geprüft. Über --platform nimmt der Test die Standort-Sperre dieser Plattform selbst; --platform-api <url> nimmt die Sperre einer Plattform für Kunden, die auf anderem Weg erreicht werden (--scenario, --api-base, ein gespeicherter Kunde).',
      sweep:
        'Jedes Haus, das die Plattform führt, mit geliehenen Tokens diagnostizieren; findet Störungen und Änderungen. Weckt nie ein Fahrzeug.',
      board: 'Den letzten Durchlauf aus dem Speicher ausgeben: Zahlen nach Ursache, Störungen, Änderungen.',
    },
    sweep: {
      needsPlatform: '{{command}}: Plattform mit --platform <url> angeben (ihre Kundenliste und geliehene Tokens).',
      badDuration: '{{command}}: --stale-after muss eine Dauer sein, etwa 0s, 30m, 6h oder 2d.',
      badNumber: '{{command}}: --{{option}} muss eine Zahl in {{range}} sein.',
      // „Haus“/„Häuser“ wie auf dem Bildschirm „Übersicht“; Zahlen mit deutschen Trennzeichen (10.000, 0,2).
      plan_one:
        '{{count, number}} Haus wird geprüft ({{skipped, number}} noch nicht fällig): etwa {{requests, number}} Fleet-API-Anfragen (3 je Haus mit Energiesystem, eine mehr bei Fahrzeugen), etwa {{cost, currency(USD)}} nach Teslas veröffentlichtem Preis (Energieabfragen sind womöglich kostenlos). Strg+C hält an und behält das Geprüfte.',
      plan_other:
        '{{count, number}} Häuser werden geprüft ({{skipped, number}} noch nicht fällig): etwa {{requests, number}} Fleet-API-Anfragen (3 je Haus mit Energiesystem, eine mehr bei Fahrzeugen), etwa {{cost, currency(USD)}} nach Teslas veröffentlichtem Preis (Energieabfragen sind womöglich kostenlos). Strg+C hält an und behält das Geprüfte.',
      progress_one: '{{done, number}} von {{count, number}} Haus geprüft (Anfragen bisher: {{requests, number}})',
      progress_other: '{{done, number}} von {{count, number}} Häusern geprüft (Anfragen bisher: {{requests, number}})',
      stopped_one:
        'Angehalten: {{count, number}} Haus geprüft und gespeichert; der nächste Durchlauf übernimmt den Rest.',
      stopped_other:
        'Angehalten: {{count, number}} Häuser geprüft und gespeichert; der nächste Durchlauf übernimmt den Rest.',
      done_one:
        '{{count, number}} Haus in {{seconds, number(maximumFractionDigits: 1)}} s: {{requests, number}} Anfragen, {{wakes, number}} Weckvorgänge, {{rateLimited, number}} Antworten wegen Ratenbegrenzung.',
      done_other:
        '{{count, number}} Häuser in {{seconds, number(maximumFractionDigits: 1)}} s: {{requests, number}} Anfragen, {{wakes, number}} Weckvorgänge, {{rateLimited, number}} Antworten wegen Ratenbegrenzung.',
      cause: '  {{cause}}: {{count, number}}',
      incident_one:
        'Störung: {{cause}} bei {{count, number}} Haus ({{percent, number(maximumFractionDigits: 1)}} %). {{advice}}',
      incident_other:
        'Störung: {{cause}} bei {{count, number}} Häusern ({{percent, number(maximumFractionDigits: 1)}} %). {{advice}}',
      changes: 'Seit dem letzten Durchlauf: {{broken, number}} neu gestört, {{recovered, number}} wieder in Ordnung.',
      noSweep: 'Noch kein Durchlauf im Speicher: zuerst npm run doctor -- sweep --platform <url> ausführen.',
      storeFailed:
        '{{command}}: Der Speicher ließ sich nicht öffnen ({{message}}). --store (postgres://benutzer@host/db) oder den Datenordner prüfen.',
    },
    accounts: {
      none: 'Keine Kunden verbunden.',
      line: '{{id}}  „{{label}}“  {{email}}  {{region}}  seit {{since}}  {{state}}',
      noEmail: '(E-Mail nicht gemeldet)',
      connected: 'verbunden',
      reconnect: 'NEU VERBINDEN NÖTIG ({{reason}})',
      notAccepted: 'Anmeldung nicht mehr akzeptiert',
      scopes: '    Freigaben: {{scopes}}',
    },
    connect: {
      both: 'connect: Bitte entweder --scenario (eingebetteter Simulator) oder --api-base (laufender Simulator) angeben, nicht beides.',
      sessionOnlyHint: ' (mit --session-only lässt sich der Ablauf ohne Speichern ausprobieren)',
      connected: '„{{label}}“ verbunden ({{email}}), Region {{region}}, Konto-ID {{id}}.',
      noEmail: 'E-Mail nicht gemeldet',
      granted: 'Freigegeben: {{scopes}}',
      sessionOnly: 'Nur für diese Sitzung: Die Tokens lagen nur im Speicher und sind jetzt weg.',
      saved: 'Im Schlüsselbund gespeichert; Einstellungen in {{dir}}.',
    },
    diagnose: {
      wrote: 'Geschwärzter Bericht nach {{file}} geschrieben',
      notKept: 'Warnung: Der Bericht wurde nicht im Berichtsverlauf abgelegt: {{message}}',
      noSimulator: 'diagnose: keine Verbindung zum Simulator: {{message}}',
    },
    forget: {
      none: 'Keine Kunden zu vergessen.',
      forgotAll_one: '{{count}} Kunde vergessen.',
      forgotAll_other: '{{count}} Kunden vergessen.',
      noMatch: 'forget: kein Kunde mit der ID oder Bezeichnung „{{key}}“. Siehe: npm run doctor -- accounts',
      several: 'forget: Mehrere Kunden heißen „{{key}}“; bitte die Konto-ID angeben.',
      forgot: '„{{label}}“ vergessen.',
      kept: '„{{label}}“ behalten: {{reason}}',
    },
    recover: {
      nothing: 'Nichts wiederherzustellen: Kein Test hat Einstellungen zurückgelassen.',
      restored: 'Standort {{site}}: Einstellungen wiederhergestellt und geprüft ({{settings}})',
      inProgress: 'Standort {{site}}: Dort läuft noch ein Test; die Wiederherstellung bleibt ihm überlassen',
      failed:
        'Standort {{site}}: NICHT wiederhergestellt ({{error}}). Von Hand setzen: {{settings}}. Journal bleibt erhalten: {{file}}',
      unreadable: '{{file}}: Journal nicht lesbar ({{error}}); bleibt erhalten',
    },
    supportBundle: {
      written_one: 'Supportpaket geschrieben: {{path}} ({{count}} Datei: {{list}})',
      written_other: 'Supportpaket geschrieben: {{path}} ({{count}} Dateien: {{list}})',
      failed:
        'support-bundle: Die ZIP-Datei konnte nicht geschrieben werden ({{message}}). Bitte prüfen, ob der Ordner existiert und beschreibbar ist, oder --out <Ordner> angeben.',
    },
    testCharge: {
      noBatterySite: 'dieses Konto hat keinen Energiestandort mit Speicher.',
      severalSites: 'mehrere Standorte mit Speicher ({{list}}): bitte einen mit --site <id> wählen.',
      noSimulator: 'der eingebettete Simulator ist nicht gestartet.',
      verdict: 'Ergebnis: {{verdict}} ({{code}}): {{text}}',
      blocked: '  verhindert: {{text}}',
      seen: ' (gesehen: {{value}})',
      restored: 'Einstellungen wiederhergestellt: site_info liest sich genau wie vor dem Test.',
      notRestored: 'EINSTELLUNGEN NICHT WIEDERHERGESTELLT: {{error}}',
      unknownError: 'unbekannter Fehler',
      journalKept:
        'test-charge: Die Wiederherstellung ließ sich nicht abschließen; das Journal bleibt erhalten ({{file}}). Sobald das Konto wieder funktioniert, „npm run doctor -- recover“ ausführen, oder von Hand setzen: {{settings}}',
      dataFolder: 'Datenordner',
      start: 'Test-{{direction}} von Standort {{site}} über {{minutes}} min.',
      startNoGrid: 'Test-{{direction}} von Standort {{site}} über {{minutes}} min (ohne Netzinteraktion).',
      stopping: 'Wird gestoppt: zuerst werden die Einstellungen wiederhergestellt …',
      set: '  setze {{key}}: {{from}} -> {{to}} ({{why}})',
      leave: '  lasse {{key}}: {{value}} ({{why}})',
      notReported: 'nicht gemeldet',
      retry: '  Versuch {{attempt}} in {{seconds}} s: {{message}}',
      recovering:
        'test-charge: Zuerst werden Wiederherstellungen abgeschlossen, die ein früherer Test offen gelassen hat …',
      recoverAgain: '  Sobald das Konto funktioniert, „npm run doctor -- recover“ erneut ausführen.',
      blockedByChecklist: '  von der Checkliste verhindert: {{title}} ({{check}})',
      nothingWritten:
        '  Es wurde nichts geschrieben. Beheben (npm run doctor -- diagnose zeigt wie) oder mit --force ausführen, um den Test scheitern zu sehen.',
      forced: '  trotz Checkliste ausgeführt: {{title}} ({{check}})',
      untouched: 'Einstellungen unberührt: Es wurde nichts geschrieben.',
      changedByOther:
        '{{setting}} wurde während des Tests von jemand anderem geändert (jetzt {{value}}); so belassen (der Kunde hatte {{original}}).',
      notAllRestored:
        'EINSTELLUNGEN NICHT ALLE WIEDERHERGESTELLT: Der Rest liest sich wie vor dem Test; das Journal bleibt erhalten.',
      otherTestSign: '  gesehen: {{text}}',
      lock: 'Sperre: {{text}}',
      mayStillAct:
        'Die Batterie folgt den Testwerten womöglich noch etwa eine Minute: Vor einem weiteren Test die Live-Leistung in der Tesla-App prüfen.',
    },
    sample: {
      line: '  t={{t}} s  Speicher {{battery}}  Netz {{grid}}  Solar {{solar}}  Haus {{home}}  Ladestand {{charge}}',
      none: 'k. A.',
      watts: '{{value}} W',
      percent: '{{value}} %',
    },
    report: {
      unreadable: 'die Datei konnte nicht gelesen werden.',
      verified: 'OK: Die Prüfsumme stimmt (sha256 {{digest}}); der Bericht ist so, wie er exportiert wurde.',
      noDigest: 'NICHT GEPRÜFT: Der Bericht hat keine Prüfsumme.',
      mismatch: 'ABWEICHUNG: Der Bericht wurde nach dem Export verändert. Bitte die Originaldatei anfordern.',
      badPaper: 'report: --paper muss A4 oder Letter sein.',
      badLang: 'report: --lang muss en oder de sein.',
      unverifiedWarning:
        'Warnung: Dieser Bericht wurde nach dem Export verändert oder hat keine Prüfsumme; die Ausgabe sagt das ebenfalls.',
      wrote: '{{file}} geschrieben',
    },
    explain: {
      oneInput:
        'explain: Geben Sie den Fehlertext oder --file an, nicht beides und nicht keins von beiden.\nAufruf: npm run doctor -- {{usage}}',
      stdinTooLarge: 'die Eingabe ist größer als {{kb}} KB',
      notAFile: '{{file}} ist keine Datei',
      fileTooLarge: '{{file}} ist größer als {{kb}} KB; fügen Sie nur die Fehlerzeilen ein',
      notRecognised: 'Nicht erkannt: {{hint}}',
      nearest: 'Nächstliegende bekannte Ursachen (keine Diagnose):',
      nearestLine: '  - {{title}} [{{cause}}] — wer: {{actor}}; Prüfung: {{check}}',
      cause: 'Ursache: {{title}} [{{cause}}]',
      meaning: 'Was es bedeutet: {{meaning}}',
      who: 'Wer es behebt: {{who}}',
      until: 'Bis: {{until}}',
      wait: 'Tesla bittet zu warten: {{seconds}} s',
      fix: 'Behebung: {{summary}}',
      check: 'Auszuführende Prüfung: {{check}}',
      confidence: 'Sicherheit: {{level}} ({{how}})',
      confidenceVia: 'Sicherheit: {{level}} ({{how}}); die Meldung kam über {{via}}',
      level: { high: 'hoch', medium: 'mittel', low: 'niedrig' },
      how: {
        high: 'ein bekannter Text wurde gefunden',
        medium: 'nur aus dem HTTP-Status',
        low: 'nur aus dem HTTP-Status, und der hat mehrere Ursachen',
      },
      actor: {
        customer: 'der Kunde (in der Tesla-App oder am Auto)',
        installer: 'Sie, vor Ort (oder in Tesla One / Powerhub)',
        platform: 'die Energieplattform (ihr Tesla-Entwicklerkonto) — vor Ort kann das niemand beheben',
        tesla_support: 'Tesla (Support oder Service)',
        wait: 'niemand — es vergeht von selbst',
      },
    },
    checklist: {
      charge: 'Bereit, den Speicher aus dem Netz zu laden: {{answer}}',
      discharge: 'Bereit, den Speicher ins Netz zu entladen: {{answer}}',
      vehicle: 'Bereit für Fahrzeugbefehle: {{answer}}',
      yes: 'JA',
      no: 'NEIN',
      notYet: 'NOCH NICHT',
      waitingFor: '(wartet auf {{list}})',
      notChecked_one: '{{count}} Prüfung nicht geprüft: {{titles}}',
      notChecked_other: '{{count}} Prüfungen nicht geprüft: {{titles}}',
      blockedBy: '(verhindert durch {{list}})',
      subject: { account: 'Konto', energy_site: 'Energiestandort', vehicle: 'Fahrzeug' },
      status: {
        pass: 'OK',
        warn: 'WARNUNG',
        fail: 'FEHLER',
        unknown: 'UNKLAR',
        not_applicable: 'ENTFÄLLT',
        not_checked: 'NICHT GEPRÜFT',
      },
      fix: 'Behebung: {{summary}}',
      usage:
        'Fleet-API-Abfragen: {{requests}} (Daten {{data}}, Befehle {{commands}}, Weckvorgänge {{wakes}}), geschätzte Kosten {{cost, currency(currency: USD; minimumFractionDigits: 3; maximumFractionDigits: 3)}}',
      nothingToFix: 'Nichts zu beheben.',
      toFix_one: '{{count}} Punkt zu beheben',
      toFix_other: '{{count}} Punkte zu beheben',
      fixer: {
        on_site: 'Sie vor Ort',
        customer: 'Der Kunde in der Tesla-App',
        platform: 'Die Plattform',
        tesla: 'Tesla',
        waiting: 'Abwarten: Heute behebt das niemand',
      },
      passed_one: '{{count}} Prüfung bestanden: {{titles}}',
      passed_other: '{{count}} Prüfungen bestanden: {{titles}}',
      passedWithNa_one: '{{count}} Prüfung bestanden ({{na}} nicht zutreffend): {{titles}}',
      passedWithNa_other: '{{count}} Prüfungen bestanden ({{na}} nicht zutreffend): {{titles}}',
    },
  },
  outcome: {
    checklist:
      'Laut Checkliste wird dieser Test scheitern: zuerst diesen Punkt beheben oder den Test trotzdem ausführen (--force), um das Scheitern zu sehen.',
    missing_energy_cmds: 'Die Freigabe „Energy Product Commands“ (energy_cmds) fehlt: neu verbinden und sie anhaken.',
    missing_energy_read:
      'Die Freigabe „Energy Product Information“ (energy_device_data) fehlt: neu verbinden und sie anhaken.',
    no_battery: 'Dieser Standort meldet keinen Speicher.',
    off_grid: 'Der Standort ist vom Netz getrennt: Bis er wieder am Netz ist, fließt nichts ins oder aus dem Netz.',
    grid_event:
      'Eine Sturmwarnung oder ein Netzdienste-Ereignis ist aktiv und übersteuert die Einstellungen: nach dem Ende erneut versuchen.',
    battery_full: 'Der Speicher ist voll: Es gibt keinen Platz zum Laden. Eine Entladung versuchen oder später laden.',
    battery_empty:
      'Der Speicher ist (fast) leer: Es gibt nichts zu entladen. Eine Ladung versuchen oder später entladen.',
    not_editable: 'Der Standort meldet seine Einstellungen als über die API nicht konfigurierbar.',
    other_test_seen:
      'Der Standort zeigt einen anderen laufenden Test (Zeitbasierte Steuerung mit der Reserve eines Tests, die Batterie auf dem Niveau eines Tests): Es wurde nichts geschrieben. Wenn Sie wissen, dass kein anderer Test läuft, starten Sie erneut mit --other-test-confirmed.',
    site_held_elsewhere:
      'Eine andere Installation hält diesen Standort für einen Test (ihr Lease auf der Plattform oder im Team-Speicher): Es wurde nichts geschrieben. Warten Sie, bis er fertig ist.',
    site_busy: 'An diesem Standort läuft bereits ein anderer Test.',
    pending_restore: 'Die Wiederherstellung eines früheren Tests ist nicht abgeschlossen. Bitte zuerst abschließen.',
    reserve_cap_reached:
      'Der Ladestand hat die Obergrenze der Notstromreserve (80 %) erreicht: Die Cloud lädt nicht weiter.',
    exports_solar_only:
      'Energieexporte steht auf „Solar“: Speicherenergie geht nicht ins Netz. Auf „Alles“ stellen (oder Netzinteraktion erlauben).',
    exports_never: 'Energieexporte ist aus („never“): Nichts geht ins Netz.',
    exports_not_reported:
      'Der Speicher hat entladen, aber keine Energie ging ins Netz; der Standort meldet seine Exportregel nicht.',
    no_export:
      'Keine Speicherenergie ging ins Netz: Unter der zeitbasierten Steuerung lohnt sich die Einspeisung zu dieser Tarifzeit nicht. In einer Spitzenzeit erneut versuchen.',
    export_not_permitted:
      'Der Standort meldet die Einspeisung als nicht eingerichtet („Einspeiseerlaubnis: Nein“, abgeleitet): Bis der Netzbetreiber sie erlaubt, darf nichts ins Netz.',
    grid_charging_off:
      'Laden aus dem Netz ist aus: Der Speicher lädt nicht aus dem Netz. Erlauben (oder Netzinteraktion erlauben).',
    not_sustained: 'Der Speicher hat reagiert, aber nicht lange genug, um zu zählen.',
    no_response: 'Der Speicher hat nicht rechtzeitig reagiert.',
    lost_contact:
      'Die Verbindung zu Tesla ging während des Tests verloren, daher ließ er sich nicht bewerten. Die Einstellungen werden zurückgesetzt, sobald Tesla wieder antwortet (die App versucht es weiter; „npm run doctor -- recover“ schließt es ab). Bitte die Internetverbindung dieses Computers und des Standorts prüfen und den Test wiederholen.',
    write_failed:
      'Tesla hat eine Einstellungsänderung abgelehnt oder nicht beantwortet, daher konnte der Test nicht laufen. Ob die Einstellungen zurückgesetzt sind, steht gesondert.',
    charged: 'Der Speicher hat über längere Zeit oberhalb der Schwelle geladen.',
    discharged_to_grid: 'Der Speicher hat über längere Zeit oberhalb der Schwelle ins Netz entladen.',
    aborted: 'Vor dem Ende gestoppt. Ob die Einstellungen zurückgesetzt sind, steht gesondert.',
    reserve_capped:
      'Tesla hat die Einstellungen angenommen, aber die Batterie hat nie geladen: Die Cloud begrenzt die Notstromreserve auf 80 %, und der Ladestand liegt schon dort, daher kann eine höhere Reserve kein Laden starten.',
    readback_differs:
      'Tesla hat die Änderung angenommen, aber der Standort meldet noch die alten Werte: Das Gateway hat sie nicht übernommen (vielleicht offline oder mit einem Update beschäftigt).',
    gateway_offline:
      'Tesla hat die Änderung angenommen, aber die Batterie hat sich nie bewegt: Das Gateway hat sie vermutlich nicht erhalten (offline oder ohne Internet). Seine Verbindung prüfen und erneut versuchen.',
  },
  errors: {
    // Fehler der Hauptseite, die im Terminal oder auf dem Bildschirm ankommen (eng-finish).
    borrowed_dropped: 'Die geliehene Anmeldung wurde verworfen (der Besuch ist beendet).',
    borrowed_not_refreshed: 'Ein geliehenes Token erneuert der Doctor nie: bitte erneut über die Plattform leihen.',
    consent_redirect_elsewhere:
      'Die Anmeldung hat an eine Stelle weitergeleitet, der das Werkzeug ohne Oberfläche nicht folgen kann (ein Deep Link braucht die Desktop-App).',
    consent_no_form: 'Die Anmeldeseite des Simulators antwortete {{status}} ohne Zustimmungsformular.',
    consent_no_redirect: 'Die Anmeldung beim Simulator endete nicht mit einer Weiterleitung zur App.',
    sign_in_refresh_refused: 'Tesla hat die Erneuerung der Anmeldung abgelehnt ({{code}}).',
    sign_in_token_step_refused: 'Tesla hat die Anmeldung beim Token-Schritt abgelehnt ({{code}}).',
    sign_in_service_unreachable: 'Die App konnte den Anmeldedienst unter {{host}} nicht erreichen: {{why}}.',
    sign_in_not_finished: 'Die Anmeldung wurde nicht rechtzeitig abgeschlossen. Bitte neu beginnen.',
    fleet_no_answer: 'Teslas Fleet API hat auf {{request}} nicht geantwortet{{detail}}',
    fleet_answered: 'Teslas Fleet API antwortete {{status}} auf {{request}}{{detail}}',
    fleet_not_sent: 'nicht gesendet: {{rule}}',
    fleet_timeout: 'keine Antwort innerhalb von {{seconds}} s',
    fleet_unreachable: 'die Fleet API war nicht erreichbar',
    fleet_too_large: 'die Antwort war größer als {{mb}} MB und wurde nicht gelesen',
    file_lock_held: '{{file}} wird von einem anderen Prozess gehalten ({{ms}} ms gewartet)',
    keychain_unavailable: 'Der Schlüsselbund des Systems ist nicht nutzbar: {{reason}}',
    // Warum eine Anfrage gar keine Antwort bekam (electron/infra/network-failure.ts).
    network: {
      refused: 'die Verbindung wurde abgelehnt (dort lauscht nichts)',
      no_dns: 'der Name ließ sich nicht auflösen (keine DNS-Antwort)',
      timeout: 'es kam keine Antwort rechtzeitig',
      cut: 'die Verbindung wurde getrennt',
      no_route: 'dieser Rechner hat keinen Netzwerkweg dorthin',
      untrusted_certificate:
        'ihrem Zertifikat wurde nicht vertraut (ein Proxy oder eine WLAN-Anmeldeseite steht womöglich im Weg)',
      no_connection: 'es konnte keine Verbindung aufgebaut werden',
    },
    simulator_unreachable:
      'Der Simulator unter {{host}} ist nicht erreichbar: {{why}}. Starten Sie ihn (npm run sim) auf diesem Computer, oder prüfen Sie --api-base.',
    pdf_no_chromium:
      'Kein Chromium für das PDF gefunden. Installieren Sie chromium oder setzen Sie CHROMIUM_PATH, oder exportieren Sie HTML und drucken Sie es.',
    pdf_print_failed: 'Chromium konnte den Bericht nicht als PDF drucken.',
    pdf_not_produced: 'Chromium hat kein PDF erzeugt.',
    report_worker_failed: 'Der Berichtsschritt ist in seinem Worker fehlgeschlagen.',
    report_worker_stopped: 'Der Berichts-Worker wurde beendet (Exit {{code}}).',
    site_held_lock:
      'Eine andere Installation hält Standort {{site}} für einen Test ({{who}}). Warten Sie, bis er fertig ist.',
    site_held_until: 'bis {{time}}',
    site_busy:
      'Auf Standort {{site}} läuft ein anderer Test oder eine Wiederherstellung{{process}}. Warten Sie, bis er fertig ist.',
    site_busy_process: ' (Prozess {{pid}})',
    team_store_lock_lost:
      'Die Sperre des Team-Speichers auf Standort {{site}} ist abgelaufen, bevor sie erneuert wurde',
    sim_clock_status: 'Die Admin-API des Simulators antwortete {{status}} auf /__sim/clock',
    sim_clock_unexpected:
      'Die Admin-API des Simulators lieferte eine unerwartete Uhr (ein angehaltener Simulator kann keinen entfernten Test takten)',
    replace_default_customer: 'der Kunde',
    replace_default_platform: 'der Plattform',
    detail: '{{message}}',
    malformed: 'Die Anfrage an „{{channel}}“ war fehlerhaft und wurde nicht ausgeführt.',
    connection_lost:
      'Die Verbindung zur App ist abgebrochen. Bitte die Seite neu laden oder, falls das nicht hilft, die App neu starten.',
    no_such_call: 'Die App kennt keinen Aufruf „{{name}}“.',
    unknown_channel: 'Diesen Aufruf kennt die App nicht.',
    unexpected: '„{{channel}}“ ist unerwartet fehlgeschlagen. Einzelheiten stehen im Protokoll.',
    invalid_result: '„{{channel}}“ hat eine Antwort außerhalb des Vertrags geliefert.',
    fleet_failed: '{{message}}. Bitte die Verbindung prüfen und erneut versuchen.',
    profiles_not_json:
      'Die Profildatei ist kein gültiges JSON. Bitte in einem Texteditor prüfen und erneut importieren.',
    profiles_secret:
      'Die Profildatei enthält ein Geheimnis unter „{{path}}“. Bitte entfernen: Ein Administrator gibt das Client-Secret einmal in den Einstellungen ein, von dort kommt es in den Schlüsselbund.',
    profiles_invalid: 'Die Profildatei wurde nicht importiert: {{problems}}. Es wurde nichts geändert.',
    profiles_duplicate: 'Die Profildatei nennt die ID „{{id}}“ zweimal. Es wurde nichts geändert.',
    profile_unknown: 'Es gibt kein Verbindungsprofil „{{id}}“. Bitte in den Einstellungen eines wählen.',
    profile_demo_fixed: 'Das Demo-Profil ist eingebaut und kann nicht entfernt werden.',
    profile_no_secret: 'Dieses Profil verwendet kein Client-Secret.',
    secret_not_saved:
      'Das Client-Secret wurde nicht gespeichert: {{reason}} Ein Client-Secret wird nie in eine Datei geschrieben.',
    secret_not_removed: 'Das Client-Secret konnte nicht entfernt werden: {{reason}}',
    link_not_allowed: 'Dieser Link steht nicht auf der Liste der Seiten, die die App öffnen darf.',
    bundle_not_written:
      'Das Supportpaket konnte nicht in den Datenordner der App geschrieben werden. Bitte freien Speicherplatz prüfen und erneut versuchen.',
    bundle_not_copied:
      'Das Supportpaket liegt im Datenordner der App ({{path}}), konnte aber nicht an den gewählten Ort kopiert werden. Bitte einen anderen Ordner wählen und erneut versuchen.',
    export_format: 'Nur HTML oder PDF.',
    nothing_to_export:
      'Es gibt noch nichts zu exportieren. Bitte zuerst die Checkliste ausführen, dann den Bericht exportieren.',
    report_too_large:
      'Diese Datei ist zu groß für einen Bericht (über 20 MB). Bitte prüfen, ob die .json-Berichtsdatei gewählt wurde.',
    report_empty: 'Diese Datei ist leer. Bitte den Installateur, den Bericht erneut zu exportieren.',
    report_truncated:
      'Diese Berichtsdatei ist abgeschnitten (sie endet zu früh). Bitte die Datei erneut anfordern; sie wurde beim Kopieren womöglich beschädigt.',
    report_not_json:
      'Diese Datei ist kein Bericht: Sie ist kein JSON. Bitte die von Tesla Connect Doctor exportierte .json-Datei öffnen.',
    report_foreign:
      'Diese JSON-Datei ist kein Bericht von Tesla Connect Doctor. Bitte die von der App exportierte .json-Datei öffnen.',
    report_no_format:
      'Diese JSON-Datei ist kein Bericht von Tesla Connect Doctor (ihr fehlt die Kennung des Berichtsformats). Bitte die von der App exportierte .json-Datei öffnen.',
    report_newer:
      'Dieser Bericht hat das Format „{{format}}“, das diese Version der App nicht lesen kann. Bitte die App aktualisieren und den Bericht erneut öffnen.',
    report_invalid:
      'Dieser Bericht ist beschädigt oder wurde von Hand bearbeitet und lässt sich nicht anzeigen: {{issues}}. Bitte die Datei erneut anfordern.',
    report_folder: 'Das ist ein Ordner, keine Berichtsdatei. Bitte die .json-Berichtsdatei wählen.',
    report_unreadable:
      'Die Berichtsdatei konnte nicht gelesen werden. Bitte prüfen, ob sie existiert und ob Sie sie öffnen dürfen.',
    recheck_not_run: 'Bitte zuerst die Checkliste für diesen Kunden ausführen, dann einzelne Punkte erneut prüfen.',
    recheck_not_listed:
      'Dieser Punkt steht nicht auf der Checkliste dieses Kunden; bitte die ganze Checkliste erneut ausführen.',
    recheck_gone: 'Nach der neuen Abfrage entfällt dieser Punkt; bitte die ganze Checkliste erneut ausführen.',
    test_running: 'Es läuft bereits ein Test. Bitte ihn stoppen oder sein Ende abwarten.',
    restore_not_failed:
      'Diese Wiederherstellung ist nicht fehlgeschlagen: Bitte mit „Ausstehende Wiederherstellungen erneut versuchen“ abschließen.',
    replace_needs_confirmation:
      'Damit wird {{customer}} bei {{platform}} abgemeldet, bis die Verbindung dort neu hergestellt wird.',
    board_store_bad_url:
      'Das ist keine PostgreSQL-Adresse. Bitte im Format postgres://benutzer@host:5432/datenbank angeben oder den eingebauten Speicher wählen.',
    board_store_unavailable:
      'Der Speicher der Durchläufe ({{store}}) konnte nicht gelesen werden: {{reason}}. Bitte den Speicher in den Einstellungen prüfen (oder ob der PostgreSQL-Server läuft) und die Übersicht danach erneut öffnen.',
    platform_none:
      'Dieses Verbindungsprofil hat keine Plattform, über die verbunden werden kann. Bitte die eigene App des Doktors wählen oder ein Profil mit Plattform verwenden.',
    platform_key_invalid:
      'Die Plattform hat Ihren Agentenschlüssel nicht angenommen (401). Bitte den Agentenschlüssel beim Administrator der Plattform erfragen und in den Einstellungen neu eingeben (er wird im Schlüsselbund aufbewahrt).',
    platform_forbidden:
      'Ihr Agentenschlüssel darf das auf der Plattform nicht (403). Bitte den Administrator der Plattform bitten, Ihrem Schlüssel dieses Recht zu geben.',
    platform_unknown_customer:
      'Die Plattform kennt keinen Kunden „{{customer}}“. Bitte E-Mail-Adresse oder Referenz prüfen.',
    platform_not_connected:
      'Die Plattform hat keine Verbindung zu diesem Kunden. Für die Plattform verbinden: Der Kunde meldet sich einmal an, und die Plattform behält die Verbindung.',
    platform_connection_lost:
      'Die Plattform hat ihre Verbindung zu diesem Kunden verloren (Tesla antwortete {{reason}}): Eine andere Anmeldung mit der App der Plattform hat sie ersetzt. Hier für die Plattform verbinden, oder der Kunde verbindet sich in der App der Plattform neu.',
    platform_tesla_auth_unavailable:
      'Die Anmeldung bei Tesla fällt gerade aus (die Plattform bekam kein Token von Tesla): Bitte warten und später erneut versuchen; nicht neu verbinden.',
    platform_lease_held:
      'Ein anderer Doktor ({{holder}}) ändert bis {{until}} die Einstellungen dieser Anlage. Bitte warten, bis er fertig ist, oder ihn bitten, seinen Besuch zu beenden.',
    platform_lease_gone:
      'Die Reservierung dieser Anlage ist abgelaufen. Vor dem Ändern von Einstellungen bitte eine neue nehmen.',
    platform_refused:
      'Die Plattform hat die Anfrage abgelehnt ({{status}}: {{error}}). Bitte die Verbindung neu starten; passiert es wieder, den Administrator der Plattform informieren.',
    platform_unreachable:
      'Die Plattform unter {{host}} war nicht erreichbar: {{why}}. Bitte die Adresse im Profil und das Netzwerk dieses Computers prüfen; stimmt beides, den Administrator der Plattform informieren.',
    platform_key_missing:
      'Für diese Plattform ist auf diesem Computer kein Agent-Schlüssel gespeichert. Tragen Sie Ihren Agent-Schlüssel in den Einstellungen bei diesem Profil ein (Sie erhalten ihn vom Administrator der Plattform).',
    profile_no_platform:
      'Dieses Profil verbindet nicht über eine Plattform: Stellen Sie den Zugang zuerst auf „über die Plattform“ um.',
    platform_unreadable:
      'Die Plattform hat etwas geantwortet, das die App nicht lesen kann. Bitte die Plattformadresse im Profil prüfen; stimmt sie, den Administrator der Plattform informieren.',
    data_folder_is_file:
      'Der Datenordner ist nicht nutzbar: {{path}} ist eine Datei, kein Ordner. Bitte die Datei wegschieben oder einen anderen Datenordner verwenden (--data-dir für das Kommandozeilenwerkzeug, TCD_DATA_DIR für die App).',
    data_folder_folder_in_place:
      'Die Datei {{file}} konnte nicht gelesen werden: An ihrer Stelle liegt ein Ordner. Bitte ihn wegschieben oder einen anderen Datenordner verwenden (--data-dir für das Kommandozeilenwerkzeug, TCD_DATA_DIR für die App).',
    data_folder_read_only:
      'In den Datenordner {{dir}} kann nicht geschrieben werden ({{why}}). Bitte Ihrem Benutzer Schreibrechte geben oder einen anderen Datenordner verwenden (--data-dir für das Kommandozeilenwerkzeug, TCD_DATA_DIR für die App).',
    disk_read_only: 'das Laufwerk ist schreibgeschützt',
    permission_denied: 'keine Berechtigung',
    data_folder_disk_full:
      'Das Laufwerk mit dem Datenordner {{dir}} ist voll. Bitte Platz schaffen und erneut versuchen.',
    history_unreadable: 'Dieser Bericht aus dem Verlauf lässt sich nicht öffnen: {{message}}',
    history_gone: 'Dieser Bericht ist nicht mehr im Verlauf. Bitte die Liste aktualisieren.',
    report_not_open: 'Dieser Bericht ist nicht mehr geöffnet. Bitte die Datei erneut öffnen.',
    pdf_failed: 'Das PDF konnte nicht erstellt werden. Bitte stattdessen HTML exportieren und drucken.',
    sign_in_page_not_allowed:
      'Die Anmeldeseite steht nicht auf der Liste der Seiten, die die App öffnen darf. Bitte das Verbindungsprofil prüfen.',
    port_busy:
      'Die App konnte auf Port {{port}} dieses Computers nicht auf Teslas Antwort warten. Bitte das Programm schließen, das ihn belegt, und erneut versuchen.',
    simulator_not_running:
      'Der eingebaute Simulator läuft nicht, daher kann sich das Demo-Profil nicht anmelden. Bitte die App neu starten.',
    client_secret_missing:
      'Das Profil „{{name}}“ hat noch kein Client-Secret. Ein Administrator trägt es einmal in den Einstellungen ein (es liegt dann im Schlüsselbund).',
    reconnect_gone: 'Dieser Kunde ist nicht mehr auf diesem Laptop. Bitte als neuen Kunden verbinden.',
    keychain_cannot_save:
      'Die Anmeldung des Kunden kann nicht gespeichert werden, weil: {{reason}} Bitte den Nur-Sitzung-Modus einschalten, um sie bis zum Schließen der App im Speicher zu halten, und dann erneut verbinden.',
    customer_gone: 'Dieser Kunde ist nicht mehr auf diesem Laptop.',
    customer_gone_connect:
      'Dieser Kunde ist nicht mehr auf diesem Laptop. Bitte in der Ansicht „Kunden“ erneut verbinden.',
    needs_reconnect: 'Dieser Kunde muss sich neu verbinden: {{reason}}',
    sign_in_not_accepted: 'Tesla akzeptiert die gespeicherte Anmeldung nicht mehr.',
    forget_keychain:
      'Der Kunde wurde nicht vergessen, weil der Eintrag im Schlüsselbund nicht entfernt werden konnte: {{reason}}',
    wrong_account:
      'Die Anmeldung galt einem anderen Tesla-Konto als dem des neu zu verbindenden Kunden. Es wurde nichts geändert; bitte mit dem eigenen Konto des Kunden anmelden.',
    sign_in_not_saved:
      'Die Anmeldung hat geklappt, konnte aber nicht gespeichert werden, weil: {{reason}} Bitte den Nur-Sitzung-Modus einschalten und erneut verbinden.',
    customer_forgotten: 'Dieser Kunde wurde auf diesem Laptop vergessen.',
    sign_in_unreadable: 'Die Anmeldung des Kunden konnte nicht gelesen werden: {{reason}}',
    refresh_refused:
      'Tesla hat die Erneuerung der Anmeldung abgelehnt ({{error}}). Bitte gleich noch einmal versuchen.',
    demo_remote_simulator:
      'Das Demo-Profil spricht nur mit einem Simulator auf diesem Computer, nicht mit {{host}} ({{rule}}). Bitte den Simulator hier starten oder ein Tesla-Profil verwenden.',
    token_rule: 'das Anmeldetoken eines Kunden geht nur per HTTPS an Tesla oder an einen Simulator auf diesem Computer',
    refresh_service_unreachable:
      'Die App hat den Anmeldedienst unter {{host}} nicht erreicht: {{why}}. Die Anmeldung konnte nicht erneuert werden. Bitte die Internetverbindung dieses Computers prüfen und erneut versuchen.',
    refresh_unreadable:
      'Der Anmeldedienst hat auf die Erneuerung etwas geantwortet, das die App nicht lesen kann (womöglich steht eine WLAN-Anmeldeseite oder ein Proxy dazwischen). Bitte gleich noch einmal versuchen; passiert es wieder, ein Supportpaket an den Support senden.',
    sign_in_malformed:
      'Die Anmeldeantwort wurde abgelehnt: {{what}}. Es wurde nichts geändert. Bitte die Verbindung in der Ansicht „Kunden“ neu starten.',
    sign_in_reply_empty: 'sie ist leer',
    sign_in_reply_too_long: 'sie ist zu lang',
    sign_in_reply_control_characters: 'sie enthält Leer- oder Steuerzeichen',
    sign_in_reply_not_an_address: 'sie ist keine gültige Adresse',
    sign_in_reply_not_for_this_app: 'sie ist nicht an diese App gerichtet',
    sign_in_reply_credentials: 'sie enthält einen Benutzernamen oder ein Passwort',
    sign_in_reply_fragment: 'sie hat ein Fragment (#)',
    sign_in_reply_too_many_parameters: 'sie hat zu viele Parameter',
    sign_in_reply_unexpected_parameter: 'sie hat einen unerwarteten Parameter „{{name}}“',
    sign_in_reply_repeated_parameter: 'sie wiederholt den Parameter „{{name}}“',
    sign_in_reply_bad_state: 'ihr state fehlt oder hat nicht die erwartete Form',
    sign_in_reply_code_and_error: 'sie enthält zugleich einen Code und einen Fehler',
    sign_in_reply_bad_error: 'ihr Fehler hat nicht die erwartete Form',
    sign_in_reply_bad_code: 'ihr Code fehlt oder hat nicht die erwartete Form',
    sign_in_unknown_state:
      'Diese Anmeldeantwort gehört zu keiner Anmeldung, auf die die App wartet (sie ist womöglich alt, schon benutzt oder gefälscht). Es wurde nichts geändert.',
    sign_in_wrong_target:
      'Diese Anmeldeantwort kam an der falschen Adresse für ihre Anmeldung an. Es wurde nichts geändert.',
    sign_in_late:
      'Diese Anmeldung hat länger als 10 Minuten gedauert und ist abgelaufen. Es wurde nichts geändert. Bitte die Verbindung neu starten.',
    sign_in_denied:
      'Der Kunde hat auf Teslas Zustimmungsseite „Do Not Allow“ gewählt, daher wurde nichts verbunden. Bitte neu starten und „Allow“ wählen.',
    sign_in_ended:
      'Tesla hat die Anmeldung mit „{{error}}“ beendet. Es wurde nichts verbunden. Bitte die Verbindung neu starten.',
    sign_in_cancelled: 'Die Anmeldung wurde abgebrochen.',
    sign_in_expired: 'Die Anmeldung ist nach 10 Minuten ohne Antwort abgelaufen. Bitte die Verbindung neu starten.',
    sign_in_token_unreadable:
      'Teslas Anmeldung hat ein Zugriffstoken geliefert, das die App nicht lesen kann (ohne Konto-ID, Region oder Freigaben). Bitte erneut verbinden.',
    sign_in_code_refused:
      'Tesla hat die Anmeldung beim Token-Schritt abgelehnt ({{error}}). Bitte die Verbindung neu starten; schlägt es weiter fehl, Client-ID, Client-Secret und Weiterleitungsadresse des Profils prüfen.',
    sign_in_unreachable:
      'Die App hat den Anmeldedienst unter {{host}} nicht erreicht: {{why}}. Es wurde nichts verbunden. Bitte die Internetverbindung dieses Computers prüfen (im Demomodus: ob der Simulator läuft) und die Verbindung neu starten.',
    sign_in_unexpected:
      'Die App konnte die Anmeldung wegen eines unerwarteten Fehlers auf diesem Computer nicht abschließen. Es wurde nichts verbunden. Bitte die Verbindung neu starten; passiert es wieder, ein Supportpaket an den Support senden (das Protokoll enthält die Einzelheiten).',
    sign_in_answer_callback_issuer:
      'Diese Anmeldeantwort nennt einen anderen Anmeldedienst als den, mit dem die Anmeldung begann, daher wurde sie abgelehnt (eine Verwechslung der Dienste oder ein gefälschter Link). Es wurde nichts verbunden. Bitte die Verbindung in der Ansicht „Kunden“ neu starten.',
    sign_in_answer_id_token_issuer:
      'Die Anmeldeantwort enthielt ein ID-Token eines anderen Anmeldedienstes, daher wurde sie abgelehnt. Es wurde nichts verbunden. Bitte die Verbindung in der Ansicht „Kunden“ neu starten; passiert es wieder, ein Supportpaket an den Support senden: Zwischen diesem Computer und Tesla verändert womöglich etwas die Anmeldung.',
    sign_in_answer_id_token_audience:
      'Die Anmeldeantwort enthielt ein ID-Token für eine andere App (nicht für die Client-ID dieses Profils), daher wurde sie abgelehnt. Es wurde nichts verbunden. Bitte die Verbindung in der Ansicht „Kunden“ neu starten; passiert es wieder, prüft ein Administrator die Client-ID des Profils in den Einstellungen.',
    sign_in_answer_id_token_nonce:
      'Die Anmeldeantwort enthielt ein ID-Token, das nicht zu dieser Anmeldung gehört (eine alte oder wiederholte Antwort), daher wurde sie abgelehnt. Es wurde nichts verbunden. Bitte die Verbindung in der Ansicht „Kunden“ neu starten.',
    sign_in_answer_id_token_time:
      'Die Anmeldeantwort enthielt ein ID-Token außerhalb seiner Gültigkeitszeit. Bitte Datum, Uhrzeit und Zeitzone dieses Computers prüfen. Es wurde nichts verbunden. Bitte die Verbindung in der Ansicht „Kunden“ neu starten.',
    sign_in_answer_unreadable:
      'Der Anmeldedienst hat etwas geantwortet, das die App nicht als Anmeldung lesen kann. Es wurde nichts verbunden. Bitte die Verbindung in der Ansicht „Kunden“ neu starten; passiert es wieder, ein Supportpaket an den Support senden: Zwischen diesem Computer und Tesla verändert womöglich etwas die Anmeldung.',
    renewed_not_saved: 'Die erneuerte Anmeldung konnte nicht gespeichert werden: {{reason}}',
  },
};
