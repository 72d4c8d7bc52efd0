import { absent, at, defineCheck, fail, notApplicable, partial, pass, t } from '../check.js';
import { backupDocument, bestDoc, kindName, STRENGTH_KO } from '../helpers.js';

const RETENTION = /retention|keep[-_](last|days|daily|weekly|monthly)|BACKUP_KEEP|ttl|retain/i;

export default defineCheck({
  id: 'db-backup-policy',
  docs: {
    motivation: 'A backup without a defined schedule, retention and storage place is not a policy anyone can rely on.',
    implementation: 'A schedule plus retention in configuration (CloudNativePG retentionPolicy, Velero ttl, BACKUP_KEEP_* of a backup service) or a backup policy document with frequency, retention, location and restore tests.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable(t('no database is deployed', '배포되는 데이터베이스 없음'));
    const ev = [];
    for (const o of view.inv.kubernetes.objects) if ((o.category === 'velero' && o.kind === 'Schedule') || (o.category === 'cloudnative-pg' && (o.kind === 'ScheduledBackup' || o.kind === 'Cluster'))) ev.push(at(o.file, o.line, t(`${o.kind} ${o.name ?? ''}`, `백업 설정 ${kindName(o)}`)));
    for (const s of view.services) {
      const e = s.compose?.environment.find((x) => RETENTION.test(x.name) && /backup|keep/i.test(x.name));
      if (e) ev.push(at(e.file, e.line, t(`${s.name}: ${e.name}`, `${s.name}: 백업 보존 설정 ${e.name}`)));
    }
    // a policy document is about backups by its title; a backup section in a setup guide states no policy
    const found = bestDoc(view, ['backup-restore', 'disaster-recovery']);
    const doc = found && /backup|restore|recovery|백업|복구|복원/i.test(`${found.title ?? ''} ${found.path}`) ? found : undefined;
    if (ev.length && (ev.length > 1 || doc)) return pass(t('backups have a schedule and a retention', '백업 일정 및 보존 기간 정의됨'), [...ev, ...(doc ? [backupDocument(doc)] : [])]);
    const remedy = t('define the backup schedule, retention (e.g. keep 7 daily, 4 weekly), storage location and restore tests next to the backup job, or in a backup policy document', '백업 작업 옆이나 백업 정책 문서에 백업 일정, 보존 기간(예: 일간 7개, 주간 4개 보관), 저장 위치, 복구 테스트를 정의하십시오');
    if (ev.length || doc?.strength === 'procedure') return partial(t('backups are configured or described, but the policy (retention, schedule, storage) is incomplete', '백업은 설정·기술되어 있으나 정책(보존 기간, 일정, 저장 위치) 불완전'), [...ev, ...(doc ? [backupDocument(doc)] : [])], remedy);
    return fail(t('no backup policy', '백업 정책 부재'), [...(doc ? [at(doc.path, doc.line, t(`backups are only ${doc.strength === 'plan' ? 'planned' : 'mentioned'} here`, `백업 ${STRENGTH_KO[doc.strength]}만 있음`))] : []), absent(t('backup retention and schedule', '백업 보존 기간 및 일정'), t('Kubernetes, compose and documents', 'Kubernetes, compose, 문서'))], remedy);
  },
});
