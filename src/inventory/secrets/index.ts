import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import type { SecretFinding, SecretKind } from './findings.js';
import { isEnvFile, readEnvFile, type EnvFileInfo, type ExampleEnvFileInfo } from './env-files.js';
import { leftoverOf } from './leftovers.js';
import { isCredentialFile, scanCredentialFile } from './credential-files.js';
import { isTestOrDocPath, scanSettings } from './settings.js';
import { composeCredentials, kubernetesSecrets } from './from-earlier.js';
import { findTokens } from './patterns.js';

export type { SecretFinding, SecretKind, EnvFileInfo, ExampleEnvFileInfo };

export interface SecretsInventory {
  findings: SecretFinding[];
  /** committed env files that are not examples */
  envFiles: EnvFileInfo[];
  /** example env files and the variables they document */
  exampleEnvFiles: ExampleEnvFileInfo[];
}

/** Files of these types are read and scanned for token shapes (size-capped). */
const SCAN_CAP = 256 * 1024;
const CONFIG_EXT = new Set(['.yml', '.yaml', '.json', '.ini', '.toml', '.conf', '.cfg', '.properties', '.sh', '.bash', '.tf', '.tfvars', '.env', '.xml', '.py', '.js', '.ts', '.mjs', '.cjs']);
const KEY_EXT = new Set(['.pem', '.key', '.p12', '.pfx', '.jks', '.keystore', '.ppk', '.asc']);
const KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'credentials', 'credentials.json']);
/** source code: only settings-like modules get the hard-coded-secret check (tokens are searched in all) */
const SETTINGS_SOURCE = /^(settings|config|configuration|constants|secrets?|credentials|local_settings|production|prod|base|env)(\.[\w-]+)?\.(py|js|ts|mjs|cjs)$/i;
const SOURCE_EXT = new Set(['.py', '.js', '.ts', '.mjs', '.cjs']);
/** vendored and generated trees hold other people's test keys */
const VENDORED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|dist|build)\//;

function isScanned(f: FileEntry): boolean {
  return f.size <= SCAN_CAP && (CONFIG_EXT.has(f.ext) || KEY_EXT.has(f.ext) || KEY_NAMES.has(f.name) || isCredentialFile(f));
}

export const secretsCollector: Collector<'secrets', SecretsInventory> = {
  key: 'secrets',
  wants: (f) => f.size <= SCAN_CAP && (isEnvFile(f) || isScanned(f)),
  collect(ctx, earlier) {
    const findings: SecretFinding[] = [];
    const envFiles: EnvFileInfo[] = [];
    const exampleEnvFiles: ExampleEnvFileInfo[] = [];
    for (const f of ctx.files) {
      const leftover = leftoverOf(f);
      if (leftover) {
        findings.push(leftover);
        continue;
      }
      if (isEnvFile(f)) {
        const text = ctx.text(f.path, 'once');
        if (text === undefined) continue;
        const info = readEnvFile(f, text, findings);
        if (Array.isArray(info.keys)) exampleEnvFiles.push(info as ExampleEnvFileInfo);
        else envFiles.push(info as EnvFileInfo);
        continue;
      }
      if (!isScanned(f) || VENDORED.test(f.path)) continue;
      // token shapes are ASCII: source code is searched in its code view, which the app reader shares.
      // Read once: this is the last reader, and a monorepo's files need not all stay in memory
      const source = SOURCE_EXT.has(f.ext);
      const text = source ? ctx.code(f.path, 'once') : ctx.text(f.path, 'once');
      if (!text) continue;
      const before = findings.length;
      if (isCredentialFile(f)) scanCredentialFile(f, text, findings);
      const credentialLines = new Set(findings.slice(before).map((x) => x.line));
      const testOrDoc = isTestOrDocPath(f.path);
      for (const t of findTokens(text)) {
        // a service-account file's private_key is already reported as a credential file
        if (credentialLines.has(t.line) || (testOrDoc && t.kind !== 'private-key')) continue;
        findings.push({ kind: t.kind === 'private-key' ? 'private-key' : 'token', file: f.path, line: t.line, description: t.kind.replace(/-/g, ' ') });
      }
      if (testOrDoc || (source && !SETTINGS_SOURCE.test(f.name))) continue;
      // settings are judged on decoded text: a value's length counts characters
      const settings = source ? ctx.text(f.path, 'once') : text;
      if (settings) scanSettings(f, settings, findings);
    }
    composeCredentials(earlier.compose, findings);
    kubernetesSecrets(earlier.kubernetes, findings);
    return { findings, envFiles, exampleEnvFiles };
  },
  describe(inv) {
    const out = inv.findings.map((s) => `${s.file}:${s.line} ${s.kind}${s.key ? ` ${s.key}` : ''} (${s.description})`);
    for (const e of inv.exampleEnvFiles) out.push(`${e.file}:1 example env file documenting ${e.keys.length} variables`);
    return out;
  },
};
