import { posix } from 'node:path';
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import { yamlLine } from '../../yaml/load.js';
import { isMap } from '../compose/merge.js';
import { imageName } from '../image-ref.js';
import type { ComposeInventory } from '../compose/index.js';
import { rawOf, type KubernetesInventory } from '../kubernetes/index.js';
import type { HelmInventory } from '../helm/index.js';

export interface AlertRule {
  name: string;
  expr: string;
  for?: string;
  severity?: string;
  runbookUrl?: string;
  summary?: string;
  file: string;
  line: number;
}

export interface MonitoringInventory {
  prometheus: { file: string; jobs: { name: string; targets: string[]; line: number }[]; ruleFiles: string[]; alertmanagers: boolean }[];
  alertRules: AlertRule[];
  alertmanager: { file: string; receivers: { name: string; integrations: string[]; line: number }[] }[];
  grafana: {
    datasources: { type: string; file: string; line: number }[];
    dashboardProviders: { file: string; line: number }[];
    dashboards: { file: string; title: string; panels: number; business: boolean }[];
  };
  /** monitoring, logging and tracing software the deployment runs */
  components: { kind: ComponentKind; name: string; file: string; line: number; via: 'compose' | 'kubernetes' | 'helm' }[];
  /** compose logging drivers that ship logs away */
  logDrivers: { service: string; driver: string; file: string; line: number }[];
}

export type ComponentKind =
  | 'prometheus' | 'alertmanager' | 'grafana' | 'node-exporter' | 'cadvisor' | 'postgres-exporter' | 'redis-exporter' | 'mysqld-exporter' | 'blackbox-exporter'
  | 'loki' | 'promtail' | 'fluent-bit' | 'fluentd' | 'vector' | 'elasticsearch' | 'logstash' | 'kibana' | 'filebeat' | 'otel-collector' | 'jaeger' | 'tempo' | 'zipkin' | 'datadog-agent' | 'newrelic' | 'sentry' | 'grafana-agent' | 'alloy' | 'victoria-metrics';

const COMPONENTS: [RegExp, ComponentKind][] = [
  [/^(prometheus|prom-prometheus)$/, 'prometheus'],
  [/^alertmanager$/, 'alertmanager'],
  [/^grafana$/, 'grafana'],
  [/^node-exporter$/, 'node-exporter'],
  [/^cadvisor$/, 'cadvisor'],
  [/^(postgres[-_]exporter|postgres-exporter|postgresql-exporter)$/, 'postgres-exporter'],
  [/^(redis[-_]exporter)$/, 'redis-exporter'],
  [/^mysqld[-_]exporter$/, 'mysqld-exporter'],
  [/^blackbox[-_]exporter$/, 'blackbox-exporter'],
  [/^loki$/, 'loki'],
  [/^promtail$/, 'promtail'],
  [/^fluent-bit$/, 'fluent-bit'],
  [/^fluentd/, 'fluentd'],
  [/^vector$/, 'vector'],
  [/^elasticsearch$/, 'elasticsearch'],
  [/^logstash$/, 'logstash'],
  [/^kibana$/, 'kibana'],
  [/^filebeat$/, 'filebeat'],
  [/^(opentelemetry-collector(-contrib)?|otel-collector|otelcol(-contrib)?)$/, 'otel-collector'],
  [/^(jaeger|all-in-one|jaeger-all-in-one|jaeger-collector)$/, 'jaeger'],
  [/^tempo$/, 'tempo'],
  [/^zipkin$/, 'zipkin'],
  [/^(agent|datadog-agent)$/, 'datadog-agent'],
  [/^(grafana-agent|agent-operator)$/, 'grafana-agent'],
  [/^alloy$/, 'alloy'],
  [/^(victoria-metrics|vmagent|victoriametrics)$/, 'victoria-metrics'],
  [/^sentry$/, 'sentry'],
];

export function componentOf(image: string, name = ''): ComponentKind | undefined {
  const n = imageName(image);
  const repo = image.toLowerCase();
  if (n === 'agent' && !repo.includes('datadog')) return undefined;
  if (n === 'all-in-one' && !repo.includes('jaeger')) return undefined;
  for (const [re, kind] of COMPONENTS) if (re.test(n)) return kind;
  for (const [re, kind] of COMPONENTS) if (re.test(name.toLowerCase())) return kind;
  return undefined;
}

