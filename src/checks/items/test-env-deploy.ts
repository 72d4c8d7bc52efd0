import { absent, at, defineCheck, fail, pass, t } from '../check.js';
import { allJobs, kindName } from '../helpers.js';

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
    const ev = [...jobs.map((j) => at(j.file, j.environment?.line ?? j.line, t(`job ${j.id} deploys to ${j.environment?.name ?? 'a test environment'}`, `잡 ${j.id}: ${j.environment?.name ?? '테스트 환경'}에 배포`))), ...gitops.map((o) => at(o.file, o.line, t(`${o.kind} ${o.name ?? ''}`, `GitOps 리소스 ${kindName(o)}`)))];
    if (ev.length) return pass(t('changes are deployed to a test environment automatically', '변경 사항이 테스트 환경에 자동 배포됨'), ev);
    return fail(t('no automated deployment to a test environment', '테스트 환경 자동 배포 부재'), [absent(t('a deploy job with a staging/test environment', 'staging/test environment의 배포 잡'), t('.github/workflows and GitOps resources', '.github/workflows 및 GitOps 리소스'))], t('add a workflow job with `environment: staging` that deploys every merge to main (docker compose over SSH, helm upgrade, or a GitOps staging overlay)', 'main에 병합될 때마다 배포하는 `environment: staging` 워크플로 잡을 추가하십시오 (SSH를 통한 docker compose, helm upgrade, 또는 GitOps staging overlay)'));
  },
});
