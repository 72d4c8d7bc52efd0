import { label, messages, type Lang, type Messages } from '../i18n/index.js';
import type { BarResult, ScoredItem, ScoredReport } from '../score/types.js';
import { clip, codeSpan, escapeMarkdown } from './escape.js';
import { bar } from './review-bar.js';
import { fitBlocks, type Block } from './review-fit.js';
import { evidenceMessage, summaryOf, remedyOf, EVIDENCE_PER_ITEM, MESSAGE_MAX, doneRatio, itemById, location, pct, policyNoteText, splitSections, stageName, gateReason } from './review-parts.js';

export interface MarkdownOptions {
  /** the most characters the output may have (a GitHub comment holds 65,536) */
  limit?: number;
  /** heading level of the title, 1-4 */
  level?: number;
  /** where the untruncated review is (the job summary of the run): named in the truncation note */
  fullAt?: string;
}

export const DEFAULT_MARKDOWN_LIMIT = 65_536;

const MARK: Record<ScoredItem['status'], string> = { pass: '✅', partial: '🟡', fail: '❌', unverified: '❔', 'not-applicable': '➖' };

/** Escaped and clipped: every value from a repository or a checklist file goes through here. */
const e = (s: string) => escapeMarkdown(clip(s, MESSAGE_MAX));

function tags(it: ScoredItem, m: Messages): string {
  const parts = [m.status[it.status], m.grade[it.risk]];
  if (it.blocking) parts.push(`**${m.blocking}**`);
  if (it.attested) parts.push(m.attested);
  if (it.waived) parts.push(`*${m.waived}*`);
  if (it.missing) parts.push(m.missingCheck);
  return parts.join(', ');
}

function itemBlock(it: ScoredItem, lang: Lang, m: Messages): string {
  const out = [`- ${MARK[it.status]} **${e(label(it, lang))}** (${codeSpan(it.id)}; ${tags(it, m)})${it.summary ? ` — ${e(summaryOf(it, lang))}` : ''}`];
  const shown = it.evidence.slice(0, EVIDENCE_PER_ITEM.markdown);
  for (const ev of shown) {
    const loc = location(ev);
    out.push(`  - ${loc ? `${codeSpan(clip(loc, MESSAGE_MAX))} ` : ''}${e(evidenceMessage(ev, lang))}`);
  }
  if (it.evidence.length > shown.length) out.push(`  - ${e(m.moreEvidence(it.evidence.length - shown.length))}`);
  if (it.remedy) out.push(`  - **${m.remedy}**: ${e(remedyOf(it, lang)!)}`);
  return out.join('\n');
}

function barText(b: BarResult, lang: Lang, m: Messages): string {
  const scope = b.kind === 'overall' ? m.overall : label(b, lang);
  return `${b.met ? '✅' : '❌'} ${e(scope)} ${pct(b.current)} / ${b.required}%`;
}

/**
 * The review as GitHub markdown: summary, blocking risks, the per-area table, stages and risks are
 * always kept; the per-section details are dropped from the end when the text would pass `limit`.
 */
