import { absent, at, defineCheck, fail, joinText, partial, pass, t } from '../check.js';

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
      ...noRestart.map((s) => at(s.file, s.line, t(`${s.name} has no restart policy`, `${s.name}: 재시작 정책 없음`))),
      ...restarting.filter((s) => s.compose?.restart).map((s) => at(s.compose!.restart!.file, s.compose!.restart!.line, t(`${s.name}: restart ${s.compose!.restart!.value}`, `${s.name}: 재시작 정책 ${s.compose!.restart!.value}`))),
      ...healthyDeps.slice(0, 5).map(({ s, d }) => at(s.file, s.line, t(`${s.name} waits for ${d.service} to be healthy`, `${s.name}: ${d.service} 정상 상태까지 대기`))),
      ...tracker.map((h) => at(h.file, h.line, t(`error tracker ${h.name}`, `오류 추적 도구 ${h.name}`))),
      ...resilience.slice(0, 3).map((h) => at(h.file, h.line, t(h.name, `${h.kind === 'retry' ? '재시도' : '서킷 브레이커'} ${h.name}`))),
    ];
    const remedy = t(
      `give ${noRestart.length ? noRestart.map((s) => s.name).join(', ') : 'every service'} a restart policy, wait on healthy dependencies (depends_on condition: service_healthy) and report errors to a tracker (sentry_sdk.init with a DSN from the environment)`,
      `${noRestart.length ? `서비스 ${noRestart.map((s) => s.name).join(', ')}` : '모든 서비스'}에 재시작 정책을 지정하고, 의존 서비스가 정상이 될 때까지 기다리게 하며(depends_on condition: service_healthy), 오류를 추적 도구로 보고하십시오 (환경 변수의 DSN으로 sentry_sdk.init)`,
    );
    if (svcs.length && !noRestart.length && tracker.length) return pass(t('services restart on failure and errors are tracked', '장애 시 서비스 재시작 및 오류 추적 적용됨'), ev);
    const gaps = joinText([noRestart.length && t(`${noRestart.length} services without restart policy`, `재시작 정책 없는 서비스 ${noRestart.length}개`), !tracker.length && t('no error tracker', '오류 추적 도구 없음')]);
    if (restarting.length || tracker.length || resilience.length) return partial(t(`recovery is partial: ${gaps.en}`, `복구 메커니즘 일부만 적용${gaps.ko ? `: ${gaps.ko}` : ''}`), ev, remedy);
    return fail(t('no error recovery mechanisms', '에러 처리 및 복구 메커니즘 부재'), ev.length ? ev : [absent(t('restart policies or an error tracker', '재시작 정책 또는 오류 추적 도구'), t('compose, Kubernetes and application code', 'compose, Kubernetes, 애플리케이션 코드'))], remedy);
  },
});
