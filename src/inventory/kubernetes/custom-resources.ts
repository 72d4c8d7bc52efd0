/** The few facts a readiness check needs from operator resources (backups, rollouts, alerts ...). */
import { isMap } from './objects.js';
import { list, maps, rawOf, str, strMap, type Obj } from './objects.js';
import { locOf } from './provenance.js';
import type { AlertRule, CustomResource, K8sObject } from './types.js';

type Facts = CustomResource['facts'];

/** Sets only the facts that are present. */
function put(f: Facts, key: string, v: unknown): void {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') f[key] = v;
  else if (Array.isArray(v) && v.length) f[key] = v.map(String);
}

function alertRules(spec: Obj, o: K8sObject): AlertRule[] {
  const out: AlertRule[] = [];
  const at = { file: o.file, line: o.line };
  for (const g of maps(spec.groups)) {
    const rules = list(g.rules);
    rules.forEach((r, i) => {
      if (!isMap(r) || typeof r.alert !== 'string') return;
      const labels = strMap(r.labels);
      const ann = strMap(r.annotations);
      out.push({
        group: String(g.name ?? ''),
        alert: r.alert,
        expr: String(r.expr ?? ''),
        for: str(r.for),
        severity: labels.severity,
        runbookUrl: ann.runbook_url ?? ann.runbook,
        summary: ann.summary ?? ann.description,
        ...locOf(rules, i, at),
      });
    });
  }
  return out;
}

function factsOf(o: K8sObject, spec: Obj): Facts {
  const f: Facts = {};
  switch (o.kind) {
    case 'Certificate':
      put(f, 'dnsNames', list(spec.dnsNames));
      put(f, 'secretName', spec.secretName);
      if (isMap(spec.issuerRef)) put(f, 'issuer', spec.issuerRef.name);
      break;
    case 'Issuer':
    case 'ClusterIssuer':
      if (isMap(spec.acme)) {
        put(f, 'acmeServer', spec.acme.server);
        f.staging = /staging/.test(String(spec.acme.server ?? ''));
      } else put(f, 'type', Object.keys(spec)[0]);
      break;
    case 'Rollout':
    case 'Canary':
      if (isMap(spec.strategy)) {
        const s = spec.strategy;
        put(f, 'strategy', isMap(s.canary) ? 'canary' : isMap(s.blueGreen) ? 'blueGreen' : undefined);
        const c = isMap(s.canary) ? s.canary : isMap(s.blueGreen) ? s.blueGreen : {};
        f.steps = list(c.steps).length;
        f.analysis = !!c.analysis || list(c.steps).some((x) => isMap(x) && 'analysis' in x) || !!c.prePromotionAnalysis || !!c.postPromotionAnalysis;
      }
      if (o.kind === 'Canary' && isMap(spec.analysis)) {
        f.strategy = 'canary';
        f.analysis = list(spec.analysis.metrics).length > 0;
        put(f, 'threshold', spec.analysis.threshold);
      }
      put(f, 'replicas', spec.replicas);
      break;
    case 'AnalysisTemplate':
    case 'ClusterAnalysisTemplate':
      f.metrics = maps(spec.metrics).map((m) => String(m.name ?? ''));
      break;
    case 'Application':
      if (isMap(spec.source)) {
        put(f, 'repoURL', spec.source.repoURL);
        put(f, 'path', spec.source.path);
        put(f, 'targetRevision', spec.source.targetRevision);
      }
      if (isMap(spec.syncPolicy)) {
        const a = spec.syncPolicy.automated;
        f.automated = a !== undefined;
        if (isMap(a)) {
          put(f, 'prune', a.prune);
          put(f, 'selfHeal', a.selfHeal);
        }
      }
      break;
    case 'Kustomization':
    case 'HelmRelease':
    case 'GitRepository':
      put(f, 'interval', spec.interval);
      put(f, 'path', spec.path);
      put(f, 'url', spec.url);
      put(f, 'prune', spec.prune);
      if (isMap(spec.chart) && isMap(spec.chart.spec)) put(f, 'chart', spec.chart.spec.chart);
      break;
    case 'Cluster':
      if (o.category === 'cloudnative-pg') {
        put(f, 'instances', spec.instances);
        const b = isMap(spec.backup) ? spec.backup : undefined;
        f.backup = !!b;
        if (b) {
          put(f, 'retentionPolicy', b.retentionPolicy);
          f.objectStore = isMap(b.barmanObjectStore);
        }
      }
      break;
    case 'ScheduledBackup':
    case 'Schedule':
    case 'Backup': {
      put(f, 'schedule', spec.schedule);
      if (isMap(spec.cluster)) put(f, 'cluster', spec.cluster.name);
      const t = isMap(spec.template) ? spec.template : spec;
      put(f, 'ttl', t.ttl);
      put(f, 'includedNamespaces', list(t.includedNamespaces));
      put(f, 'storageLocation', t.storageLocation);
      break;
    }
    case 'ScaledObject':
      if (isMap(spec.scaleTargetRef)) put(f, 'target', spec.scaleTargetRef.name);
      put(f, 'minReplicaCount', spec.minReplicaCount);
      put(f, 'maxReplicaCount', spec.maxReplicaCount);
      f.triggers = maps(spec.triggers).map((t) => String(t.type ?? ''));
      break;
    case 'ServiceMonitor':
    case 'PodMonitor':
      f.endpoints = maps(spec.endpoints ?? spec.podMetricsEndpoints).map((e) => String(e.path ?? e.port ?? ''));
      break;
    case 'VirtualService':
      put(f, 'hosts', list(spec.hosts));
      f.retries = maps(spec.http).some((h) => isMap(h.retries));
      f.timeouts = maps(spec.http).some((h) => h.timeout !== undefined);
      break;
    case 'DestinationRule':
      put(f, 'host', spec.host);
      f.outlierDetection = isMap(spec.trafficPolicy) && isMap(spec.trafficPolicy.outlierDetection);
      break;
    case 'PeerAuthentication':
      if (isMap(spec.mtls)) put(f, 'mtls', spec.mtls.mode);
      break;
    case 'ExternalSecret':
      if (isMap(spec.secretStoreRef)) put(f, 'store', spec.secretStoreRef.name);
      put(f, 'refreshInterval', spec.refreshInterval);
      break;
    case 'SealedSecret':
      f.keys = Object.keys(isMap(spec.encryptedData) ? spec.encryptedData : {});
      break;
  }
  return f;
}

export function customResourceOf(o: K8sObject): CustomResource | undefined {
  if (!o.category) return undefined;
  const raw = rawOf(o);
  const spec = isMap(raw.spec) ? raw.spec : {};
  const cr: CustomResource = { category: o.category, kind: o.kind, name: o.name, namespace: o.namespace, facts: factsOf(o, spec), file: o.file, line: o.line };
  if (o.kind === 'PrometheusRule') cr.rules = alertRules(spec, o);
  return cr;
}