const BUSINESS = /order|revenue|sales|signup|sign-up|checkout|conversion|payment|user(s)? (active|registered)|dau|mau|subscription|cart|transaction|sentiment|stock|trade|customer|churn/i;
const SHIPPING_DRIVERS = new Set(['loki', 'fluentd', 'gelf', 'syslog', 'awslogs', 'gcplogs', 'splunk', 'journald', 'logentries', 'etwlogs']);

export const monitoringCollector: Collector<'monitoring', MonitoringInventory> = {
  key: 'monitoring',
  wants: (f) => f.ext === '.json' && /(dashboard|grafana)/i.test(f.path),
  collect(ctx, earlier) {
    const inv: MonitoringInventory = { prometheus: [], alertRules: [], alertmanager: [], grafana: { datasources: [], dashboardProviders: [], dashboards: [] }, components: [], logDrivers: [] };
    for (const f of ctx.files) {
      if (f.ext === '.yml' || f.ext === '.yaml') {
        const text = ctx.text(f.path);
        if (!text || !/scrape_configs|groups:|receivers:|datasources:|providers:/.test(text)) continue;
        for (const d of ctx.yaml(f.path)?.documents ?? []) readYamlDoc(ctx, f.path, d.value, inv);
      } else if (f.ext === '.json' && /(dashboard|grafana)/i.test(f.path)) {
        const v = ctx.json(f.path);
        const dash = isMap(v) && isMap(v.dashboard) ? v.dashboard : v;
        if (!isMap(dash) || !Array.isArray(dash.panels)) continue;
        const panels = flattenPanels(dash.panels);
        const text = panels.map((p) => `${p.title ?? ''} ${JSON.stringify(p.targets ?? '')}`).join(' ');
        inv.grafana.dashboards.push({ file: f.path, title: String(dash.title ?? posix.basename(f.path)), panels: panels.length, business: BUSINESS.test(text) });
      }
    }
    const k8s = earlier.kubernetes as KubernetesInventory | undefined;
    for (const o of k8s?.objects ?? []) {
      if (o.kind === 'PrometheusRule') readRuleGroups(rawOf(o).spec, o.file, inv);
      if (o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor') inv.prometheus.push({ file: o.file, jobs: [{ name: `${o.kind} ${o.name ?? ''}`, targets: [], line: o.line }], ruleFiles: [], alertmanagers: false });
    }
    const compose = earlier.compose as ComposeInventory | undefined;
    for (const p of compose?.projects ?? []) {
      for (const s of p.services) {
        const kind = s.image ? componentOf(s.image, s.name) : componentOf('', s.name);
        if (kind) inv.components.push({ kind, name: s.name, file: s.file, line: s.line, via: 'compose' });
        const driver = s.logging?.value.driver;
        if (driver && SHIPPING_DRIVERS.has(driver)) inv.logDrivers.push({ service: s.name, driver, file: s.logging!.file, line: s.logging!.line });
      }
    }
    for (const w of k8s?.workloads ?? []) {
      for (const c of w.containers) {
        const kind = c.image ? componentOf(c.image, c.name) : undefined;
        if (kind) inv.components.push({ kind, name: `${w.name}/${c.name}`, file: c.file, line: c.line, via: 'kubernetes' });
      }
    }
    const helm = earlier.helm as HelmInventory | undefined;
    for (const ch of helm?.charts ?? []) {
      for (const dep of ch.dependencies) {
        const kind = componentOf('', dep.replace(/^kube-prometheus-stack$/, 'prometheus').replace(/^loki-stack$/, 'loki'));
        if (kind) inv.components.push({ kind, name: dep, file: ch.file, line: 1, via: 'helm' });
      }
    }
    return inv;
  },
  describe(inv) {
    const out: string[] = [];
    for (const p of inv.prometheus) out.push(`${p.file}:1 prometheus: ${p.jobs.length} scrape jobs (${p.jobs.map((j) => j.name).join(', ')}), rule files ${p.ruleFiles.join(', ') || 'none'}`);
    const withRunbook = inv.alertRules.filter((r) => r.runbookUrl).length;
    if (inv.alertRules.length) out.push(`${inv.alertRules.length} alert rules (${withRunbook} with runbook_url): ${inv.alertRules.slice(0, 8).map((r) => `${r.name}@${r.file}:${r.line}`).join(', ')}`);
    for (const a of inv.alertmanager) for (const r of a.receivers) out.push(`${a.file}:${r.line} receiver ${r.name}: ${r.integrations.join(', ') || 'NO integration (null receiver)'}`);
    for (const d of inv.grafana.dashboards) out.push(`${d.file}:1 dashboard "${d.title}" ${d.panels} panels${d.business ? ' (business metrics)' : ''}`);
    for (const d of inv.grafana.datasources) out.push(`${d.file}:${d.line} grafana datasource ${d.type}`);
    for (const c of inv.components) out.push(`${c.file}:${c.line} ${c.kind} (${c.via} ${c.name})`);
    for (const l of inv.logDrivers) out.push(`${l.file}:${l.line} ${l.service} ships logs with the ${l.driver} driver`);
    return out;
  },
};

function flattenPanels(list: unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const p of list) {
    if (!isMap(p)) continue;
    if (Array.isArray(p.panels)) out.push(...flattenPanels(p.panels));
    if (p.type !== 'row') out.push(p);
  }
  return out;
}

