import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { allJobs, kindName } from '../helpers.js';

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
    const ev = [...prodEnv.map((j) => at(j.file, j.environment!.line, t(`job ${j.id} deploys to environment ${j.environment!.name}`, `잡 ${j.id}: environment ${j.environment!.name}에 배포`))), ...gitops.map((o) => at(o.file, o.line, t(`${o.kind} ${o.name ?? ''} (GitOps)`, `GitOps 리소스 ${kindName(o)}`)))];
    const remedy = t('deploy production from a workflow job with `environment: production` (protected by required reviewers) or through a GitOps controller (Argo CD / Flux)', '`environment: production`(필수 검토자로 보호)을 지정한 워크플로 잡이나 GitOps 컨트롤러(Argo CD / Flux)로 프로덕션에 배포하십시오');
    if (ev.length) return pass(t('production is deployed automatically behind an environment or GitOps', '보호된 environment 또는 GitOps를 거쳐 프로덕션 자동 배포'), ev);
    if (jobs.length) return partial(t('a deploy job exists, but it is not bound to a protected production environment', '배포 잡은 있으나 보호된 프로덕션 environment에 연결되지 않음'), jobs.map((j) => at(j.file, j.line, t(`job ${j.id} deploys without a production environment`, `잡 ${j.id}: 프로덕션 environment 없이 배포`))), remedy);
    return fail(t('production deployment is manual', '프로덕션 배포가 수동으로 이루어짐'), [absent(t('a production deploy job or GitOps resources', '프로덕션 배포 잡 또는 GitOps 리소스'), t('.github/workflows and Kubernetes manifests', '.github/workflows 및 Kubernetes 매니페스트'))], remedy);
  },
});
