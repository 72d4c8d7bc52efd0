/** Grafana provisioning (data sources, dashboard providers) and dashboard JSON files. */
import { yamlLine } from '../../yaml/load.js';
import type { Dashboard, DashboardProvider, GrafanaDatasource } from './types.js';
import { isObj, list, str, type Obj } from '../values.js';

export function isDatasourceProvisioning(v: Obj): boolean {
  return Array.isArray(v.datasources) && ('apiVersion' in v || v.datasources.some((d) => isObj(d) && 'type' in d));
}

export function isDashboardProvisioning(v: Obj): boolean {
  return Array.isArray(v.providers) && v.providers.some((p) => isObj(p) && isObj(p.options));
}

export function readDatasources(v: Obj, file: string): GrafanaDatasource[] {
  const items = list(v.datasources);
  const out: GrafanaDatasource[] = [];
  items.forEach((d, i) => {
    if (!isObj(d)) return;
    const ds: GrafanaDatasource = { type: str(d.type) ?? '', file, line: yamlLine(items, i) };
    if (d.name !== undefined) ds.name = str(d.name);
    if (d.url !== undefined) ds.url = str(d.url);
    if (d.uid !== undefined) ds.uid = str(d.uid);
    if (typeof d.isDefault === 'boolean') ds.isDefault = d.isDefault;
    out.push(ds);
  });
  return out;
}

export function readProviders(v: Obj, file: string): DashboardProvider[] {
  const items = list(v.providers);
  const out: DashboardProvider[] = [];
  items.forEach((p, i) => {
    if (!isObj(p)) return;
    const prov: DashboardProvider = { file, line: yamlLine(items, i) };
    if (p.name !== undefined) prov.name = str(p.name);
    if (isObj(p.options) && p.options.path !== undefined) prov.path = str(p.options.path);
    out.push(prov);
  });
  return out;
}

/** Words of business figures in panel titles and queries. */
const BUSINESS_WORDS = /\b(orders?|revenue|sales|signups?|sign[- ]ups?|registrations?|checkouts?|conversions?|payments?|purchases?|subscriptions?|subscribers?|carts?|customers?|churn|gmv|arpu|mrr|arr|active users|new users|users|dau|mau|bookings?|invoices?|funnel)\b/gi;

/** Metric name prefixes of exporters and runtimes: system, not business. */
const SYSTEM_PREFIXES = ['node_', 'container_', 'machine_', 'kube_', 'kubelet_', 'apiserver_', 'etcd_', 'coredns_', 'process_', 'go_', 'python_', 'nodejs_', 'jvm_', 'http_', 'https_', 'grpc_', 'rpc_', 'promhttp_', 'prometheus_', 'alertmanager_', 'grafana_', 'loki_', 'promtail_', 'tempo_', 'pg_', 'postgres_', 'redis_', 'mysql_', 'mongodb_', 'nginx_', 'haproxy_', 'traefik_', 'envoy_', 'istio_', 'probe_', 'blackbox_', 'windows_', 'elasticsearch_', 'rabbitmq_', 'kafka_', 'celery_', 'flask_', 'django_', 'fastapi_', 'starlette_', 'uvicorn_', 'gunicorn_', 'net_', 'scrape_', 'otelcol_', 'jaeger_', 'cortex_', 'thanos_', 'up', 'cadvisor_', 'aws_', 'stackdriver_', 'azure_', 'dotnet_', 'aspnetcore_', 'ruby_', 'puma_', 'sidekiq_', 'hikaricp_', 'jdbc_', 'tomcat_', 'php_', 'opcache_', 'log_', 'logs_', 'db_', 'sql_', 'cache_', 'requests_', 'request_', 'api_request', 'api_latency', 'errors_', 'memory_', 'cpu_', 'disk_', 'system_'];

