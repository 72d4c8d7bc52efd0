import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { backupDocument, bestDoc, kindName, stepsTagged, STRENGTH_KO } from '../helpers.js';

const BACKUP = /pg_dump|pg_basebackup|pgbackrest|wal-g|barman|mysqldump|mongodump|velero|restic|borg|backup/i;

export default defineCheck({
  id: 'backup-system',
  docs: {
    motivation: 'Data that is not backed up on a schedule is lost at the first disk failure or bad migration.',
    implementation: 'Scheduled backups: Kubernetes CronJobs running pg_dump/wal-g/pgbackrest, Velero Schedules, CloudNativePG ScheduledBackups, a backup service in compose, a scheduled workflow running backups; backup scripts without a schedule count partly.',
  },
  judge(view) {
    const cron = view.inv.kubernetes.workloads.filter((w) => w.kind === 'CronJob' && (BACKUP.test(w.commands) || BACKUP.test(w.name)));
    const crs = view.inv.kubernetes.objects.filter((o) => (o.category === 'velero' && o.kind === 'Schedule') || (o.category === 'cloudnative-pg' && o.kind === 'ScheduledBackup'));
    const composeBackup = view.services.filter((s) => /backup/i.test(s.name) || /backup/i.test(s.image ?? ''));
    const scheduled = stepsTagged(view, 'backup').filter((st) => view.inv.workflows.workflows.some((w) => w.file === st.file && w.triggers.some((t) => t.event === 'schedule')));
    const ev = [
      ...cron.map((w) => at(w.file, w.line, t(`CronJob ${w.name} (${w.schedule}) runs a backup`, `CronJob ${w.name} (${w.schedule}): 백업 실행`))),
      ...crs.map((o) => at(o.file, o.line, t(`${o.kind} ${o.name ?? ''}`, `백업 일정 ${kindName(o)}`))),
      ...composeBackup.map((s) => at(s.file, s.line, t(`backup service ${s.name}`, `백업 서비스 ${s.name}`))),
      ...scheduled.map((s) => at(s.file, s.line, t('scheduled workflow runs a backup', '예약 워크플로에서 백업 실행'))),
    ];
    if (ev.length) return pass(t('backups run on a schedule', '백업이 일정에 따라 실행됨'), ev);
    const scripts = view.inv.files.list.filter((f) => /backup/i.test(f.name) && /\.(sh|py|ps1)$/.test(f.name));
    const doc = bestDoc(view, ['backup-restore']);
    const remedy = t('schedule backups of every datastore: a CronJob running pg_dump/wal-g to object storage (Kubernetes), a backup service such as postgres-backup-local in the production compose file, or a Velero/CloudNativePG schedule; keep the retention with it', '모든 데이터 저장소의 백업을 예약 실행하십시오: 객체 스토리지로 pg_dump/wal-g를 실행하는 CronJob(Kubernetes), 프로덕션 compose 파일의 postgres-backup-local 같은 백업 서비스, 또는 Velero/CloudNativePG 스케줄. 보존 기간도 함께 정의하십시오');
    // a backup script in the repository is half a system; commands in a guide are not a system at all
    if (scripts.length) return partial(t('backups are scripted but nothing runs them on a schedule', '백업 스크립트는 있으나 예약 실행 없음'), [...scripts.map((f) => at(f.path, 0, t('backup script, not scheduled', '백업 스크립트 (예약 실행 없음)'))), ...(doc ? [backupDocument(doc)] : [])], remedy);
    return fail(t('no backup system', '백업 시스템 부재'), [...(doc ? [at(doc.path, doc.line, doc.strength === 'procedure' ? t('manual backup commands in a document, run by nobody on a schedule', '문서에 수동 백업 명령만 있고 예약 실행 없음') : t(`backups are only ${doc.strength === 'plan' ? 'planned' : 'mentioned'} here`, `백업 ${STRENGTH_KO[doc.strength]}만 있음`))] : []), absent(t('a scheduled backup (CronJob, Velero/CloudNativePG schedule, backup service, scheduled workflow)', '예약 백업 (CronJob, Velero/CloudNativePG 스케줄, 백업 서비스, 예약 워크플로)'), t('Kubernetes manifests, compose files and workflows', 'Kubernetes 매니페스트, compose 파일, 워크플로'))], remedy);
  },
});
