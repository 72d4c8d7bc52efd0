import { at, defineCheck, fail, partial, pass, list } from '../check.js';
import { bestDoc } from '../helpers.js';
import { where } from '../view.js';

export default defineCheck({
  id: 'server-capacity',
  docs: {
    motivation: 'Without declared CPU and memory, nobody knows what the servers must provide and one service can starve the others.',
    implementation: 'Reads resource limits of every long-running production service (compose deploy.resources / mem_limit, Kubernetes and Helm resources) and capacity-plan documents.',
  },
  judge(view) {
    const svcs = view.services.filter((s) => s.role !== 'job');
    const sized = svcs.filter((s) => s.limits);
    const unsized = svcs.filter((s) => !s.limits);
    const plan = bestDoc(view, ['capacity-plan']);
    const ev = [
      ...unsized.map((s) => at(s.file, s.line, `${s.name}: no CPU/memory declared`)),
      ...sized.map((s) => at(s.limits!.at.file, s.limits!.at.line, `${s.name}: cpu ${s.limits!.cpu ?? '-'}, memory ${s.limits!.memory ?? '-'}`)),
      ...(plan && plan.strength !== 'mention' ? [at(plan.path, plan.line, 'capacity plan')] : []),
    ];
    const remedy = `declare CPU and memory for ${list(unsized.map((s) => s.name))} (compose deploy.resources.limits/reservations in the production file; Kubernetes resources.requests/limits) and write down the server sizing they add up to`;
    if (svcs.length && unsized.length === 0) return pass(`all ${svcs.length} production services declare their CPU and memory`, ev);
    if (sized.length || plan?.strength === 'procedure') return partial(`${sized.length} of ${svcs.length} services declare CPU and memory`, ev, remedy);
    return fail('no service declares the CPU and memory it needs', ev, remedy);
  },
});

