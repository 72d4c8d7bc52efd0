import type { ScoredReport } from '../score/types.js';
import type { Annotation } from '../github/check-run.js';

/**
 * One annotation per piece of evidence that points at a line: failures as `failure`, partials and
 * unverified items as `warning`. Evidence about something absent (line 0) has no line to annotate.
 */
export function toAnnotations(report: ScoredReport, exists: (path: string) => boolean): Annotation[] {
  const out: Annotation[] = [];
  for (const item of report.items) {
    if (item.status === 'pass' || item.status === 'not-applicable') continue;
    // a waived item is excused on purpose: it stays visible, but does not read as a failure
    const level = item.waived ? 'notice' : item.status === 'fail' ? 'failure' : 'warning';
    for (const e of item.evidence) {
      if (!e.line || e.file === '.' || !exists(e.file)) continue;
      out.push({
        path: e.file,
        start_line: e.line,
        end_line: e.line,
        annotation_level: level,
        title: `${item.id} (${item.risk} risk${item.blocking ? ', blocking' : ''}${item.waived ? ', waived' : ''})`.slice(0, 255),
        message: `${e.message}${item.remedy ? `\nRemedy: ${item.remedy}` : ''}`.slice(0, 64_000),
      });
    }
  }
  return out;
}
