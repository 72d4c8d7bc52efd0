import { absent, at, defineCheck, fail, notApplicable, partial, pass } from '../check.js';
import { bestDoc } from '../helpers.js';

const RETENTION = /retention|keep[-_](last|days|daily|weekly|monthly)|BACKUP_KEEP|ttl|retain/i;

export default defineCheck({
  id: 'db-backup-policy',
  docs: {
    motivation: 'A backup without a defined schedule, retention and storage place is not a policy anyone can rely on.',
    implementation: 'A schedule plus retention in configuration (CloudNativePG retentionPolicy, Velero ttl, BACKUP_KEEP_* of a backup service) or a backup policy document with frequency, retention, location and restore tests.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable('no database is deployed');
    const ev = [];
    for (const o of view.inv.kubernetes.objects) if ((o.category === 'velero' && o.kind === 'Schedule') || (o.category === 'cloudnative-pg' && (o.kind === 'ScheduledBackup' || o.kind === 'Cluster'))) ev.push(at(o.file, o.line, `${o.kind} ${o.name ?? ''}`));
    for (const s of view.services) {
      const e = s.compose?.environment.find((x) => RETENTION.test(x.name) && /backup|keep/i.test(x.name));
      if (e) ev.push(at(e.file, e.line, `${s.name}: ${e.name}`));
    }
    // a policy document is about backups by its title; a backup section in a setup guide states no policy
    const found = bestDoc(view, ['backup-restore', 'disaster-recovery']);
    const doc = found && /backup|restore|recovery|백업|복구|복원/i.test(`${found.title ?? ''} ${found.path}`) ? found : undefined;
    if (ev.length && (ev.length > 1 || doc)) return pass('backups have a schedule and a retention', [...ev, ...(doc ? [at(doc.path, doc.line, `backup document (${doc.strength})`)] : [])]);
    const remedy = 'define the backup schedule, retention (e.g. keep 7 daily, 4 weekly), storage location and restore tests next to the backup job, or in a backup policy document';
    if (ev.length || doc?.strength === 'procedure') return partial('backups are configured or described, but the policy (retention, schedule, storage) is incomplete', [...ev, ...(doc ? [at(doc.path, doc.line, `backup document (${doc.strength})`)] : [])], remedy);
    return fail('no backup policy', [...(doc ? [at(doc.path, doc.line, `backups are only ${doc.strength === 'plan' ? 'planned' : 'mentioned'} here`)] : []), absent('backup retention and schedule', 'Kubernetes, compose and documents')], remedy);
  },
});
