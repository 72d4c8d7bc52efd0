import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
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
    const remedy = t('deploy production from a workflow job with `environment: production` (protected by required reviewers) or through a GitOps controller (Argo CD / Flux)', '`environment: production`(필수 검토자로 보호)을 지정한 워크플로 잡이나 GitOps 컨트롤러(Argo CD / Flux)로 프로덕션에 배포하십시오');
    if (ev.length) return pass(t('production is deployed automatically behind an environment or GitOps', '보호된 environment 또는 GitOps를 거쳐 프로덕션 자동 배포'), ev);
    if (jobs.length) return partial(t('a deploy job exists, but it is not bound to a protected production environment', '배포 잡은 있으나 보호된 프로덕션 environment에 연결되지 않음'), jobs.map((j) => at(j.file, j.line, `job ${j.id} deploys without a production environment`)), remedy);
    return fail(t('production deployment is manual', '프로덕션 배포가 수동으로 이루어짐'), [absent('a production deploy job or GitOps resources', '.github/workflows and Kubernetes manifests')], remedy);
  },
});
