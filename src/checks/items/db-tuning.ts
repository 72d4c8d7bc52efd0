import { absent, at, defineCheck, fail, notApplicable, pass } from '../check.js';

const TUNING = /shared_buffers|max_connections|effective_cache_size|work_mem|maintenance_work_mem|max_wal_size|innodb_buffer_pool_size|maxmemory/;

export default defineCheck({
  id: 'db-tuning',
  docs: {
    motivation: 'Database defaults are sized for a laptop; production needs memory and connection settings of its own.',
    implementation: 'PostgreSQL/MySQL settings in the production command or environment (shared_buffers, max_connections ...), a postgresql.conf in the repository, a connection pooler (pgbouncer, pgpool), CloudNativePG parameters.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable('no database is deployed');
    const ev = [];
    for (const s of view.services.filter((x) => x.role === 'database')) {
      const c = s.compose;
      if (c && (TUNING.test(c.command ?? '') || c.environment.some((e) => TUNING.test(e.value ?? '')))) {
        const e = c.environment.find((x) => TUNING.test(x.value ?? ''));
        ev.push(at(e?.file ?? c.locs.command?.file ?? s.file, e?.line ?? c.locs.command?.line ?? s.line, `${s.name} is started with tuned settings`));
      }
      if (s.workload && TUNING.test(s.workload.commands)) ev.push(at(s.file, s.line, `${s.name} is started with tuned settings`));
    }
    for (const f of view.inv.files.list) if (/^(postgresql|my)\.cnf$|^postgresql\.conf$/.test(f.name)) ev.push(at(f.path, 0, 'database configuration file'));
    for (const s of view.services) if (/pgbouncer|pgpool|odyssey|pgcat/.test(s.image ?? s.name)) ev.push(at(s.file, s.line, `connection pooler ${s.name}`));
    for (const o of view.inv.kubernetes.objects) if (o.category === 'cloudnative-pg' && o.kind === 'Cluster') ev.push(at(o.file, o.line, `CloudNativePG Cluster ${o.name ?? ''} (parameters managed by the operator)`));
    if (ev.length) return pass('the production database is tuned', ev);
    return fail('the database runs with default settings', [absent('database settings (shared_buffers, max_connections ...) or a connection pooler', 'production compose, Kubernetes and config files')], 'set the database memory and connection parameters for production (postgresql.conf mounted into the container, or `command: postgres -c shared_buffers=... -c max_connections=...`) and add a pooler such as pgbouncer');
  },
});
