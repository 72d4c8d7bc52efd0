import { defineCheck, partial, pass, unverified } from '../check.js';
import type { Check } from '../check.js';
import type { ReviewView } from '../view.js';

/** GDPR compliance is the sum of the privacy items; the registry passes them in. */
export function gdprFrom(parts: Check[]) {
  return defineCheck({
    id: 'gdpr-compliance',
    docs: {
      motivation: 'Full GDPR compliance is records of processing, an impact assessment, data subject rights and a published policy together — or a DPO\'s sign-off.',
      implementation: 'Combines the four privacy items: all pass -> pass; some evidence -> partial; nothing -> unverified (needs the data protection officer\'s attestation).',
    },
    judge(view: ReviewView) {
      const results = parts.map((c) => ({ id: c.id, j: c.judge(view) }));
      const ev = results.flatMap((r) => r.j.evidence.slice(0, 2).map((e) => ({ ...e, message: `${r.id}: ${e.message}` })));
      const passed = results.filter((r) => r.j.status === 'pass').map((r) => r.id);
      const shown = results.filter((r) => r.j.status === 'pass' || r.j.status === 'partial');
      const remedy = `complete ${results.filter((r) => r.j.status !== 'pass').map((r) => r.id).join(', ')}, add consent handling and data retention settings, or attest compliance by the data protection officer`;
      if (passed.length === parts.length) return pass('every privacy item is in place', ev);
      if (shown.length) return partial(`${passed.length} of ${parts.length} privacy items are in place`, ev, remedy);
      return unverified('nothing in the repository shows GDPR compliance', ev, remedy);
    },
  });
}
