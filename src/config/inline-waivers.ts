/**
 * Waivers written beside the code they excuse, in any comment syntax:
 *   # readiness-gate: waive resource-limits reason="batch job, sized by the scheduler" owner=ops until=2027-01-31
 * It covers its own line and, when the comment stands alone on its line, the next one. The fields
 * are those of a configuration waiver, and as strictly required.
 */
import type { ConfigError } from '../checklist/types.js';
import { didYouMean } from '../checklist/validate.js';
import { endOfDay } from './dates.js';
import type { WaiverEntry } from './types.js';

const MARK = /readiness-gate:\s*waive\b/;
const FIELD = /([a-z-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;
const REQUIRED = ['reason', 'owner', 'until'] as const;
const ALLOWED = [...REQUIRED];

export interface InlineScan {
  waivers: WaiverEntry[];
  errors: ConfigError[];
}

/** Finds inline waivers in one file; `file` is the repository path reported, `known` the item ids. */
export function scanInlineWaivers(text: string, file: string, known: ReadonlySet<string>): InlineScan {
  const out: InlineScan = { waivers: [], errors: [] };
  if (!MARK.test(text)) return out;
  const lines = text.split('\n');
  lines.forEach((lineText, i) => {
    const m = MARK.exec(lineText);
    if (!m) return;
    const line = i + 1;
    const err = (column: number, message: string) => out.errors.push({ file, line, column, field: 'readiness-gate: waive', message });
    const rest = lineText.slice(m.index + m[0].length);
    const idMatch = /^\s*([a-z0-9][a-z0-9-]*)/.exec(rest);
    const restColumn = m.index + m[0].length + 1;
    if (!idMatch) return err(restColumn, 'an inline waiver names the item it waives: `readiness-gate: waive <item-id> reason="..." owner=... until=YYYY-MM-DD`');
    const id = idMatch[1];
    const idColumn = restColumn + idMatch[0].length - id.length;
    if (!known.has(id)) return err(idColumn, `unknown item "${id}"${didYouMean(id, known)}`);
    const fields: Record<string, string> = {};
    for (const f of rest.slice(idMatch[0].length).matchAll(FIELD)) {
      const [, key, dq, sq, bare] = f;
      if (!(ALLOWED as string[]).includes(key)) {
        err(restColumn + idMatch[0].length + f.index!, `unknown field "${key}"${didYouMean(key, ALLOWED)}`);
        continue;
      }
      // a closing comment marker (`-->`, `*/`) is not part of a bare value
      fields[key] = dq ?? sq ?? bare.replace(/(-->|\*\/)$/, '');
    }
    const missing = REQUIRED.filter((k) => !fields[k]);
    if (missing.length) return err(idColumn, `inline waiver of "${id}" needs ${missing.map((k) => `${k}=`).join(', ')}`);
    if (endOfDay(fields.until) === undefined) return err(idColumn, `until="${fields.until}" is not a date (YYYY-MM-DD)`);
    // a comment alone on its line excuses the line below it
    const alone = /^\s*(#|\/\/|--|;|<!--|\/\*|\*)?\s*$/.test(lineText.slice(0, m.index));
    out.waivers.push({
      item: id,
      reason: fields.reason,
      owner: fields.owner,
      until: fields.until,
      source: 'inline',
      path: file,
      at: { file, line, column: m.index + 1 },
      lines: alone ? [line, line + 1] : [line],
    });
  });
  return out;
}
