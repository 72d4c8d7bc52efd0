import type { Evidence } from './types.js';
import type { ReviewView, ProdService } from './view.js';
import type { DocKind } from '../inventory/documents/kinds.js';
import type { Job, Step } from '../inventory/workflows/index.js';
import { at, absent, fail, list, partial, pass, unverified, type Judgement } from './check.js';
import { KINDS } from '../inventory/documents/kinds.js';

/** The strongest document of a kind: procedure > plan > mention. */
export function bestDoc(view: ReviewView, kinds: DocKind[]): { path: string; strength: 'procedure' | 'plan' | 'mention'; line: number; has: string[]; title?: string } | undefined {
  const rank = { procedure: 0, plan: 1, mention: 2 } as const;
  let best: ReturnType<typeof bestDoc>;
  for (const d of view.inv.documents.documents) {
    for (const k of d.kinds) {
      if (!kinds.includes(k.kind)) continue;
      if (!best || rank[k.strength] < rank[best.strength]) best = { path: d.path, strength: k.strength, line: k.evidence[0]?.line ?? 1, has: k.has, title: d.title };
    }
  }
  return best;
}

/**
 * Procedure items: a document with the substance of a procedure passes; a plan, strategy or
 * design passes partly; a document that only mentions the topic does not count.
 */
export function judgeProcedure(view: ReviewView, kinds: DocKind[], what: string, remedy: string, extra: Evidence[] = []): Judgement {
  const d = bestDoc(view, kinds);
  // a section inside a general guide is a start, not the procedure a team can be held to
  const titled = !!d && KINDS.some((k) => kinds.includes(k.kind) && (k.topic.test((d.title ?? '').toLowerCase()) || !!k.names?.test(d.path.slice(d.path.lastIndexOf('/') + 1))));
  if (d?.strength === 'procedure' && !titled) return partial(`${what} is a section of ${d.path}, not a procedure of its own`, [at(d.path, d.line, `${what} steps inside "${d.title ?? d.path}"`), ...extra], remedy);
  if (d?.strength === 'procedure') return pass(`${what}: ${d.path} has the steps${d.has.length ? ` (${d.has.join(', ')})` : ''}`, [at(d.path, d.line, `${what} (${d.has.join(', ') || 'procedure'})`), ...extra]);
  if (d?.strength === 'plan') return partial(`${what} is planned or described, not written as a procedure (${d.path})`, [at(d.path, d.line, `describes ${what} without runnable steps, owners or commands`), ...extra], remedy);
  const mention = d ? [at(d.path, d.line, `only mentions ${what}`)] : [];
  return fail(`no ${what} in the repository`, [...mention, absent(`${/^[aeiou]/.test(what) ? "an" : "a"} ${what} document (headings on the topic with ordered steps, commands or owners)`, `${view.inv.documents.documents.length} markdown documents`), ...extra], remedy);
}

/** Attestation-only items: nothing in a repository shows them. */
export function attestOnly(what: string): Judgement {
  return unverified(`${what} cannot be shown by a repository`, [absent(`evidence of ${what}`, 'the repository (this needs an attestation)')], `attest ${what} in .github/readiness.yml (who, when, link to evidence, expiry)`);
}

export function allJobs(view: ReviewView): Job[] {
  return view.inv.workflows.workflows.flatMap((w) => w.jobs);
}

export function stepsTagged(view: ReviewView, tag: string | RegExp): Step[] {
  return allJobs(view).flatMap((j) => j.steps.filter((s) => s.tags.some((t) => (typeof tag === 'string' ? t === tag : tag.test(t)))));
}

/** Pass when every service qualifies, partial when some do, fail when none. */
export function share(
  items: ProdService[],
  ok: (s: ProdService) => boolean,
  texts: { all: string; some: (bad: string[]) => string; none: string; remedy: (bad: string[]) => string },
  evidence: (s: ProdService, good: boolean) => Evidence,
): Judgement {
  const good = items.filter(ok);
  const bad = items.filter((s) => !ok(s));
  const ev = [...bad.map((s) => evidence(s, false)), ...good.map((s) => evidence(s, true))];
  if (items.length && bad.length === 0) return pass(texts.all, ev);
  const names = bad.map((s) => s.name);
  if (good.length) return partial(texts.some(names), ev, texts.remedy(names));
  return fail(texts.none, ev.length ? ev : [absent('production services', 'compose, Kubernetes and Helm files')], texts.remedy(names));
}

export const names = (xs: { name: string }[]) => list(xs.map((x) => x.name));
