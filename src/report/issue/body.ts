import type { Evidence } from '../../checks/types.js';
import type { StageId } from '../../checklist/types.js';
import { label, messages, type Lang } from '../../i18n/index.js';
import { judgeTargets, type OperationalFigures, type TargetResult } from '../../operations/figures.js';
import type { ScoredItem, ScoredReport } from '../../score/types.js';
import { clip, codeSpan, escapeMarkdown } from '../escape.js';
import { bar } from '../review-bar.js';
import { fitBlocks, type Block } from '../review-fit.js';
import { MESSAGE_MAX, remedyOf, summaryOf, gateReason, itemById, location, pct, splitSections, stageName } from '../review-parts.js';
import { changesSince, writeHistory, type History } from './history.js';
import { trendChart } from './trend-chart.js';
import { issueWords, unmeasuredReason, type IssueWords } from './words.js';

export interface IssueBodyInput {
  report: ScoredReport;
  lang: Lang;
  /** what was scanned, e.g. `owner/name` or `owner/name/services/api` */
  title: string;
  /** the scanned commit */
  sha: string;
  /** `https://github.com/owner/name`; without it evidence is named, not linked */
  repoUrl?: string;
  /** folder of the scan inside the repository ('' for the root): evidence paths are relative to it */
  pathPrefix: string;
  at: Date;
  /** the stage the configuration requires (shown as met / not met) */
  requiredStage?: StageId;
  /** figures of section 7.2; undefined when they were not measured (no token) */
  operations?: OperationalFigures;
  /** the history before this run, and with it */
  previous: History;
  history: History;
  marker: string;
  /** 65,536 for an issue body */
  limit?: number;
}

const e = (s: string) => escapeMarkdown(clip(s, MESSAGE_MAX));
const MARK: Record<ScoredItem['status'], string> = { pass: '✅', partial: '🟡', fail: '❌', unverified: '❔', 'not-applicable': '➖' };
/** Most recommendations listed per priority: a plan, not the whole checklist again. */
const PER_PRIORITY = 8;

/** Items of the review's "operational" risks (5.2): procedures, not technology. */
export function isOperational(it: ScoredItem): boolean {
  return it.groups.includes('procedures') || it.section.endsWith('.procedures');
}

/**
 * The scheduled report issue: the hand-written review's structure (overview, readiness per area,
 * risks, checklist, success criteria, recommendations) regenerated from evidence, with the
 * history of earlier runs. The marker and the history block come first so that cutting the body
 * to the limit can never lose them.
 */
