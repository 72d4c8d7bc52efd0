import type { Checklist } from '../checklist/types.js';
import type { DocumentInfo } from '../inventory/documents/index.js';
import type { Finding } from './types.js';

/** A box in a markdown checklist that says something the evidence does not. */
export interface Claim {
  item: string;
  file: string;
  line: number;
  checked: boolean;
  status: string;
  text: string;
  /** true when the box and the evidence disagree */
  disagrees: boolean;
}

const norm = (s: string) => s.replace(/[`*_~\s]+/g, ' ').replace(/[.:]$/, '').trim().toLowerCase();

/** Matches markdown checklist lines to items by the checklist's `match` phrases. */
export function matchClaims(checklist: Checklist, docs: DocumentInfo[], items: Finding[]): Claim[] {
  const phrases: [string, string][] = [];
  for (const it of checklist.items.values()) for (const m of [...it.match, it.ko, it.en]) phrases.push([norm(m), it.id]);
  const status = new Map(items.map((i) => [i.id, i.status]));
  const out: Claim[] = [];
  for (const d of docs) {
    for (const c of d.checklist) {
      const t = norm(c.text);
      const hit = phrases.find(([p]) => t === p || (p.length > 6 && t.includes(p)));
      if (!hit) continue;
      const st = status.get(hit[1]);
      if (!st || st === 'not-applicable') continue;
      const disagrees = (c.checked && (st === 'fail' || st === 'unverified')) || (!c.checked && st === 'pass');
      out.push({ item: hit[1], file: d.path, line: c.line, checked: c.checked, status: st, text: c.text, disagrees });
    }
  }
  return out;
}
