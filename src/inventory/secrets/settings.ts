import type { FileEntry } from '../../source/types.js';
import { isSecretName } from '../secret-names.js';
import type { SecretFinding } from './findings.js';
import { lineAt } from '../../text/line-index.js';
import { isPlaceholder } from './patterns.js';

/** cheap gate before the assignment regex: most files name no secret at all */
const SECRETISH = /secret|passw|token|api[_-]?key|private[_-]?key|credential/i;
/** `SECRET_KEY = "..."`, `jwt_secret: '...'`, `apiKey: "..."`, `export TOKEN="..."` with a literal of 8+ characters */
const ASSIGN = /^[ \t]*(?:export\s+|const\s+|let\s+|var\s+|readonly\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*(?::\s*str\s*)?[:=]\s*["']([^"'\n$]{8,})["']/gm;
/** values that are paths or plain URLs, not secrets (a URL with user:password@ still counts) */
const PATH_OR_URL = /^(https?:\/\/|\/|\.\/|~\/)/;

/**
 * Hard-coded secrets in settings and config files: a secret-like name assigned a literal string.
 * Compose files are judged from their model instead (see from-earlier.ts), tests and docs skipped.
 */
export function scanSettings(f: FileEntry, text: string, out: SecretFinding[]): void {
  if (f.ext === '.json' || f.ext === '.xml' || f.name.includes('compose') || !SECRETISH.test(text)) return;
  ASSIGN.lastIndex = 0;
  for (const m of text.matchAll(ASSIGN)) {
    const key = m[1].split('.').pop() ?? m[1];
    const value = m[2];
    if (!isSecretName(key) || isPlaceholder(value) || (PATH_OR_URL.test(value) && !value.includes('@'))) continue;
    // os.getenv("SECRET_KEY", "dev-default") is a default credential too, but its key is the call's argument: keep simple
    const index = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ kind: 'hardcoded-secret', file: f.path, line: lineAt(text, index), key, description: `literal of ${value.length} characters assigned to a secret-like name` });
  }
}

/** Tests, fixtures, examples and docs hold fake secrets on purpose. */
export function isTestOrDocPath(path: string): boolean {
  return /(^|\/)(tests?|__tests__|spec|fixtures?|testdata|examples?|docs?)\//i.test(path) || /\.(test|spec)\.[jt]sx?$/.test(path) || /(^|\/)test_[^/]+\.py$/.test(path);
}
