import type { Checklist } from '../checklist/types.js';
import type { Inventory } from '../engine/inventory.js';
import type { Finding } from './types.js';
import { at, t } from './check.js';
import { CHECKS } from './registry.js';
import { buildView, type ReviewView } from './view.js';

/**
 * Judges every item of the checklist. A check that throws becomes `unverified` with the error
 * as its evidence: one broken check never loses the rest of the review.
 */
export function judgeAll(inv: Inventory, checklist: Checklist): { findings: Finding[]; view: ReviewView } {
  const view = buildView(inv);
  const findings: Finding[] = [];
  for (const item of checklist.items.values()) {
    const check = CHECKS.get(item.id);
    if (!check) {
      findings.push({ id: item.id, status: 'unverified', summary: 'no built-in check judges this item', evidence: [at('.', 0, t('judged by configuration only (attestation or custom check)', '설정으로만 판단 (확인서 또는 사용자 정의 점검)'))], remedy: 'attest the item or add a custom check for it', ko: { summary: '이 항목을 판단하는 내장 점검 없음', remedy: '항목에 확인서를 작성하거나 사용자 정의 점검을 추가하십시오' } });
      continue;
    }
    try {
      findings.push({ id: item.id, ...check.judge(view) });
    } catch (err) {
      findings.push({ id: item.id, status: 'unverified', summary: `the check failed: ${(err as Error).message}`, evidence: [at('.', 0, t(`internal error in check ${item.id}`, `점검 ${item.id}의 내부 오류`))], remedy: 'report this as a bug of Readiness Gate', ko: { summary: `점검 실행 실패: ${(err as Error).message}`, remedy: 'Readiness Gate 버그로 보고하십시오' } });
    }
  }
  return { findings, view };
}
