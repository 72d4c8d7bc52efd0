import { at, defineCheck, partial, pass } from '../check.js';
import { attestOnly, bestDoc } from '../helpers.js';

export default defineCheck({
  id: 'privacy-impact-assessment',
  docs: {
    motivation: 'High-risk processing needs a data protection impact assessment before it goes live.',
    implementation: 'A DPIA document in the repository.',
  },
  judge(view) {
    const d = bestDoc(view, ['dpia']);
    if (d?.strength === 'procedure') return pass('a privacy impact assessment is in the repository', [at(d.path, d.line, 'DPIA')]);
    if (d?.strength === 'plan') return partial('a privacy impact assessment is planned, not done', [at(d.path, d.line, 'DPIA mentioned or planned')], 'complete the DPIA (processing, necessity, risks, measures) and keep it with the code');
    return attestOnly('the privacy impact assessment');
  },
});
