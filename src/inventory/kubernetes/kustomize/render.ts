/**
 * Renders kustomizations the way `kubectl kustomize` does for the common cases: resources and
 * bases (files and directories, recursively, loops reported), components, generators, patches
 * and the built-in transformers in kustomize's order; then, for the kustomization asked for,
 * generator hash suffixes and the references that follow renamed objects.
 */
import type { ScanContext } from '../../context.js';
import { yamlLine } from '../../../yaml/load.js';
import { isManifest, expandLists, list, type Obj } from '../objects.js';
import { generate, hashSuffixName } from './generators.js';
import { fixReferences } from './name-refs.js';
import { isOutside, isRemote, kustomizationFile, resolvePath } from './paths.js';
import { applyPatches, loadPatches, patchFiles } from './patches.js';
import { copyResource, newResource, rename, type Resource } from './resource.js';
import { setAnnotations, setImages, setLabels, setNames, setNamespace, setReplicas } from './transforms.js';
import { isMap } from '../objects.js';

export interface RenderState {
  ctx: ScanContext;
  /** renderings before hashes and references, by directory */
  memo: Map<string, Resource[]>;
  /** kustomization dir -> the kustomizations that use it as a base or component */
  usedBy: Map<string, Set<string>>;
  /** every file read as a resource or a patch */
  usedFiles: Set<string>;
}

export function newRenderState(ctx: ScanContext): RenderState {
  return { ctx, memo: new Map(), usedBy: new Map(), usedFiles: new Set() };
}

/** What `kubectl kustomize dir` prints, as resources with their sources. */
export function renderKustomization(state: RenderState, dir: string): Resource[] {
  // the rendering stays shared: only resources the final step changes are copied
  const out = [...rendered(state, dir, [])];
  out.forEach((r, i) => {
    if (!r.hash) return;
    out[i] = copyResource(r);
    rename(out[i], hashSuffixName(r));
  });
  fixReferences(out);
  return out;
}

function use(state: RenderState, child: string, parent: string): void {
  let s = state.usedBy.get(child);
  if (!s) state.usedBy.set(child, (s = new Set()));
  s.add(parent);
}

/** A user's copies of a directory's rendering (a base shared by several overlays is rendered once). */
function renderDir(state: RenderState, dir: string, stack: string[]): Resource[] {
  return rendered(state, dir, stack).map(copyResource);
}

/** A directory's rendering before hashes and references, memoised: shared, never to be changed. */
function rendered(state: RenderState, dir: string, stack: string[]): readonly Resource[] {
  const file = kustomizationFile(state.ctx, dir);
  if (!file) return [];
  if (stack.includes(dir)) {
    const from = kustomizationFile(state.ctx, stack[stack.length - 1]) ?? file;
    state.ctx.diagnose({ file: from, line: 1, severity: 'error', code: 'kustomize-loop', message: `kustomization resources loop: ${[...stack, dir].map((d) => d || '.').join(' -> ')}` });
    return [];
  }
  let done = state.memo.get(dir);
  if (!done) {
    done = [];
    const k = state.ctx.yaml(file)?.documents[0]?.value;
    if (isMap(k)) done = accumulate(state, dir, file, k, [], [...stack, dir]);
    else state.ctx.diagnose({ file, line: 1, severity: 'error', code: 'kustomize-invalid', message: 'kustomization is not a mapping' });
    state.memo.set(dir, done);
  }
  return done;
}

function loadFile(state: RenderState, path: string, into: Resource[]): void {
  state.usedFiles.add(path);
  for (const d of state.ctx.yaml(path)?.documents ?? []) {
    if (!isManifest(d.value)) continue;
    // the parsed data is shared (plain manifests describe it too): resources copy what they change
    for (const o of expandLists(d.value)) into.push(newResource(o, path, yamlLine(o, 'kind') || d.line));
  }
}

function accumulate(state: RenderState, dir: string, file: string, k: Obj, input: Resource[], stack: string[]): Resource[] {
  const { ctx } = state;
  let into = input;
  for (const key of ['resources', 'bases']) {
    const entries = list(k[key]);
    entries.forEach((e, i) => {
      const rel = String(e);
      const line = yamlLine(entries, i) || 1;
      if (isRemote(rel)) {
        ctx.diagnose({ file, line, severity: 'notice', code: 'kustomize-remote', message: `remote resource not fetched: ${rel}` });
        return;
      }
      const p = resolvePath(dir, rel);
      if (isOutside(p)) {
        ctx.diagnose({ file, line, severity: 'warning', code: 'kustomize-outside', message: `resource ${rel} is outside the repository` });
        return;
      }
      if (kustomizationFile(ctx, p)) {
        use(state, p, dir);
        into.push(...renderDir(state, p, stack));
      } else if (ctx.exists(p)) loadFile(state, p, into);
      else ctx.diagnose({ file, line, severity: 'error', code: 'kustomize-missing', message: `resource ${rel} does not exist (or its folder has no kustomization)` });
    });
  }
  // a component adds its resources and runs its generators and patches on everything so far
  const components = list(k.components);
  components.forEach((c, i) => {
    const p = resolvePath(dir, String(c));
    const cfile = kustomizationFile(ctx, p);
    const ck = cfile ? ctx.yaml(cfile)?.documents[0]?.value : undefined;
    if (!cfile || !isMap(ck)) {
      ctx.diagnose({ file, line: yamlLine(components, i) || 1, severity: 'error', code: 'kustomize-missing', message: `component ${String(c)} does not exist` });
      return;
    }
    if (stack.includes(p)) {
      ctx.diagnose({ file, line: yamlLine(components, i) || 1, severity: 'error', code: 'kustomize-loop', message: `component loop: ${[...stack, p].join(' -> ')}` });
      return;
    }
    use(state, p, dir);
    into = accumulate(state, p, cfile, ck, into, [...stack, p]);
  });
  generate(ctx, dir, file, k, into);
  for (const p of patchFiles(dir, k)) state.usedFiles.add(p);
  into = applyPatches(ctx, loadPatches(ctx, dir, file, k, 'patchesStrategicMerge'), into);
  into = applyPatches(ctx, loadPatches(ctx, dir, file, k, 'patches'), into);
  setNamespace(into, k, file);
  setNames(into, k, file);
  setLabels(into, k, file);
  setAnnotations(into, k, file);
  into = applyPatches(ctx, loadPatches(ctx, dir, file, k, 'patchesJson6902'), into);
  const unmatched = setReplicas(into, k, file);
  for (const name of unmatched) ctx.diagnose({ file, line: yamlLine(k, 'replicas') || 1, severity: 'warning', code: 'kustomize-replicas-no-target', message: `replicas for ${name} match no Deployment, StatefulSet or ReplicaSet` });
  setImages(into, k, file);
  return into;
}
