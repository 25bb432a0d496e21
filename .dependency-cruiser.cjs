// Plain Node (read by scripts/layers.ts, `npm run layers`). Which folder may import which: the table in
// README's "Architecture" section, as rules. Type-only imports count (tsPreCompilationDeps): a type that
// crosses a layer the wrong way is still a direction the next engineer has to untangle.

/** The process edges: they compose the services and may import anything on the main side. */
const EDGES = '^electron/(app|shell|launcher|headless|preload)/';
/** Feature folders: a service with its handlers beside it. */
const FEATURES = '^electron/(accounts|checklist|profiles|reports|support|test-charge|end-visit|board)/';
/** Infrastructure every feature may use; it knows no feature. */
const INFRA = '^electron/(infra|ipc|security|redaction|fleet|browser)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two files one unit: neither can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-nothing-above',
      comment: 'shared/ is what both sides agree on: it imports neither side, nor tests or scripts.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer|test|scripts|bench)/' },
    },
    {
      name: 'renderer-never-electron',
      comment: 'The page talks only to the contract API object: never the main process, never Electron.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^scripts/', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'features-never-the-composition',
      comment: 'electron/app composes the services; a feature gets what it needs passed in (its service, deps).',
      severity: 'error',
      from: { path: '^electron/', pathNot: EDGES },
      to: { path: '^electron/app/' },
    },
    {
      name: 'infra-imports-no-feature',
      comment: 'Infrastructure (infra, ipc, security, redaction, fleet, browser) serves features and knows none.',
      severity: 'error',
      from: { path: INFRA },
      to: { path: [FEATURES, EDGES, '^electron/simulator/'] },
    },
    {
      name: 'features-never-the-edges',
      comment: 'A feature does not reach up into a process edge (shell, launcher, headless tool, preload).',
      severity: 'error',
      from: { path: FEATURES },
      // electron/app is the rule above's.
      to: { path: '^electron/(shell|launcher|headless|preload)/' },
    },
    {
      name: 'components-never-screens',
      comment: 'Screens are built from components, not the other way round.',
      severity: 'error',
      from: { path: '^renderer/src/components/' },
      to: { path: '^renderer/src/screens/' },
    },
    {
      name: 'text-and-report-below-checklist',
      comment: 'The text catalogues and report shapes sit below the checklist rules: they must not need them.',
      severity: 'error',
      from: { path: '^shared/(text|report)/' },
      to: { path: '^shared/checklist/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    // The base config holds the path aliases (@shared, @main, @renderer, @test, @scripts) all three share.
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
