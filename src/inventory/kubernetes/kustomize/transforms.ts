/**
 * The built-in transformers of a kustomization, in kustomize's order after patches:
 * namespace, namePrefix/nameSuffix, commonLabels/labels, commonAnnotations, images, replicas.
 * Values they set point at the kustomization line that asked for them.
 */
import { isMap } from '../objects.js';
import { yamlLine } from '../../../yaml/load.js';
import type { Loc } from '../../diagnostics.js';
import { list, type Obj } from '../objects.js';
import { setKeyLoc, shallow } from '../provenance.js';
import { metadataOf, own, rename, writableContainers, writableList, writableMap, writableRoot, type Resource } from './resource.js';

/** Kinds without a namespace (the usual ones; CRDs' own kinds cannot be known without them). */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume', 'StorageClass', 'PriorityClass',
  'IngressClass', 'RuntimeClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'ClusterIssuer',
  'CSIDriver', 'Node', 'PodSecurityPolicy', 'VolumeSnapshotClass', 'ClusterSecretStore', 'ClusterPolicy', 'ClusterAnalysisTemplate',
]);

/** Workload kinds whose selector and pod template take common labels. */
const TEMPLATED = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Rollout']);
const SELECTED = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Rollout']);
const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

const at = (file: string, container: unknown, key?: string | number): Loc => ({ file, line: yamlLine(container, key) || 1 });

function addAll(m: Obj, pairs: Obj, loc: Loc): void {
  for (const k of Object.keys(pairs)) {
    m[k] = String(pairs[k]);
    setKeyLoc(m, k, loc);
  }
}

/** The pod template's metadata, ready to be written, wherever the kind keeps it. */
function templateMeta(r: Resource): Obj | undefined {
  if (!isMap(r.raw.spec)) return undefined;
  const kind = r.raw.kind;
  if (kind !== 'CronJob' && !TEMPLATED.has(String(kind))) return undefined;
  let holder = writableMap(r, writableRoot(r), 'spec');
  if (kind === 'CronJob') holder = writableMap(r, writableMap(r, holder, 'jobTemplate'), 'spec');
  return writableMap(r, writableMap(r, holder, 'template'), 'metadata');
}

export function setNamespace(resources: Resource[], k: Obj, file: string): void {
  if (typeof k.namespace !== 'string') return;
  const ns = k.namespace;
  const loc = at(file, k, 'namespace');
  for (const r of resources) {
    if (CLUSTER_SCOPED.has(String(r.raw.kind))) continue;
    const meta = metadataOf(r);
    meta.namespace = ns;
    setKeyLoc(meta, 'namespace', loc);
    if (!r.namespaces.includes(ns)) r.namespaces.push(ns);
    // RoleBindings follow their ServiceAccounts into the namespace
    if (r.raw.kind !== 'RoleBinding' && r.raw.kind !== 'ClusterRoleBinding') continue;
    const subjects = writableList(r, r.raw, 'subjects') ?? [];
    subjects.forEach((s, i) => {
      if (isMap(s) && s.kind === 'ServiceAccount' && (s.namespace === undefined || s.namespace === 'default')) {
        const mine = shallow(s);
        mine.namespace = ns;
        subjects[i] = mine;
      }
    });
  }
}

export function setNames(resources: Resource[], k: Obj, file: string): void {
  const prefix = typeof k.namePrefix === 'string' ? k.namePrefix : '';
  const suffix = typeof k.nameSuffix === 'string' ? k.nameSuffix : '';
  if (!prefix && !suffix) return;
  const loc = at(file, k, prefix ? 'namePrefix' : 'nameSuffix');
  for (const r of resources) {
    if (r.raw.kind === 'Namespace' || r.raw.kind === 'CustomResourceDefinition') continue;
    const meta = metadataOf(r);
    rename(r, `${prefix}${String(meta.name ?? '')}${suffix}`);
    setKeyLoc(meta, 'name', loc);
  }
}

