import { defineCheck, t } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'privacy-policy',
  docs: {
    motivation: 'Users must be told what is done with their data before they hand it over.',
    implementation: 'PRIVACY.md or a privacy policy page; a specification that describes a policy counts only partly.',
  },
  judge: (view) => judgeProcedure(view, ['privacy-policy'], t('privacy policy', '개인정보 처리 정책'), t('publish a privacy policy (PRIVACY.md and a page in the frontend): what data, why, how long, who receives it, and how to exercise rights', '개인정보 처리 정책을 게시하십시오 (PRIVACY.md와 프론트엔드 페이지): 수집 항목, 목적, 보유 기간, 제공받는 자, 권리 행사 방법')),
});
