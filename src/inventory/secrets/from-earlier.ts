import { isSecretName } from '../secret-names.js';
import type { SecretFinding } from './findings.js';

/**
 * Credentials other collectors already located: compose interpolation defaults and literal
 * environment values, Kubernetes Secrets with literal data. Their results are read as unknown
 * and narrowed here, so a change of shape there loses findings rather than crashing.
 */
type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const URL_KEY = /(url|uri|dsn|conn)/i;

export function composeCredentials(compose: unknown, out: SecretFinding[]): void {
  if (!isRec(compose)) return;
  const seen = new Set<string>();
  for (const p of arr(compose.projects)) {
    if (!isRec(p)) continue;
    const interpolations = arr(p.interpolations).filter(isRec);
    const interpolatedPaths = new Set(interpolations.map((i) => str(i.path)));
    for (const i of interpolations) {
      const variable = str(i.variable);
      const file = str(i.file);
      const line = num(i.line);
      const path = str(i.path) ?? '';
      const defaultLength = num(i.defaultLength);
      if (!variable || !file || !line || !defaultLength) continue;
      const key = path.split('.').pop() ?? '';
      // DB_USER inside DATABASE_URL is not a credential; DB_PASSWORD there is
      if (!(isSecretName(variable) || (isSecretName(key) && !URL_KEY.test(key)))) continue;
      const id = `${file}:${line}:${variable}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const source = str(i.source);
      out.push({
        kind: 'default-credential',
        file,
        line,
        column: num(i.column),
        key: variable,
        description: `\${${variable}} falls back to a ${defaultLength}-character default written in the file (${path})${source === 'default' ? '' : '; set elsewhere here, but any deployment without it gets the default'}`,
      });
    }
    for (const s of arr(p.services)) {
      if (!isRec(s)) continue;
      const service = str(s.name) ?? '?';
      for (const e of arr(s.environment)) {
        if (!isRec(e)) continue;
        const name = str(e.name);
        const file = str(e.file);
        const line = num(e.line);
        const value = e.value;
        // the compose collector redacts secret values to '***': a non-empty literal was there
        if (!name || !file || !line || typeof value !== 'string' || value === '' || !isSecretName(name)) continue;
        if (interpolatedPaths.has(`services.${service}.environment.${name}`)) continue;
        const id = `${file}:${line}:${name}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ kind: 'literal-credential', file, line, key: name, description: `literal value for ${name} in the compose environment of ${service}` });
      }
    }
  }
}

export function kubernetesSecrets(k8s: unknown, out: SecretFinding[]): void {
  if (!isRec(k8s)) return;
  for (const o of arr(k8s.objects)) {
    if (!isRec(o) || o.kind !== 'Secret') continue;
    const keys = arr(o.secretKeys).filter((k): k is string => typeof k === 'string');
    const file = str(o.file);
    const line = num(o.line);
    if (!keys.length || !file || !line) continue;
    out.push({ kind: 'kubernetes-secret-literal', file, line, key: keys.join(', '), description: `Secret ${str(o.name) ?? ''} holds ${keys.length} literal value(s) in the repository` });
  }
}
