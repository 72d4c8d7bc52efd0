import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
import { allJobs } from '../helpers.js';

export default defineCheck({
  id: 'prod-deploy',
  docs: {
    motivation: 'Manual production deploys are unrepeatable and unreviewed.',
    implementation: 'A deploy workflow job bound to a production environment (where required reviewers protect it), or a GitOps controller (Argo CD Applications, Flux Kustomizations/HelmReleases) for production.',
  },
  judge(view) {
    const jobs = allJobs(view).filter((j) => j.tags.includes('deploy'));
    const prodEnv = jobs.filter((j) => /prod|live/i.test(j.environment?.name ?? ''));
    const gitops = view.inv.kubernetes.objects.filter((o) => (o.category === 'argo-cd' && o.kind === 'Application') || (o.category === 'flux' && /Kustomization|HelmRelease/.test(o.kind)));
    const ev = [...prodEnv.map((j) => at(j.file, j.environment!.line, `job ${j.id} deploys to environment ${j.environment!.name}`)), ...gitops.map((o) => at(o.file, o.line, `${o.kind} ${o.name ?? ''} (GitOps)`))];
    const remedy = 'deploy production from a workflow job with `environment: production` (protected by required reviewers) or through a GitOps controller (Argo CD / Flux)';
    if (ev.length) return pass('production is deployed automatically behind an environment or GitOps', ev);
    if (jobs.length) return partial('a deploy job exists, but it is not bound to a protected production environment', jobs.map((j) => at(j.file, j.line, `job ${j.id} deploys without a production environment`)), remedy);
    return fail('production deployment is manual', [absent('a production deploy job or GitOps resources', '.github/workflows and Kubernetes manifests')], remedy);
  },
});
