/**
 * Monitoring, logging and tracing software recognised by image (or service name), in what compose,
 * Kubernetes and Helm run. The earlier inventories are read as unknown data and narrowed here, so
 * that this stays independent of their exact types.
 */
import { imageName } from '../image-ref.js';
import type { Component, ComponentKind, LogShipper } from './types.js';

/** Image names (last path segment) -> kind. */
const BY_IMAGE = new Map<string, ComponentKind>([
  ['prometheus', 'prometheus'], ['prom-prometheus', 'prometheus'],
  ['alertmanager', 'alertmanager'],
  ['grafana', 'grafana'], ['grafana-oss', 'grafana'], ['grafana-enterprise', 'grafana'],
  ['node-exporter', 'node-exporter'], ['node_exporter', 'node-exporter'],
  ['cadvisor', 'cadvisor'],
  ['postgres-exporter', 'postgres-exporter'], ['postgres_exporter', 'postgres-exporter'], ['postgresql-exporter', 'postgres-exporter'],
  ['redis-exporter', 'redis-exporter'], ['redis_exporter', 'redis-exporter'],
  ['mysqld-exporter', 'mysqld-exporter'], ['mysqld_exporter', 'mysqld-exporter'],
  ['mongodb-exporter', 'mongodb-exporter'], ['mongodb_exporter', 'mongodb-exporter'],
  ['blackbox-exporter', 'blackbox-exporter'], ['blackbox_exporter', 'blackbox-exporter'],
  ['pushgateway', 'pushgateway'],
  ['loki', 'loki'], ['promtail', 'promtail'],
  ['fluent-bit', 'fluent-bit'], ['fluentbit', 'fluent-bit'],
  ['fluentd', 'fluentd'], ['fluentd-kubernetes-daemonset', 'fluentd'],
  ['vector', 'vector'],
  ['elasticsearch', 'elasticsearch'], ['opensearch', 'opensearch'],
  ['logstash', 'logstash'], ['kibana', 'kibana'], ['opensearch-dashboards', 'kibana'], ['filebeat', 'filebeat'],
  ['opentelemetry-collector', 'otel-collector'], ['opentelemetry-collector-contrib', 'otel-collector'], ['otel-collector', 'otel-collector'], ['otelcol', 'otel-collector'], ['otelcol-contrib', 'otel-collector'],
  ['jaeger', 'jaeger'], ['jaeger-all-in-one', 'jaeger'], ['jaeger-collector', 'jaeger'], ['jaeger-query', 'jaeger'],
  ['tempo', 'tempo'], ['zipkin', 'zipkin'],
  ['datadog-agent', 'datadog-agent'], ['newrelic-infrastructure', 'newrelic'], ['infrastructure-bundle', 'newrelic'],
  ['sentry', 'sentry'], ['sentry-self-hosted', 'sentry'],
  ['grafana-agent', 'grafana-agent'], ['agent-operator', 'grafana-agent'], ['alloy', 'alloy'],
  ['victoria-metrics', 'victoria-metrics'], ['victoriametrics', 'victoria-metrics'], ['vmagent', 'victoria-metrics'], ['vmalert', 'victoria-metrics'],
  ['uptime-kuma', 'uptime-kuma'],
]);

/** Generic image names that only count under a known owner (`gcr.io/datadoghq/agent`, `jaegertracing/all-in-one`). */
const OWNED: [name: string, owner: string, kind: ComponentKind][] = [
  ['agent', 'datadog', 'datadog-agent'],
  ['all-in-one', 'jaeger', 'jaeger'],
  ['infrastructure', 'newrelic', 'newrelic'],
  ['collector', 'opentelemetry', 'otel-collector'],
];

export function componentOf(image: string, name = ''): ComponentKind | undefined {
  if (image) {
    const n = imageName(image);
    const hit = BY_IMAGE.get(n);
    if (hit) return hit;
    const lower = image.toLowerCase();
    for (const [generic, owner, kind] of OWNED) if (n === generic && lower.includes(owner)) return kind;
  }
  // a service called `grafana` built from a local Dockerfile or a private mirror is still Grafana
  return name ? BY_IMAGE.get(name.toLowerCase()) : undefined;
}

