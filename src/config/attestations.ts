import type { Attestation } from '../score/types.js';
import { expiry } from './dates.js';
import type { AttestationEntry } from './types.js';

/**
 * The attestations in force, by item id. An expired one is left out, so its item falls back to
 * what the repository shows (unverified for what only a person can attest).
 */
export function activeAttestations(entries: readonly AttestationEntry[], now: Date): Record<string, Attestation> {
  const out: Record<string, Attestation> = {};
  for (const a of entries) {
    if (expiry(a.until, now) === 'expired' || out[a.item]) continue;
    out[a.item] = {
      evidence: { file: a.at.file, line: a.at.line, message: `attested by ${a.by} on ${a.date}, until ${a.until}: ${a.evidence}` },
      by: a.by,
      date: a.date,
      link: a.evidence,
      until: a.until,
    };
  }
  return out;
}