export function renderMarkdown(report: ScoredReport, lang: Lang = 'en', opts: MarkdownOptions = {}): string {
  const m = messages(lang);
  const limit = opts.limit ?? DEFAULT_MARKDOWN_LIMIT;
  const h = (n: number) => '#'.repeat(Math.min(6, (opts.level ?? 2) + n - 1));
  const blocks: Block[] = [];
  const keep = (text: string) => blocks.push({ text, keep: true });
  const drop = (text: string) => blocks.push({ text, keep: false });

  keep(`${h(1)} ${m.title} (${e(report.checklist)})\n`);
  if (report.verdict === 'nothing-to-judge') {
    keep(`**${m.readiness}: ${m.nothingToJudge}** — ${m.nothingToJudgeDetail}\n`);
    keep(`**${m.gate}**: ✅ ${m.gatePassed} — ${e(gateReason(report, lang))}\n`);
    return fitBlocks(blocks, limit, (n) => `\n> ${m.truncated(n, limit)}${opts.fullAt ? ` ${m.fullAt(opts.fullAt)}` : ''}\n`);
  }

  const met = stageName(report, report.stage.met, lang);
  const next = stageName(report, report.stage.next, lang);
  keep(
    [
      `**${m.readiness}: ${pct(report.score)}** \`${bar(report.score)}\``,
      '',
      `**${m.stageMet}**: ${met ? e(met) : m.noStageMet} · **${m.nextStage}**: ${next ? e(next) : m.allStagesMet}`,
      '',
      `**${m.gate}**: ${report.gate.passed ? `✅ ${m.gatePassed}` : `❌ ${m.gateFailed}`} — ${e(gateReason(report, lang))}`,
      '',
    ].join('\n'),
  );

  const items = itemById(report);
  keep(`${h(2)} ${m.blockingRisks}\n\n${report.blocking.length ? report.blocking.map((id) => itemBlock(items.get(id)!, lang, m)).join('\n') : m.noBlocking}\n`);

  const rows = report.sections.map((s) => `| ${e(label(s, lang))} | ${pct(s.score)} | \`${bar(s.score, 10)}\` | ${doneRatio(s)} |`);
  rows.push(`| **${m.overall}** | **${pct(report.score)}** | \`${bar(report.score, 10)}\` | ${doneRatio(report.overall)} |`);
  keep(`${h(2)} ${m.byArea}\n\n| ${m.area} | ${m.readiness} | | ${m.items} |\n|---|---:|---|---:|\n${rows.join('\n')}\n`);

  const stageLines = report.stage.stages.map((st) => `- ${st.met ? '✅' : '❌'} **${e(label(st, lang))}**: ${st.met ? m.met : m.notMet} — ${st.bars.map((b) => barText(b, lang, m)).join(' · ')}`);
  const nextStage = report.stage.stages.find((s) => s.id === report.stage.next);
  if (nextStage) {
    stageLines.push('', `**${m.standsBefore(e(label(nextStage, lang)))}**`, '');
    for (const b of report.stage.gaps) {
      const raise = b.raise.slice(0, Math.max(b.enough, 3)).map((r) => `${codeSpan(r.id)} (${m.status[r.status]}, +${r.gain})`);
      stageLines.push(`- ${barText(b, lang, m)} — ${m.raiseWith}: ${raise.join(', ')}${b.raise.length > raise.length ? ` ${e(m.moreEvidence(b.raise.length - raise.length))}` : ''} (${m.enough(b.enough)})`);
    }
    if (nextStage.targets) stageLines.push(`- ${m.targets} (${m.targetsNote}): ${m.targetLines(nextStage.targets).map(e).join(' · ')}`);
  }
  keep(`${h(2)} ${m.stages}\n\n${stageLines.join('\n')}\n`);

  const riskLines: string[] = [];
  for (const grade of ['high', 'medium', 'low'] as const) {
    const rs = report.risks[grade];
    riskLines.push(`- **${m.grade[grade]}** (${rs.length})${rs.length ? ': ' : ''}${rs.map((r) => `${MARK[r.status]} ${e(label(items.get(r.id)!, lang))} ${codeSpan(r.id)}${r.blocking ? ` **${m.blocking}**` : ''}${r.waived ? ` *${m.waived}*` : ''}`).join(' · ')}`);
  }
  keep(`${h(2)} ${m.risks}\n\n${riskLines.join('\n')}\n`);
  // short, and the reason waivers cannot pile up unseen: never dropped
  if (report.policy.length) keep(`${h(2)} ${m.policy}\n\n${report.policy.map((n) => `- ${e(policyNoteText(n, lang))}`).join('\n')}\n`);

  for (const { section, done, notDone, notApplicable } of splitSections(report)) {
    const parts = [`${h(2)} ${e(label(section, lang))} — ${pct(section.score)}\n`];
    parts.push(`**${m.notDone}**\n\n${notDone.length ? notDone.map((it) => itemBlock(it, lang, m)).join('\n') : m.none}\n`);
    parts.push(`<details><summary>${m.done} (${done.length})</summary>\n\n${done.length ? done.map((it) => itemBlock(it, lang, m)).join('\n') : m.none}\n\n</details>\n`);
    if (notApplicable.length) parts.push(`${m.notApplicable}: ${notApplicable.map((i) => codeSpan(i.id)).join(', ')}\n`);
    drop(parts.join('\n'));
  }
  return fitBlocks(blocks, limit, (n) => `\n> ${m.truncated(n, limit)}${opts.fullAt ? ` ${m.fullAt(opts.fullAt)}` : ''}\n`);
}
