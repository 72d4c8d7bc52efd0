import { absent, at, defineCheck, fail, pass } from '../check.js';
import { allJobs } from '../helpers.js';

const TEST_ENV = /stag|test|qa|dev|preview|uat|sandbox/i;

export default defineCheck({
  id: 'test-env-deploy',
  docs: {
    motivation: 'Changes should land in a production-like environment before production.',
    implementation: 'A workflow job that deploys to a staging/test environment (GitHub environment names, deploy jobs), or GitOps applications for a staging overlay.',
  },
  judge(view) {
    const jobs = allJobs(view).filter((j) => j.tags.includes('deploy') && TEST_ENV.test(`${j.environment?.name ?? ''} ${j.id}`));
    const gitops = view.inv.kubernetes.objects.filter((o) => (o.category === 'argo-cd' || o.category === 'flux') && TEST_ENV.test(`${o.name ?? ''} ${o.namespace ?? ''}`));
    const ev = [...jobs.map((j) => at(j.file, j.environment?.line ?? j.line, `job ${j.id} deploys to ${j.environment?.name ?? 'a test environment'}`)), ...gitops.map((o) => at(o.file, o.line, `${o.kind} ${o.name ?? ''}`))];
    if (ev.length) return pass('changes are deployed to a test environment automatically', ev);
    return fail('no automated deployment to a test environment', [absent('a deploy job with a staging/test environment', '.github/workflows and GitOps resources')], 'add a workflow job with `environment: staging` that deploys every merge to main (docker compose over SSH, helm upgrade, or a GitOps staging overlay)');
  },
});
