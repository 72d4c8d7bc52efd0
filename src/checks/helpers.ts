import type { Evidence } from './types.js';
import type { ReviewView, ProdService } from './view.js';
import type { DocKind } from '../inventory/documents/kinds.js';
import type { Job, Step } from '../inventory/workflows/index.js';
import { at, absent, english, fail, korean, list, partial, pass, t, unverified, type Judgement, type Text } from './check.js';
import { KINDS } from '../inventory/documents/kinds.js';

/** The place most absences are looked for. */
export const REPOSITORY = t('the repository', '저장소');

/** "Kind name" of a resource for Korean evidence, with no trailing space when it has no name. */
export const kindName = (o: { kind: string; name?: string }): string => (o.name ? `${o.kind} ${o.name}` : o.kind);

/** The strength of a document in Korean. */
export const STRENGTH_KO = { procedure: '절차', plan: '계획', mention: '언급' } as const;

/** Evidence of the backup document found, with its strength. */
export const backupDocument = (doc: { path: string; line: number; strength: keyof typeof STRENGTH_KO }): Evidence => at(doc.path, doc.line, t(`backup document (${doc.strength})`, `백업 문서 (${STRENGTH_KO[doc.strength]})`));

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
  if (d?.strength === 'procedure' && !titled) return partial(t(`${w} is a section of ${d.path}, not a procedure of its own`, `${k}: ${d.path}의 한 절일 뿐 별도 절차 문서 없음`), [at(d.path, d.line, t(`${w} steps inside "${d.title ?? d.path}"`, `"${d.title ?? d.path}" 안의 ${k} 단계`)), ...extra], remedy);
  if (d?.strength === 'procedure') return pass(t(`${w}: ${d.path} has the steps${d.has.length ? ` (${d.has.join(', ')})` : ''}`, `${k}: ${d.path}에 단계가 문서화됨${d.has.length ? ` (${d.has.join(', ')})` : ''}`), [at(d.path, d.line, t(`${w} (${d.has.join(', ') || 'procedure'})`, `${k} (${d.has.join(', ') || '절차'})`)), ...extra]);
  if (d?.strength === 'plan') return partial(t(`${w} is planned or described, not written as a procedure (${d.path})`, `${k}: 계획·설명만 있고 절차로 작성되지 않음 (${d.path})`), [at(d.path, d.line, t(`describes ${w} without runnable steps, owners or commands`, `${k} 설명만 있고 실행 가능한 단계, 담당자, 명령 없음`)), ...extra], remedy);
  const docs = view.inv.documents.documents.length;
  const mention = d ? [at(d.path, d.line, t(`only mentions ${w}`, `${k} 언급만 있음`))] : [];
  return fail(t(`no ${w} in the repository`, `저장소에 ${k} 부재`), [...mention, absent(t(`${/^[aeiou]/.test(w) ? "an" : "a"} ${w} document (headings on the topic with ordered steps, commands or owners)`, `${k} 문서 (주제 제목 아래 순서 있는 단계, 명령 또는 담당자)`), t(`${docs} markdown documents`, `마크다운 문서 ${docs}개`)), ...extra], remedy);
}

/** Attestation-only items: nothing in a repository shows them. */
export function attestOnly(what: Text): Judgement {
  const w = english(what);
  const k = korean(what) ?? w;
  return unverified(
    t(`${w} cannot be shown by a repository`, `${k}: 저장소로는 확인 불가`),
    [absent(t(`evidence of ${w}`, `${k} 증빙`), t('the repository (this needs an attestation)', '저장소 (확인서 필요)'))],
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
  return fail(texts.none, ev.length ? ev : [absent(t('production services', '프로덕션 서비스'), t('compose, Kubernetes and Helm files', 'compose, Kubernetes, Helm 파일'))], texts.remedy(names));
}

/** Evidence of the CPU and memory a service declares. */
export const limitsOf = (s: ProdService): Evidence => at(s.limits!.at.file, s.limits!.at.line, t(`${s.name}: cpu ${s.limits!.cpu ?? '-'}, memory ${s.limits!.memory ?? '-'}`, `${s.name}: CPU ${s.limits!.cpu ?? '-'}, 메모리 ${s.limits!.memory ?? '-'}`));

export const names = (xs: { name: string }[]) => list(xs.map((x) => x.name));
