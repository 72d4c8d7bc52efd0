/**
 * Compose variable interpolation: ${VAR}, $VAR, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e},
 * ${VAR:+a}, ${VAR+a}, nested defaults and $$, as the compose specification defines them.
 * Values come from the project's .env only (never the machine's environment), and every
 * substitution is recorded with where its value came from.
 */
export type ValueSource = 'env-file' | 'default' | 'unset';

export interface Substitution {
  variable: string;
  source: ValueSource;
  required: boolean;
  /** offset of the `$` within the interpolated string */
  offset: number;
  /** length of a default written in the file (`${A:-x}`), whether or not it was used */
  defaultLength?: number;
  error?: string;
}

export interface Interpolated {
  value: string;
  substitutions: Substitution[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * `mask` names variables whose values must never be printed: their substitutions come out as
 * `***` (the value is still recorded as set or defaulted, never kept).
 */
export function interpolate(input: string, env: ReadonlyMap<string, string>, mask?: (name: string) => boolean): Interpolated {
  const subs: Substitution[] = [];
  const value = run(input, env, subs, 0);
  if (!mask || !subs.some((s) => mask(s.variable))) return { value, substitutions: subs };
  const masked = run(input, new MaskedEnv(env, mask), [], 0);
  return { value: masked, substitutions: subs };
}

const MASK = '***';

/** The env as seen when printing: masked variables read as `***`, their defaults too. */
class MaskedEnv extends Map<string, string> {
  constructor(private readonly env: ReadonlyMap<string, string>, private readonly mask: (name: string) => boolean) {
    super();
  }
  override get(name: string): string | undefined {
    return this.mask(name) ? MASK : this.env.get(name);
  }
}

function run(s: string, env: ReadonlyMap<string, string>, subs: Substitution[], base: number): string {
  if (!s.includes('$')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = s[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const end = matchingBrace(s, i + 1);
      if (end < 0) {
        out += s.slice(i);
        break;
      }
      out += braced(s.slice(i + 2, end), env, subs, base + i);
      i = end + 1;
      continue;
    }
    const m = NAME.exec(s.slice(i + 1));
    if (!m) {
      out += '$';
      i++;
      continue;
    }
    const name = m[0];
    const v = env.get(name);
    subs.push({ variable: name, source: v !== undefined ? 'env-file' : 'unset', required: false, offset: base + i });
    out += v ?? '';
    i += 1 + name.length;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function braced(expr: string, env: ReadonlyMap<string, string>, subs: Substitution[], offset: number): string {
  const m = NAME.exec(expr);
  if (!m) return '${' + expr + '}';
  const name = m[0];
  const rest = expr.slice(name.length);
  const set = env.get(name);
  const op = /^(:?[-?+])/.exec(rest)?.[1];
  const arg = op ? rest.slice(op.length) : '';
  const colon = op?.startsWith(':') ?? false;
  // with a colon, an empty value counts as unset
  const present = set !== undefined && (!colon || set !== '');
  const sub: Substitution = { variable: name, source: set !== undefined ? 'env-file' : 'unset', required: false, offset };
  subs.push(sub);
  switch (op?.replace(':', '')) {
    case '-': {
      const d = run(arg, env, present ? [] : subs, offset);
      sub.defaultLength = d.length;
      if (present) return set!;
      sub.source = 'default';
      return d;
    }
    case '?':
      sub.required = true;
      if (present) return set!;
      sub.error = `required variable ${name} is ${set === undefined ? 'unset' : 'empty'}${arg ? `: ${arg}` : ''}`;
      // compose would stop here; the model keeps the expression so the value reads as templated, not empty
      return '${' + expr + '}';
    case '+':
      return present ? run(arg, env, subs, offset) : '';
    default:
      return set ?? '';
  }
}

/** Parses a compose .env file: KEY=VALUE, `export`, quotes, comments. */
export function parseEnvFile(text: string): { values: Map<string, string>; lines: Map<string, number> } {
  const values = new Map<string, string>();
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, idx) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) return;
    let v = m[2];
    if ((v.startsWith('"') && v.lastIndexOf('"') > 0) || (v.startsWith("'") && v.lastIndexOf("'") > 0)) {
      const q = v[0];
      v = v.slice(1, v.lastIndexOf(q));
      if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      v = v.replace(/\s+#.*$/, '').trim();
    }
    values.set(m[1], v);
    lines.set(m[1], idx + 1);
  });
  return { values, lines };
}
