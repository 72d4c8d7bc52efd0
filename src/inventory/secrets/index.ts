import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import type { FileEntry } from '../../source/types.js';
import { isSecretName } from '../secret-names.js';
import { parseEnvFile } from '../compose/interpolate.js';
import type { ComposeInventory } from '../compose/index.js';
import type { KubernetesInventory } from '../kubernetes/index.js';
import { findTokens, isExampleEnv, isPlaceholder } from './patterns.js';

export type SecretKind =
  | 'committed-env-file'
  | 'env-file-secret'
  | 'default-credential'
  | 'literal-credential'
  | 'kubernetes-secret-literal'
  | 'hardcoded-secret'
  | 'private-key'
  | 'token'
  | 'database-file'
  | 'log-file'
  | 'build-leftover';

/** Where a secret or leftover is — never what it is. */
export interface SecretFinding {
  kind: SecretKind;
  file: string;
  line: number;
  key?: string;
  /** 'placeholder', 'looks real', 'default of 15 characters' ... never the value */
  description: string;
}

export interface SecretsInventory {
  findings: SecretFinding[];
  /** committed env files that are not examples */
  envFiles: { file: string; keys: number; secretKeys: string[] }[];
  /** example env files and the variables they document */
  exampleEnvFiles: { file: string; keys: string[] }[];
}

const isEnvFile = (f: FileEntry) => f.name === '.env' || f.name.startsWith('.env.') || f.ext === '.env';
const DB_EXT = new Set(['.db', '.sqlite', '.sqlite3', '.mdb', '.accdb', '.dump', '.bak']);
const KEY_EXT = new Set(['.pem', '.key', '.p12', '.pfx', '.jks', '.keystore', '.ppk']);
const KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', '.npmrc', '.pypirc', '.netrc', 'credentials', 'credentials.json', 'kubeconfig', '.dockercfg']);
/** Config-like files, scanned for token shapes; source code only where it holds settings. */
const TEXT_EXT = new Set(['.yml', '.yaml', '.json', '.ini', '.toml', '.conf', '.cfg', '.properties', '.sh', '.tf', '.tfvars', '.env', '.xml']);
const SETTINGS_SOURCE = /^(settings|config|configuration|constants|secrets?|credentials|local_settings|production|prod)(\.[\w-]+)?\.(py|js|ts|mjs|cjs|rb|php|go)$/i;
const isScanned = (f: FileEntry) => f.size <= SCAN_CAP && (TEXT_EXT.has(f.ext) || SETTINGS_SOURCE.test(f.name));
const SCAN_CAP = 256 * 1024;
const SECRETISH = /secret|passw|token|api[_-]?key|private[_-]?key|credential/i;
const URL_KEY = /(url|uri|dsn|conn)/i;
const CREDENTIAL_URL = /:\/\/[^/\s:@]*:[^@\s]+@/;
/** `SECRET_KEY = "..."`, `jwt_secret: '...'`, `apiKey: "..."` with a literal of 8+ characters */
const ASSIGN = /^\s*(?:export\s+|const\s+|let\s+|var\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[:=]\s*["']([^"'\n$]{8,})["']/gm;

function wantsForSecrets(f: FileEntry): boolean {
  if (f.size > SCAN_CAP) return false;
  return isEnvFile(f) || KEY_EXT.has(f.ext) || KEY_NAMES.has(f.name) || isScanned(f);
}

function isTestPath(path: string): boolean {
  return /(^|\/)(tests?|__tests__|spec|fixtures?|testdata|examples?|docs?)\//i.test(path) || /\.(test|spec)\.[jt]sx?$/.test(path) || /(^|\/)test_[^/]+\.py$/.test(path);
}

export const secretsCollector: Collector<'secrets', SecretsInventory> = {
  key: 'secrets',
  wants: wantsForSecrets,
  collect(ctx, earlier) {
    const findings: SecretFinding[] = [];
    const envFiles: SecretsInventory['envFiles'] = [];
    const exampleEnvFiles: SecretsInventory['exampleEnvFiles'] = [];
    for (const f of ctx.files) {
      if (isEnvFile(f)) {
        const text = ctx.text(f.path);
        if (text === undefined) continue;
        const { values, lines } = parseEnvFile(text);
        if (isExampleEnv(f.name)) {
          exampleEnvFiles.push({ file: f.path, keys: [...values.keys()] });
          continue;
        }
        const secretKeys: string[] = [];
        for (const [k, v] of values) {
          if (!isSecretName(k) || v === '') continue;
          // a connection URL is a secret only when it carries credentials
          if (URL_KEY.test(k) && !CREDENTIAL_URL.test(v)) continue;
          secretKeys.push(k);
          findings.push({ kind: 'env-file-secret', file: f.path, line: lines.get(k) ?? 0, key: k, description: isPlaceholder(v) ? 'placeholder value' : `value of ${v.length} characters that looks real` });
        }
        envFiles.push({ file: f.path, keys: values.size, secretKeys });
        findings.push({ kind: 'committed-env-file', file: f.path, line: 1, description: `env file with ${values.size} settings (${secretKeys.length} secret-like) is committed` });
        continue;
      }
      leftovers(f, findings);
      if (KEY_EXT.has(f.ext) || KEY_NAMES.has(f.name) || isScanned(f)) scanText(ctx, f, findings);
    }
    composeCredentials(earlier.compose as ComposeInventory | undefined, findings);
    kubernetesSecrets(earlier.kubernetes as KubernetesInventory | undefined, findings);
    return { findings, envFiles, exampleEnvFiles };
  },
  describe(inv) {
    const out = inv.findings.map((s) => `${s.file}:${s.line} ${s.kind}${s.key ? ` ${s.key}` : ''} (${s.description})`);
    for (const e of inv.exampleEnvFiles) out.push(`${e.file}: example env file documenting ${e.keys.length} variables`);
    return out;
  },
};

function leftovers(f: FileEntry, out: SecretFinding[]): void {
  if (DB_EXT.has(f.ext)) out.push({ kind: 'database-file', file: f.path, line: 0, description: `database file of ${f.size} bytes is committed` });
  else if (f.ext === '.log' || /(^|\/)logs?\//.test(f.dir + '/') && f.ext === '.txt') out.push({ kind: 'log-file', file: f.path, line: 0, description: `log file of ${f.size} bytes is committed` });
  else if (f.ext === '.pyc' || f.name === 'coverage.xml' || f.name === '.coverage' || f.name === '.DS_Store' || f.ext === '.swp') out.push({ kind: 'build-leftover', file: f.path, line: 0, description: 'generated file is committed' });
}

function scanText(ctx: ScanContext, f: FileEntry, out: SecretFinding[]): void {
  const text = ctx.text(f.path);
  if (!text) return;
  for (const t of findTokens(text)) out.push({ kind: t.kind === 'private-key' ? 'private-key' : 'token', file: f.path, line: t.line, description: t.kind.replace(/-/g, ' ') });
  if (isTestPath(f.path) || f.ext === '.json' || f.ext === '.xml' || !SECRETISH.test(text)) return;
  // hard-coded secrets in settings files
  ASSIGN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASSIGN.exec(text))) {
    const key = m[1].split('.').pop()!;
    if (!isSecretName(key) || isPlaceholder(m[2]) || /^(https?:\/\/|\/|\.\/)/.test(m[2]) && !/@/.test(m[2])) continue;
    // a compose file's values are judged from its model instead
    if (/compose/i.test(f.name)) continue;
    const line = text.slice(0, m.index + m[0].indexOf(m[1])).split('\n').length;
    out.push({ kind: 'hardcoded-secret', file: f.path, line, key, description: `literal of ${m[2].length} characters assigned to a secret-like name` });
  }
}

