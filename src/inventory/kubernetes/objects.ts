import { yamlLine } from '../../yaml/load.js';
import { isMap } from '../compose/merge.js';
import { parseImageRef, type ImageRef } from '../image-ref.js';
import { isSecretName } from '../secret-names.js';

type Obj = Record<string, unknown>;

export interface K8sObject {
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
  file: string;
  line: number;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** readiness-relevant custom resources: cert-manager, argo-rollouts, prometheus-operator ... */
  category?: string;
  /** Secret objects: the keys of literal data (never the values) */
  secretKeys?: string[];
  /** kustomize overlay directory that rendered it */
  via?: string;
}

export interface Probe {
  type: 'httpGet' | 'tcpSocket' | 'exec' | 'grpc' | 'unknown';
  path?: string;
  port?: string;
  line: number;
}

export interface Container {
  name: string;
  image?: string;
  imageRef?: ImageRef;
  file: string;
  line: number;
  init: boolean;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string }; line: number };
  probes: { liveness?: Probe; readiness?: Probe; startup?: Probe };
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; privileged?: boolean; capabilitiesDrop: string[]; line: number };
  env: { name: string; fromSecret: boolean; literalSecret: boolean; line: number }[];
  ports: string[];
}

export interface Workload {
  kind: string;
  name: string;
  namespace?: string;
  file: string;
  line: number;
  /** undefined = not written (Kubernetes defaults to 1) */
  replicas?: number;
  replicasLine?: number;
  strategy?: string;
  containers: Container[];
  podSecurityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  antiAffinity: boolean;
  topologySpread: boolean;
  labels: Record<string, string>;
  /** CronJob schedule and its command text, so backup jobs can be recognised */
  schedule?: string;
  commands: string;
  via?: string;
}