export function renderIssueBody(input: IssueBodyInput): string {
  const { report, lang } = input;
  const m = messages(lang);
  const w = issueWords(lang);
  const limit = input.limit ?? 65_536;
  const byId = itemById(report);
  const blocks: Block[] = [];
  const keep = (text: string) => blocks.push({ text, keep: true });
  const drop = (text: string) => blocks.push({ text, keep: false });
  const date = input.at.toISOString().slice(0, 10);
  const blobBase = `${input.repoUrl}/blob/${input.sha}/${input.pathPrefix ? `${input.pathPrefix}/` : ''}`;
  const link = (ev: Evidence | undefined): string => {
    if (!ev) return '';
    const loc = location(ev);
    if (!loc) return '';
    if (!input.repoUrl) return ` — ${codeSpan(clip(loc, MESSAGE_MAX))}`;
    const href = `${blobBase}${ev.file.split('/').map(encodeURIComponent).join('/')}${ev.line ? `#L${ev.line}` : ''}`;
    return ` — [${codeSpan(clip(loc, MESSAGE_MAX))}](${href})`;
  };
  const name = (it: ScoredItem) => `**${e(label(it, lang))}** (${codeSpan(it.id)})`;

  keep(`${input.marker}\n${writeHistory(input.history)}`);
  keep(`# ${e(w.heading(input.title))}\n`);

  // 1. overview
  const commit = input.repoUrl ? `[${codeSpan(input.sha.slice(0, 7))}](${input.repoUrl}/commit/${input.sha})` : codeSpan(input.sha.slice(0, 7) || 'working tree');
  const required = input.requiredStage ? stageName(report, input.requiredStage, lang) : null;
  const requiredMet = input.requiredStage ? report.stage.stages.find((s) => s.id === input.requiredStage)?.met : undefined;
  const met = stageName(report, report.stage.met, lang);
  keep(
    [
      `## ${w.overview}`,
      '',
      w.overviewLine(commit, date, codeSpan(report.checklist)),
      '',
      `- **${w.readinessLine}**: ${report.verdict === 'nothing-to-judge' ? m.nothingToJudge : `**${pct(report.score)}** \`${bar(report.score)}\``}`,
      `- **${m.stageMet}**: ${met ? e(met) : m.noStageMet}`,
      ...(required ? [`- **${w.targetStage}**: ${e(required)} — ${requiredMet ? `✅ ${w.reached}` : `❌ ${w.notReached}`}`] : []),
      `- **${m.blockingRisks}**: ${report.blocking.length}`,
      `- **${m.gate}**: ${report.gate.passed ? `✅ ${m.gatePassed}` : `❌ ${m.gateFailed}`} — ${e(gateReason(report, lang))}`,
      '',
    ].join('\n'),
  );
  if (report.verdict === 'nothing-to-judge') {
    keep(`${m.nothingToJudgeDetail}\n`);
    return fitBlocks(blocks, limit, (n) => `\n> ${m.truncated(n, limit)}\n`);
  }

  // 2. readiness per area: the table is kept, each area's detail may be dropped
  const split = splitSections(report);
  const [c1, c2, c3, c4] = w.areaTable;
  keep(
    [
      `## ${w.areas}`,
      '',
      `| ${c1} | ${c2} | ${c3} | ${c4} |`,
      '|---|---:|---:|---:|',
      ...split.map(({ section, done, notDone }) => `| ${e(label(section, lang))}${section.ref ? ` (${e(section.ref)})` : ''} | ${pct(section.score)} | ${done.length} | ${notDone.length} |`),
      '',
    ].join('\n'),
  );
  split.forEach(({ section, done, notDone }, i) => {
    const lines = [`### 2.${i + 1} ${e(label(section, lang))}`, '', `**${m.readiness}**: ${pct(section.score)}`, ''];
    lines.push(`- **${m.done}**:${done.length ? '' : ` ${m.none}`}`);
    for (const it of done) lines.push(`  - ${e(label(it, lang))}${link(it.evidence[0])}`);
    lines.push(`- **${m.notDone}**:${notDone.length ? '' : ` ${m.none}`}`);
    for (const it of notDone) lines.push(`  - ${MARK[it.status]} ${e(label(it, lang))} (${m.status[it.status]})${it.summary ? `: ${e(summaryOf(it, lang))}` : ''}${link(it.evidence[0])}`);
    drop(`${lines.join('\n')}\n`);
  });

  // 3. risks, technical and operational, by grade
  keep(`## ${w.risks}\n`);
  for (const [heading, operational] of [[w.technical, false], [w.operational, true]] as const) {
    const lines = [`### ${heading}`, ''];
    for (const grade of ['high', 'medium', 'low'] as const) {
      const entries = report.risks[grade].map((r) => byId.get(r.id)!).filter((it) => isOperational(it) === operational);
      if (!entries.length) continue;
      lines.push(`#### ${m.grade[grade]}`, '');
      entries.forEach((it, n) => {
        lines.push(`${n + 1}. ${name(it)}${it.blocking ? ` — **${m.blocking}**` : ''} (${m.status[it.status]})`);
        if (it.summary) lines.push(`   - ${e(summaryOf(it, lang))}${link(it.evidence[0])}`);
        if (it.remedy) lines.push(`   - **${m.remedy}**: ${e(remedyOf(it, lang)!)}`);
      });
      lines.push('');
    }
    if (lines.length === 2) lines.push(`${m.noRisks}\n`);
    (operational ? drop : keep)(lines.join('\n'));
  }

  // 4. the checklist, boxes ticked from evidence
  const checklist = [`## ${w.checklist}`, ''];
  for (const { section } of split) {
    checklist.push(`#### ${e(label(section, lang))}`);
    for (const id of section.items) {
      const it = byId.get(id)!;
      const box = it.status === 'pass' ? '[x]' : '[ ]';
      const note = it.status === 'pass' ? '' : ` — ${m.status[it.status]}`;
      checklist.push(`- ${box} ${e(label(it, lang))}${note}`);
    }
    checklist.push('');
  }
  drop(checklist.join('\n'));

  // 5. success criteria: the stage bars (7.1) and the operational targets (7.2)
  const s51 = [`## ${w.success}`, '', `### ${w.technicalTargets}`, '', `| ${w.stage} | ${w.bar} | ${w.current} | ${w.required} | |`, '|---|---|---:|---:|---|'];
  for (const st of report.stage.stages) {
    for (const b of st.bars) s51.push(`| ${e(label(st, lang))} | ${e(b.kind === 'overall' ? m.overall : label(b, lang))} | ${pct(b.current)} | ${b.required}% | ${b.met ? '✅' : '❌'} |`);
  }
  s51.push('', `**${m.stageMet}**: ${met ? e(met) : m.noStageMet}`, '');
  keep(s51.join('\n'));
  keep(operationalSection(report, input.operations, lang, w));

  // 6. recommendations in priority order
  keep(recommendations(report, lang, w, name, link));

  // 7. trend and "since last report"
  keep(trendSection(report, input, lang, w));
  return fitBlocks(blocks, limit, (n) => `\n> ${m.truncated(n, limit)}\n`);
}

