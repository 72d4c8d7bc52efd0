import { absent, at, defineCheck, fail, notApplicable, partial, pass, t } from '../check.js';
import { REPOSITORY, stepsTagged } from '../helpers.js';

const MIGRATE = /alembic upgrade|manage\.py migrate|prisma migrate deploy|flyway migrate|knex migrate|db:migrate|typeorm migration:run/;

export default defineCheck({
  id: 'db-migrations',
  docs: {
    motivation: 'Schema changes must be versioned and applied the same way on every deploy.',
    implementation: 'A migrations tool with versions (Alembic, Django, Prisma, Flyway ...) and a step that runs them on deploy: a workflow step, a compose command or entrypoint, a Kubernetes Job or init container, a Helm hook.',
  },
  judge(view) {
    if (!view.hasDatabase && !view.inv.app.migrations.length) return notApplicable(t('no database is deployed', '배포되는 데이터베이스 없음'));
    const tools = view.inv.app.migrations.map((m) => at(m.dir, 0, t(`${m.tool} migrations (${m.versions} versions)`, `${m.tool} 마이그레이션 (버전 ${m.versions}개)`)));
    const runs = [
      ...stepsTagged(view, 'migrations').map((s) => at(s.file, s.line, t('migrations run in the deploy workflow', '배포 워크플로에서 마이그레이션 실행'))),
      ...view.services.filter((s) => MIGRATE.test(`${s.compose?.command ?? ''} ${s.compose?.entrypoint ?? ''}`) || (s.workload && MIGRATE.test(s.workload.commands))).map((s) => at(s.file, s.line, t(`${s.name} runs migrations on start`, `${s.name}: 시작 시 마이그레이션 실행`))),
      ...view.inv.dockerfiles.files.filter((d) => d.stages.some((st) => MIGRATE.test(`${st.cmd?.value ?? ''} ${st.entrypoint?.value ?? ''}`))).map((d) => at(d.file, 1, t('image runs migrations on start', '이미지 시작 시 마이그레이션 실행'))),
    ];
    const remedy = t('run the migrations as a deployment step (`alembic upgrade head` in the deploy job, a Kubernetes Job/Helm pre-upgrade hook, or the container entrypoint) so every environment gets the same schema', '모든 환경이 같은 스키마를 갖도록 마이그레이션을 배포 단계로 실행하십시오 (배포 잡의 `alembic upgrade head`, Kubernetes Job/Helm pre-upgrade 훅, 또는 컨테이너 entrypoint)');
    if (tools.length && runs.length) return pass(t('migrations are versioned and applied on deploy', '마이그레이션 버전 관리 및 배포 시 적용'), [...tools, ...runs]);
    if (tools.length) return partial(t('migrations exist but nothing applies them on deploy', '마이그레이션은 있으나 배포 시 적용하는 단계 없음'), [...tools, absent(t('a step that runs the migrations', '마이그레이션을 실행하는 단계'), t('workflows, compose commands, Kubernetes jobs', '워크플로, compose command, Kubernetes 잡'))], remedy);
    return fail(t('no database migrations', '데이터베이스 마이그레이션 부재'), [absent(t('a migrations tool with versions', '버전이 있는 마이그레이션 도구'), REPOSITORY)], t('version the schema with a migrations tool (Alembic for SQLAlchemy) and apply it on deploy', '마이그레이션 도구(SQLAlchemy라면 Alembic)로 스키마를 버전 관리하고 배포 시 적용하십시오'));
  },
});
