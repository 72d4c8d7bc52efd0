/**
 * After names changed (prefixes, suffixes, generator hashes), references to the old names
 * follow, as kustomize's name-reference step does: ConfigMaps and Secrets in pods, Services
 * in Ingresses, targets of autoscalers, ServiceAccounts and claims of pods.
 */
import { isMap } from '../objects.js';
import { list, maps, type Obj } from '../objects.js';
import { copyResource, nameOf, namespaceOf, own, type Resource } from './resource.js';

type Lookup = (kind: string, name: unknown, ns: string) => string | undefined;

function fix(holder: unknown, key: string, kind: string, find: Lookup, ns: string): void {
  if (!isMap(holder)) return;
  const to = find(kind, holder[key], ns);
  if (to !== undefined) holder[key] = to;
}

function podRefs(spec: Obj, find: Lookup, ns: string): void {
  fix(spec, 'serviceAccountName', 'ServiceAccount', find, ns);
  for (const s of maps(spec.imagePullSecrets)) fix(s, 'name', 'Secret', find, ns);
  for (const v of maps(spec.volumes)) {
    fix(v.configMap, 'name', 'ConfigMap', find, ns);
    fix(v.secret, 'secretName', 'Secret', find, ns);
    fix(v.persistentVolumeClaim, 'claimName', 'PersistentVolumeClaim', find, ns);
    if (isMap(v.projected)) for (const src of maps(v.projected.sources)) {
      fix(src.configMap, 'name', 'ConfigMap', find, ns);
      fix(src.secret, 'name', 'Secret', find, ns);
    }
  }
  for (const c of [...maps(spec.containers), ...maps(spec.initContainers)]) {
    for (const e of maps(c.env)) {
      if (!isMap(e.valueFrom)) continue;
      fix(e.valueFrom.configMapKeyRef, 'name', 'ConfigMap', find, ns);
      fix(e.valueFrom.secretKeyRef, 'name', 'Secret', find, ns);
    }
    for (const e of maps(c.envFrom)) {
      fix(e.configMapRef, 'name', 'ConfigMap', find, ns);
      fix(e.secretRef, 'name', 'Secret', find, ns);
    }
  }
}

function podSpecs(raw: Obj): Obj[] {
  const out: Obj[] = [];
  const walk = (v: unknown, depth: number) => {
    if (!isMap(v) || depth > 6) return;
    if (Array.isArray(v.containers)) out.push(v);
    for (const k of Object.keys(v)) if (isMap(v[k])) walk(v[k], depth + 1);
  };
  walk(raw.spec, 0);
  return out;
}

function backend(b: unknown, find: Lookup, ns: string): void {
  if (!isMap(b)) return;
  if (isMap(b.service)) fix(b.service, 'name', 'Service', find, ns);
  else fix(b, 'serviceName', 'Service', find, ns);
}

/** Resources may be shared renderings: one whose references change is replaced by its own copy. */
export function fixReferences(resources: Resource[]): void {
  // old name -> resources that had it, by kind
  const renamed = new Map<string, Resource[]>();
  for (const r of resources) {
    const now = nameOf(r);
    for (const old of r.names) {
      if (old === now) continue;
      const key = `${String(r.raw.kind)}/${old}`;
      const l = renamed.get(key) ?? [];
      l.push(r);
      renamed.set(key, l);
    }
  }
  if (renamed.size === 0) return;
  let changed = false;
  const lookup: Lookup = (kind, name, ns) => {
    if (typeof name !== 'string') return undefined;
    const hits = renamed.get(`${kind}/${name}`);
    if (!hits) return undefined;
    const to = nameOf(hits.find((h) => namespaceOf(h) === ns) ?? hits[0]);
    if (to !== name) changed = true;
    return to;
  };
  // a dry run on the shared data first: only resources that change get their own deep copy
  const dryRun: Lookup = (kind, name, ns) => {
    lookup(kind, name, ns);
    return undefined;
  };
  resources.forEach((r, i) => {
    changed = false;
    fixOne(r.raw, namespaceOf(r), dryRun);
    if (!changed) return;
    const mine = (resources[i] = copyResource(r));
    fixOne(own(mine), namespaceOf(mine), lookup);
  });
}

function fixOne(raw: Obj, ns: string, find: Lookup): void {
  if (raw.kind === 'RoleBinding' || raw.kind === 'ClusterRoleBinding') {
    fix(raw.roleRef, 'name', isMap(raw.roleRef) ? String(raw.roleRef.kind) : '', find, ns);
    for (const s of list(raw.subjects)) if (isMap(s)) fix(s, 'name', String(s.kind), find, ns);
  }
  const spec = isMap(raw.spec) ? raw.spec : undefined;
  if (!spec) return;
  for (const ps of podSpecs(raw)) podRefs(ps, find, ns);
  if (raw.kind === 'StatefulSet') fix(spec, 'serviceName', 'Service', find, ns);
  if (raw.kind === 'Ingress') {
    backend(spec.defaultBackend ?? spec.backend, find, ns);
    for (const rule of maps(spec.rules)) if (isMap(rule.http)) for (const p of maps(rule.http.paths)) backend(p.backend, find, ns);
    for (const t of maps(spec.tls)) fix(t, 'secretName', 'Secret', find, ns);
  }
  if ((raw.kind === 'HorizontalPodAutoscaler' || raw.kind === 'ScaledObject') && isMap(spec.scaleTargetRef)) fix(spec.scaleTargetRef, 'name', String(spec.scaleTargetRef.kind ?? 'Deployment'), find, ns);
}
