import { at, defineCheck, notApplicable, pass, t } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'db-recovery-procedure',
  docs: {
    motivation: 'Restoring a database under pressure without written steps is how outages become data loss.',
    implementation: 'A restore runbook (pg_restore, point-in-time recovery, failover steps) or a restore script in the repository; plans and strategy documents count partly.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable(t('no database is deployed', '배포되는 데이터베이스 없음'));
    const scripts = view.inv.files.list.filter((f) => /restore|recover|failover/i.test(f.name) && /\.(sh|py|ps1)$/.test(f.name));
    if (scripts.length) return pass(t('a restore script is in the repository', '저장소에 복구 스크립트 있음'), scripts.map((f) => at(f.path, 0, t('restore script', '복구 스크립트'))));
    return judgeProcedure(view, ['backup-restore', 'disaster-recovery'], t('database restore procedure', '데이터베이스 복구 절차'), t('write a restore runbook: where the backups are, the pg_restore / point-in-time recovery commands, how to verify the data and who does it; test it on a schedule', '복구 런북을 작성하십시오: 백업 위치, pg_restore / 특정 시점 복구(PITR) 명령, 데이터 검증 방법과 담당자. 복구를 정기적으로 시험하십시오'));
  },
});
