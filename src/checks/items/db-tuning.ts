import { absent, at, defineCheck, fail, notApplicable, pass, t } from '../check.js';
import { kindName } from '../helpers.js';

const TUNING = /shared_buffers|max_connections|effective_cache_size|work_mem|maintenance_work_mem|max_wal_size|innodb_buffer_pool_size|maxmemory/;

export default defineCheck({
  id: 'db-tuning',
  docs: {
    motivation: 'Database defaults are sized for a laptop; production needs memory and connection settings of its own.',
    implementation: 'PostgreSQL/MySQL settings in the production command or environment (shared_buffers, max_connections ...), a postgresql.conf in the repository, a connection pooler (pgbouncer, pgpool), CloudNativePG parameters.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable(t('no database is deployed', '배포되는 데이터베이스 없음'));
    const ev = [];
    for (const s of view.services.filter((x) => x.role === 'database')) {
      const c = s.compose;
      const tuned = t(`${s.name} is started with tuned settings`, `${s.name}: 튜닝된 설정으로 시작`);
      if (c && (TUNING.test(c.command ?? '') || c.environment.some((e) => TUNING.test(e.value ?? '')))) {
        const e = c.environment.find((x) => TUNING.test(x.value ?? ''));
        ev.push(at(e?.file ?? c.locs.command?.file ?? s.file, e?.line ?? c.locs.command?.line ?? s.line, tuned));
      }
      if (s.workload && TUNING.test(s.workload.commands)) ev.push(at(s.file, s.line, tuned));
    }
    for (const f of view.inv.files.list) if (/^(postgresql|my)\.cnf$|^postgresql\.conf$/.test(f.name)) ev.push(at(f.path, 0, t('database configuration file', '데이터베이스 설정 파일')));
    for (const s of view.services) if (/pgbouncer|pgpool|odyssey|pgcat/.test(s.image ?? s.name)) ev.push(at(s.file, s.line, t(`connection pooler ${s.name}`, `커넥션 풀러 ${s.name}`)));
    for (const o of view.inv.kubernetes.objects) if (o.category === 'cloudnative-pg' && o.kind === 'Cluster') ev.push(at(o.file, o.line, t(`CloudNativePG Cluster ${o.name ?? ''} (parameters managed by the operator)`, `CloudNativePG ${kindName(o)} (오퍼레이터가 파라미터 관리)`)));
    if (ev.length) return pass(t('the production database is tuned', '프로덕션 데이터베이스 튜닝 적용됨'), ev);
    return fail(t('the database runs with default settings', '데이터베이스가 기본 설정으로 실행됨'), [absent(t('database settings (shared_buffers, max_connections ...) or a connection pooler', '데이터베이스 설정(shared_buffers, max_connections ...) 또는 커넥션 풀러'), t('production compose, Kubernetes and config files', '프로덕션 compose, Kubernetes, 설정 파일'))], t('set the database memory and connection parameters for production (postgresql.conf mounted into the container, or `command: postgres -c shared_buffers=... -c max_connections=...`) and add a pooler such as pgbouncer', '데이터베이스 메모리와 연결 파라미터를 프로덕션에 맞게 설정하고(컨테이너에 마운트한 postgresql.conf 또는 `command: postgres -c shared_buffers=... -c max_connections=...`) pgbouncer 같은 커넥션 풀러를 추가하십시오'));
  },
});
