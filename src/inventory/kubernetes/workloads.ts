/** Pod templates of workload kinds: containers, probes, resources, security, scheduling. */
import { isMap } from './objects.js';
import { parseImageRef } from '../image-ref.js';
import { isSecretName } from '../secret-names.js';
import type { Loc } from '../diagnostics.js';
import { list, maps, rawOf, str, strMap, type Obj } from './objects.js';
import { locOf } from './provenance.js';
import type { Container, ContainerSecurityContext, EnvVar, K8sObject, PodSecurityContext, Probe, Resources, Workload } from './types.js';

/** Kinds that carry a pod template (Knative Service keeps one under spec.template too). */
const POD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod', 'Rollout', 'DeploymentConfig']);

const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** The pod spec of a workload kind, wherever that kind keeps it. */
export function podSpecOf(o: Obj): { spec: Obj; template?: Obj } | undefined {
  const spec = isMap(o.spec) ? o.spec : undefined;
  if (!spec) return undefined;
  if (o.kind === 'Pod') return { spec };
  let holder: Obj | undefined = spec;
  if (o.kind === 'CronJob') holder = isMap(spec.jobTemplate) && isMap(spec.jobTemplate.spec) ? spec.jobTemplate.spec : undefined;
  const t = holder && isMap(holder.template) ? holder.template : undefined;
  return t && isMap(t.spec) ? { spec: t.spec, template: t } : undefined;
}

function probe(c: Obj, key: string, at: Loc): Probe | undefined {
  const p = c[key];
  if (!isMap(p)) return undefined;
  const loc = locOf(c, key, at);
  if (isMap(p.httpGet)) return { type: 'httpGet', path: str(p.httpGet.path), port: str(p.httpGet.port), ...loc };
  if (isMap(p.tcpSocket)) return { type: 'tcpSocket', port: str(p.tcpSocket.port), ...loc };
  if (isMap(p.exec)) return { type: 'exec', command: list(p.exec.command).map(String).join(' '), ...loc };
  if (isMap(p.grpc)) return { type: 'grpc', port: str(p.grpc.port), ...loc };
  return { type: 'unknown', ...loc };
}

function resources(c: Obj, at: Loc): Resources | undefined {
  const r = c.resources;
  if (!isMap(r)) return undefined;
  const pick = (v: unknown) => (isMap(v) ? { cpu: str(v.cpu), memory: str(v.memory) } : undefined);
  // the `resources:` line, unless an overlay wrote the limits somewhere else (a patch file)
  const loc = locOf(c, 'resources', at);
  const lim = isMap(r.limits) ? r.limits : undefined;
  const limLoc = lim ? locOf(lim, lim.memory !== undefined ? 'memory' : 'cpu', locOf(r, 'limits', loc)) : loc;
  return { requests: pick(r.requests), limits: pick(r.limits), ...(limLoc.file !== loc.file ? limLoc : loc) };
}

function securityContext(c: Obj, at: Loc): ContainerSecurityContext | undefined {
  const sc = c.securityContext;
  if (!isMap(sc)) return undefined;
  const caps = isMap(sc.capabilities) ? sc.capabilities : {};
  return {
    runAsNonRoot: bool(sc.runAsNonRoot),
    runAsUser: num(sc.runAsUser),
    readOnlyRootFilesystem: bool(sc.readOnlyRootFilesystem),
    allowPrivilegeEscalation: bool(sc.allowPrivilegeEscalation),
    privileged: bool(sc.privileged),
    capabilitiesDrop: list(caps.drop).map(String),
    capabilitiesAdd: list(caps.add).map(String),
    ...locOf(c, 'securityContext', at),
  };
}

function envVar(e: Obj, env: unknown[], i: number, at: Loc): EnvVar {
  const name = String(e.name ?? '');
  const vf = isMap(e.valueFrom) ? e.valueFrom : undefined;
  const source: EnvVar['source'] = vf
    ? isMap(vf.secretKeyRef) ? 'secretKeyRef' : isMap(vf.configMapKeyRef) ? 'configMapKeyRef' : isMap(vf.fieldRef) ? 'fieldRef' : 'resourceFieldRef'
    : e.value === undefined || e.value === null || e.value === '' ? 'empty' : 'literal';
  return { name, source, fromSecret: source === 'secretKeyRef', literalSecret: source === 'literal' && isSecretName(name), ...locOf(env, i, at) };
}

