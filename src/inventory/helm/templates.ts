/**
 * What a chart's templates can emit, read with cheap line scans (no Helm, no Go templates):
 * each `kind:` line with the `.Values` switches of the `if`/`with` blocks around it.
 */
export interface TemplateKind {
  kind: string;
  file: string;
  line: number;
  /** value paths that must be on (or, with `not`, off) for the kind to be emitted, outermost first */
  guards: { path: string; negated: boolean }[];
}

export interface TemplateScan {
  kinds: TemplateKind[];
  /** value paths the templates read: `.Values.resources`, `.Values.livenessProbe` ... */
  reads: Set<string>;
  probes: { liveness: boolean; readiness: boolean; startup: boolean };
}

const ACTION = /\{\{-?\s*(if|else if|with|range|define|block|end|else)\b([^}]*)\}\}/g;
const VALUE = /\.Values\.([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)/g;
const KIND = /^kind:\s*["']?([A-Za-z]+)["']?\s*$/;

/** The switch of an `if` condition: its first value path, negated by `not`. */
function guardOf(cond: string): { path: string; negated: boolean } | undefined {
  const m = /\.Values\.([\w.]+)/.exec(cond);
  if (!m) return undefined;
  return { path: m[1], negated: /^\s*not\b/.test(cond) || /\(\s*not\s+\.Values/.test(cond) };
}

export function scanTemplate(text: string, file: string, into: TemplateScan): void {
  const stack: ({ path: string; negated: boolean } | undefined)[] = [];
  if (text.includes('livenessProbe')) into.probes.liveness = true;
  if (text.includes('readinessProbe')) into.probes.readiness = true;
  if (text.includes('startupProbe')) into.probes.startup = true;
  for (const v of text.matchAll(VALUE)) into.reads.add(v[1]);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('{{')) {
      for (const tok of line.matchAll(ACTION)) {
        const what = tok[1];
        if (what === 'end') stack.pop();
        else if (what === 'else' || what === 'else if') {
          // the else branch runs when the guard is off: flip it
          const top = stack.pop();
          stack.push(top && what === 'else' ? { path: top.path, negated: !top.negated } : undefined);
        } else stack.push(what === 'if' || what === 'with' ? guardOf(tok[2]) : undefined);
      }
      continue;
    }
    if (!line.startsWith('kind:')) continue;
    const k = KIND.exec(line.trim());
    if (k) into.kinds.push({ kind: k[1], file, line: i + 1, guards: stack.filter((g): g is { path: string; negated: boolean } => !!g) });
  }
}
