/** One compose project: its production model merged from its files, with every interpolation. */
import { yamlLine } from '../../yaml/load.js';
import type { ScanContext } from '../context.js';
import { deepMerge, isMap, type JsonMap } from './merge.js';
import type { ComposeRole } from './files.js';
import { loadComposeFile, mergeLoaded, projectEnv, type LoadEnv, type LoadedService } from './load.js';
import { productionFiles as chooseProductionFiles } from './production.js';
import { toService } from './service.js';
import type { ComposeProject, FileSet } from './types.js';

export function buildProject(
  ctx: ScanContext,
  dir: string,
  base: string,
  files: { path: string; role: ComposeRole }[],
  sets: FileSet[],
): ComposeProject {
  const paths = new Set(files.map((f) => f.path));
  const fileSets = sets.filter((s) => s.files.some((f) => paths.has(f)));
  const { files: productionFiles, source: productionSource } = chooseProductionFiles(ctx, dir, base, files, fileSets);
  const env: LoadEnv = { ctx, env: projectEnv(ctx, dir), projectDir: dir, interpolations: [], loaded: new Map() };
  const merged = new Map<string, LoadedService>();
  let networks: JsonMap = {};
  const networkLocs = new Map<string, { file: string; line: number }>();
  let topName: string | undefined;
  for (const path of productionFiles) {
    const loaded = loadComposeFile(env, path);
    if (!loaded) continue;
    topName = loaded.name ?? topName;
    networks = deepMerge(networks, loaded.networks);
    const raw = networksOf(ctx, path);
    for (const n of Object.keys(loaded.networks)) networkLocs.set(n, { file: path, line: yamlLine(raw, n) || loaded.networksLine });
    for (const [name, svc] of loaded.services) {
      const prev = merged.get(name);
      merged.set(name, prev ? mergeLoaded(prev, svc) : svc);
    }
  }
  // interpolations of the other files (the dev override, test overlays) matter too: a default secret is committed either way
  for (const f of files) if (!productionFiles.includes(f.path)) loadComposeFile(env, f.path);
  const name = projectName(topName ?? (dir ? dir.slice(dir.lastIndexOf('/') + 1) : 'root'));
  return {
    name,
    dir,
    files,
    productionFiles,
    productionSource,
    fileSets,
    services: [...merged].map(([n, s]) => toService(ctx, n, s, dir)),
    networks: Object.entries(networks).map(([n, v]) => ({ name: n, internal: isMap(v) && v.internal === true, ...(networkLocs.get(n) ?? { file: base, line: 0 }) })),
    interpolations: env.interpolations,
  };
}

/** Compose's own normalisation of a project name: lower case, letters, digits, `-` and `_`. */
function projectName(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9_-]/g, '') || 'default';
}

function networksOf(ctx: ScanContext, path: string): unknown {
  const doc = ctx.yaml(path)?.documents[0]?.value;
  return isMap(doc) ? doc.networks : undefined;
}
