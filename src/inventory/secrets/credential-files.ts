import type { FileEntry } from '../../source/types.js';
import type { SecretFinding } from './findings.js';
import { lineAt } from '../../text/line-index.js';
import { isPlaceholder } from './patterns.js';

/**
 * Tool credential files and the settings in them that hold a secret. Data, not logic: `file`
 * picks the files by name, `re` finds the setting (group 1: key, group 2: the value, which is only
 * measured and judged, never kept).
 */
interface CredentialFileDef {
  what: string;
  file: (f: FileEntry) => boolean;
  re: RegExp;
  /** a literal the file must contain before the regex runs (JSON files are many) */
  needle?: string;
}

const DEFS: CredentialFileDef[] = [
  { what: 'npm registry credential', file: (f) => f.name === '.npmrc', re: /(_authToken|_auth|_password)\s*=\s*(\S+)/g },
  { what: 'PyPI password', file: (f) => f.name === '.pypirc', re: /^\s*(password)\s*[=:]\s*(\S+)/gm },
  { what: 'netrc password', file: (f) => f.name === '.netrc' || f.name === '_netrc', re: /\b(password)\s+(\S+)/g },
  { what: 'cloud service-account private key', file: (f) => f.ext === '.json', re: /"(private_key)"\s*:\s*"([^"]+)"/g, needle: 'private_key' },
  { what: 'OAuth client secret', file: (f) => f.ext === '.json' && f.name.startsWith('client_secret'), re: /"(client_secret)"\s*:\s*"([^"]+)"/g, needle: 'client_secret' },
  { what: 'kubeconfig credential', file: isKubeconfig, re: /^\s*(token|client-key-data|password)\s*:\s*["']?([^\s"'#]+)/gm },
  { what: 'AWS secret access key', file: (f) => f.name === 'credentials' && (f.dir === '.aws' || f.dir.endsWith('/.aws')), re: /^\s*(aws_secret_access_key|aws_session_token)\s*=\s*(\S+)/gm },
  { what: 'container registry auth', file: (f) => f.name === '.dockercfg' || (f.name === 'config.json' && (f.dir === '.docker' || f.dir.endsWith('/.docker'))), re: /"(auth|identitytoken)"\s*:\s*"([^"]+)"/g },
];

function isKubeconfig(f: FileEntry): boolean {
  return f.name === 'kubeconfig' || f.name.endsWith('.kubeconfig') || f.name.startsWith('kubeconfig.') || (f.name === 'config' && (f.dir === '.kube' || f.dir.endsWith('/.kube')));
}

/** Names the collector must load for this module (cheap: name and extension tests only). */
export function isCredentialFile(f: FileEntry): boolean {
  return DEFS.some((d) => d.file(f));
}

/** A reference to the environment or a secret store, not a value: `${NPM_TOKEN}`, `$TOKEN`. */
const REFERENCE = /^["']?\$\{?[A-Za-z_]/;

export function scanCredentialFile(f: FileEntry, text: string, out: SecretFinding[]): void {
  for (const d of DEFS) {
    if (!d.file(f)) continue;
    if (d.needle && !text.includes(d.needle)) continue;
    d.re.lastIndex = 0;
    for (const m of text.matchAll(d.re)) {
      const value = m[2];
      if (REFERENCE.test(value)) continue;
      out.push({
        kind: 'credential-file',
        file: f.path,
        line: lineAt(text, m.index ?? 0),
        key: m[1],
        description: `${d.what}${isPlaceholder(value) ? ' (placeholder value)' : ` (value of ${value.length} characters that looks real)`}`,
      });
    }
  }
}
