import { defineCheck } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'disaster-recovery',
  docs: {
    motivation: 'Losing a region, a cluster or the database needs a plan with recovery objectives and rehearsed steps.',
    implementation: 'A disaster recovery plan with RTO/RPO and restore steps or commands; strategy documents without steps count partly.',
  },
  judge: (view) => judgeProcedure(view, ['disaster-recovery'], 'disaster recovery procedure', 'write a disaster recovery plan: RTO and RPO, where backups live, the restore and failover steps with commands, who decides, and a restore drill on a schedule'),
});
