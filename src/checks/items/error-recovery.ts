import { absent, at, defineCheck, fail, partial, pass } from '../check.js';

export default defineCheck({
  id: 'error-recovery',
  docs: {
    motivation: 'Failures happen; services must restart, wait for healthy dependencies and report errors somewhere people look.',
    implementation: 'Restart policies on every production service, depends_on with service_healthy, liveness probes, an error tracker (Sentry), retries or circuit breakers in clients.',
  },
  judge(view) {
    const svcs = view.services.filter((s) => s.role !== 'job');
    const restarting = svcs.filter((s) => s.platform !== 'compose' || ['always', 'unless-stopped', 'on-failure'].includes(s.compose?.restart?.value ?? '') || s.compose?.locs['deploy.restart_policy']);
    const noRestart = svcs.filter((s) => !restarting.includes(s));
    const healthyDeps = view.services.flatMap((s) => (s.compose?.dependsOn ?? []).filter((d) => d.condition === 'service_healthy').map((d) => ({ s, d })));
    const tracker = view.inv.app.hints.filter((h) => h.kind === 'error-tracker' && h.wired);
    const resilience = view.inv.app.hints.filter((h) => h.kind === 'retry' || h.kind === 'circuit-breaker');
    const ev = [
      ...noRestart.map((s) => at(s.file, s.line, `${s.name} has no restart policy`)),
      ...restarting.filter((s) => s.compose?.restart).map((s) => at(s.compose!.restart!.file, s.compose!.restart!.line, `${s.name}: restart ${s.compose!.restart!.value}`)),
      ...healthyDeps.slice(0, 5).map(({ s, d }) => at(s.file, s.line, `${s.name} waits for ${d.service} to be healthy`)),
      ...tracker.map((h) => at(h.file, h.line, `error tracker ${h.name}`)),
      ...resilience.slice(0, 3).map((h) => at(h.file, h.line, h.name)),
    ];
    const remedy = `give ${noRestart.length ? noRestart.map((s) => s.name).join(', ') : 'every service'} a restart policy, wait on healthy dependencies (depends_on condition: service_healthy) and report errors to a tracker (sentry_sdk.init with a DSN from the environment)`;
    if (svcs.length && !noRestart.length && tracker.length) return pass('services restart on failure and errors are tracked', ev);
    if (restarting.length || tracker.length || resilience.length) return partial(`recovery is partial: ${[noRestart.length && `${noRestart.length} services without restart policy`, !tracker.length && 'no error tracker'].filter(Boolean).join(', ')}`, ev, remedy);
    return fail('no error recovery mechanisms', ev.length ? ev : [absent('restart policies or an error tracker', 'compose, Kubernetes and application code')], remedy);
  },
});