function operationalSection(report: ScoredReport, ops: OperationalFigures | undefined, lang: Lang, w: IssueWords): string {
  const lines = [`### ${w.operationalTargets}`, ''];
  const stages = report.stage.stages.filter((s) => s.targets);
  if (!stages.length) return '';
  const judged = stages.map((s) => judgeTargets(ops, s.targets));
  const metrics = [...new Set(judged.flat().map((t) => t.metric))];
  lines.push(`| ${w.metric} | ${w.measured} | ${stages.map((s) => e(label(s, lang))).join(' | ')} |`, `|---|---:|${stages.map(() => '---').join('|')}|`);
  for (const metric of metrics) {
    const row = judged.map((ts) => ts.find((t) => t.metric === metric));
    const value = row.find((t) => t)?.value ?? null;
    const cell = (t: TargetResult | undefined) => (t ? `${w.unit[metric](t.target)} ${t.met === null ? '—' : t.met ? '✅' : '❌'}` : '');
    lines.push(`| ${w.metricName[metric]} | ${value === null ? w.notMeasurable : metric === 'incident-response-minutes' ? `${value} min` : `${value}%`} | ${row.map(cell).join(' | ')} |`);
  }
  lines.push('');
  if (ops) {
    const d = ops.deployment;
    const files = (d.sources ?? []).map((f) => codeSpan(f)).join(', ');
    if (d.measured) lines.push(`- ${w.deploymentSource(d.completed, d.succeeded, files, d.windowDays, d.cancelled)}`);
    else if (d.reason === 'api-error') lines.push(`- ${w.apiError(w.metricName['deployment-success-percent'], e(d.detail ?? ''))}`);
    else lines.push(`- ${w.deploymentNone(unmeasuredReason(d.reason, lang) + (files ? ` (${files})` : ''))}`);
    const i = ops.incidents;
    const minutesText = (v: number | null) => (v === null ? w.notMeasurable : `${v} min`);
    if (i.measured) lines.push(`- ${w.incidentSource(i.incidents, e(i.label), i.windowDays, i.open, minutesText(i.medianResolveMinutes))}`);
    else if (i.reason === 'api-error') lines.push(`- ${w.apiError(w.metricName['incident-response-minutes'], e(i.detail ?? ''))}`);
    else lines.push(`- ${w.incidentNone(e(i.label ?? ''), i.windowDays ?? 0)}`);
  }
  lines.push(`- ${w.availabilityNone}`, '');
  return lines.join('\n');
}

