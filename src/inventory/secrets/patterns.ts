import { lineCursor } from '../../text/line-index.js';

/** Token shapes that are secrets wherever they appear. Kept as data; one combined pass per file. */
export const TOKEN_PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'private-key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'aws-access-key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'github-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { kind: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: 'stripe-live-key', re: /\b[sr]k_live_[A-Za-z0-9]{16,}/ },
  { kind: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'npm-token', re: /_authToken\s*=\s*(?!\$\{)[^\s]+/ },
  // header.payload.signature, both JSON parts starting with `{"` (eyJ)
  { kind: 'jwt', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
];

const COMBINED = new RegExp(TOKEN_PATTERNS.map((p) => `(${p.re.source})`).join('|'), 'g');
/** literal fragments one of which every token contains: most files are rejected by this alone */
const PREFILTER = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|xox|_live_|AIza|_authToken|eyJ/;

/** Every token-shaped secret in a text: kind, line and column, never the match itself. */
export function findTokens(text: string): { kind: string; line: number }[] {
  const out: { kind: string; line: number }[] = [];
  if (!PREFILTER.test(text)) return out;
  COMBINED.lastIndex = 0;
  const lineOf = lineCursor(text);
  let m: RegExpExecArray | null;
  while ((m = COMBINED.exec(text))) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ kind: TOKEN_PATTERNS[group].kind, line: lineOf(m.index) });
  }
  return out;
}

/** Values that only hold a place: `changeme`, `your-secret-key`, `<token>`, `xxx`. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  return v.length < 4 || /^(change[-_]?me|your[-_ ]|<[^>]*>|x{3,}|\*{3,}|example|dummy|placeholder|todo|replace[-_]?me|secret|password|none|null|test|sample|\$\{)/i.test(v) || /change[-_]?me|replace[-_]?me|example\.com$/i.test(v);
}

/** `.env.example`, `.env.sample`, `.env.template`, `.env.dist`, `prod.env.example` */
export function isExampleEnv(name: string): boolean {
  return /(example|sample|template|dist|defaults?|tmpl)$/i.test(name) || /\.(example|sample|template|dist)\./i.test(name);
}
