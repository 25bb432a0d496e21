// Plain Node. `npm run layers`: checks the import directions and cycles of `.dependency-cruiser.cjs` (README,
// "Architecture") with dependency-cruiser's API. Its CLI refuses Node 20, which this project supports; the
// API runs on it, so this script is the CLI: it prints each violation and exits 1 when there is one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruiseLayers, violationLines } from './layers-check';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await cruiseLayers(root, ['electron', 'shared', 'renderer/src', 'scripts', 'test', 'bench']);
for (const line of violationLines(result)) console.error(line);
console.log(`layers: ${result.modules} modules, ${result.violations.length} violation(s)`);
process.exit(result.violations.length ? 1 : 0);
