import { posix } from 'node:path';
import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { yamlLine } from '../../yaml/load.js';
import { isMap } from '../compose/merge.js';

export interface HelmValue {
  path: string;
  value: unknown;
  file: string;
  line: number;
}

export interface HelmChart {
  dir: string;
  file: string;
  name?: string;
  version?: string;
  appVersion?: string;
  dependencies: string[];
  valuesFiles: string[];
  /** values files judged as production (values-prod.yaml, values.production.yaml ...) */
  productionValues?: string;
  /** resource kinds the templates can emit, the value that switches each, and whether it is on */
  emits: { kind: string; file: string; line: number; guard?: string; enabledByDefault: boolean; enabledInProduction: boolean }[];
  /** readiness-relevant values with where they are set (production file wins) */
  values: Record<string, HelmValue>;
  /** probes written in the templates */
  templateProbes: { liveness: boolean; readiness: boolean };
}

export interface HelmInventory {
  charts: HelmChart[];
}

const VALUE_PATHS = ['replicaCount', 'image.repository', 'image.tag', 'resources.limits.cpu', 'resources.limits.memory', 'resources.requests.cpu', 'resources.requests.memory', 'autoscaling.enabled', 'autoscaling.minReplicas', 'autoscaling.maxReplicas', 'podDisruptionBudget.enabled', 'pdb.enabled', 'ingress.enabled', 'ingress.tls', 'networkPolicy.enabled', 'securityContext.runAsNonRoot', 'securityContext.readOnlyRootFilesystem', 'podSecurityContext.runAsNonRoot', 'livenessProbe', 'readinessProbe', 'metrics.enabled', 'serviceMonitor.enabled', 'postgresql.enabled', 'architecture', 'replica.replicaCount', 'backup.enabled'];

const PROD_VALUES = /^values[-._](prod|production|prd|live)[\w.-]*\.ya?ml$/i;

function get(obj: unknown, path: string): { value: unknown; parent: unknown; key: string } | undefined {
  let cur: unknown = obj;
  let parent: unknown;
  const parts = path.split('.');
  for (const p of parts) {
    if (!isMap(cur) || !(p in cur)) return undefined;
    parent = cur;
    cur = cur[p];
  }
  return { value: cur, parent, key: parts[parts.length - 1] };
}

const truthy = (v: unknown) => v !== undefined && v !== null && v !== false && v !== '' && !(Array.isArray(v) && v.length === 0) && !(isMap(v) && Object.keys(v).length === 0);

export const helmCollector: Collector<'helm', HelmInventory> = {
  key: 'helm',
  wants: (f: FileEntry) => f.name === 'Chart.yaml' || /^values.*\.ya?ml$/i.test(f.name) || (/\/templates(\/|$)/.test(f.dir + '/') && (f.ext === '.yaml' || f.ext === '.yml' || f.ext === '.tpl')),
  collect(ctx) {
    const charts: HelmChart[] = [];
    // one pass to give every chart its files (a monorepo may hold hundreds of charts)
    const chartDirs = new Set(ctx.files.filter((f) => f.name === 'Chart.yaml').map((f) => f.dir));
    const byChart = new Map<string, FileEntry[]>();
    if (chartDirs.size) {
      for (const f of ctx.files) {
        let d = f.dir;
        while (!chartDirs.has(d) && d) d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '';
        if (!chartDirs.has(d)) continue;
        const list = byChart.get(d) ?? [];
        list.push(f);
        byChart.set(d, list);
      }
    }
    for (const f of ctx.files) {
      if (f.name !== 'Chart.yaml') continue;
      const own = byChart.get(f.dir) ?? [];
      const meta = ctx.yaml(f.path)?.documents[0]?.value;
      const m = isMap(meta) ? meta : {};
      const dir = f.dir;
      const inDir = (p: FileEntry) => p.dir === dir;
      const valuesFiles = own.filter((x) => inDir(x) && /^values.*\.ya?ml$/i.test(x.name)).map((x) => x.path);
      const prodValues = valuesFiles.find((v) => PROD_VALUES.test(posix.basename(v)));
      const defaults = ctx.yaml(dir ? `${dir}/values.yaml` : 'values.yaml')?.documents[0]?.value;
      const prod = prodValues ? ctx.yaml(prodValues)?.documents[0]?.value : undefined;
      const values: Record<string, HelmValue> = {};
      for (const path of VALUE_PATHS) {
        for (const [doc, file] of [[defaults, dir ? `${dir}/values.yaml` : 'values.yaml'], [prod, prodValues]] as [unknown, string | undefined][]) {
          const hit = get(doc, path);
          if (hit && file) values[path] = { path, value: hit.value, file, line: yamlLine(hit.parent, hit.key) };
        }
      }
      const emits: HelmChart['emits'] = [];
      let liveness = false;
      let readiness = false;
      const tdir = dir ? `${dir}/templates/` : 'templates/';
      for (const t of own) {
        if (!t.path.startsWith(tdir)) continue;
        const text = ctx.text(t.path);
        if (!text) continue;
        liveness ||= /livenessProbe/.test(text);
        readiness ||= /readinessProbe/.test(text);
        // a stack of `if .Values.x` guards, popped by `end`
        const guards: (string | undefined)[] = [];
        text.split('\n').forEach((line, i) => {
          for (const tok of line.matchAll(/\{\{-?\s*(if|with|range|define|end|else)\b([^}]*)\}\}/g)) {
            if (tok[1] === 'end') guards.pop();
            else if (tok[1] !== 'else') {
              const v = /\.Values\.([\w.]+)/.exec(tok[2]);
              guards.push(tok[1] === 'if' || tok[1] === 'with' ? v?.[1] : undefined);
            }
          }
          const k = /^kind:\s*([A-Za-z]+)\s*$/.exec(line.trim());
          if (!k) return;
          const guard = [...guards].reverse().find((g) => g !== undefined);
          const on = (doc: unknown) => !guard || truthy(get(doc, guard)?.value);
          emits.push({ kind: k[1], file: t.path, line: i + 1, guard, enabledByDefault: on(defaults), enabledInProduction: prod !== undefined ? on(prod) || (get(prod, guard ?? '') === undefined && on(defaults)) : on(defaults) });
        });
      }
      charts.push({
        dir,
        file: f.path,
        name: m.name === undefined ? undefined : String(m.name),
        version: m.version === undefined ? undefined : String(m.version),
        appVersion: m.appVersion === undefined ? undefined : String(m.appVersion),
        dependencies: (Array.isArray(m.dependencies) ? m.dependencies : []).filter(isMap).map((d) => String(d.name)),
        valuesFiles,
        productionValues: prodValues,
        emits,
        values,
        templateProbes: { liveness, readiness },
      });
    }
    return { charts };
  },
  describe(inv) {
    const out: string[] = [];
    for (const c of inv.charts) {
      out.push(`${c.file}:1 chart ${c.name ?? ''} ${c.version ?? ''}${c.productionValues ? ` (production values: ${c.productionValues})` : ''}`);
      for (const e of c.emits) out.push(`  ${e.file}:${e.line} ${e.kind}${e.guard ? ` if .Values.${e.guard} (default ${e.enabledByDefault ? 'on' : 'off'}, production ${e.enabledInProduction ? 'on' : 'off'})` : ''}`);
      for (const v of Object.values(c.values)) out.push(`  ${v.file}:${v.line} ${v.path} = ${JSON.stringify(v.value)}`);
    }
    return out;
  },
};
