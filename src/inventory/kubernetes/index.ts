import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { isMap } from '../compose/merge.js';
import { isComposeFile } from '../compose/files.js';
import { describeObject, expandLists, isManifest, rawOf, workloadOf, type Container, type K8sObject, type Workload } from './objects.js';
import { KUSTOMIZATION_NAMES, patchFiles, renderKustomization, type Kustomization } from './kustomize.js';

export type { K8sObject, Workload, Container, Kustomization };
export { rawOf };

export interface KubernetesInventory {
  /** what reaches production: production overlays rendered, plus plain manifests no kustomization uses */
  objects: K8sObject[];
  workloads: Workload[];
  services: { name: string; type: string; ports: string[]; file: string; line: number }[];
  ingresses: { name: string; hosts: string[]; tlsHosts: string[]; className?: string; annotations: Record<string, string>; file: string; line: number }[];
  networkPolicies: { name: string; namespace?: string; defaultDeny: boolean; policyTypes: string[]; file: string; line: number }[];
  hpas: { name: string; target: string; min?: number; max?: number; file: string; line: number }[];
  pdbs: { name: string; minAvailable?: string; maxUnavailable?: string; file: string; line: number }[];
  kustomizations: Kustomization[];
  /** how the production set was chosen */
  productionSource: 'none' | 'plain' | 'kustomize-production' | 'kustomize-top-level';
}

const isYaml = (f: FileEntry) => f.ext === '.yml' || f.ext === '.yaml' || f.name === 'Kustomization';
const PROD_DIR = /(^|\/)(prod|production|prd|live)([-_/][^/]*)?$/i;

export const kubernetesCollector: Collector<'kubernetes', KubernetesInventory> = {
  key: 'kubernetes',
  wants: isYaml,
  collect(ctx) {
    const chartDirs = new Set(ctx.files.filter((f) => f.name === 'Chart.yaml').map((f) => f.dir));
    // a file belongs to a chart when one of its folders holds a Chart.yaml
    const inChart = (p: string) => {
      if (chartDirs.size === 0) return false;
      if (chartDirs.has('')) return true;
      for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) if (chartDirs.has(p.slice(0, i))) return true;
      return false;
    };
    const plain: K8sObject[] = [];
    for (const f of ctx.files) {
      if (!isYaml(f) || KUSTOMIZATION_NAMES.has(f.name) || isComposeFile(f) || f.dir.startsWith('.github') || inChart(f.path)) continue;
      const text = ctx.text(f.path);
      // cheap pre-filter: a manifest names both fields
      if (!text || !text.includes('apiVersion') || !text.includes('kind')) continue;
      for (const d of ctx.yaml(f.path)?.documents ?? []) if (isManifest(d.value)) for (const o of expandLists(d.value)) plain.push(describeObject(o, f.path, d.line));
    }
    const kustomizations: Kustomization[] = [];
    const refs = new Set<string>();
    const usedFiles = new Set<string>();
    for (const f of ctx.files) {
      if (!KUSTOMIZATION_NAMES.has(f.name) || inChart(f.path)) continue;
      const objects = renderKustomization(ctx, f.dir, [], refs);
      for (const o of objects) usedFiles.add(o.file);
      const k = ctx.yaml(f.path)?.documents[0]?.value;
      for (const p of patchFiles(f.dir, k)) usedFiles.add(p);
      kustomizations.push({ dir: f.dir, file: f.path, production: PROD_DIR.test(f.dir), referenced: false, resources: isMap(k) && Array.isArray(k.resources) ? k.resources.map(String) : [], objects });
    }
    for (const k of kustomizations) k.referenced = refs.has(k.dir);
    let objects: K8sObject[];
    let productionSource: KubernetesInventory['productionSource'];
    const loose = plain.filter((o) => !usedFiles.has(o.file));
    const prod = kustomizations.filter((k) => k.production);
    if (prod.length) {
      objects = [...prod.flatMap((k) => k.objects), ...loose];
      productionSource = 'kustomize-production';
    } else if (kustomizations.length) {
      objects = [...kustomizations.filter((k) => !k.referenced).flatMap((k) => k.objects), ...loose];
      productionSource = 'kustomize-top-level';
    } else {
      objects = plain;
      productionSource = plain.length ? 'plain' : 'none';
    }
    return { ...summarise(objects), kustomizations, productionSource };
  },
  describe(inv) {
    const out: string[] = [];
    if (inv.productionSource !== 'none') out.push(`production set: ${inv.productionSource} (${inv.objects.length} objects)`);
    for (const k of inv.kustomizations) out.push(`${k.file}:1 kustomization${k.production ? ' (production)' : ''}${k.referenced ? ' (base/component)' : ''} renders ${k.objects.length} objects`);
    for (const w of inv.workloads) {
      const c = w.containers.filter((x) => !x.init);
      const probes = c.every((x) => x.probes.readiness && x.probes.liveness) ? 'probes' : 'missing probes';
      const limits = c.every((x) => x.resources?.limits?.memory) ? 'limits' : 'missing limits';
      out.push(`${w.file}:${w.line} ${w.kind} ${w.name}${w.via ? ` (via ${w.via})` : ''}: replicas ${w.replicas ?? '1 (default)'}, ${c.map((x) => x.image).join(', ')}, ${limits}, ${probes}`);
    }
    for (const i of inv.ingresses) out.push(`${i.file}:${i.line} Ingress ${i.name}: hosts ${i.hosts.join(', ') || '-'}${i.tlsHosts.length ? ', TLS' : ', no TLS'}`);
    for (const n of inv.networkPolicies) out.push(`${n.file}:${n.line} NetworkPolicy ${n.name}${n.defaultDeny ? ' (default deny)' : ''}`);
    for (const h of inv.hpas) out.push(`${h.file}:${h.line} HPA ${h.name} -> ${h.target} ${h.min ?? 1}..${h.max}`);
    for (const p of inv.pdbs) out.push(`${p.file}:${p.line} PDB ${p.name}`);
    for (const o of inv.objects) if (o.category) out.push(`${o.file}:${o.line} ${o.kind} ${o.name ?? ''} (${o.category})`);
    return out;
  },
};

