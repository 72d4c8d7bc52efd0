import { at, defineCheck, partial, pass, t } from '../check.js';
import { attestOnly, bestDoc } from '../helpers.js';

export default defineCheck({
  id: 'privacy-impact-assessment',
  docs: {
    motivation: 'High-risk processing needs a data protection impact assessment before it goes live.',
    implementation: 'A DPIA document in the repository.',
  },
  judge(view) {
    const d = bestDoc(view, ['dpia']);
    if (d?.strength === 'procedure') return pass(t('a privacy impact assessment is in the repository', '저장소에 개인정보 영향 평가 있음'), [at(d.path, d.line, t('DPIA', '개인정보 영향 평가(DPIA)'))]);
    if (d?.strength === 'plan') return partial(t('a privacy impact assessment is planned, not done', '개인정보 영향 평가가 계획만 되고 수행되지 않음'), [at(d.path, d.line, t('DPIA mentioned or planned', '개인정보 영향 평가(DPIA) 언급 또는 계획만 있음'))], t('complete the DPIA (processing, necessity, risks, measures) and keep it with the code', '개인정보 영향 평가(DPIA: 처리 내용, 필요성, 위험, 조치)를 완료하고 코드와 함께 보관하십시오'));
    return attestOnly(t('the privacy impact assessment', '개인정보 영향 평가'));
  },
});
