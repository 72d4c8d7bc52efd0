/** Path globs as Prometheus and Grafana write them (`rules/*.yml`, `alerts/**\/*.yaml`), matched against repository files. */
import { posix } from 'node:path';

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches any number of folders, including none
        re += pattern[i + 2] === '/' ? '(?:[^/]+/)*' : '.*';
        i += pattern[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * The repository files a rule_files pattern names. Relative patterns resolve against the config's
 * folder. Absolute ones are paths inside the container (`/etc/prometheus/rules/*.yml`): they are
 * tried against the mount points given, then by ever shorter tails against the config's folder
 * (`rules/*.yml` next to prometheus.yml).
 */
export function resolveRuleGlob(pattern: string, configDir: string, candidates: readonly string[], mounts: readonly { source: string; target: string }[] = []): string[] {
  const tries: string[] = [];
  if (!pattern.startsWith('/')) tries.push(posix.join(configDir, pattern));
  else {
    for (const m of mounts) {
      const target = m.target.replace(/\/$/, '');
      if (pattern === target || pattern.startsWith(target + '/')) tries.push(posix.join(m.source, pattern.slice(target.length)));
    }
    const parts = pattern.split('/').filter(Boolean);
    for (let k = parts.length; k >= 1; k--) tries.push(posix.join(configDir, ...parts.slice(parts.length - k)));
  }
  for (const t of tries) {
    const re = globToRegExp(posix.normalize(t).replace(/^\.\//, ''));
    const hits = candidates.filter((c) => re.test(c));
    if (hits.length) return hits;
  }
  return [];
}
