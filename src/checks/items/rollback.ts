import { absent, at, defineCheck, fail, pass, t } from '../check.js';
import { kindName, stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'rollback',
  docs: {
    motivation: 'A bad release has to be undone in minutes, without improvising.',
    implementation: 'A rollback workflow or step (helm rollback, kubectl rollout undo), helm --atomic, Argo Rollouts / Flagger analysis that aborts.',
  },
  judge(view) {
    const steps = [...stepsTagged(view, 'rollback'), ...stepsTagged(view, 'atomic-deploy')].map((s) => at(s.file, s.line, s.tags.includes('atomic-deploy') ? t('helm --atomic rolls back a failed release', 'helm --atomic: 실패한 릴리스 자동 롤백') : t('rollback step', '롤백 단계')));
    const progressive = view.inv.kubernetes.objects.filter((o) => o.category === 'argo-rollouts' || o.category === 'flagger').map((o) => at(o.file, o.line, t(`${o.kind} ${o.name ?? ''} aborts on failed analysis`, `${kindName(o)}: 분석 실패 시 배포 중단`)));
    const wf = view.inv.workflows.workflows.filter((w) => /rollback|revert/i.test(`${w.file} ${w.name ?? ''}`)).map((w) => at(w.file, 1, t('rollback workflow', '롤백 워크플로')));
    const ev = [...steps, ...progressive, ...wf];
    if (ev.length) return pass(t('failed deployments roll back automatically or with one step', '실패한 배포를 자동 또는 한 단계로 롤백'), ev);
    return fail(t('no automated rollback', '배포 롤백 자동화 부재'), [absent(t('helm --atomic, rollback steps or progressive delivery with analysis', 'helm --atomic, 롤백 단계 또는 분석 기반 점진적 배포'), t('workflows and Kubernetes manifests', '워크플로 및 Kubernetes 매니페스트'))], t('make the deploy roll back on failure (helm upgrade --atomic, or a workflow_dispatch rollback job running `kubectl rollout undo` / redeploying the previous image tag)', '실패 시 배포가 롤백되게 하십시오 (helm upgrade --atomic, 또는 `kubectl rollout undo`를 실행하거나 이전 이미지 태그를 재배포하는 workflow_dispatch 롤백 잡)'));
  },
});
