import { KINDS, OWNERS, PLAN_TITLE, REPORT_TITLE, RTO_RPO, SEVERITY, type DocKind } from './kinds.js';
import { proseLineAt, type MarkdownOutline } from './markdown.js';

export type Strength = 'procedure' | 'plan' | 'mention';

export interface DocClass {
  kind: DocKind;
  strength: Strength;
  /** why: the heading, first step or command lines */
  evidence: { line: number; text: string }[];
  /** what a procedure of this kind has here (steps, commands, owners, severity, rto-rpo) */
  has: string[];
}

const SHELL = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'powershell', 'ps1', 'sql', 'terminal', 'cmd', 'yaml', 'yml']);
const DESIGN = new Set(['python', 'py', 'typescript', 'ts', 'javascript', 'js', 'java', 'go', 'kotlin']);

/**
 * A document counts by its substance: topic headings plus ordered steps or runnable commands
 * (plus owners or severities for incident response) make a procedure; a document centred on
 * the topic without them (or a report, strategy or design spec about it) is a plan; a topic
 * met only in passing is a mention.
 */
export function classify(path: string, o: MarkdownOutline): DocClass[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  const title = (o.title ?? '').toLowerCase();
  // specifications and reports describe what should exist; they are never the procedure itself
  const isReport = REPORT_TITLE.test(title) || REPORT_TITLE.test(name.toLowerCase().replace(/[_-]/g, ' ')) || /(^|\/)(specs?|rfcs?|adr|design)\//i.test(path);
  const isPlan = PLAN_TITLE.test(title);
  const shellBlocks = o.code.filter((c) => SHELL.has(c.lang));
  const designBlocks = o.code.filter((c) => DESIGN.has(c.lang));
  const owners = OWNERS.test(o.prose);
  const severity = SEVERITY.test(o.prose);
  const rto = RTO_RPO.test(o.prose);
  const out: DocClass[] = [];
  const headingText = HeadingText.of(o);
  for (const def of KINDS) {
    // a well-known file name or folder (RUNBOOK.md, docs/runbooks/*) is a strong hint, not proof: it still needs substance
    const titleHit = def.topic.test(title) || (!!def.names && (def.names.test(name) || (!!def.dirs && def.dirs.test(dir))));
    const headings = headingText.matching(def.topic);
    // one search of the prose, only when neither the title nor a heading is on the topic
    const mentionAt = titleHit || headings.length ? -1 : o.prose.search(def.topic);
    if (!titleHit && headings.length === 0 && mentionAt < 0) continue;
    // the line ranges of the topic's sections: from its heading to the next heading of the same or a higher level
    const sections = headings.map((h): [number, number] => [h.line, o.headings.find((x) => x.line > h.line && x.level <= h.level)?.line ?? Infinity]);
    const central = titleHit || headings.length >= 2 || (headings.length === 1 && o.headings.length <= 4);
    // the first block with the kind's commands is all that is reported
    const command = def.commands ? shellBlocks.find((c) => def.commands!.test(c.text)) : undefined;
    // steps count where they belong: under a topic heading, or anywhere in a document about the topic
    const steps = titleHit ? o.ordered : o.ordered.filter((s) => sections.some(([from, to]) => s.line > from && s.line < to));
    const has: string[] = [];
    if (steps.length >= 3) has.push('steps');
    if (command) has.push('commands');
    if (owners) has.push('owners');
    if (severity) has.push('severity');
    if (rto) has.push('rto-rpo');
    const evidence: { line: number; text: string }[] = [];
    if (headings[0]) evidence.push({ line: headings[0].line, text: headings[0].text });
    else if (titleHit) evidence.push({ line: o.headings[0]?.line ?? 1, text: o.title ?? name });
    if (steps[0]) evidence.push({ line: steps[0].line, text: steps[0].text.slice(0, 80) });
    if (command) evidence.push({ line: command.line, text: `${command.lang || 'shell'} commands` });
    const runnable = has.includes('steps') || has.includes('commands');
    let strength: Strength;
    // an impact assessment is called an assessment: that does not make it a report about one
    if (def.policy) strength = central && o.words >= 60 && (!isReport || def.kind === 'dpia') ? 'procedure' : central ? 'plan' : 'mention';
    else if (!central) strength = 'mention';
    else if (isReport) strength = titleHit ? 'plan' : 'mention';
    else if (designBlocks.length > shellBlocks.length && !has.includes('steps')) strength = 'plan';
    else if (isPlan && !(has.includes('steps') && has.includes('commands'))) strength = 'plan';
    else if (def.kind === 'incident-response' || def.kind === 'on-call') strength = runnable && (owners || severity) ? 'procedure' : 'plan';
    else strength = runnable ? 'procedure' : 'plan';
    if (evidence.length === 0) evidence.push({ line: proseLineAt(o, mentionAt), text: 'mentioned' });
    out.push({ kind: def.kind, strength, evidence, has });
  }
  return out;
}

/**
 * A document's headings, lower-cased and joined by NUL (which no topic pattern matches, so no
 * match spans two headings): one regex scan finds the headings on a topic, where testing each
 * heading cost a call per heading per kind of document.
 */
class HeadingText {
  private static readonly global = new Map<RegExp, RegExp>();

  private constructor(
    private readonly o: MarkdownOutline,
    private readonly text: string,
    /** offset in `text` where each heading starts */
    private readonly starts: number[],
  ) {}

  static of(o: MarkdownOutline): HeadingText {
    // lower-cased at once; one heading at a time only if that changed a length (as for 'İ')
    let texts = o.headings.map((h) => h.text);
    const joined = texts.join('\0');
    let lower = joined.toLowerCase();
    if (lower.length !== joined.length) {
      texts = texts.map((t) => t.toLowerCase());
      lower = texts.join('\0');
    }
    const starts: number[] = [];
    let at = 0;
    for (const t of texts) {
      starts.push(at);
      at += t.length + 1;
    }
    return new HeadingText(o, lower, starts);
  }

  matching(topic: RegExp): MarkdownOutline['headings'] {
    let re = HeadingText.global.get(topic);
    if (!re) HeadingText.global.set(topic, (re = new RegExp(topic.source, 'g')));
    const out: MarkdownOutline['headings'] = [];
    re.lastIndex = 0;
    let i = 0;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      while (i + 1 < this.starts.length && this.starts[i + 1] <= m.index) i++;
      out.push(this.o.headings[i]);
      // on to the next heading: one match is enough for this one
      if (i + 1 >= this.starts.length) break;
      re.lastIndex = this.starts[i + 1];
    }
    return out;
  }
}

export function detectLanguage(prose: string): 'ko' | 'en' | 'other' {
  // a document's first paragraphs tell its language; counted by the regex engine,
  // since a character loop runs mostly uncompiled in a process that lives for one scan
  const sample = prose.length > 1500 ? prose.slice(0, 1500) : prose;
  const hangul = sample.replace(/[^\uac00-\ud7a3]+/g, '').length;
  const latin = sample.replace(/[^a-zA-Z]+/g, '').length;
  if (hangul === 0 && latin === 0) return 'other';
  // a Korean syllable carries about three Latin letters' worth of text
  return hangul * 3 >= latin * 0.5 ? 'ko' : 'en';
}
