/**
 * Helm charts without Helm: Chart.yaml metadata, the readiness-relevant values of values.yaml
 * and the production values file with their lines, and the kinds the templates can emit with
 * the values that switch them on.
 */
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import type { FileEntry } from '../../source/types.js';
import { yamlLine } from '../../yaml/load.js';
import { isMap } from '../kubernetes/objects.js';
import { redactValue } from '../secret-names.js';
import { scanTemplate, type TemplateScan } from './templates.js';
import { effective, lookup, truthy, type HelmValue } from './values.js';

export type { HelmValue };

export interface HelmDependency {
  name: string;
  version?: string;
  repository?: string;
  /** `condition: postgresql.enabled` — the value that switches the subchart */
  condition?: string;
  line: number;
}

export interface HelmEmit {
  kind: string;
  file: string;
  line: number;
  /** innermost value switch, e.g. `autoscaling.enabled` */
  guard?: string;
  /** every switch around the kind, outermost first; `negated` for `if not` */
  guards: { path: string; negated: boolean }[];
  enabledByDefault: boolean;
  /** with the production values file over the defaults (the defaults alone when there is none) */
  enabledInProduction: boolean;
}

export interface HelmChart {
  dir: string;
  file: string;
  name?: string;
  version?: string;
  appVersion?: string;
  /** dependency names (details in `dependencyDetails`) */
  dependencies: string[];
  dependencyDetails: HelmDependency[];
  valuesFiles: string[];
  /** values file judged as production (values-prod.yaml, values.production.yaml ...) */
  productionValues?: string;
  emits: HelmEmit[];
  /** readiness-relevant values with where they are set (the production file wins) */
  values: Record<string, HelmValue>;
  /** probes written in the templates */
  templateProbes: { liveness: boolean; readiness: boolean; startup: boolean };
  /** `.Values` paths the templates read */
  templateReads: string[];
}

export interface HelmInventory {
  charts: HelmChart[];
}

const VALUE_PATHS = [
  'replicaCount', 'image.repository', 'image.tag', 'image.pullPolicy',
  'resources.limits.cpu', 'resources.limits.memory', 'resources.requests.cpu', 'resources.requests.memory',
  'autoscaling.enabled', 'autoscaling.minReplicas', 'autoscaling.maxReplicas', 'autoscaling.targetCPUUtilizationPercentage',
  'podDisruptionBudget.enabled', 'podDisruptionBudget.minAvailable', 'podDisruptionBudget.maxUnavailable', 'pdb.enabled', 'pdb.create', 'pdb.minAvailable',
  'ingress.enabled', 'ingress.className', 'ingress.tls', 'ingress.annotations', 'networkPolicy.enabled',
  'securityContext.runAsNonRoot', 'securityContext.readOnlyRootFilesystem', 'securityContext.allowPrivilegeEscalation', 'securityContext.runAsUser',
  'podSecurityContext.runAsNonRoot', 'podSecurityContext.fsGroup', 'serviceAccount.create', 'livenessProbe', 'readinessProbe', 'startupProbe',
  'metrics.enabled', 'serviceMonitor.enabled', 'metrics.serviceMonitor.enabled', 'postgresql.enabled', 'architecture', 'replica.replicaCount', 'backup.enabled',
  'affinity', 'topologySpreadConstraints',
];

const PROD_VALUES = /^values[-._](prod|production|prd|live)([-._][\w.-]*)?\.ya?ml$/i;
const isYamlOrTpl = (f: FileEntry) => f.ext === '.yaml' || f.ext === '.yml' || f.ext === '.tpl';
const inTemplates = (dir: string) => dir === 'templates' || dir.endsWith('/templates') || dir.includes('/templates/') || dir.startsWith('templates/');
const isValuesFile = (f: FileEntry) => f.name.startsWith('values') && (f.ext === '.yaml' || f.ext === '.yml');

const s = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

