import { at, defineCheck, notApplicable, pass } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'db-recovery-procedure',
  docs: {
    motivation: 'Restoring a database under pressure without written steps is how outages become data loss.',
    implementation: 'A restore runbook (pg_restore, point-in-time recovery, failover steps) or a restore script in the repository; plans and strategy documents count partly.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable('no database is deployed');
    const scripts = view.inv.files.list.filter((f) => /restore|recover|failover/i.test(f.name) && /\.(sh|py|ps1)$/.test(f.name));
    if (scripts.length) return pass('a restore script is in the repository', scripts.map((f) => at(f.path, 0, 'restore script')));
    return judgeProcedure(view, ['backup-restore', 'disaster-recovery'], 'database restore procedure', 'write a restore runbook: where the backups are, the pg_restore / point-in-time recovery commands, how to verify the data and who does it; test it on a schedule');
  },
});
