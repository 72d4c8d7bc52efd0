import type { Evidence, Finding, Status } from '../checks/types.js';
import type { ChecklistItem } from '../checklist/types.js';
import type { Attestation, Waiver } from './types.js';

export interface Effective {
  status: Status;
  attested: boolean;
  attestation?: Attestation;
  waiver?: Waiver;
  evidence: Evidence[];
}

const UNMET: readonly Status[] = ['fail', 'partial', 'unverified'];

/**
 * The seam where statuses other than the check's own come in. An attestation turns an unmet item
 * into a pass, only where the checklist allows it (`attest: true`) and never over a `fail`, which
 * the files themselves contradict. A waiver keeps the judged status (the report stays honest) but
 * excuses it: only an unmet item can be waived, and what it means for the score is decided there.
 * Expiry is decided before this point: what reaches here is in force.
 */
export function effectiveStatus(item: ChecklistItem, finding: Finding, attestation?: Attestation, waiver?: Waiver): Effective {
  const canAttest = item.attest && attestation && (finding.status === 'unverified' || finding.status === 'partial');
  if (canAttest) return { status: 'pass', attested: true, attestation, evidence: [...finding.evidence, attestation.evidence] };
  if (waiver && UNMET.includes(finding.status)) {
    const note: Evidence = { file: waiver.file, line: waiver.line, message: `waived until ${waiver.until} by ${waiver.owner}: ${waiver.reason}` };
    return { status: finding.status, attested: false, waiver, evidence: [...finding.evidence, note] };
  }
  return { status: finding.status, attested: false, evidence: finding.evidence };
}
