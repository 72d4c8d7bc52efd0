import { posix } from 'node:path';
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import { deepMerge, isMap, type JsonMap } from './merge.js';
import { findFileSets, groupComposeFiles, isComposeFile, type ComposeRole } from './files.js';
import { loadComposeFile, mergeLoaded, projectEnv, type Interpolation, type LoadedService } from './project.js';
import { toService, type ComposeService } from './service.js';

export type { ComposeService, Interpolation, ComposeRole };

export interface ComposeProject {
  name: string;
  dir: string;
  files: { path: string; role: ComposeRole }[];
  /** the files that make the production model, in merge order */
  productionFiles: string[];
  /** how the production files were chosen */
  productionSource: 'overlay' | 'file-set' | 'configured' | 'base-only';
  /** `-f` sets found in scripts and docs that name files of this project */
  fileSets: { files: string[]; file: string; line: number }[];
  /** the production model */
  services: ComposeService[];
  networks: { name: string; internal: boolean; file: string }[];
  interpolations: Interpolation[];
}

export interface ComposeInventory {
  projects: ComposeProject[];
}

const SCRIPT = (name: string, ext: string) => ext === '.sh' || ext === '.md' || name === 'Makefile' || ext === '.mk' || ext === '.bash';

export const composeCollector: Collector<'compose', ComposeInventory> = {
  key: 'compose',
  // any YAML: `extends: {file: common.yml}` may name a file that is not called compose
  wants: (f) => f.ext === '.yml' || f.ext === '.yaml' || f.name === '.env' || SCRIPT(f.name, f.ext),
  collect(ctx) {
    const composeFiles = ctx.files.filter(isComposeFile);
    if (composeFiles.length === 0) return { projects: [] };
    const sets = fileSetsIn(ctx);
    const projects: ComposeProject[] = [];
    for (const group of groupComposeFiles(composeFiles)) {
      if (group.base) projects.push(buildProject(ctx, group.dir, group.base, group.files, sets));
      else for (const f of group.files) projects.push(buildProject(ctx, group.dir, f.path, [{ path: f.path, role: 'base' }], sets));
    }
    return { projects };
  },
  describe(inv) {
    const out: string[] = [];
    for (const p of inv.projects) {
      out.push(`${p.dir || '.'}: project "${p.name}" — files ${p.files.map((f) => `${f.path} (${f.role})`).join(', ')}`);
      out.push(`  production model: ${p.productionFiles.join(' + ')}${p.productionSource === 'base-only' ? ' (no production overlay found)' : ''}`);
      for (const s of p.services) {
        const bits = [s.image ?? (s.build ? `build ${s.build.dockerfile ?? s.build.context}` : 'no image')];
        if (s.build && !s.build.dockerfileExists) bits.push(`MISSING ${s.build.dockerfile}`);
        if (s.ports.length) bits.push(`ports ${s.ports.map((x) => (x.published ? `${x.published}:${x.target}` : x.target)).join(',')}`);
        bits.push(`replicas ${s.replicas?.value ?? 1}`);
        if (s.containerName) bits.push(`container_name ${s.containerName.value}`);
        bits.push(s.limits ? `limits ${[s.limits.value.cpus && `cpus=${s.limits.value.cpus}`, s.limits.value.memory && `mem=${s.limits.value.memory}`].filter(Boolean).join(' ')}` : 'no limits');
        bits.push(s.healthcheck ? (s.healthcheck.disabled ? 'healthcheck disabled' : 'healthcheck') : 'no healthcheck');
        out.push(`  ${s.file}:${s.line} ${s.name}: ${bits.join(', ')}`);
      }
      const defaults = p.interpolations.filter((i) => i.source === 'default');
      for (const i of defaults) out.push(`  ${i.file}:${i.line} \${${i.variable}} falls back to the default written in the file (${i.path})`);
    }
    return out;
  },
};

function fileSetsIn(ctx: ScanContext): { files: string[]; file: string; line: number }[] {
  const out: { files: string[]; file: string; line: number }[] = [];
  for (const f of ctx.files) {
    if (!SCRIPT(f.name, f.ext)) continue;
    const text = ctx.text(f.path);
    if (!text) continue;
    for (const s of findFileSets(text)) {
      // a set names files relative to where the command runs: assume the script's folder, then the root
      const resolved = s.files.map((x) => {
        const local = posix.normalize(posix.join(f.dir || '.', x));
        return ctx.exists(local) ? local : posix.normalize(x);
      });
      out.push({ files: resolved, file: f.path, line: s.line });
    }
  }
  return out;
}

function buildProject(
  ctx: ScanContext,
  dir: string,
  base: string,
  files: { path: string; role: ComposeRole }[],
  sets: { files: string[]; file: string; line: number }[],
): ComposeProject {
  const paths = new Set(files.map((f) => f.path));
  const fileSets = sets.filter((s) => s.files.some((f) => paths.has(f)));
  let productionFiles: string[];
  let productionSource: ComposeProject['productionSource'];
  const configured = ctx.options.composeProductionOverlays?.map((p) => posix.normalize(posix.join(dir || '.', p))).filter((p) => paths.has(p));
  const prodOverlays = files.filter((f) => f.role === 'production').map((f) => f.path);
  const prodSet = fileSets.find((s) => s.files.includes(base) && s.files.some((f) => prodOverlays.includes(f)));
  if (configured?.length) {
    productionFiles = [base, ...configured.filter((p) => p !== base)];
    productionSource = 'configured';
  } else if (prodSet) {
    productionFiles = prodSet.files.filter((f) => paths.has(f));
    productionSource = 'file-set';
  } else if (prodOverlays.length) {
    productionFiles = [base, ...prodOverlays];
    productionSource = 'overlay';
  } else {
    productionFiles = [base];
    productionSource = 'base-only';
  }
  if (ctx.options.composeApplyOverride) {
    const override = files.find((f) => /\.override\.ya?ml$/i.test(f.path));
    if (override && !productionFiles.includes(override.path)) productionFiles.splice(1, 0, override.path);
  }
  const env = { ctx, env: projectEnv(ctx, dir), projectDir: dir, interpolations: [] as Interpolation[], seen: new Set<string>() };
  const merged = new Map<string, LoadedService>();
  let networks: JsonMap = {};
  for (const path of productionFiles) {
    const loaded = loadComposeFile(env, path);
    if (!loaded) continue;
    networks = deepMerge(networks, loaded.networks);
    for (const [name, svc] of loaded.services) {
      const prev = merged.get(name);
      merged.set(name, prev ? mergeLoaded(prev, svc) : svc);
    }
  }
  // interpolations of the other files (the dev override, test overlays) matter too: a default secret is committed either way
  for (const f of files) if (!productionFiles.includes(f.path)) loadComposeFile(env, f.path);
  const name = (dir ? dir.slice(dir.lastIndexOf('/') + 1) : 'root').toLowerCase();
  return {
    name,
    dir,
    files,
    productionFiles,
    productionSource,
    fileSets,
    services: [...merged].map(([n, s]) => toService(ctx, n, s)),
    networks: Object.entries(networks).map(([n, v]) => ({ name: n, internal: isMap(v) && v.internal === true, file: base })),
    interpolations: env.interpolations,
  };
}
