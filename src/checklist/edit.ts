import type { Risk } from '../checks/types.js';
import { DEFAULT_WEIGHT } from './load.js';
import type { Checklist, ChecklistItem } from './types.js';

export interface ChecklistEdit {
  /** items turned off: neither judged nor scored */
  drop?: ReadonlySet<string>;
  /** a new grade (its default weight follows unless a weight is given) or weight */
  change?: ReadonlyMap<string, { risk?: Risk; weight?: number }>;
  /** items added at the end of their `section` (custom checks) */
  add?: readonly ChecklistItem[];
}

/**
 * A changed copy of a checklist; the original (a cached built-in) is left as it is. Sections left
 * without items disappear, so no empty area shows up in the report.
 */
export function editChecklist(base: Checklist, edit: ChecklistEdit): Checklist {
  const items = new Map<string, ChecklistItem>();
  const sections = base.sections
    .map((s) => {
      const kept: ChecklistItem[] = [];
      for (const it of s.items) {
        if (edit.drop?.has(it.id)) continue;
        const c = edit.change?.get(it.id);
        const item = c ? { ...it, ...(c.risk ? { risk: c.risk, weight: DEFAULT_WEIGHT[c.risk] } : {}), ...(c.weight !== undefined ? { weight: c.weight } : {}) } : it;
        kept.push(item);
      }
      for (const it of edit.add ?? []) if (it.section === s.id) kept.push(it);
      return { ...s, items: kept };
    })
    .filter((s) => s.items.length);
  for (const s of sections) for (const it of s.items) items.set(it.id, it);
  return { ...base, sections, items };
}
