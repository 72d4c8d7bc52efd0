import { absent, at, defineCheck, fail, notApplicable, partial, pass, t } from '../check.js';

export default defineCheck({
  id: 'db-monitoring',
  docs: {
    motivation: 'Connection exhaustion, replication lag and full disks show in database metrics long before users notice.',
    implementation: 'postgres/redis/mysqld exporters in compose or Kubernetes, scrape jobs for them, database alert rules.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable(t('no database is deployed', '배포되는 데이터베이스 없음'));
    const exporters = view.inv.monitoring.components.filter((c) => /exporter$/.test(c.kind) && c.kind !== 'node-exporter' && c.kind !== 'blackbox-exporter');
    const jobs = view.inv.monitoring.prometheus.flatMap((p) => p.jobs.filter((j) => /postgres|pg|redis|mysql|mongo|database|db/i.test(j.name + j.targets.join(' '))).map((j) => at(p.file, j.line, t(`scrape job ${j.name}`, `Prometheus 수집 잡 ${j.name}`))));
    const rules = view.inv.monitoring.alertRules.filter((r) => /pg_|postgres|redis_|mysql_|mongodb_/i.test(r.expr + r.name)).map((r) => at(r.file, r.line, t(`alert ${r.name}`, `알림 규칙 ${r.name}`)));
    const ev = [...exporters.map((c) => at(c.file, c.line, t(`${c.kind} (${c.name})`, `익스포터 ${c.kind} (${c.name})`))), ...jobs, ...rules];
    if (exporters.length && jobs.length) return pass(t('database metrics are exported and scraped', '데이터베이스 메트릭 노출 및 수집 적용됨'), ev);
    const remedy = t('run postgres_exporter / redis_exporter beside the datastores, scrape them from Prometheus and add alert rules for connections, replication lag and disk', '데이터 저장소 옆에 postgres_exporter / redis_exporter를 실행해 Prometheus로 수집하고, 연결 수, 복제 지연, 디스크에 대한 알림 규칙을 추가하십시오');
    if (ev.length) return partial(t('database monitoring is incomplete', '데이터베이스 모니터링 불완전'), ev, remedy);
    return fail(t('databases are not monitored', '데이터베이스 모니터링 부재'), [absent(t('database exporters, scrape jobs or alert rules', '데이터베이스 익스포터, 수집 잡 또는 알림 규칙'), t('compose, Kubernetes and Prometheus configuration', 'compose, Kubernetes, Prometheus 설정'))], remedy);
  },
});
