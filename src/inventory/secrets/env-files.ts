import type { FileEntry } from '../../source/types.js';
import { isSecretName } from '../secret-names.js';
import { parseEnvFile } from '../compose/interpolate.js';
import type { SecretFinding } from './findings.js';
import { isExampleEnv, isPlaceholder } from './patterns.js';

export interface EnvFileInfo {
  file: string;
  /** number of settings */
  keys: number;
  /** secret-like keys with a non-empty value */
  secretKeys: string[];
}

export interface ExampleEnvFileInfo {
  file: string;
  /** every variable the example documents, in file order */
  keys: string[];
  lines: Record<string, number>;
}

export const isEnvFile = (f: FileEntry): boolean => f.name === '.env' || f.name.startsWith('.env.') || f.ext === '.env';

const URL_KEY = /(url|uri|dsn|conn)/i;
/** scheme://user:password@host — a connection URL is a secret only when it carries a password */
const CREDENTIAL_URL = /:\/\/[^/\s:@]*:[^@\s]+@/;

export function describeValue(value: string): string {
  return isPlaceholder(value) ? 'placeholder value' : `value of ${value.length} characters that looks real`;
}

/** A committed env file: its secret-like settings by key and line; an example file: the keys it documents. */
export function readEnvFile(f: FileEntry, text: string, findings: SecretFinding[]): EnvFileInfo | ExampleEnvFileInfo {
  const { values, lines } = parseEnvFile(text);
  if (isExampleEnv(f.name)) return { file: f.path, keys: [...values.keys()], lines: Object.fromEntries(lines) };
  const secretKeys: string[] = [];
  for (const [k, v] of values) {
    if (!isSecretName(k) || v === '') continue;
    if (URL_KEY.test(k) && !CREDENTIAL_URL.test(v)) continue;
    secretKeys.push(k);
    findings.push({ kind: 'env-file-secret', file: f.path, line: lines.get(k) ?? 1, key: k, description: describeValue(v) });
  }
  findings.push({ kind: 'committed-env-file', file: f.path, line: 1, description: `env file with ${values.size} settings (${secretKeys.length} secret-like with a value) is committed` });
  return { file: f.path, keys: values.size, secretKeys };
}
