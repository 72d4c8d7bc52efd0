import { absent, at, defineCheck, fail, notApplicable, pass, t } from '../check.js';
import { kindName } from '../helpers.js';

const REPLICATION = /POSTGRES(QL)?_REPLICATION_MODE|REPLICATION_MODE|primary_conninfo|hot_standby|patroni|repmgr/i;

export default defineCheck({
  id: 'db-replication',
  docs: {
    motivation: 'A single database instance is a single point of failure for every request.',
    implementation: 'A standby or replica: replication settings (Bitnami REPLICATION_MODE, primary_conninfo, Patroni, repmgr), more than one database replica, CloudNativePG Cluster instances > 1, Helm values architecture: replication, managed databases with multi-AZ in infrastructure code.',
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable(t('no database is deployed', '배포되는 데이터베이스 없음'));
    const ev = [];
    const dbs = view.services.filter((s) => s.role === 'database');
    for (const s of dbs) {
      if (s.replicas > 1) ev.push(at(s.replicasAt.file, s.replicasAt.line, t(`${s.name} runs ${s.replicas} instances`, `${s.name}: 인스턴스 ${s.replicas}개 실행`)));
      const env = s.compose?.environment.find((e) => REPLICATION.test(e.name) || REPLICATION.test(e.value ?? ''));
      if (env) ev.push(at(env.file, env.line, t(`${s.name} replication setting ${env.name}`, `${s.name}: 복제 설정 ${env.name}`)));
      if (/patroni|repmgr|spilo/.test(s.image ?? '')) ev.push(at(s.file, s.line, t(`${s.name} runs a replication manager`, `${s.name}: 복제 관리자 실행`)));
    }
    for (const o of view.inv.kubernetes.objects) if (o.category === 'cloudnative-pg' && o.kind === 'Cluster') ev.push(at(o.file, o.line, t(`CloudNativePG Cluster ${o.name ?? ''}`, `CloudNativePG ${kindName(o)} (복제 구성)`)));
    for (const c of view.inv.helm.charts) if (c.values.architecture?.value === 'replication') ev.push(at(c.values.architecture.file, c.values.architecture.line, t('database chart architecture: replication', '데이터베이스 차트 architecture: replication')));
    for (const f of view.inv.files.list) if (f.ext === '.tf' && /rds|database|sql/i.test(f.path)) ev.push(at(f.path, 0, t('managed database in infrastructure code (check multi_az)', '인프라 코드의 관리형 데이터베이스 (multi_az 확인 필요)')));
    if (ev.length) return pass(t('the database has a replica or standby', '데이터베이스 복제본 또는 standby 있음'), ev);
    return fail(t('the database is a single instance with no replica', '데이터베이스가 복제본 없는 단일 인스턴스'), [...dbs.map((s) => at(s.file, s.line, t(`${s.name}: one instance, no replication`, `${s.name}: 단일 인스턴스, 복제 없음`))), absent(t('a replica or standby', '복제본 또는 standby'), t('compose, Kubernetes, Helm and infrastructure files', 'compose, Kubernetes, Helm, 인프라 파일'))], t('run a streaming replica (e.g. bitnami/postgresql with POSTGRESQL_REPLICATION_MODE=master/slave, CloudNativePG with instances: 2+) or use a managed database with a standby', '스트리밍 복제본을 운영하거나(예: POSTGRESQL_REPLICATION_MODE=master/slave를 쓰는 bitnami/postgresql, instances: 2 이상의 CloudNativePG) standby가 있는 관리형 데이터베이스를 사용하십시오'));
  },
});
