/**
 * The monitoring inventory: Prometheus configs and their rule files, alerting and recording rules,
 * Alertmanager routes and receivers, Grafana provisioning and dashboards, the monitoring, logging
 * and tracing software compose/Kubernetes/Helm run, and log shipper / collector configurations.
 * Application-side instrumentation belongs to the app inventory.
 */
import { posix } from 'node:path';
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import type { FileEntry } from '../../source/types.js';
import { isAlertmanagerConfig, readAlertmanager, readAlertmanagerResource } from './alertmanager.js';
import { componentOf, fromCompose, fromHelm, fromKubernetes, isLogShipper, TRACING, type ComponentScan } from './components.js';
import { describeMonitoring } from './describe.js';
import { isDashboardProvisioning, isDatasourceProvisioning, readDashboard, readDatasources, readProviders } from './grafana.js';
import { isPrometheusConfig, readMonitorResource, readPrometheus, type RuleFileContext } from './prometheus.js';
import { isRuleFile, readRuleGroups, type RuleScan } from './rules.js';
import { readTextConfig, readYamlPipeline, textConfigKind } from './shippers.js';
import type { MonitoringInventory } from './types.js';
import { isObj, type Obj } from '../values.js';

export type * from './types.js';
export { componentOf };

const isYaml = (f: FileEntry) => f.ext === '.yml' || f.ext === '.yaml';

/** Dashboards live in folders that say so; a JSON anywhere else is not read. */
function isDashboardCandidate(f: FileEntry): boolean {
  if (f.ext !== '.json') return false;
  const p = f.path.toLowerCase();
  return p.includes('dashboard') || p.includes('grafana') || p.includes('monitoring') || p.includes('observability');
}

/** Words one of the YAML documents this collector reads must contain (a cheap filter before parsing). */
/** one pass over the text instead of one per word */
const MARKERS = /scrape_configs|groups:|receivers:|datasources:|providers:|clients:|schema_config|storage_config|filebeat|sinks:|pipeline:|distributor:|PrometheusRule|ServiceMonitor|PodMonitor|AlertmanagerConfig/;

export const monitoringCollector: Collector<'monitoring', MonitoringInventory> = {
  key: 'monitoring',
  wants: (f) => isYaml(f) || isDashboardCandidate(f) || textConfigKind(f) !== undefined,
  collect(ctx, earlier) {
    const inv: MonitoringInventory = { prometheus: [], alertRules: [], recordingRules: [], alertmanager: [], grafana: { datasources: [], dashboardProviders: [], dashboards: [] }, components: [], logShippers: [], logDrivers: [], tracing: [] };
    const scan: ComponentScan = { components: [], drivers: [] };
    fromCompose(earlier.compose, scan);
    fromKubernetes(earlier.kubernetes, scan);
    fromHelm(earlier.helm, scan);
    const yamlFiles = ctx.files.filter(isYaml).map((f) => f.path);
    const rc: RuleFileContext = { yamlFiles, mounts: prometheusMounts(earlier.compose) };
    const rules: RuleScan = { alerts: [], records: [] };
    for (const f of ctx.files) {
      if (isYaml(f)) readYamlFile(ctx, f, inv, rules, rc);
      else if (f.ext === '.json') {
        if (!isDashboardCandidate(f)) continue;
        const d = readDashboard(ctx.json(f.path), f.path);
        if (d) inv.grafana.dashboards.push(d);
      } else {
        const kind = textConfigKind(f);
        const text = kind && ctx.text(f.path);
        const s = kind && text ? readTextConfig(kind, text, f.path) : undefined;
        if (s) inv.logShippers.push(s);
      }
    }
    // a rule file counts as loaded when a Prometheus config's rule_files matches it
    const loaded = new Set(inv.prometheus.flatMap((p) => p.ruleFiles));
    for (const r of rules.alerts) if (loaded.has(r.file)) r.loaded = true;
    inv.alertRules = rules.alerts;
    inv.recordingRules = rules.records;
    inv.components = scan.components;
    for (const d of scan.drivers) {
      inv.logShippers.push(d);
      inv.logDrivers.push({ service: d.service ?? '', driver: d.tool, file: d.file, line: d.line });
    }
    for (const c of scan.components) {
      if (isLogShipper(c.kind)) inv.logShippers.push({ via: 'component', tool: c.kind, service: c.name, destinations: [], file: c.file, line: c.line });
      if (TRACING.has(c.kind)) inv.tracing.push({ via: 'component', tool: c.kind, receivers: [], exporters: [], file: c.file, line: c.line });
    }
    return inv;
  },
  describe: describeMonitoring,
};

function readYamlFile(ctx: ScanContext, f: FileEntry, inv: MonitoringInventory, rules: RuleScan, rc: RuleFileContext): void {
  if (f.dir === '.github/workflows') return;
  const text = ctx.text(f.path);
  if (!text || !MARKERS.test(text)) return;
  // Helm templates are not YAML until rendered; the Helm inventory reads them
  if ((f.dir.endsWith('/templates') || f.dir.includes('/templates/') || f.dir === 'templates') && text.includes('{{')) return;
  for (const d of ctx.yaml(f.path)?.documents ?? []) {
    if (isObj(d.value)) readDocument(d.value, f.path, d.line, inv, rules, rc);
  }
}

function readDocument(v: Obj, file: string, line: number, inv: MonitoringInventory, rules: RuleScan, rc: RuleFileContext): void {
  if (typeof v.kind === 'string' && typeof v.apiVersion === 'string') {
    if (v.kind === 'PrometheusRule' && isObj(v.spec)) readRuleGroups(v.spec, file, 'prometheus-rule', rules);
    const mon = readMonitorResource(v, file, line);
    if (mon) inv.prometheus.push(mon);
    const amc = readAlertmanagerResource(v, file, line);
    if (amc) inv.alertmanager.push(amc);
    return;
  }
  if (isPrometheusConfig(v)) inv.prometheus.push(readPrometheus(v, file, line, rc));
  if (isRuleFile(v)) readRuleGroups(v, file, 'rule-file', rules);
  if (isAlertmanagerConfig(v)) inv.alertmanager.push(readAlertmanager(v, file, line));
  if (isDatasourceProvisioning(v)) inv.grafana.datasources.push(...readDatasources(v, file));
  if (isDashboardProvisioning(v)) inv.grafana.dashboardProviders.push(...readProviders(v, file));
  readYamlPipeline(v, file, line, inv.logShippers, inv.tracing);
}

/** Volumes of the compose services running Prometheus: container path -> repository path. */
function prometheusMounts(compose: unknown): { source: string; target: string }[] {
  const out: { source: string; target: string }[] = [];
  if (!isObj(compose) || !Array.isArray(compose.projects)) return out;
  for (const p of compose.projects) {
    if (!isObj(p) || !Array.isArray(p.services)) continue;
    const dir = typeof p.dir === 'string' ? p.dir : '';
    for (const s of p.services) {
      if (!isObj(s) || componentOf(String(s.image ?? ''), String(s.name ?? '')) !== 'prometheus' || !Array.isArray(s.volumes)) continue;
      for (const vol of s.volumes) {
        const [source, target] = String(vol).split(':');
        // only bind mounts of repository paths (`./rules`), not named volumes
        if (!source || !target || !(source.startsWith('.') || source.startsWith('/'))) continue;
        out.push({ source: posix.normalize(posix.join(dir, source)).replace(/^\.\/?/, ''), target });
      }
    }
  }
  return out;
}