function readChart(ctx: ScanContext, chartFile: FileEntry, own: FileEntry[]): HelmChart {
  const dir = chartFile.dir;
  const meta = ctx.yaml(chartFile.path)?.documents[0]?.value;
  const m = isMap(meta) ? meta : {};
  const valuesFiles = own.filter((x) => x.dir === dir && isValuesFile(x)).map((x) => x.path);
  const defaultsFile = dir ? `${dir}/values.yaml` : 'values.yaml';
  const prodFile = valuesFiles.find((v) => PROD_VALUES.test(v.slice(v.lastIndexOf('/') + 1)));
  const defaults = ctx.exists(defaultsFile) ? ctx.yaml(defaultsFile)?.documents[0]?.value : undefined;
  const prod = prodFile ? ctx.yaml(prodFile)?.documents[0]?.value : undefined;

  const scan: TemplateScan = { kinds: [], reads: new Set(), probes: { liveness: false, readiness: false, startup: false } };
  const tdir = dir ? `${dir}/templates/` : 'templates/';
  for (const t of own) {
    if (!t.path.startsWith(tdir) || !isYamlOrTpl(t)) continue;
    const text = ctx.text(t.path);
    if (text) scanTemplate(text, t.path, scan);
  }
  const on = (guards: { path: string; negated: boolean }[], value: (p: string) => unknown) => guards.every((g) => truthy(value(g.path)) !== g.negated);
  const emits: HelmEmit[] = scan.kinds.map((k) => ({
    kind: k.kind,
    file: k.file,
    line: k.line,
    guard: k.guards.length ? k.guards[k.guards.length - 1].path : undefined,
    guards: k.guards,
    enabledByDefault: on(k.guards, (p) => lookup(defaults, p)?.value),
    enabledInProduction: on(k.guards, (p) => effective(p, defaults, prod)),
  }));

  const values: Record<string, HelmValue> = {};
  const paths = new Set([...VALUE_PATHS, ...scan.kinds.flatMap((k) => k.guards.map((g) => g.path))]);
  for (const path of paths) {
    for (const [doc, file] of [[defaults, defaultsFile], [prod, prodFile]] as const) {
      const hit = file ? lookup(doc, path) : undefined;
      if (hit && file) values[path] = { path, value: redactValue(path.slice(path.lastIndexOf('.') + 1), hit.value), file, line: hit.line || 1 };
    }
  }
  const deps = Array.isArray(m.dependencies) ? m.dependencies : [];
  const dependencyDetails: HelmDependency[] = deps.flatMap((d, i) => (isMap(d) && d.name ? [{ name: String(d.name), version: s(d.version), repository: s(d.repository), condition: s(d.condition), line: yamlLine(deps, i) || 1 }] : []));
  return {
    dir,
    file: chartFile.path,
    name: s(m.name),
    version: s(m.version),
    appVersion: s(m.appVersion),
    dependencies: dependencyDetails.map((d) => d.name),
    dependencyDetails,
    valuesFiles,
    productionValues: prodFile,
    emits,
    values,
    templateProbes: scan.probes,
    templateReads: [...scan.reads].sort(),
  };
}

export const helmCollector: Collector<'helm', HelmInventory> = {
  key: 'helm',
  wants: (f: FileEntry) => f.name === 'Chart.yaml' || isValuesFile(f) || (isYamlOrTpl(f) && inTemplates(f.dir)),
  collect(ctx) {
    const chartFiles = ctx.files.filter((f) => f.name === 'Chart.yaml');
    if (!chartFiles.length) return { charts: [] };
    // one pass gives every chart its files: the nearest Chart.yaml above each file
    const chartDirs = new Set(chartFiles.map((f) => f.dir));
    const byChart = new Map<string, FileEntry[]>();
    for (const f of ctx.files) {
      if (!isYamlOrTpl(f)) continue;
      let d = f.dir;
      while (!chartDirs.has(d) && d) d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '';
      if (!chartDirs.has(d)) continue;
      const list = byChart.get(d) ?? [];
      list.push(f);
      byChart.set(d, list);
    }
    return { charts: chartFiles.map((f) => readChart(ctx, f, byChart.get(f.dir) ?? [])) };
  },
  describe(inv) {
    const out: string[] = [];
    for (const c of inv.charts) {
      out.push(`${c.file}:1 chart ${c.name ?? ''} ${c.version ?? ''}${c.productionValues ? ` (production values: ${c.productionValues})` : ''}${c.dependencies.length ? ` depends on ${c.dependencies.join(', ')}` : ''}`);
      for (const e of c.emits) {
        const sw = e.guards.map((g) => `${g.negated ? 'not ' : ''}.Values.${g.path}`).join(' and ');
        out.push(`  ${e.file}:${e.line} ${e.kind}${sw ? ` if ${sw} (default ${e.enabledByDefault ? 'on' : 'off'}, production ${e.enabledInProduction ? 'on' : 'off'})` : ''}`);
      }
      for (const v of Object.values(c.values)) out.push(`  ${v.file}:${v.line} ${v.path} = ${JSON.stringify(v.value)}`);
    }
    return out;
  },
};