const CATEGORY: [RegExp, string][] = [
  [/^cert-manager\.io\//, 'cert-manager'],
  [/^argoproj\.io\/.*:(Application|ApplicationSet|AppProject)$/, 'argo-cd'],
  [/^argoproj\.io\/.*:(Rollout|AnalysisTemplate|ClusterAnalysisTemplate|Experiment)$/, 'argo-rollouts'],
  [/^(kustomize|helm|source|notification|image)\.toolkit\.fluxcd\.io\//, 'flux'],
  [/^flagger\.app\//, 'flagger'],
  [/^monitoring\.coreos\.com\//, 'prometheus-operator'],
  [/^postgresql\.cnpg\.io\//, 'cloudnative-pg'],
  [/^velero\.io\//, 'velero'],
  [/^keda\.sh\//, 'keda'],
  [/^(networking|security)\.istio\.io\//, 'istio'],
  [/^(linkerd\.io|policy\.linkerd\.io)\//, 'linkerd'],
  [/^external-secrets\.io\//, 'external-secrets'],
  [/^bitnami\.com\/.*:SealedSecret$/, 'sealed-secrets'],
  [/^(acid\.zalan\.do|postgres-operator\.crunchydata\.com)\//, 'postgres-operator'],
  [/^externaldns\.k8s\.io\//, 'external-dns'],
];

const POD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod', 'Rollout', 'DeploymentConfig']);

const s = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
const strMap = (v: unknown): Record<string, string> => (isMap(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {});

export function isManifest(v: unknown): v is Obj {
  return isMap(v) && typeof v.apiVersion === 'string' && typeof v.kind === 'string';
}

/** Expands `List` kinds into their items. */
export function expandLists(doc: Obj): Obj[] {
  if (/List$/.test(String(doc.kind)) && Array.isArray(doc.items)) return doc.items.filter(isManifest);
  return [doc];
}

export function describeObject(o: Obj, file: string, fallbackLine: number, via?: string): K8sObject {
  const meta = isMap(o.metadata) ? o.metadata : {};
  const obj: K8sObject = {
    apiVersion: String(o.apiVersion),
    kind: String(o.kind),
    name: s(meta.name),
    namespace: s(meta.namespace),
    file,
    line: yamlLine(o, 'kind') || fallbackLine,
    labels: strMap(meta.labels),
    annotations: strMap(meta.annotations),
  };
  if (via) obj.via = via;
  const key = `${obj.apiVersion}:${obj.kind}`;
  const cat = CATEGORY.find(([re]) => re.test(key));
  if (cat) obj.category = cat[1];
  if (obj.kind === 'Secret') {
    const keys = [...Object.keys(isMap(o.data) ? o.data : {}), ...Object.keys(isMap(o.stringData) ? o.stringData : {})];
    if (keys.length) obj.secretKeys = keys;
  }
  // the object itself is kept out of the JSON output (it may hold secret data)
  Object.defineProperty(obj, 'raw', { value: o, enumerable: false });
  return obj;
}

export function rawOf(o: K8sObject): Obj {
  return (o as unknown as { raw: Obj }).raw;
}

function probe(p: unknown, container: Obj, key: string): Probe | undefined {
  if (!isMap(p)) return undefined;
  const line = yamlLine(container, key);
  if (isMap(p.httpGet)) return { type: 'httpGet', path: s(p.httpGet.path), port: s(p.httpGet.port), line };
  if (isMap(p.tcpSocket)) return { type: 'tcpSocket', port: s(p.tcpSocket.port), line };
  if (isMap(p.exec)) return { type: 'exec', line };
  if (isMap(p.grpc)) return { type: 'grpc', port: s(p.grpc.port), line };
  return { type: 'unknown', line };
}

function resources(r: unknown, c: Obj): Container['resources'] {
  if (!isMap(r)) return undefined;
  const pick = (v: unknown) => (isMap(v) ? { cpu: s(v.cpu), memory: s(v.memory) } : undefined);
  return { requests: pick(r.requests), limits: pick(r.limits), line: yamlLine(c, 'resources') };
}

function container(c: Obj, file: string, fallback: number, init: boolean): Container {
  const sc = isMap(c.securityContext) ? c.securityContext : undefined;
  const caps = sc && isMap(sc.capabilities) && Array.isArray(sc.capabilities.drop) ? sc.capabilities.drop.map(String) : [];
  const env = Array.isArray(c.env) ? c.env : [];
  const image = s(c.image);
  return {
    name: s(c.name) ?? '',
    image,
    imageRef: image ? parseImageRef(image) : undefined,
    file,
    line: yamlLine(c, 'name') || fallback,
    init,
    resources: resources(c.resources, c),
    probes: { liveness: probe(c.livenessProbe, c, 'livenessProbe'), readiness: probe(c.readinessProbe, c, 'readinessProbe'), startup: probe(c.startupProbe, c, 'startupProbe') },
    securityContext: sc
      ? {
          runAsNonRoot: sc.runAsNonRoot as boolean | undefined,
          runAsUser: sc.runAsUser as number | undefined,
          readOnlyRootFilesystem: sc.readOnlyRootFilesystem as boolean | undefined,
          allowPrivilegeEscalation: sc.allowPrivilegeEscalation as boolean | undefined,
          privileged: sc.privileged as boolean | undefined,
          capabilitiesDrop: caps,
          line: yamlLine(c, 'securityContext'),
        }
      : undefined,
    env: env.filter(isMap).map((e, i) => {
      const fromSecret = isMap(e.valueFrom) && isMap(e.valueFrom.secretKeyRef);
      const name = String(e.name ?? '');
      return { name, fromSecret, literalSecret: !fromSecret && e.value !== undefined && e.value !== '' && isSecretName(name), line: yamlLine(env, i) };
    }),
    ports: (Array.isArray(c.ports) ? c.ports : []).filter(isMap).map((p) => String(p.containerPort ?? p.name ?? '')),
  };
}

/** The pod template of a workload kind, wherever that kind keeps it. */
export function podSpecOf(o: Obj): { spec: Obj; template?: Obj; owner: Obj } | undefined {
  const spec = isMap(o.spec) ? o.spec : undefined;
  if (!spec) return undefined;
  if (o.kind === 'Pod') return { spec, owner: o };
  if (o.kind === 'CronJob') {
    const jt = isMap(spec.jobTemplate) && isMap(spec.jobTemplate.spec) ? spec.jobTemplate.spec : undefined;
    const t = jt && isMap(jt.template) ? jt.template : undefined;
    return t && isMap(t.spec) ? { spec: t.spec, template: t, owner: o } : undefined;
  }
  const t = isMap(spec.template) ? spec.template : undefined;
  return t && isMap(t.spec) ? { spec: t.spec, template: t, owner: o } : undefined;
}

export function workloadOf(obj: K8sObject): Workload | undefined {
  if (!POD_KINDS.has(obj.kind)) return undefined;
  const o = rawOf(obj);
  const pod = podSpecOf(o);
  if (!pod) return undefined;
  const spec = isMap(o.spec) ? o.spec : {};
  const containers = [
    ...(Array.isArray(pod.spec.initContainers) ? pod.spec.initContainers : []).filter(isMap).map((c) => container(c, obj.file, obj.line, true)),
    ...(Array.isArray(pod.spec.containers) ? pod.spec.containers : []).filter(isMap).map((c) => container(c, obj.file, obj.line, false)),
  ];
  const psc = isMap(pod.spec.securityContext) ? pod.spec.securityContext : undefined;
  const aff = isMap(pod.spec.affinity) ? pod.spec.affinity : undefined;
  const strategy = isMap(spec.strategy) ? (s(spec.strategy.type) ?? Object.keys(spec.strategy).find((k) => k === 'canary' || k === 'blueGreen')) : undefined;
  return {
    kind: obj.kind,
    name: obj.name ?? '',
    namespace: obj.namespace,
    file: obj.file,
    line: obj.line,
    replicas: typeof spec.replicas === 'number' ? spec.replicas : undefined,
    replicasLine: spec.replicas !== undefined ? yamlLine(spec, 'replicas') || obj.line : undefined,
    strategy,
    containers,
    podSecurityContext: psc ? { runAsNonRoot: psc.runAsNonRoot as boolean | undefined, runAsUser: psc.runAsUser as number | undefined } : undefined,
    antiAffinity: !!aff && isMap(aff.podAntiAffinity),
    topologySpread: Array.isArray(pod.spec.topologySpreadConstraints) && pod.spec.topologySpreadConstraints.length > 0,
    labels: obj.labels,
    schedule: obj.kind === 'CronJob' ? s(spec.schedule) : undefined,
    commands: containers.map((c) => JSON.stringify(rawContainer(pod.spec, c.name))).join('\n'),
    via: obj.via,
  };
}

function rawContainer(spec: Obj, name: string): unknown {
  const all = [...(Array.isArray(spec.initContainers) ? spec.initContainers : []), ...(Array.isArray(spec.containers) ? spec.containers : [])];
  const c = all.find((x) => isMap(x) && x.name === name);
  return isMap(c) ? [c.command, c.args] : null;
}