const LOG_SHIPPERS = new Set<ComponentKind>(['promtail', 'fluent-bit', 'fluentd', 'vector', 'filebeat', 'logstash', 'grafana-agent', 'alloy', 'datadog-agent']);
export const TRACING = new Set<ComponentKind>(['jaeger', 'tempo', 'zipkin', 'otel-collector']);
/** Logging drivers that send logs off the host (json-file and local keep them there). */
const SHIPPING_DRIVERS = new Set(['loki', 'fluentd', 'gelf', 'syslog', 'awslogs', 'gcplogs', 'splunk', 'journald', 'logentries', 'etwlogs']);

type Unknown = Record<string, unknown>;
const obj = (v: unknown): v is Unknown => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const s = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const n = (v: unknown): number => (typeof v === 'number' ? v : 0);

export interface ComponentScan {
  components: Component[];
  drivers: LogShipper[];
}

/** compose: `earlier.compose.projects[].services[]` with name, image, file, line, logging. */
export function fromCompose(compose: unknown, out: ComponentScan): void {
  if (!obj(compose)) return;
  for (const p of arr(compose.projects)) {
    if (!obj(p)) continue;
    for (const svc of arr(p.services)) {
      if (!obj(svc)) continue;
      const name = s(svc.name) ?? '';
      const image = s(svc.image) ?? '';
      const file = s(svc.file) ?? '';
      const line = n(svc.line);
      const kind = componentOf(image, name);
      if (kind) out.components.push({ kind, name, ...(image ? { image } : {}), file, line, via: 'compose' });
      const logging = svc.logging;
      if (obj(logging) && obj(logging.value)) {
        const driver = s(logging.value.driver);
        if (driver && SHIPPING_DRIVERS.has(driver)) {
          out.drivers.push({ via: 'logging-driver', tool: driver, service: name, destinations: destinationsOf(logging.value.options), file: s(logging.file) ?? file, line: n(logging.line) || line });
        }
      }
    }
  }
}

function destinationsOf(options: unknown): string[] {
  if (!obj(options)) return [];
  const out: string[] = [];
  for (const k of ['loki-url', 'fluentd-address', 'gelf-address', 'syslog-address', 'awslogs-group', 'splunk-url']) {
    const v = s(options[k]);
    if (v) out.push(v);
  }
  return out;
}

/** Kubernetes: `earlier.kubernetes.workloads[].containers[]` with image, file, line. */
export function fromKubernetes(k8s: unknown, out: ComponentScan): void {
  if (!obj(k8s)) return;
  for (const w of arr(k8s.workloads)) {
    if (!obj(w)) continue;
    for (const c of arr(w.containers)) {
      if (!obj(c)) continue;
      const image = s(c.image);
      const kind = image ? componentOf(image) : undefined;
      if (kind) out.components.push({ kind, name: `${s(w.name) ?? ''}/${s(c.name) ?? ''}`, image, file: s(c.file) ?? s(w.file) ?? '', line: n(c.line) || n(w.line), via: 'kubernetes' });
    }
  }
}

/** Helm chart dependencies named after the software (`kube-prometheus-stack`, `loki-stack` ...). */
const HELM_CHARTS = new Map<string, ComponentKind[]>([
  ['kube-prometheus-stack', ['prometheus', 'alertmanager', 'grafana', 'node-exporter']],
  ['prometheus', ['prometheus']],
  ['loki-stack', ['loki', 'promtail']],
  ['loki', ['loki']],
  ['grafana', ['grafana']],
  ['promtail', ['promtail']],
  ['fluent-bit', ['fluent-bit']],
  ['tempo', ['tempo']],
  ['jaeger', ['jaeger']],
  ['opentelemetry-collector', ['otel-collector']],
  ['datadog', ['datadog-agent']],
  ['elasticsearch', ['elasticsearch']],
  ['kibana', ['kibana']],
  ['prometheus-postgres-exporter', ['postgres-exporter']],
  ['prometheus-redis-exporter', ['redis-exporter']],
  ['sentry', ['sentry']],
]);

/** Helm: `earlier.helm.charts[]` with file and dependencies (names, or {name}). */
export function fromHelm(helm: unknown, out: ComponentScan): void {
  if (!obj(helm)) return;
  for (const ch of arr(helm.charts)) {
    if (!obj(ch)) continue;
    for (const dep of arr(ch.dependencies)) {
      const name = s(dep) ?? (obj(dep) ? s(dep.name) : undefined);
      for (const kind of (name && HELM_CHARTS.get(name)) || []) out.components.push({ kind, name: name!, file: s(ch.file) ?? '', line: (obj(dep) && n(dep.line)) || 1, via: 'helm' });
    }
  }
}

export const isLogShipper = (k: ComponentKind) => LOG_SHIPPERS.has(k);
