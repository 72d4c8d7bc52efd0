import { absent, at, defineCheck, fail, pass } from '../check.js';
import { stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'rollback',
  docs: {
    motivation: 'A bad release has to be undone in minutes, without improvising.',
    implementation: 'A rollback workflow or step (helm rollback, kubectl rollout undo), helm --atomic, Argo Rollouts / Flagger analysis that aborts.',
  },
  judge(view) {
    const steps = [...stepsTagged(view, 'rollback'), ...stepsTagged(view, 'atomic-deploy')].map((s) => at(s.file, s.line, s.tags.includes('atomic-deploy') ? 'helm --atomic rolls back a failed release' : 'rollback step'));
    const progressive = view.inv.kubernetes.objects.filter((o) => o.category === 'argo-rollouts' || o.category === 'flagger').map((o) => at(o.file, o.line, `${o.kind} ${o.name ?? ''} aborts on failed analysis`));
    const wf = view.inv.workflows.workflows.filter((w) => /rollback|revert/i.test(`${w.file} ${w.name ?? ''}`)).map((w) => at(w.file, 1, 'rollback workflow'));
    const ev = [...steps, ...progressive, ...wf];
    if (ev.length) return pass('failed deployments roll back automatically or with one step', ev);
    return fail('no automated rollback', [absent('helm --atomic, rollback steps or progressive delivery with analysis', 'workflows and Kubernetes manifests')], 'make the deploy roll back on failure (helm upgrade --atomic, or a workflow_dispatch rollback job running `kubectl rollout undo` / redeploying the previous image tag)');
  },
});
