import { defineCheck, t } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'operations-manual',
  docs: {
    motivation: 'Operators need one place that says how the system is run, checked and fixed.',
    implementation: 'An operations manual or runbook index with commands for operators; analysis reports and plans count partly.',
  },
  judge: (view) => judgeProcedure(view, ['operations-manual', 'runbook'], t('operations manual', '운영 매뉴얼'), t('write an operations manual: architecture at a glance, how to start/stop/scale each service, health checks, logs and dashboards, common failures and their fixes, and links to the runbooks', '운영 매뉴얼을 작성하십시오: 아키텍처 개요, 서비스별 시작·중지·확장 방법, 헬스체크, 로그와 대시보드, 자주 발생하는 장애와 해결 방법, 런북 링크')),
});
