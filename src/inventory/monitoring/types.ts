/** The monitoring inventory's records: metrics, alerting, dashboards, and the software that runs them. */
import type { Loc } from '../diagnostics.js';

export interface ScrapeJob extends Loc {
  name: string;
  /** static_configs targets */
  targets: string[];
  /** service discovery kinds: kubernetes, consul, dns, file, docker, ec2 ... (`kubernetes_sd_configs` -> `kubernetes`) */
  discovery: string[];
  metricsPath?: string;
  scheme?: string;
  scrapeInterval?: string;
}

export interface PrometheusConfig extends Loc {
  /** global.scrape_interval */
  scrapeInterval?: string;
  evaluationInterval?: string;
  jobs: ScrapeJob[];
  /** rule_files patterns as written, each with the repository files it matches */
  rulePatterns: { pattern: string; line: number; matched: string[] }[];
  /** every repository file any pattern matched */
  ruleFiles: string[];
  /** an `alerting.alertmanagers` block is present */
  alertmanagers: boolean;
  alertmanagerTargets: string[];
  remoteWrite: string[];
  /** `ServiceMonitor`/`PodMonitor` resources count as scrape configuration too */
  source: 'config' | 'service-monitor' | 'pod-monitor';
}

export interface AlertRule extends Loc {
  name: string;
  group: string;
  expr: string;
  for?: string;
  severity?: string;
  labels: Record<string, string>;
  summary?: string;
  description?: string;
  runbookUrl?: string;
  runbookLine?: number;
  /** a Prometheus config loads the file through rule_files (or it is a PrometheusRule resource) */
  loaded: boolean;
  source: 'rule-file' | 'prometheus-rule';
}

export interface RecordingRule extends Loc {
  name: string;
  group: string;
  expr: string;
}

export interface Receiver extends Loc {
  name: string;
  /** email, slack, pagerduty, webhook, opsgenie, msteams, telegram ... (empty: a null receiver) */
  integrations: string[];
}

export interface AlertmanagerConfig extends Loc {
  /** the route tree's root receiver */
  route?: { receiver?: string; routes: number; line: number };
  receivers: Receiver[];
  inhibitRules: number;
  source: 'config' | 'alertmanager-config';
}

export interface GrafanaDatasource extends Loc {
  name?: string;
  type: string;
  url?: string;
  uid?: string;
  isDefault?: boolean;
}

export interface DashboardProvider extends Loc {
  name?: string;
  /** options.path as written (a path inside the Grafana container) */
  path?: string;
}

export interface Dashboard extends Loc {
  title: string;
  uid?: string;
  panels: number;
  /** data source uids (or names) the panels and targets use */
  datasources: string[];
  /** shows business figures (orders, revenue, signups ...) or custom application metrics */
  business: boolean;
  kind: 'business' | 'system';
  /** what made it business: matching words and application metric names */
  businessSignals: string[];
  /** metric names read from the panels' queries */
  metrics: string[];
}

export type ComponentKind =
  | 'prometheus' | 'alertmanager' | 'grafana' | 'node-exporter' | 'cadvisor' | 'postgres-exporter' | 'redis-exporter' | 'mysqld-exporter' | 'blackbox-exporter'
  | 'loki' | 'promtail' | 'fluent-bit' | 'fluentd' | 'vector' | 'elasticsearch' | 'logstash' | 'kibana' | 'filebeat' | 'otel-collector' | 'jaeger' | 'tempo' | 'zipkin'
  | 'datadog-agent' | 'newrelic' | 'sentry' | 'grafana-agent' | 'alloy' | 'victoria-metrics' | 'opensearch' | 'mongodb-exporter' | 'uptime-kuma' | 'pushgateway';

/** Monitoring, logging and tracing software the deployment runs. */
export interface Component extends Loc {
  kind: ComponentKind;
  /** the compose service, `workload/container`, or Helm dependency */
  name: string;
  image?: string;
  via: 'compose' | 'kubernetes' | 'helm';
}

/** Where logs leave the service: a logging driver, a shipper's configuration, or a shipper running. */
export interface LogShipper extends Loc {
  via: 'logging-driver' | 'config' | 'component';
  /** loki, fluentd, gelf, syslog, awslogs ... for drivers; the tool for configs and components */
  tool: string;
  service?: string;
  /** outputs / sinks / clients named in a configuration (es, loki, http, kafka, s3 ...) */
  destinations: string[];
}

export interface TracingSetup extends Loc {
  via: 'config' | 'component';
  tool: string;
  receivers: string[];
  exporters: string[];
}

export interface MonitoringInventory {
  prometheus: PrometheusConfig[];
  alertRules: AlertRule[];
  recordingRules: RecordingRule[];
  alertmanager: AlertmanagerConfig[];
  grafana: { datasources: GrafanaDatasource[]; dashboardProviders: DashboardProvider[]; dashboards: Dashboard[] };
  components: Component[];
  logShippers: LogShipper[];
  /** compose logging drivers that ship logs away (also in logShippers) */
  logDrivers: { service: string; driver: string; file: string; line: number }[];
  tracing: TracingSetup[];
}
