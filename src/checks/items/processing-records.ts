import { at, defineCheck, partial, pass } from '../check.js';
import { attestOnly, bestDoc } from '../helpers.js';

export default defineCheck({
  id: 'processing-records',
  docs: {
    motivation: 'GDPR article 30 requires records of what personal data is processed, why and where.',
    implementation: 'A records-of-processing document (ROPA), or an audit log of personal-data processing wired in the code.',
  },
  judge(view) {
    const d = bestDoc(view, ['processing-records']);
    if (d?.strength === 'procedure') return pass('records of processing are kept', [at(d.path, d.line, 'records of processing')]);
    const audit = view.inv.app.hints.filter((h) => h.kind === 'audit-log');
    if (audit.length || d?.strength === 'plan') return partial('processing is partly recorded', [...audit.map((h) => at(h.file, h.line, `audit log ${h.name}${h.wired ? '' : ' (not wired)'}`)), ...(d ? [at(d.path, d.line, 'records of processing are planned')] : [])], 'keep a records-of-processing document (purpose, categories of data, recipients, retention) and log access to personal data');
    return attestOnly('the records of processing activities');
  },
});
