import { absent, at, defineCheck, fail, notApplicable, partial, pass } from '../check.js';

export default defineCheck({
  id: 'db-monitoring',
  docs: {
    motivation: 'Connection exhaustion, replication lag and full disks show in database metrics long before users notice.',
    implementation: 'postgres/redis/mysqld exporters in compose or Kubernetes, scrape jobs for them, database alert rules.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable('no database is deployed');
    const exporters = view.inv.monitoring.components.filter((c) => /exporter$/.test(c.kind) && c.kind !== 'node-exporter' && c.kind !== 'blackbox-exporter');
    const jobs = view.inv.monitoring.prometheus.flatMap((p) => p.jobs.filter((j) => /postgres|pg|redis|mysql|mongo|database|db/i.test(j.name + j.targets.join(' '))).map((j) => at(p.file, j.line, `scrape job ${j.name}`)));
    const rules = view.inv.monitoring.alertRules.filter((r) => /pg_|postgres|redis_|mysql_|mongodb_/i.test(r.expr + r.name)).map((r) => at(r.file, r.line, `alert ${r.name}`));
    const ev = [...exporters.map((c) => at(c.file, c.line, `${c.kind} (${c.name})`)), ...jobs, ...rules];
    if (exporters.length && jobs.length) return pass('database metrics are exported and scraped', ev);
    const remedy = 'run postgres_exporter / redis_exporter beside the datastores, scrape them from Prometheus and add alert rules for connections, replication lag and disk';
    if (ev.length) return partial('database monitoring is incomplete', ev, remedy);
    return fail('databases are not monitored', [absent('database exporters, scrape jobs or alert rules', 'compose, Kubernetes and Prometheus configuration')], remedy);
  },
});