/** PromQL words with underscores that are not metrics. */
const PROMQL = new Set(['histogram_quantile', 'avg_over_time', 'max_over_time', 'min_over_time', 'sum_over_time', 'count_over_time', 'quantile_over_time', 'stddev_over_time', 'stdvar_over_time', 'last_over_time', 'present_over_time', 'absent_over_time', 'label_replace', 'label_join', 'count_values', 'predict_linear', 'holt_winters', 'day_of_week', 'day_of_month', 'days_in_month', 'clamp_max', 'clamp_min', 'sort_desc', 'line_format', 'label_format', 'bytes_over_time', 'bytes_rate', 'rate_counter', 'group_left', 'group_right', 'bool', 'rate', 'irate', 'increase', 'sum', 'avg', 'max', 'min', 'count', 'by', 'without', 'on', 'ignoring', 'offset', 'and', 'or', 'unless', 'topk', 'bottomk', 'delta', 'deriv', 'abs', 'time', 'vector', 'scalar', 'absent', 'changes', 'resets', 'round', 'ceil', 'floor', 'sqrt', 'exp', 'ln', 'log2', 'log10', 'timestamp', 'quantile', 'stddev', 'stdvar', 'group', 'sort', 'year', 'month', 'hour', 'minute']);

/** Metric names of a PromQL query: identifiers outside label matchers, ranges, strings and grouping clauses. */
export function metricNames(expr: string): string[] {
  const cleaned = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\w+/g, ' ');
  const out = new Set<string>();
  for (const m of cleaned.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
    const name = m[0];
    // recording-rule names (`job:http_requests:rate5m`) aggregate other metrics; `__name__` is a label
    if (PROMQL.has(name) || !name.includes('_') || name.includes(':') || name.startsWith('__')) continue;
    out.add(name);
  }
  return [...out];
}

const isSystemMetric = (m: string) => SYSTEM_PREFIXES.some((p) => m.startsWith(p));

function flattenPanels(items: unknown[], out: Obj[], depth = 0): void {
  if (depth > 10) return;
  for (const p of items) {
    if (!isObj(p)) continue;
    if (Array.isArray(p.panels)) flattenPanels(p.panels, out, depth + 1);
    if (p.type !== 'row') out.push(p);
  }
}

function dsRef(v: unknown, into: Set<string>): void {
  if (typeof v === 'string' && v) into.add(v);
  else if (isObj(v) && (v.uid !== undefined || v.type !== undefined)) into.add(str(v.uid) ?? str(v.type)!);
}

/** A dashboard JSON (plain, or wrapped as `{dashboard: ...}` by the HTTP API); undefined when it is not one. */
export function readDashboard(value: unknown, file: string): Dashboard | undefined {
  const dash = isObj(value) && isObj(value.dashboard) ? value.dashboard : value;
  if (!isObj(dash)) return undefined;
  // old schema: rows[].panels
  const top = Array.isArray(dash.panels) ? dash.panels : Array.isArray(dash.rows) ? dash.rows.flatMap((r) => (isObj(r) ? list(r.panels) : [])) : undefined;
  if (!top) return undefined;
  const panels: Obj[] = [];
  flattenPanels(top, panels);
  const datasources = new Set<string>();
  const metrics = new Set<string>();
  const words = new Set<string>();
  const scan = (text: string) => {
    for (const m of text.matchAll(BUSINESS_WORDS)) words.add(m[0].toLowerCase());
  };
  for (const p of panels) {
    dsRef(p.datasource, datasources);
    scan(`${str(p.title) ?? ''} ${str(p.description) ?? ''}`);
    for (const t of list(p.targets)) {
      if (!isObj(t)) continue;
      dsRef(t.datasource, datasources);
      const expr = str(t.expr);
      const q = expr ?? str(t.query) ?? str(t.rawSql) ?? '';
      if (expr) for (const m of metricNames(expr)) metrics.add(m);
      scan(q.replace(/_/g, ' '));
      if (t.legendFormat !== undefined) scan(str(t.legendFormat) ?? '');
    }
  }
  const custom = [...metrics].filter((m) => !isSystemMetric(m));
  const signals = [...words, ...custom.slice(0, 10)];
  const business = signals.length > 0;
  return {
    file,
    line: 1,
    title: str(dash.title) ?? file.slice(file.lastIndexOf('/') + 1),
    ...(dash.uid !== undefined && dash.uid !== null ? { uid: str(dash.uid) } : {}),
    panels: panels.length,
    datasources: [...datasources],
    business,
    kind: business ? 'business' : 'system',
    businessSignals: signals,
    metrics: [...metrics],
  };
}
