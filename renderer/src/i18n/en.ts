export const en = {
  app: {
    skipToContent: 'Skip to content',
    navigation: 'Screens',
    tagline: 'Checks and fixes a homeowner’s Tesla connection to their energy platform',
    version: 'Version {{version}}',
    mode: { demo: 'Demo mode', tesla: 'Tesla account mode' },
    transport: { electron: 'Desktop app', browser: 'Browser mode' },
  },
  status: {
    label: 'Backend',
    loading: 'Connecting to the app…',
    demoReady: 'Demo mode: ready',
    simulatorReady: 'Demo mode: simulator ready',
    simulatorFailed: 'Demo mode: the simulator could not start. Restart the app.',
    teslaReady: 'Ready to connect to Tesla',
    starting: 'Starting…',
    failed: 'The app’s backend could not be reached: {{message}}',
  },
} as const;