function container(c: Obj, at: Loc, init: boolean): Container {
  const here = locOf(c, 'name', at);
  const image = str(c.image);
  const env = list(c.env);
  const envFrom = list(c.envFrom);
  const ports = list(c.ports);
  return {
    name: str(c.name) ?? '',
    image,
    imageRef: image ? parseImageRef(image) : undefined,
    imageAt: image ? locOf(c, 'image', here) : undefined,
    ...here,
    init,
    resources: resources(c, here),
    probes: { liveness: probe(c, 'livenessProbe', here), readiness: probe(c, 'readinessProbe', here), startup: probe(c, 'startupProbe', here) },
    securityContext: securityContext(c, here),
    env: env.map((e, i) => (isMap(e) ? envVar(e, env, i, here) : undefined)).filter((e): e is EnvVar => !!e),
    envFrom: envFrom.flatMap((e, i) => {
      if (!isMap(e)) return [];
      const kind = isMap(e.secretRef) ? 'secretRef' : isMap(e.configMapRef) ? 'configMapRef' : undefined;
      if (!kind) return [];
      return [{ kind, name: String((e[kind] as Obj).name ?? ''), ...locOf(envFrom, i, here) }];
    }),
    ports: ports.flatMap((p, i) => (isMap(p) ? [{ containerPort: num(p.containerPort), name: str(p.name), protocol: str(p.protocol), ...locOf(ports, i, here) }] : [])),
  };
}

function commandText(spec: Obj): string {
  return [...maps(spec.initContainers), ...maps(spec.containers)].map((c) => [...list(c.command), ...list(c.args)].map(String).join(' ')).filter(Boolean).join('\n');
}

function meshOf(...annotations: Record<string, string>[]): Workload['meshInjection'] {
  for (const a of annotations) {
    if (a['linkerd.io/inject'] === 'enabled') return 'linkerd';
    if (a['sidecar.istio.io/inject'] === 'true') return 'istio';
  }
  return undefined;
}

export function workloadOf(obj: K8sObject): Workload | undefined {
  const knative = obj.kind === 'Service' && obj.apiVersion.startsWith('serving.knative.dev/');
  if (!POD_KINDS.has(obj.kind) && !knative) return undefined;
  const o = rawOf(obj);
  const pod = podSpecOf(o);
  if (!pod) return undefined;
  const at: Loc = { file: obj.file, line: obj.line };
  const spec = isMap(o.spec) ? o.spec : {};
  const ps = pod.spec;
  const containers = [...maps(ps.initContainers).map((c) => container(c, at, true)), ...maps(ps.containers).map((c) => container(c, at, false))];
  const psc = isMap(ps.securityContext) ? ps.securityContext : undefined;
  const aff = isMap(ps.affinity) ? ps.affinity : undefined;
  const strat = isMap(spec.strategy) ? spec.strategy : isMap(spec.updateStrategy) ? spec.updateStrategy : undefined;
  const strategy = strat ? (str(strat.type) ?? Object.keys(strat).find((k) => k === 'canary' || k === 'blueGreen')) : undefined;
  const replicasAt = spec.replicas !== undefined ? locOf(spec, 'replicas', at) : undefined;
  const tmeta = pod.template && isMap(pod.template.metadata) ? pod.template.metadata : {};
  return {
    kind: obj.kind,
    name: obj.name ?? '',
    namespace: obj.namespace,
    ...at,
    replicas: num(spec.replicas),
    replicasLine: replicasAt?.line,
    replicasAt,
    // DaemonSets, Jobs and Pods have no replica count of their own
    replicasDefaulted: spec.replicas === undefined && obj.kind !== 'DaemonSet' && obj.kind !== 'Job' && obj.kind !== 'CronJob' && obj.kind !== 'Pod',
    strategy,
    strategyAt: strat ? locOf(spec, isMap(spec.strategy) ? 'strategy' : 'updateStrategy', at) : undefined,
    containers,
    podSecurityContext: psc
      ? { runAsNonRoot: bool(psc.runAsNonRoot), runAsUser: num(psc.runAsUser), runAsGroup: num(psc.runAsGroup), fsGroup: num(psc.fsGroup), seccompProfile: isMap(psc.seccompProfile) ? str(psc.seccompProfile.type) : undefined, ...locOf(ps, 'securityContext', at) }
      : undefined,
    affinity: !!aff,
    antiAffinity: !!aff && isMap(aff.podAntiAffinity),
    topologySpread: Array.isArray(ps.topologySpreadConstraints) && ps.topologySpreadConstraints.length > 0,
    serviceAccountName: str(ps.serviceAccountName ?? ps.serviceAccount),
    automountServiceAccountToken: bool(ps.automountServiceAccountToken),
    meshInjection: meshOf(strMap(tmeta.annotations), obj.annotations),
    labels: obj.labels,
    schedule: obj.kind === 'CronJob' ? str(spec.schedule) : undefined,
    commands: commandText(ps),
    via: obj.via,
  };
}

export type { PodSecurityContext };