function recommendations(report: ScoredReport, lang: Lang, w: IssueWords, name: (it: ScoredItem) => string, link: (ev: Evidence | undefined) => string): string {
  const m = messages(lang);
  const byId = itemById(report);
  const seen = new Set<string>();
  // only what is listed counts as taken: an item cut from one priority may still lead a later one
  const take = (ids: string[]) => {
    const shown = [...new Set(ids)].filter((id) => !seen.has(id)).slice(0, PER_PRIORITY);
    for (const id of shown) seen.add(id);
    return shown.map((id) => byId.get(id)!);
  };
  const p1 = take(report.blocking);
  // the gaps of the next stage, largest gain first
  const gainIds = report.stage.gaps.flatMap((b) => b.raise.map((r) => r.id));
  const p2 = take(gainIds);
  const rest = report.items.filter((it) => it.status === 'fail' || it.status === 'partial').sort((a, b) => b.weight - a.weight);
  const p3 = take(rest.map((it) => it.id));
  const next = stageName(report, report.stage.next, lang) ?? '';
  const lines = [`## ${w.recommendations}`, ''];
  const groups: [1 | 2 | 3, ScoredItem[], string][] = [
    [1, p1, w.priorityWhy[1]],
    [2, p2, w.priorityWhy[2](e(next))],
    [3, p3, w.priorityWhy[3]],
  ];
  for (const [n, its, why] of groups) {
    if (!its.length) continue;
    lines.push(`**${w.priority(n)}** — ${why}`, '');
    its.forEach((it, i) => lines.push(`${i + 1}. ${name(it)}: ${it.remedy ? e(remedyOf(it, lang)!) : m.status[it.status]}${link(it.evidence[0])}`));
    lines.push('');
  }
  if (lines.length === 2) lines.push(w.noRecommendations, '');
  return lines.join('\n');
}

function trendSection(report: ScoredReport, input: IssueBodyInput, lang: Lang, w: IssueWords): string {
  const m = messages(lang);
  const lines = [`## ${w.trend}`, ''];
  const chart = trendChart(input.history.entries, w.trendTitle);
  lines.push(chart ?? w.firstReport, '');
  const prev = input.previous.entries[input.previous.entries.length - 1];
  if (prev && Object.keys(input.previous.statuses).length) {
    const { fixed, regressed } = changesSince(input.previous.statuses, report);
    const byId = itemById(report);
    const line = (c: { id: string; from: ScoredItem['status']; to: ScoredItem['status'] }) => `  - ${e(label(byId.get(c.id)!, lang))} (${codeSpan(c.id)}): ${m.status[c.from]} → ${m.status[c.to]}`;
    lines.push(`**${w.sinceLast(prev.at)}**`, '');
    if (!fixed.length && !regressed.length) lines.push(`- ${w.unchangedSinceLast}`);
    if (fixed.length) lines.push(`- ${w.fixed} (${fixed.length}):`, ...fixed.map(line));
    if (regressed.length) lines.push(`- ${w.regressed} (${regressed.length}):`, ...regressed.map(line));
    lines.push('');
  }
  const recent = input.history.entries.slice(-5).reverse();
  if (recent.length > 1) {
    const [a, b, c, d, f] = w.historyColumns;
    lines.push(`<details><summary>${w.history}</summary>`, '', `| ${a} | ${b} | ${c} | ${d} | ${f} |`, '|---|---|---:|---|---:|');
    for (const r of recent) lines.push(`| ${r.at} | \`${r.sha}\` | ${pct(r.score)} | ${e(stageName(report, r.stage, lang) ?? m.noStageMet)} | ${r.blocking} |`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}

