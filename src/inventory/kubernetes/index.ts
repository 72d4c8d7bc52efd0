/**
 * Kubernetes inventory: every manifest in the repository, kustomizations rendered as
 * `kubectl kustomize` would, and the set that reaches production summarised by kind.
 */
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import { isMap } from './objects.js';
import { chartDirsOf, isProductionPath, isYamlFile, mayHoldManifests } from './files.js';
import { isKustomizationName } from './kustomize/paths.js';
import { newRenderState, renderKustomization } from './kustomize/render.js';
import { describeObject, expandLists, isManifest, list, rawOf } from './objects.js';
import { summarise } from './summary.js';
import type { K8sObject, KubernetesInventory, Kustomization } from './types.js';
import { describeInventory } from './describe.js';

export type * from './types.js';
export { rawOf, isProductionPath };

function plainManifests(ctx: ScanContext, inChart: (p: string) => boolean): K8sObject[] {
  const out: K8sObject[] = [];
  for (const f of ctx.files) {
    if (!mayHoldManifests(f) || inChart(f.path)) continue;
    const text = ctx.text(f.path);
    // cheap pre-filter: a manifest names both fields
    if (!text || !text.includes('apiVersion') || !text.includes('kind')) continue;
    const docs = ctx.yaml(f.path)?.documents ?? [];
    const before = out.length;
    for (const d of docs) {
      if (isManifest(d.value)) for (const o of expandLists(d.value)) out.push(describeObject(o, f.path, d.line));
    }
    // among manifests, a document that is not an object is a mistake worth a notice
    if (out.length > before) for (const d of docs) if (d.value !== null && !isMap(d.value)) ctx.diagnose({ file: f.path, line: d.line, severity: 'notice', code: 'k8s-not-an-object', message: 'document in a manifest file is not an object' });
  }
  return out;
}

function kustomizations(ctx: ScanContext, inChart: (p: string) => boolean) {
  const state = newRenderState(ctx);
  const found: Kustomization[] = [];
  for (const f of ctx.files) {
    if (!isKustomizationName(f.name) || inChart(f.path)) continue;
    const k = ctx.yaml(f.path)?.documents[0]?.value;
    const resources = renderKustomization(state, f.dir);
    found.push({
      dir: f.dir,
      file: f.path,
      production: isProductionPath(f.dir),
      referenced: false,
      component: isMap(k) && k.kind === 'Component',
      resources: isMap(k) ? list(k.resources).map(String) : [],
      objects: resources.map((r) => describeObject(r.raw, r.file, r.line, f.dir)),
    });
  }
  for (const k of found) k.referenced = state.usedBy.has(k.dir);
  return { found, usedBy: state.usedBy, usedFiles: state.usedFiles };
}

export const kubernetesCollector: Collector<'kubernetes', KubernetesInventory> = {
  key: 'kubernetes',
  wants: isYamlFile,
  collect(ctx) {
    const inChart = chartDirsOf(ctx.files);
    const manifests = plainManifests(ctx, inChart);
    const { found, usedBy, usedFiles } = kustomizations(ctx, inChart);
    const loose = manifests.filter((o) => !usedFiles.has(o.file));
    const prodDirs = new Set(found.filter((k) => k.production && !k.component).map((k) => k.dir));
    // a production overlay used by another production overlay is already inside it
    const prod = found.filter((k) => prodDirs.has(k.dir) && ![...(usedBy.get(k.dir) ?? [])].some((d) => prodDirs.has(d)));
    let objects: K8sObject[];
    let productionSource: KubernetesInventory['productionSource'];
    if (prod.length) {
      objects = [...prod.flatMap((k) => k.objects), ...loose];
      productionSource = 'kustomize-production';
    } else if (found.length) {
      objects = [...found.filter((k) => !k.referenced && !k.component).flatMap((k) => k.objects), ...loose];
      productionSource = 'kustomize-top-level';
    } else {
      objects = manifests;
      productionSource = manifests.length ? 'plain' : 'none';
    }
    return { ...summarise(objects), manifests, kustomizations: found, productionSource };
  },
  describe: describeInventory,
};
