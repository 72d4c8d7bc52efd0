import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { classify, detectLanguage, type DocClass, type Strength } from './classify.js';
import { outlineMarkdown, type MarkdownOutline } from './markdown.js';
import { outlineRst } from './rst.js';
import { REVIEW_TITLE, type DocKind } from './kinds.js';

export type { DocClass, DocKind, Strength, MarkdownOutline };

export interface DocumentInfo {
  path: string;
  title?: string;
  language: 'ko' | 'en' | 'other';
  /** what the document is, by substance; each with its strength and evidence lines */
  kinds: DocClass[];
  /** every `- [ ]` / `- [x]` line, so that a later check can match them to review items */
  checklist: { line: number; checked: boolean; text: string }[];
  headings: { line: number; level: number; text: string }[];
  /** operational commands in code blocks (tool and line only: command lines may hold secrets) */
  commands: { line: number; tool: string }[];
  words: number;
  /** a readiness review or checklist document itself */
  isChecklist: boolean;
  /** why it counts as one: its title names a review/checklist, or it is mostly checkboxes */
  review?: { line: number; reason: 'title' | 'checkboxes' };
}

export interface DocumentInventory {
  documents: DocumentInfo[];
}

const DOC_EXT = new Set(['.md', '.mdx', '.markdown', '.rst']);
/** files that never describe a procedure, whatever they mention */
const NOT_PROCEDURES = new Set(['changelog', 'changes', 'history', 'license', 'licence', 'code_of_conduct', 'contributing', 'authors', 'notice', 'third_party_notices']);
/** titles of task lists and progress notes, whose checkboxes are work items, not readiness criteria */
const TASK_LIST = /implementation|tasks?\b|todo|progress|plan\b|guide|roadmap|구현|계획|진행|가이드|작업/;
const SKIP_DIRS = ['node_modules/', 'vendor/', '.venv/', 'site-packages/'];

const isDocsDir = (dir: string) => dir === 'docs' || dir === 'doc' || dir.startsWith('docs/') || dir.startsWith('doc/') || dir.includes('/docs/') || dir.endsWith('/docs') || dir.includes('/doc/') || dir.endsWith('/doc');
const isDoc = (f: FileEntry) => DOC_EXT.has(f.ext) || (f.ext === '.txt' && isDocsDir(f.dir));
const skipped = (p: string) => SKIP_DIRS.some((d) => p.startsWith(d) || p.includes('/' + d));

export const documentsCollector: Collector<'documents', DocumentInventory> = {
  key: 'documents',
  wants: (f) => isDoc(f) && !skipped(f.path),
  collect(ctx) {
    const documents: DocumentInfo[] = [];
    for (const f of ctx.files) {
      if (!isDoc(f) || skipped(f.path)) continue;
      const text = ctx.text(f.path);
      if (text === undefined) continue;
      documents.push(analyseDocument(f, text));
    }
    return { documents };
  },
  describe(inv) {
    const out: string[] = [];
    for (const d of inv.documents) {
      const strong = d.kinds.filter((k) => k.strength !== 'mention');
      if (!strong.length && !d.isChecklist) continue;
      const kinds = strong.map((k) => `${k.kind} (${k.strength}${k.has.length ? `: ${k.has.join('+')}` : ''}) at line ${k.evidence[0]?.line ?? 1}`).join(', ');
      const ticked = d.checklist.filter((c) => c.checked).length;
      out.push(`${d.path}:${strong[0]?.evidence[0]?.line ?? d.review?.line ?? 1} [${d.language}] ${d.title ?? ''} — ${kinds || 'no procedure'}${d.checklist.length ? `; checklist ${ticked}/${d.checklist.length} ticked` : ''}${d.review ? ' (readiness review/checklist)' : ''}`);
    }
    const mentions = inv.documents.filter((d) => d.kinds.length && d.kinds.every((k) => k.strength === 'mention')).length;
    const byKind = new Map<string, number>();
    for (const d of inv.documents) for (const k of d.kinds) if (k.strength === 'procedure') byKind.set(k.kind, (byKind.get(k.kind) ?? 0) + 1);
    out.push(`${inv.documents.length} documents in all; procedures: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; ${mentions} only mention operational topics`);
    return out;
  },
};

export function analyseDocument(f: FileEntry, text: string): DocumentInfo {
  const o = f.ext === '.rst' ? outlineRst(text) : outlineMarkdown(text);
  const stem = f.name.slice(0, f.name.length - f.ext.length).toLowerCase();
  const titleReview = REVIEW_TITLE.test((o.title ?? stem.replace(/[_-]/g, ' ')).toLowerCase());
  // an implementation plan's task list is not a readiness review: it takes a review title, or many boxes in a document that is not a plan
  const title = (o.title ?? stem.replace(/[_-]/g, ' ')).toLowerCase();
  const review: DocumentInfo['review'] =
    titleReview && o.checklist.length >= 3
      ? { line: o.headings[0]?.line ?? 1, reason: 'title' }
      : o.checklist.length >= 20 && !TASK_LIST.test(title) && stem !== 'tasks' && stem !== 'todo'
        ? { line: o.checklist[0].line, reason: 'checkboxes' }
        : undefined;
  return {
    path: f.path,
    title: o.title,
    language: detectLanguage(o.prose),
    kinds: NOT_PROCEDURES.has(stem) ? [] : classify(f.path, o),
    checklist: o.checklist,
    headings: o.headings,
    commands: o.commands,
    words: o.words,
    isChecklist: !!review || o.checklist.length >= 10,
    review,
  };
}
