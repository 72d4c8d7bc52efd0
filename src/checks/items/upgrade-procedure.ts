import { at, defineCheck, t } from '../check.js';
import { judgeProcedure, stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'upgrade-procedure',
  docs: {
    motivation: 'Upgrades (of the application, its database schema, its dependencies) need an order of steps and a way back.',
    implementation: 'An upgrade or release procedure document; database migrations run as a deployment step count as evidence beside it.',
  },
  judge(view) {
    const mig = stepsTagged(view, 'migrations').map((s) => at(s.file, s.line, t('migrations run as a deployment step', '배포 단계에서 마이그레이션 실행')));
    return judgeProcedure(view, ['upgrade', 'release-process'], t('upgrade procedure', '업그레이드 절차'), t('write an upgrade procedure: order of steps (backup, migrate, deploy, verify), the commands, and how to roll back; run the database migrations as a deployment step', '업그레이드 절차를 작성하십시오: 단계 순서(백업, 마이그레이션, 배포, 검증), 명령, 롤백 방법. 데이터베이스 마이그레이션은 배포 단계로 실행하십시오'), mig);
  },
});
