import { at, defineCheck, partial, pass, t } from '../check.js';
import { attestOnly, bestDoc } from '../helpers.js';

export default defineCheck({
  id: 'processing-records',
  docs: {
    motivation: 'GDPR article 30 requires records of what personal data is processed, why and where.',
    implementation: 'A records-of-processing document (ROPA), or an audit log of personal-data processing wired in the code.',
  },
  judge(view) {
    const d = bestDoc(view, ['processing-records']);
    if (d?.strength === 'procedure') return pass(t('records of processing are kept', '데이터 처리 기록 유지됨'), [at(d.path, d.line, t('records of processing', '처리 활동 기록'))]);
    const audit = view.inv.app.hints.filter((h) => h.kind === 'audit-log');
    if (audit.length || d?.strength === 'plan') return partial(t('processing is partly recorded', '데이터 처리가 일부만 기록됨'), [...audit.map((h) => at(h.file, h.line, t(`audit log ${h.name}${h.wired ? '' : ' (not wired)'}`, `감사 로그 ${h.name}${h.wired ? '' : ' (앱에 연결 안 됨)'}`))), ...(d ? [at(d.path, d.line, t('records of processing are planned', '처리 활동 기록 계획만 있음'))] : [])], t('keep a records-of-processing document (purpose, categories of data, recipients, retention) and log access to personal data', '처리 활동 기록 문서(목적, 데이터 항목, 수령자, 보존 기간)를 유지하고 개인정보 접근을 로그로 남기십시오'));
    return attestOnly(t('the records of processing activities', '데이터 처리 활동 기록'));
  },
});
