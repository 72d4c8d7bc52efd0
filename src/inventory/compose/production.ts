/**
 * Which files make a project's production model: the overlays named in the options, else a
 * `-f` set from a script that runs a production overlay, else base + production-named overlays,
 * else the base alone. The development override joins only when the options ask for it.
 */
import { posix } from 'node:path';
import type { ScanContext } from '../context.js';
import { isMap } from './merge.js';
import type { ComposeRole } from './files.js';
import type { FileSet, ProductionSource } from './types.js';

export function productionFiles(
  ctx: ScanContext,
  dir: string,
  base: string,
  files: { path: string; role: ComposeRole }[],
  fileSets: FileSet[],
): { files: string[]; source: ProductionSource } {
  const paths = new Set(files.map((f) => f.path));
  const configured = ctx.options.composeProductionOverlays?.map((p) => posix.normalize(posix.join(dir || '.', p))).filter((p) => paths.has(p));
  const prodOverlays = files.filter((f) => f.role === 'production').map((f) => f.path);
  // a set that runs a production overlay, preferably on top of the base file (a standalone prod file is run alone)
  const runsProd = fileSets.filter((s) => s.files.some((f) => prodOverlays.includes(f)));
  const prodSet = runsProd.find((s) => s.files.includes(base)) ?? runsProd.find((s) => s.files.every((f) => !paths.has(f) || isStandalone(ctx, f)));
  let chosen: { files: string[]; source: ProductionSource };
  if (configured?.length) chosen = { files: [base, ...configured.filter((p) => p !== base)], source: 'configured' };
  else if (prodSet) chosen = { files: prodSet.files.filter((f) => paths.has(f)), source: 'file-set' };
  else if (prodOverlays.length) chosen = { files: [base, ...prodOverlays], source: 'overlay' };
  else chosen = { files: [base], source: 'base-only' };
  if (ctx.options.composeApplyOverride) {
    const override = files.find((f) => /\.override\.ya?ml$/i.test(f.path));
    if (override && !chosen.files.includes(override.path)) chosen.files.splice(1, 0, override.path);
  }
  return chosen;
}

/**
 * Whether a file can run alone: every service names an image, a build or a base to extend. An
 * overlay that only adds limits cannot, so a README line running it alone is a mistake, not the
 * production set.
 */
function isStandalone(ctx: ScanContext, path: string): boolean {
  const doc = ctx.yaml(path)?.documents[0]?.value;
  const services = isMap(doc) ? doc.services : undefined;
  if (!isMap(services) || Object.keys(services).length === 0) return false;
  return Object.values(services).every((s) => isMap(s) && (s.image !== undefined || s.build !== undefined || s.extends !== undefined));
}
