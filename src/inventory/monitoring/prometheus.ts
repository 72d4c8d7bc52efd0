/** Prometheus server configuration: global intervals, scrape jobs, rule_files, Alertmanager targets. */
import { posix } from 'node:path';
import { yamlLine } from '../../yaml/load.js';
import { resolveRuleGlob } from './glob.js';
import type { PrometheusConfig, ScrapeJob } from './types.js';
import { isObj, list, str, type Obj } from '../values.js';

export interface RuleFileContext {
  /** YAML files of the repository, for rule_files globs */
  yamlFiles: readonly string[];
  /** container path mounts of Prometheus services (compose volumes), for absolute rule_files */
  mounts: readonly { source: string; target: string }[];
}

/** A Prometheus config, not a Promtail/Grafana Agent one (those have scrape_configs too). */
export function isPrometheusConfig(v: Obj): boolean {
  return Array.isArray(v.scrape_configs) && !('clients' in v) && !('positions' in v) && !('client' in v);
}

export function readPrometheus(v: Obj, file: string, line: number, rc: RuleFileContext): PrometheusConfig {
  const global = isObj(v.global) ? v.global : {};
  const cfg: PrometheusConfig = {
    file,
    line,
    scrapeInterval: str(global.scrape_interval),
    evaluationInterval: str(global.evaluation_interval),
    jobs: [],
    rulePatterns: [],
    ruleFiles: [],
    alertmanagers: false,
    alertmanagerTargets: [],
    remoteWrite: [],
    source: 'config',
  };
  const scrape = v.scrape_configs as unknown[];
  scrape.forEach((j, i) => isObj(j) && cfg.jobs.push(readJob(j, file, yamlLine(scrape, i) || line)));
  const dir = posix.dirname(file);
  const rules = list(v.rule_files);
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    const pattern = String(r);
    const matched = resolveRuleGlob(pattern, dir === '.' ? '' : dir, rc.yamlFiles, rc.mounts);
    cfg.rulePatterns.push({ pattern, line: yamlLine(rules, i) || line, matched });
    for (const m of matched) if (!seen.has(m)) seen.add(m), cfg.ruleFiles.push(m);
  });
  if (isObj(v.alerting) && Array.isArray(v.alerting.alertmanagers)) {
    cfg.alertmanagers = v.alerting.alertmanagers.length > 0;
    for (const am of v.alerting.alertmanagers) if (isObj(am)) cfg.alertmanagerTargets.push(...staticTargets(am.static_configs));
  }
  for (const rw of list(v.remote_write)) if (isObj(rw) && rw.url !== undefined) cfg.remoteWrite.push(String(rw.url));
  return cfg;
}

function staticTargets(v: unknown): string[] {
  return list(v).flatMap((s) => (isObj(s) ? list(s.targets).map(String) : []));
}

function readJob(j: Obj, file: string, line: number): ScrapeJob {
  const job: ScrapeJob = { name: str(j.job_name) ?? '', file, line, targets: staticTargets(j.static_configs), discovery: [] };
  for (const k of Object.keys(j)) if (k.endsWith('_sd_configs')) job.discovery.push(k.slice(0, -'_sd_configs'.length));
  if (j.metrics_path !== undefined) job.metricsPath = str(j.metrics_path);
  if (j.scheme !== undefined) job.scheme = str(j.scheme);
  if (j.scrape_interval !== undefined) job.scrapeInterval = str(j.scrape_interval);
  return job;
}

/** prometheus-operator's ServiceMonitor / PodMonitor: a scrape job written as a resource. */
export function readMonitorResource(v: Obj, file: string, line: number): PrometheusConfig | undefined {
  const kind = v.kind;
  if (kind !== 'ServiceMonitor' && kind !== 'PodMonitor') return undefined;
  const meta = isObj(v.metadata) ? v.metadata : {};
  const spec = isObj(v.spec) ? v.spec : {};
  const endpoints = list(kind === 'ServiceMonitor' ? spec.endpoints : spec.podMetricsEndpoints);
  const first = endpoints.find(isObj);
  const job: ScrapeJob = { name: `${kind} ${str(meta.name) ?? ''}`.trim(), file, line: yamlLine(v, 'kind') || line, targets: [], discovery: ['kubernetes'] };
  if (first?.path !== undefined) job.metricsPath = str(first.path);
  if (first?.interval !== undefined) job.scrapeInterval = str(first.interval);
  return { file, line: job.line, jobs: [job], rulePatterns: [], ruleFiles: [], alertmanagers: false, alertmanagerTargets: [], remoteWrite: [], source: kind === 'ServiceMonitor' ? 'service-monitor' : 'pod-monitor' };
}
