import type { SourceFile } from './source-file.js';
import { HEADER_SETTERS, WIRED_USES, type HintKind, type Needle } from './signals.js';
import { lineAt } from '../../text/line-index.js';

export interface AppHint {
  kind: HintKind;
  name: string;
  file: string;
  line: number;
  /** registered in the running app (called at import time of a loaded module, added as middleware), not only defined */
  wired: boolean;
}

/**
 * Names registered with an app: `app.add_middleware(X)`, `app.use(x)`, `Talisman(app)`-style
 * wrappers, `app.wsgi_app = X(app.wsgi_app)`, Django's MIDDLEWARE list. Only modules the
 * running app loads count, so a registration in dead code does not wire anything.
 */
export function registeredNames(sources: readonly SourceFile[], loaded: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const s of sources) {
    if (!loaded.has(s.path)) continue;
    const t = s.code;
    if (s.has('add_middleware') || s.has('.use(') || s.has('wsgi_app')) {
      for (const m of t.matchAll(/add_middleware\(\s*(\w+)|\.use\(\s*(?:['"`][^'"`]*['"`]\s*,\s*)?(\w+)|wsgi_app\s*=\s*(\w+)\(/g)) out.add(m[1] ?? m[2] ?? m[3]);
    }
    if (s.has('MIDDLEWARE')) {
      const block = /MIDDLEWARE\s*=\s*[[(]([^\])]*)[\])]/.exec(t);
      if (block) for (const m of block[1].matchAll(/['"][\w.]*\.(\w+)['"]/g)) out.add(m[1]);
    }
  }
  return out;
}

const has = (s: SourceFile, needle: Needle) => (typeof needle === 'string' ? s.has(needle) : needle.some((n) => s.has(n)));

/** Integrations and middleware with file:line, wired or only present. */
export function findHints(sources: readonly SourceFile[], loaded: Set<string>, registered: Set<string>): AppHint[] {
  const out: AppHint[] = [];
  for (const s of sources) {
    const isLoaded = loaded.has(s.path);
    for (const u of WIRED_USES) {
      if (!has(s, u.needle)) continue;
      const m = u.re.exec(s.code);
      // a call at module level runs when the module is loaded: wired exactly when some entry loads it
      if (m) out.push({ kind: u.kind, name: u.name, file: s.path, line: lineAt(s.code, m.index), wired: isLoaded });
    }
    for (const h of HEADER_SETTERS) {
      if (!has(s, h.needle)) continue;
      const m = h.re.exec(s.code);
      if (!m) continue;
      const { name, inlineMiddleware } = enclosingDefinition(s.code, m.index);
      out.push({ kind: h.kind, name, file: s.path, line: lineAt(s.code, m.index), wired: isLoaded && (inlineMiddleware || registered.has(name)) });
    }
  }
  return out;
}

/**
 * The definition a header is set in: an `@app.middleware(...)` function (wired with its module),
 * else the top-level class or function around it (wired when registered by name), else an
 * Express-style inline `app.use((req, res, next) => ...)`.
 */
function enclosingDefinition(text: string, index: number): { name: string; inlineMiddleware: boolean } {
  const before = text.slice(0, index);
  let def: RegExpMatchArray | undefined;
  for (const m of before.matchAll(/^[ \t]*(@\w+\.middleware\([^)]*\)[ \t]*\n)?[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/gm)) def = m;
  if (def?.[1]) return { name: def[2], inlineMiddleware: true };
  // column 0: a method belongs to its class, a nested function to the function around it
  let top: RegExpMatchArray | undefined;
  for (const m of before.matchAll(/^(?:class[ \t]+(\w+)|(?:async[ \t]+)?def[ \t]+(\w+)|(?:export[ \t]+)?(?:default[ \t]+)?(?:async[ \t]+)?function[ \t]+(\w+)|(?:export[ \t]+)?(?:const|let)[ \t]+(\w+)[ \t]*=|(?:export[ \t]+)?class[ \t]+(\w+))/gm)) top = m;
  const inlineUse = /\.use\(\s*(?:async\s*)?(?:function\s*\w*)?\(\s*\w+\s*,\s*\w+\s*,\s*\w+\s*\)/.test(before.slice(-600));
  if (inlineUse) return { name: 'inline', inlineMiddleware: true };
  return { name: top?.[1] ?? top?.[2] ?? top?.[3] ?? top?.[4] ?? top?.[5] ?? 'inline', inlineMiddleware: false };
}