function summarise(objects: K8sObject[]): Omit<KubernetesInventory, 'kustomizations' | 'productionSource'> {
  const workloads = objects.map(workloadOf).filter((w): w is Workload => !!w);
  const inv: Omit<KubernetesInventory, 'kustomizations' | 'productionSource'> = { objects, workloads, services: [], ingresses: [], networkPolicies: [], hpas: [], pdbs: [] };
  for (const o of objects) {
    const raw = rawOf(o);
    const spec = isMap(raw.spec) ? raw.spec : {};
    const name = o.name ?? '';
    if (o.kind === 'Service') inv.services.push({ name, type: String(spec.type ?? 'ClusterIP'), ports: (Array.isArray(spec.ports) ? spec.ports : []).filter(isMap).map((p) => String(p.port)), file: o.file, line: o.line });
    else if (o.kind === 'Ingress') {
      const rules = (Array.isArray(spec.rules) ? spec.rules : []).filter(isMap);
      const tls = (Array.isArray(spec.tls) ? spec.tls : []).filter(isMap);
      inv.ingresses.push({ name, hosts: rules.map((r) => String(r.host ?? '')).filter(Boolean), tlsHosts: tls.flatMap((t) => (Array.isArray(t.hosts) ? t.hosts.map(String) : ['*'])), className: spec.ingressClassName ? String(spec.ingressClassName) : undefined, annotations: o.annotations, file: o.file, line: o.line });
    } else if (o.kind === 'NetworkPolicy') {
      const sel = isMap(spec.podSelector) ? spec.podSelector : {};
      const types = Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : ['Ingress'];
      const emptySel = Object.keys(sel).length === 0 || (isMap(sel.matchLabels) && Object.keys(sel.matchLabels).length === 0 && !sel.matchExpressions);
      const noRules = (!Array.isArray(spec.ingress) || spec.ingress.length === 0) && types.includes('Ingress');
      inv.networkPolicies.push({ name, namespace: o.namespace, defaultDeny: emptySel && noRules, policyTypes: types, file: o.file, line: o.line });
    } else if (o.kind === 'HorizontalPodAutoscaler' || (o.kind === 'ScaledObject' && o.category === 'keda')) {
      const ref = isMap(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
      inv.hpas.push({ name, target: String(ref.name ?? ''), min: (spec.minReplicas ?? spec.minReplicaCount) as number | undefined, max: (spec.maxReplicas ?? spec.maxReplicaCount) as number | undefined, file: o.file, line: o.line });
    } else if (o.kind === 'PodDisruptionBudget') inv.pdbs.push({ name, minAvailable: spec.minAvailable === undefined ? undefined : String(spec.minAvailable), maxUnavailable: spec.maxUnavailable === undefined ? undefined : String(spec.maxUnavailable), file: o.file, line: o.line });
  }
  return inv;
}