export function setLabels(resources: Resource[], k: Obj, file: string): void {
  const sets: { pairs: Obj; selectors: boolean; templates: boolean; loc: Loc }[] = [];
  if (isMap(k.commonLabels)) sets.push({ pairs: k.commonLabels, selectors: true, templates: true, loc: at(file, k, 'commonLabels') });
  const labels = list(k.labels);
  labels.forEach((l, i) => {
    if (!isMap(l) || !isMap(l.pairs)) return;
    const selectors = l.includeSelectors === true;
    sets.push({ pairs: l.pairs, selectors, templates: selectors || l.includeTemplates === true, loc: at(file, labels, i) });
  });
  for (const s of sets) {
    for (const r of resources) {
      addAll(writableMap(r, metadataOf(r), 'labels'), s.pairs, s.loc);
      if (s.templates) {
        const tm = templateMeta(r);
        if (tm) addAll(writableMap(r, tm, 'labels'), s.pairs, s.loc);
      }
      if (!s.selectors || !isMap(r.raw.spec)) continue;
      const kind = String(r.raw.kind);
      const spec = writableMap(r, writableRoot(r), 'spec');
      const selector = (key: string) => writableMap(r, writableMap(r, spec, key), 'matchLabels');
      if (SELECTED.has(kind) || kind === 'PodDisruptionBudget') addAll(selector('selector'), s.pairs, s.loc);
      else if (kind === 'Service') addAll(writableMap(r, spec, 'selector'), s.pairs, s.loc);
      else if (kind === 'NetworkPolicy') addAll(selector('podSelector'), s.pairs, s.loc);
    }
  }
}

export function setAnnotations(resources: Resource[], k: Obj, file: string): void {
  if (!isMap(k.commonAnnotations)) return;
  const loc = at(file, k, 'commonAnnotations');
  for (const r of resources) {
    addAll(writableMap(r, metadataOf(r), 'annotations'), k.commonAnnotations, loc);
    const tm = templateMeta(r);
    if (tm) addAll(writableMap(r, tm, 'annotations'), k.commonAnnotations, loc);
  }
}

/** Every container list in a resource (pod templates at any depth). */
export function containersOf(raw: Obj): Obj[] {
  const out: Obj[] = [];
  const walk = (v: unknown, depth: number) => {
    if (!isMap(v) || depth > 8) return;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if ((key === 'containers' || key === 'initContainers') && Array.isArray(x)) out.push(...x.filter(isMap));
      else if (isMap(x)) walk(x, depth + 1);
    }
  };
  walk(raw.spec, 0);
  return out;
}

function repoOf(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}

export function setImages(resources: Resource[], k: Obj, file: string): void {
  const rules = list(k.images);
  if (!rules.length) return;
  // first rule per image name wins, as in kustomize; a map keeps hundreds of rules cheap
  const index = new Map<string, number>();
  rules.forEach((x, i) => {
    if (isMap(x) && typeof x.name === 'string' && !index.has(x.name)) index.set(x.name, i);
  });
  const ruleFor = (image: unknown) => (typeof image === 'string' ? (index.get(repoOf(image)) ?? -1) : -1);
  for (const r of resources) {
    // containers may be shared with other overlays: copy only when a rule applies
    if (!containersOf(r.raw).some((c) => ruleFor(c.image) >= 0)) continue;
    for (const c of writableContainers(r) ?? containersOf(own(r))) {
      const i = ruleFor(c.image);
      if (i < 0) continue;
      const image = c.image as string;
      const repo = repoOf(image);
      const rule = rules[i] as Obj;
      const rest = image.slice(repo.length);
      const name = typeof rule.newName === 'string' ? rule.newName : repo;
      let ref = rest;
      if (typeof rule.digest === 'string') ref = `@${rule.digest}`;
      else if (rule.newTag !== undefined && rule.newTag !== null) ref = `:${String(rule.newTag)}`;
      c.image = name + ref;
      setKeyLoc(c, 'image', at(file, rules, i));
    }
  }
}

export function setReplicas(resources: Resource[], k: Obj, file: string): string[] {
  const unmatched: string[] = [];
  const rules = list(k.replicas);
  rules.forEach((rule, i) => {
    if (!isMap(rule) || typeof rule.name !== 'string') return;
    let hit = false;
    for (const r of resources) {
      if (!REPLICATED.has(String(r.raw.kind)) || !r.names.includes(rule.name)) continue;
      const spec = writableMap(r, writableRoot(r), 'spec');
      spec.replicas = Number(rule.count);
      setKeyLoc(spec, 'replicas', at(file, rules, i));
      hit = true;
    }
    if (!hit) unmatched.push(rule.name);
  });
  return unmatched;
}