function composeCredentials(compose: ComposeInventory | undefined, out: SecretFinding[]): void {
  if (!compose?.projects) return;
  const seen = new Set<string>();
  for (const p of compose.projects) {
    for (const i of p.interpolations) {
      const key = i.path.split('.').pop() ?? '';
      // DB_USER inside DATABASE_URL is not a credential; DB_PASSWORD there is
      if (!(isSecretName(i.variable) || (isSecretName(key) && !URL_KEY.test(key))) || !i.defaultLength) continue;
      const id = `${i.file}:${i.line}:${i.variable}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({
        kind: 'default-credential',
        file: i.file,
        line: i.line,
        key: i.variable,
        description: `\${${i.variable}} falls back to a ${i.defaultLength}-character default written in the file (${i.path})${i.source === 'default' ? '' : '; set in .env here, but any deployment without it gets the default'}`,
      });
    }
    for (const s of p.services) {
      for (const e of s.environment) {
        if (e.value !== '***' || !isSecretName(e.name)) continue;
        const path = `services.${s.name}.environment.${e.name}`;
        if (p.interpolations.some((i) => i.path === path)) continue;
        const id = `${e.file}:${e.line}:${e.name}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ kind: 'literal-credential', file: e.file, line: e.line, key: e.name, description: `literal value for ${e.name} in compose environment of ${s.name}` });
      }
    }
  }
}

function kubernetesSecrets(k8s: KubernetesInventory | undefined, out: SecretFinding[]): void {
  const objects = (k8s as { objects?: { kind: string; name?: string; file: string; line: number; secretKeys?: string[] }[] } | undefined)?.objects ?? [];
  for (const o of objects) {
    if (o.kind !== 'Secret' || !o.secretKeys?.length) continue;
    out.push({ kind: 'kubernetes-secret-literal', file: o.file, line: o.line, key: o.secretKeys.join(', '), description: `Secret ${o.name ?? ''} holds ${o.secretKeys.length} literal value(s) in the repository` });
  }
}
