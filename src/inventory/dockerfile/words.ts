/**
 * The small part of Dockerfile word handling the inventory needs: splitting arguments into
 * words the way BuildKit does (quotes, the escape character), `KEY=value` lists for ARG/ENV/
 * LABEL, and variable substitution (`$A`, `${A}`, `${A:-default}`, `${A:+alt}`, `${A-x}`).
 */
export function splitWords(s: string, escape = '\\'): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === escape && quote !== "'" && i + 1 < s.length) {
      cur += s[++i];
      has = true;
    } else if (quote) {
      if (c === quote) quote = '';
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === ' ' || c === '\t') {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

/** `A=1 B="x y"` pairs; the legacy `ENV A 1 2` form (one pair, the rest is the value) when there is no `=`. */
export function keyValues(s: string, escape = '\\', legacy = false): { name: string; value?: string }[] {
  const words = splitWords(s, escape);
  if (legacy && words.length > 0 && !words[0].includes('=')) return [{ name: words[0], value: words.slice(1).join(' ') }];
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { name: w } : { name: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}

const VAR_RE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Substitutes known variables; names with no value (and no default) are listed in `unresolved` and left as written. */
export function substitute(s: string, vars: ReadonlyMap<string, string | undefined>): { value: string; unresolved: string[] } {
  if (!s.includes('$')) return { value: s, unresolved: [] };
  const unresolved: string[] = [];
  const value = s.replace(VAR_RE, (m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = (braced ?? bare) as string;
    const v = vars.get(name);
    const set = v !== undefined;
    const nonEmpty = set && v !== '';
    switch (op) {
      case ':-':
        return nonEmpty ? v : (word ?? '');
      case '-':
        return set ? v : (word ?? '');
      case ':+':
        return nonEmpty ? (word ?? '') : '';
      case '+':
        return set ? (word ?? '') : '';
      default:
        if (set) return v;
        unresolved.push(name);
        return m;
    }
  });
  return { value, unresolved };
}
