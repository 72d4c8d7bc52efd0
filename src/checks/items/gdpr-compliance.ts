import { defineCheck, partial, pass, t, unverified } from '../check.js';
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
      const ev = results.flatMap((r) => r.j.evidence.slice(0, 2).map((e) => ({ ...e, message: `${r.id}: ${e.message}`, ...(e.ko !== undefined ? { ko: `${r.id}: ${e.ko}` } : {}) })));
      const passed = results.filter((r) => r.j.status === 'pass').map((r) => r.id);
      const shown = results.filter((r) => r.j.status === 'pass' || r.j.status === 'partial');
      const open = results.filter((r) => r.j.status !== 'pass').map((r) => r.id).join(', ');
      const remedy = t(`complete ${open}, add consent handling and data retention settings, or attest compliance by the data protection officer`, `${open} 항목을 완료하고 동의 처리와 데이터 보존 설정을 추가하거나, 개인정보 보호책임자(DPO)의 준수 확인서를 작성하십시오`);
      if (passed.length === parts.length) return pass(t('every privacy item is in place', '모든 개인정보 보호 항목 충족'), ev);
      if (shown.length) return partial(t(`${passed.length} of ${parts.length} privacy items are in place`, `개인정보 보호 항목 ${parts.length}개 중 ${passed.length}개 충족`), ev, remedy);
      return unverified(t('nothing in the repository shows GDPR compliance', '저장소에 GDPR 준수를 보여 주는 근거 없음'), ev, remedy);
    },
  });
}
