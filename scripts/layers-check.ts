// Plain Node. dependency-cruiser over some folders with the project's rules (`.dependency-cruiser.cjs`) and
// the tsconfig's path aliases; used by `npm run layers` and its unit test.
import { createRequire } from 'node:module';
import path from 'node:path';
import { cruise, type IConfiguration, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

export interface LayersResult {
  modules: number;
  violations: IViolation[];
}

/** The project's configuration (rules and options), as `.dependency-cruiser.cjs` at `root` says. */
export function layersConfig(root: string): IConfiguration {
  return createRequire(path.join(root, 'package.json'))('./.dependency-cruiser.cjs') as IConfiguration;
}

/**
 * Cruises `folders` (relative to `baseDir`) with `config`'s rules. `baseDir` is where the folders and the
 * tsconfig named in the options are; `config` defaults to the project's own.
 */
export async function cruiseLayers(
  baseDir: string,
  folders: string[],
  config: IConfiguration = layersConfig(baseDir),
): Promise<LayersResult> {
  const { forbidden, options } = config;
  const tsConfigFile = path.join(baseDir, options?.tsConfig?.fileName ?? 'tsconfig.json');
  // dependency-cruiser finds the folders in the working folder (baseDir alone does not move that), and the
  // rules match paths relative to it.
  const previous = process.cwd();
  process.chdir(baseDir);
  try {
    const result = await cruise(
      folders,
      { ...options, baseDir, validate: true, ruleSet: { forbidden: forbidden ?? [] } },
      undefined,
      { tsConfig: extractTSConfig(tsConfigFile) },
    );
    if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a result');
    return { modules: result.output.summary.totalCruised, violations: result.output.summary.violations };
  } finally {
    process.chdir(previous);
  }
}

export function violationLines(result: LayersResult): string[] {
  return result.violations.map((v) => {
    const cycle = v.cycle?.length ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')})` : '';
    return `${v.rule.name}: ${v.from} → ${v.to}${cycle}`;
  });
}
