import { defineCheck, t } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'disaster-recovery',
  docs: {
    motivation: 'Losing a region, a cluster or the database needs a plan with recovery objectives and rehearsed steps.',
    implementation: 'A disaster recovery plan with RTO/RPO and restore steps or commands; strategy documents without steps count partly.',
  },
  judge: (view) => judgeProcedure(view, ['disaster-recovery'], t('disaster recovery procedure', '재해 복구 절차'), t('write a disaster recovery plan: RTO and RPO, where backups live, the restore and failover steps with commands, who decides, and a restore drill on a schedule', '재해 복구 계획을 작성하십시오: RTO와 RPO, 백업 보관 위치, 명령을 포함한 복구 및 failover 단계, 의사 결정자, 정기 복구 훈련')),
});
