import type { Evidence, Finding, Status } from '../checks/types.js';
import type { ChecklistItem } from '../checklist/types.js';
import type { Attestation } from './types.js';

export interface Effective {
  status: Status;
  attested: boolean;
  evidence: Evidence[];
}

/**
 * The seam where statuses other than the check's own come in. Today: an attestation turns an
 * unmet item into a pass, only where the checklist allows it (`attest: true`) and never over a
 * `fail`, which the files themselves contradict. Waivers would go here too.
 */
export function effectiveStatus(item: ChecklistItem, finding: Finding, attestation?: Attestation): Effective {
  const canAttest = item.attest && attestation && (finding.status === 'unverified' || finding.status === 'partial');
  if (!canAttest) return { status: finding.status, attested: false, evidence: finding.evidence };
  return { status: 'pass', attested: true, evidence: [...finding.evidence, attestation.evidence] };
}
