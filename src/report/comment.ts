import type { ScoredReport } from '../score/types.js';
import type { ReviewDiff } from './diff.js';
import { renderMarkdown } from './review-markdown.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { gateReason } from './review-parts.js';

export const COMMENT_LIMIT = 65_536;

const T = {
  en: {
    passed: 'Readiness Gate passed',
    failed: 'Readiness Gate failed',
    changes: 'What this pull request changes',
    score: (a: string, b: string) => `Readiness ${a} → ${b}`,
    newlyFailing: 'Newly failing',
    newlyFixed: 'Newly fixed',
    newBlocking: 'New blocking risks',
    resolvedBlocking: 'Blocking risks resolved',
    noChange: 'No item changed status.',
    noBase: 'The base commit could not be judged, so changes are not shown.',
    full: 'Full review',
    apps: (failed: number, total: number) => `${failed} of ${total} apps below the bar`,
    appColumns: ['App', 'Path', 'Readiness', 'Change', 'Stage met', 'Blocking', 'Gate'],
  },
  ko: {
    passed: 'Readiness Gate 통과',
    failed: 'Readiness Gate 실패',
    changes: '이 풀 리퀘스트의 변화',
    score: (a: string, b: string) => `준비도 ${a} → ${b}`,
    newlyFailing: '새로 실패한 항목',
    newlyFixed: '새로 해결된 항목',
    newBlocking: '새 차단 위험',
    resolvedBlocking: '해소된 차단 위험',
    noChange: '상태가 바뀐 항목이 없습니다.',
    noBase: '기준 커밋을 판정하지 못해 변화는 표시하지 않습니다.',
    full: '전체 검토',
    apps: (failed: number, total: number) => `앱 ${total}개 중 ${failed}개 기준 미달`,
    appColumns: ['앱', '경로', '준비도', '변화', '달성 단계', '차단 위험', '게이트'],
  },
};

const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

/** The sticky pull request comment: verdict, what changed, then the review within GitHub's limit. */
export function renderComment(report: ScoredReport, diff: ReviewDiff | undefined, lang: 'en' | 'ko', opts: { marker: string; summaryUrl?: string; limit?: number }): string {
  const t = T[lang];
  const limit = opts.limit ?? COMMENT_LIMIT;
  const head: string[] = [opts.marker, `## ${report.gate.passed ? '✅' : '❌'} ${report.gate.passed ? t.passed : t.failed}`, '', escapeMarkdown(gateReason(report, lang)), ''];
  head.push(`### ${t.changes}`, '');
  if (!diff) head.push(t.noBase, '');
  else {
    head.push(`**${t.score(pct(diff.before), pct(diff.after))}**`, '');
    const list = (title: string, ids: string[]) => {
      if (!ids.length) return;
      head.push(`- ${title}: ${ids.map((i) => codeSpan(i)).join(', ')}`);
    };
    list(t.newBlocking, diff.newBlocking);
    list(t.newlyFailing, diff.newlyFailing);
    list(t.newlyFixed, diff.newlyFixed);
    list(t.resolvedBlocking, diff.resolvedBlocking);
    if (!diff.newlyFailing.length && !diff.newlyFixed.length && !diff.newBlocking.length && !diff.resolvedBlocking.length) head.push(t.noChange);
    head.push('');
  }
  const top = head.join('\n');
  const body = renderMarkdown(report, lang, { limit: limit - top.length - 200, fullAt: opts.summaryUrl });
  return `${top}\n${body}`.slice(0, limit);
}

export interface AppComment {
  name: string;
  /** the app's folder ('' for the root) */
  path: string;
  report: ScoredReport;
  diff?: ReviewDiff;
}

/**
 * A monorepo's comment: one row per app (readiness, change against the base, stage, blocking,
 * gate), then each app's own comment folded, sharing what is left of the limit.
 */
export function renderAppsComment(apps: readonly AppComment[], lang: 'en' | 'ko', opts: { marker: string; summaryUrl?: string; limit?: number }): string {
  if (apps.length === 1) return renderComment(apps[0].report, apps[0].diff, lang, opts);
  const t = T[lang];
  const limit = opts.limit ?? COMMENT_LIMIT;
  const failed = apps.filter((a) => !a.report.gate.passed).length;
  const lines = [opts.marker, `## ${failed ? '❌' : '✅'} ${failed ? t.failed : t.passed} — ${t.apps(failed, apps.length)}`, ''];
  lines.push(`| ${t.appColumns.join(' | ')} |`, '|---|---|---:|---|---|---:|---|');
  for (const a of apps) {
    const r = a.report;
    const change = a.diff ? `${pct(a.diff.before)} → ${pct(a.diff.after)}` : '—';
    lines.push(`| ${escapeMarkdown(a.name)} | ${codeSpan(a.path || '.', true)} | ${pct(r.score)} | ${change} | ${r.stage.met ? codeSpan(r.stage.met, true) : '—'} | ${r.blocking.length} | ${r.gate.passed ? '✅' : '❌'} |`);
  }
  lines.push('');
  const top = lines.join('\n');
  // each app gets an equal share of what the table leaves, folded so the table stays readable
  const share = Math.floor((limit - top.length) / apps.length) - 120;
  const parts = apps.map((a) => {
    const inner = renderComment(a.report, a.diff, lang, { marker: '', summaryUrl: opts.summaryUrl, limit: Math.max(share, 0) }).replace(/^\n/, '');
    return `<details><summary>${escapeMarkdown(a.name)} — ${a.report.gate.passed ? '✅' : '❌'} ${pct(a.report.score)}</summary>\n\n${inner}\n\n</details>`;
  });
  return `${top}\n${parts.join('\n')}`.slice(0, limit);
}
