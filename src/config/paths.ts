import { posix } from 'node:path';
import { globToRegExp } from '../inventory/monitoring/glob.js';

/** `a` + `b` as a repository path ('' is the root). */
export function joinPath(dir: string, path: string): string {
  if (!dir) return posix.normalize(path).replace(/^\.\/?/, '').replace(/\/$/, '');
  return posix.join(dir, path).replace(/\/$/, '');
}

/**
 * Matches repository paths against a configuration path: a glob when it has `*` or `?`,
 * otherwise the file itself or everything under the folder.
 */
export function pathMatcher(pattern: string): (path: string) => boolean {
  if (/[*?]/.test(pattern)) {
    const re = globToRegExp(pattern);
    return (p) => re.test(p);
  }
  const base = pattern.replace(/\/$/, '');
  return (p) => base === '' || p === base || p.startsWith(`${base}/`);
}