function readRuleGroups(spec: unknown, file: string, inv: MonitoringInventory): void {
  if (!isMap(spec) || !Array.isArray(spec.groups)) return;
  for (const g of spec.groups) {
    if (!isMap(g) || !Array.isArray(g.rules)) continue;
    for (const r of g.rules) {
      if (!isMap(r) || r.alert === undefined) continue;
      const labels = isMap(r.labels) ? r.labels : {};
      const ann = isMap(r.annotations) ? r.annotations : {};
      inv.alertRules.push({
        name: String(r.alert),
        expr: String(r.expr ?? ''),
        for: r.for === undefined ? undefined : String(r.for),
        severity: labels.severity === undefined ? undefined : String(labels.severity),
        runbookUrl: ann.runbook_url === undefined ? undefined : String(ann.runbook_url),
        summary: ann.summary === undefined ? undefined : String(ann.summary),
        file,
        line: yamlLine(r, 'alert'),
      });
    }
  }
}

const INTEGRATIONS = ['email_configs', 'slack_configs', 'pagerduty_configs', 'webhook_configs', 'opsgenie_configs', 'msteams_configs', 'telegram_configs', 'discord_configs', 'victorops_configs', 'pushover_configs', 'sns_configs', 'wechat_configs', 'webex_configs'];

function readYamlDoc(ctx: ScanContext, file: string, v: unknown, inv: MonitoringInventory): void {
  if (!isMap(v)) return;
  if (Array.isArray(v.scrape_configs)) {
    const jobs = v.scrape_configs.filter(isMap).map((j, i) => ({
      name: String(j.job_name ?? ''),
      targets: (Array.isArray(j.static_configs) ? j.static_configs : []).filter(isMap).flatMap((s) => (Array.isArray(s.targets) ? s.targets.map(String) : [])),
      line: yamlLine(v.scrape_configs, i),
    }));
    const dir = posix.dirname(file);
    const ruleFiles: string[] = [];
    for (const r of Array.isArray(v.rule_files) ? v.rule_files : []) {
      const pattern = posix.normalize(posix.join(dir, String(r).replace(/^\/etc\/prometheus\//, '')));
      const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$');
      for (const f of ctx.files) if (re.test(f.path)) ruleFiles.push(f.path);
    }
    inv.prometheus.push({ file, jobs, ruleFiles, alertmanagers: isMap(v.alerting) });
  }
  if (Array.isArray(v.groups)) readRuleGroups(v, file, inv);
  if (isMap(v.route) && Array.isArray(v.receivers)) {
    inv.alertmanager.push({
      file,
      receivers: v.receivers.filter(isMap).map((r, i) => ({ name: String(r.name ?? ''), integrations: INTEGRATIONS.filter((k) => Array.isArray(r[k]) && r[k].length > 0).map((k) => k.replace('_configs', '')), line: yamlLine(v.receivers, i) })),
    });
  }
  if (Array.isArray(v.datasources)) v.datasources.filter(isMap).forEach((d, i) => inv.grafana.datasources.push({ type: String(d.type ?? ''), file, line: yamlLine(v.datasources, i) }));
  if (Array.isArray(v.providers) && v.apiVersion !== undefined) inv.grafana.dashboardProviders.push({ file, line: yamlLine(v, 'providers') });
}
