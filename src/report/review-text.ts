import { label, messages, type Lang, type Messages } from '../i18n/index.js';
import type { BarResult, ScoredItem, ScoredReport } from '../score/types.js';
import { clip, plain } from './escape.js';
import { bar } from './review-bar.js';
import { EVIDENCE_PER_ITEM, MESSAGE_MAX, STATUS_MARK, displayWidth, doneRatio, itemById, location, padEnd, pct, policyNoteText, splitSections, stageName, gateReason, summaryOf, remedyOf, evidenceMessage } from './review-parts.js';

export interface TextOptions {
  /** bar width in cells */
  width?: number;
}

const t = (s: string) => plain(clip(s, MESSAGE_MAX));

function tags(it: ScoredItem, m: Messages): string {
  const parts = [m.status[it.status], m.grade[it.risk]];
  if (it.blocking) parts.push(m.blocking);
  if (it.attested) parts.push(m.attested);
  if (it.waived) parts.push(m.waived);
  if (it.missing) parts.push(m.missingCheck);
  return `[${parts.join(' · ')}]`;
}

/** An item with its summary, evidence (file:line message) and remedy, indented under `pad`. */
function itemLines(it: ScoredItem, lang: Lang, m: Messages, pad: string): string[] {
  const out = [`${pad}${STATUS_MARK[it.status]} ${it.id}  ${t(label(it, lang))}  ${tags(it, m)}`];
  const inner = `${pad}    `;
  if (it.summary) out.push(`${inner}${t(summaryOf(it, lang))}`);
  const shown = it.evidence.slice(0, EVIDENCE_PER_ITEM.text);
  for (const e of shown) {
    const loc = location(e);
    out.push(`${inner}${loc ? `${t(loc)}  ` : ''}${t(evidenceMessage(e, lang))}`);
  }
  if (it.evidence.length > shown.length) out.push(`${inner}${m.moreEvidence(it.evidence.length - shown.length)}`);
  if (it.remedy) out.push(`${inner}${m.remedy}: ${t(remedyOf(it, lang)!)}`);
  return out;
}

function barLine(b: BarResult, lang: Lang, m: Messages): string {
  const scope = b.kind === 'overall' ? m.overall : label(b, lang);
  return `${b.met ? '✓' : '✗'} ${t(scope)} ${pct(b.current)} / ${b.required}%`;
}

function gapLines(b: BarResult, report: ScoredReport, lang: Lang, m: Messages, pad: string): string[] {
  const items = itemById(report);
  const out = [`${pad}${barLine(b, lang, m)}  (${m.enough(b.enough)})`];
  for (const r of b.raise.slice(0, Math.max(b.enough, 3))) {
    const it = items.get(r.id)!;
    out.push(`${pad}    ${STATUS_MARK[r.status]} ${r.id}  ${t(label(it, lang))}  +${r.gain}`);
  }
  if (b.raise.length > Math.max(b.enough, 3)) out.push(`${pad}    ${m.moreEvidence(b.raise.length - Math.max(b.enough, 3))}`);
  return out;
}

/** The review for a terminal: unicode bars, one block per part, repository values made plain. */
export function renderText(report: ScoredReport, lang: Lang = 'en', opts: TextOptions = {}): string {
  const m = messages(lang);
  const width = opts.width ?? 20;
  const out: string[] = [`${m.title} (${t(report.checklist)})`, ''];

  if (report.verdict === 'nothing-to-judge') {
    out.push(`${m.readiness}: ${m.nothingToJudge}`, m.nothingToJudgeDetail, '', `${m.gate}: ${m.gatePassed} — ${t(gateReason(report, lang))}`);
    return out.join('\n') + '\n';
  }

  const met = stageName(report, report.stage.met, lang) ?? m.noStageMet;
  const next = stageName(report, report.stage.next, lang) ?? m.allStagesMet;
  out.push(
    `${m.readiness} ${pct(report.score)}  ${bar(report.score, width)}`,
    `${m.stageMet}: ${met} · ${m.nextStage}: ${next}`,
    `${m.gate}: ${report.gate.passed ? m.gatePassed : m.gateFailed} — ${t(gateReason(report, lang))}`,
    '',
    m.blockingRisks,
  );
  const items = itemById(report);
  if (report.blocking.length) for (const id of report.blocking) out.push(...itemLines(items.get(id)!, lang, m, '  '));
  else out.push(`  ${m.noBlocking}`);

  out.push('', m.byArea);
  const names = report.sections.map((s) => t(label(s, lang)));
  const nameWidth = Math.max(...[...names, m.overall].map(displayWidth));
  report.sections.forEach((s, i) => out.push(`  ${padEnd(names[i], nameWidth)}  ${pct(s.score).padStart(6)}  ${bar(s.score, width)}  ${doneRatio(s)}`));
  out.push(`  ${padEnd(m.overall, nameWidth)}  ${pct(report.score).padStart(6)}  ${bar(report.score, width)}  ${doneRatio(report.overall)}`);

  for (const { section, done, notDone, notApplicable } of splitSections(report)) {
    out.push('', `${t(label(section, lang))}  ${pct(section.score)}`);
    out.push(`  ${m.done}`);
    if (done.length) for (const it of done) out.push(...itemLines(it, lang, m, '    '));
    else out.push(`    ${m.none}`);
    out.push(`  ${m.notDone}`);
    if (notDone.length) for (const it of notDone) out.push(...itemLines(it, lang, m, '    '));
    else out.push(`    ${m.none}`);
    if (notApplicable.length) out.push(`  ${m.notApplicable}: ${notApplicable.map((i) => i.id).join(', ')}`);
  }

  out.push('', m.stages);
  for (const st of report.stage.stages) {
    out.push(`  ${st.met ? '✓' : '✗'} ${t(label(st, lang))}: ${st.met ? m.met : m.notMet}`);
    for (const b of st.bars) out.push(`      ${barLine(b, lang, m)}`);
  }
  const nextStage = report.stage.stages.find((s) => s.id === report.stage.next);
  if (nextStage) {
    out.push('', `${m.standsBefore(t(label(nextStage, lang)))}`);
    for (const b of report.stage.gaps) out.push(...gapLines(b, report, lang, m, '  '));
    if (nextStage.targets) {
      out.push(`  ${m.targets} (${m.targetsNote}):`);
      for (const line of m.targetLines(nextStage.targets)) out.push(`    ${line}`);
    }
  }

  out.push('', m.risks);
  for (const grade of ['high', 'medium', 'low'] as const) {
    const rs = report.risks[grade];
    out.push(`  ${m.grade[grade]} (${rs.length})`);
    for (const r of rs) {
      const it = items.get(r.id)!;
      out.push(`    ${STATUS_MARK[r.status]} ${r.id}  ${t(label(it, lang))}  ${tags(it, m)}`);
    }
  }
  if (report.policy.length) {
    out.push('', m.policy);
    for (const n of report.policy) out.push(`  ${t(policyNoteText(n, lang))}`);
  }
  return out.join('\n') + '\n';
}
