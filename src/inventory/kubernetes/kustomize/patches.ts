/**
 * The patches a kustomization lists (patchesStrategicMerge, patches, patchesJson6902), loaded
 * from their files or inline text, and applied to the resources they target.
 */
import { isMap } from '../objects.js';
import type { ScanContext } from '../../context.js';
import { parseYaml, yamlLine } from '../../../yaml/load.js';
import { list, type Obj } from '../objects.js';
import { clone, locOf, track } from '../provenance.js';
import { applyJsonPatch } from './json-patch.js';
import { isRemote, resolvePath } from './paths.js';
import { own, writableRoot, type Resource } from './resource.js';
import { deletesObject, strategicMerge } from './strategic-merge.js';
import { matchesTarget, targetOfPatch } from './target.js';

export interface Patch {
  docs: unknown[];
  target?: Obj;
  /** the kustomization entry that lists the patch: where a problem is reported */
  file: string;
  line: number;
}

export type PatchGroup = 'patchesStrategicMerge' | 'patches' | 'patchesJson6902';

/** Files used as patches: they look like manifests but are not resources of their own. */
export function patchFiles(dir: string, k: Obj): string[] {
  const out: string[] = [];
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    for (const p of list(k[key])) {
      if (typeof p === 'string' && !p.includes('\n')) out.push(resolvePath(dir, p));
      else if (isMap(p) && typeof p.path === 'string') out.push(resolvePath(dir, p.path));
    }
  }
  return out;
}

export function loadPatches(ctx: ScanContext, dir: string, file: string, k: Obj, group: PatchGroup): Patch[] {
  const out: Patch[] = [];
  const entries = list(k[group]);
  const fromFile = (rel: string, line: number): unknown[] | undefined => {
    if (isRemote(rel)) {
      ctx.diagnose({ file, line, severity: 'notice', code: 'kustomize-remote', message: `remote patch not fetched: ${rel}` });
      return undefined;
    }
    const p = resolvePath(dir, rel);
    const parsed = ctx.exists(p) ? ctx.yaml(p) : undefined;
    if (!parsed) {
      ctx.diagnose({ file, line, severity: 'error', code: 'kustomize-missing', message: `patch ${rel} does not exist` });
      return undefined;
    }
    return parsed.documents.map((d) => d.value);
  };
  const inline = (text: string, line: number): unknown[] => {
    // the text of a block scalar starts on the line below its key
    const r = parseYaml(text, file);
    for (const e of r.errors) ctx.diagnose({ file, line: line + e.line, severity: 'error', code: 'yaml-syntax', message: `invalid inline patch: ${e.message}` });
    return r.documents.map((d) => track(d.value, file, line));
  };
  entries.forEach((e, i) => {
    const line = yamlLine(entries, i) || 1;
    let docs: unknown[] | undefined;
    let target: Obj | undefined;
    if (typeof e === 'string') docs = group === 'patchesStrategicMerge' && e.includes('\n') ? inline(e, line) : fromFile(e, line);
    else if (isMap(e)) {
      target = isMap(e.target) ? e.target : undefined;
      if (typeof e.path === 'string') docs = fromFile(e.path, line);
      else if (typeof e.patch === 'string') docs = inline(e.patch, yamlLine(e, 'patch') || line);
    }
    if (docs) out.push({ docs: docs.filter((d) => d !== null && d !== undefined), target, file, line });
  });
  return out;
}

/** Applies patches in order; returns the resources left (a `$patch: delete` removes one). */
export function applyPatches(ctx: ScanContext, patches: Patch[], resources: Resource[]): Resource[] {
  let out = resources;
  for (const p of patches) {
    for (const doc of p.docs) {
      const json = Array.isArray(doc);
      if (!json && !isMap(doc)) {
        ctx.diagnose({ file: p.file, line: p.line, severity: 'warning', code: 'kustomize-bad-patch', message: 'patch is neither a strategic merge patch nor a JSON patch' });
        continue;
      }
      const target = p.target ?? (isMap(doc) ? targetOfPatch(doc) : undefined);
      const hits = target ? out.filter((r) => matchesTarget(r, target)) : [];
      if (!hits.length) {
        const what = target ? [target.kind, target.name].filter(Boolean).join(' ') : 'a JSON patch without a target';
        ctx.diagnose({ file: p.file, line: p.line, severity: 'warning', code: 'kustomize-patch-no-target', message: `patch matches no resource (${what})` });
        continue;
      }
      for (const r of hits) {
        if (json) {
          for (const problem of applyJsonPatch(own(r), doc, { file: p.file, line: p.line })) ctx.diagnose({ ...locOf(doc, problem.index, { file: p.file, line: p.line }), severity: 'warning', code: 'kustomize-patch-failed', message: `JSON patch operation ${problem.index + 1} on ${String(r.raw.kind)} ${r.names[r.names.length - 1]}: ${problem.message}` });
        } else if (deletesObject(doc as Obj)) out = out.filter((x) => x !== r);
        // each target gets its own copy of the patch: list items a patch adds must not be shared
        else strategicMerge(writableRoot(r), bodyOf(doc as Obj), { file: p.file, line: p.line });
      }
    }
  }
  return out;
}

/** A copy of a patch without its identity: a targeted patch must not rename what it patches. */
function bodyOf(doc: Obj): Obj {
  const c = clone(doc);
  delete c.apiVersion;
  delete c.kind;
  if (isMap(c.metadata)) {
    delete c.metadata.name;
    delete c.metadata.namespace;
  }
  return c;
}
