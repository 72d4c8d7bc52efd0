import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { classify, detectLanguage, type DocClass } from './classify.js';
import { outlineMarkdown } from './markdown.js';

export type { DocClass };

export interface DocumentInfo {
  path: string;
  title?: string;
  language: 'ko' | 'en' | 'other';
  kinds: DocClass[];
  checklist: { line: number; checked: boolean; text: string }[];
  headings: { line: number; level: number; text: string; anchor: string }[];
  words: number;
  /** a readiness review or checklist document itself */
  isChecklist: boolean;
}

export interface DocumentInventory {
  documents: DocumentInfo[];
}

const isDoc = (f: FileEntry) => f.ext === '.md' || f.ext === '.mdx' || f.ext === '.markdown' || (f.ext === '.txt' && /(^|\/)docs?(\/|$)/i.test(f.dir));

export const documentsCollector: Collector<'documents', DocumentInventory> = {
  key: 'documents',
  wants: isDoc,
  collect(ctx) {
    const documents: DocumentInfo[] = [];
    for (const f of ctx.files) {
      if (!isDoc(f) || /(^|\/)(node_modules|vendor)\//.test(f.path)) continue;
      const text = ctx.text(f.path);
      if (text === undefined) continue;
      const o = outlineMarkdown(text);
      documents.push({
        path: f.path,
        title: o.title,
        language: detectLanguage(o.prose),
        kinds: /^(changelog|changes|history|license|code_of_conduct|contributing)\.md$/i.test(f.name) ? [] : classify(f.path, o),
        checklist: o.checklist,
        headings: o.headings,
        words: o.words,
        isChecklist: o.checklist.length >= 10,
      });
    }
    return { documents };
  },
  describe(inv) {
    const out: string[] = [];
    for (const d of inv.documents) {
      const strong = d.kinds.filter((k) => k.strength !== 'mention');
      if (!strong.length && !d.isChecklist) continue;
      const kinds = strong.map((k) => `${k.kind} (${k.strength}${k.has.length ? `: ${k.has.join('+')}` : ''})`).join(', ');
      out.push(`${d.path}:${strong[0]?.evidence[0]?.line ?? 1} [${d.language}] ${d.title ?? ''} — ${kinds || 'no procedure'}${d.checklist.length ? `; checklist ${d.checklist.filter((c) => c.checked).length}/${d.checklist.length} ticked` : ''}`);
    }
    const mentions = inv.documents.filter((d) => d.kinds.length && d.kinds.every((k) => k.strength === 'mention')).length;
    out.push(`${inv.documents.length} documents in all; ${mentions} only mention operational topics`);
    return out;
  },
};
