import type { Evidence } from './types.js';
import type { ReviewView, ProdService } from './view.js';
import type { DocKind } from '../inventory/documents/kinds.js';
import type { Job, Step } from '../inventory/workflows/index.js';
import { at, absent, english, fail, korean, list, partial, pass, t, unverified, type Judgement, type Text } from './check.js';
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
 * design passes partly; a document that only mentions the topic does not count. `what` names the
 * procedure in both languages (a plain string is used as is in the Korean sentences too).
 */
export function judgeProcedure(view: ReviewView, kinds: DocKind[], what: Text, remedy: Text, extra: Evidence[] = []): Judgement {
  const w = english(what);
  const k = korean(what) ?? w;
  const d = bestDoc(view, kinds);
  // a section inside a general guide is a start, not the procedure a team can be held to
  const titled = !!d && KINDS.some((kd) => kinds.includes(kd.kind) && (kd.topic.test((d.title ?? '').toLowerCase()) || !!kd.names?.test(d.path.slice(d.path.lastIndexOf('/') + 1))));
  if (d?.strength === 'procedure' && !titled) return partial(t(`${w} is a section of ${d.path}, not a procedure of its own`, `${k}: ${d.path}의 한 절일 뿐 별도 절차 문서 없음`), [at(d.path, d.line, `${w} steps inside "${d.title ?? d.path}"`), ...extra], remedy);
  if (d?.strength === 'procedure') return pass(t(`${w}: ${d.path} has the steps${d.has.length ? ` (${d.has.join(', ')})` : ''}`, `${k}: ${d.path}에 단계가 문서화됨${d.has.length ? ` (${d.has.join(', ')})` : ''}`), [at(d.path, d.line, `${w} (${d.has.join(', ') || 'procedure'})`), ...extra]);
  if (d?.strength === 'plan') return partial(t(`${w} is planned or described, not written as a procedure (${d.path})`, `${k}: 계획·설명만 있고 절차로 작성되지 않음 (${d.path})`), [at(d.path, d.line, `describes ${w} without runnable steps, owners or commands`), ...extra], remedy);
  const mention = d ? [at(d.path, d.line, `only mentions ${w}`)] : [];
  return fail(t(`no ${w} in the repository`, `저장소에 ${k} 부재`), [...mention, absent(`${/^[aeiou]/.test(w) ? "an" : "a"} ${w} document (headings on the topic with ordered steps, commands or owners)`, `${view.inv.documents.documents.length} markdown documents`), ...extra], remedy);
}

/** Attestation-only items: nothing in a repository shows them. */
export function attestOnly(what: Text): Judgement {
  const w = english(what);
  const k = korean(what) ?? w;
  return unverified(
    t(`${w} cannot be shown by a repository`, `${k}: 저장소로는 확인 불가`),
    [absent(`evidence of ${w}`, 'the repository (this needs an attestation)')],
    t(`attest ${w} in .github/readiness.yml (who, when, link to evidence, expiry)`, `.github/readiness.yml에 ${k} 확인서를 작성하십시오 (확인자, 일자, 증빙 링크, 만료일)`),
  );
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
  texts: { all: Text; some: (bad: string[]) => Text; none: Text; remedy: (bad: string[]) => Text },
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
