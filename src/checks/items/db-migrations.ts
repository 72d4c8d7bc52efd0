import { absent, at, defineCheck, fail, notApplicable, partial, pass } from '../check.js';
import { stepsTagged } from '../helpers.js';

const MIGRATE = /alembic upgrade|manage\.py migrate|prisma migrate deploy|flyway migrate|knex migrate|db:migrate|typeorm migration:run/;

export default defineCheck({
  id: 'db-migrations',
  docs: {
    motivation: 'Schema changes must be versioned and applied the same way on every deploy.',
    implementation: 'A migrations tool with versions (Alembic, Django, Prisma, Flyway ...) and a step that runs them on deploy: a workflow step, a compose command or entrypoint, a Kubernetes Job or init container, a Helm hook.',
  },
  judge(view) {
    if (!view.hasDatabase && !view.inv.app.migrations.length) return notApplicable('no database is deployed');
    const tools = view.inv.app.migrations.map((m) => at(m.dir, 0, `${m.tool} migrations (${m.versions} versions)`));
    const runs = [
      ...stepsTagged(view, 'migrations').map((s) => at(s.file, s.line, 'migrations run in the deploy workflow')),
      ...view.services.filter((s) => MIGRATE.test(`${s.compose?.command ?? ''} ${s.compose?.entrypoint ?? ''}`) || (s.workload && MIGRATE.test(s.workload.commands))).map((s) => at(s.file, s.line, `${s.name} runs migrations on start`)),
      ...view.inv.dockerfiles.files.filter((d) => d.stages.some((st) => MIGRATE.test(`${st.cmd?.value ?? ''} ${st.entrypoint?.value ?? ''}`))).map((d) => at(d.file, 1, 'image runs migrations on start')),
    ];
    const remedy = 'run the migrations as a deployment step (`alembic upgrade head` in the deploy job, a Kubernetes Job/Helm pre-upgrade hook, or the container entrypoint) so every environment gets the same schema';
    if (tools.length && runs.length) return pass('migrations are versioned and applied on deploy', [...tools, ...runs]);
    if (tools.length) return partial('migrations exist but nothing applies them on deploy', [...tools, absent('a step that runs the migrations', 'workflows, compose commands, Kubernetes jobs')], remedy);
    return fail('no database migrations', [absent('a migrations tool with versions', 'the repository')], 'version the schema with a migrations tool (Alembic for SQLAlchemy) and apply it on deploy');
  },
});
