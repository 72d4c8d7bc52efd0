/** Where kustomizations live and how their relative paths resolve. */
import { posix } from 'node:path';
import type { ScanContext } from '../../context.js';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const NAMES = new Set(KUSTOMIZATION_NAMES);

export const isKustomizationName = (name: string) => NAMES.has(name);

/** `dir` joined with a relative path, normalised to the listing's form ('' is the root). */
export function resolvePath(dir: string, rel: string): string {
  const p = posix.normalize(posix.join(dir || '.', rel));
  return p === '.' ? '' : p.replace(/^\.\//, '').replace(/\/$/, '');
}

export function kustomizationFile(ctx: ScanContext, dir: string): string | undefined {
  for (const n of KUSTOMIZATION_NAMES) {
    const p = dir ? `${dir}/${n}` : n;
    if (ctx.exists(p)) return p;
  }
  return undefined;
}

/** Remote bases (git URLs, `github.com/org/repo//path?ref=`) are not fetched. */
export function isRemote(rel: string): boolean {
  return rel.includes('://') || rel.startsWith('git@') || rel.startsWith('github.com/') || rel.startsWith('gitlab.com/') || rel.includes('?ref=') || rel.includes('?version=');
}

export function isOutside(path: string): boolean {
  return path === '..' || path.startsWith('../');
}
