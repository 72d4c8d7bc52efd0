import { at, defineCheck, english, korean, partial, t } from '../check.js';
import { share } from '../helpers.js';
import type { Evidence } from '../types.js';

export default defineCheck({
  id: 'healthchecks',
  docs: {
    motivation: 'Orchestrators only restart and route around what they can see is unhealthy.',
    implementation: 'A healthcheck or readiness/liveness probe on every long-running production service; the probed path must be a route the code serves, and a Dockerfile HEALTHCHECK must not contradict the orchestrator\'s probe.',
  },
  judge(view) {
    const svcs = view.services.filter((s) => s.role !== 'job');
    const j = share(
      svcs,
      (s) => !!s.healthcheck || !!s.dockerfile?.final.hasHealthcheck,
      {
        all: t('every production service has a health check', '모든 프로덕션 서비스에 헬스체크 있음'),
        some: (bad) => t(`${bad.length} of ${svcs.length} services have no health check: ${bad.join(', ')}`, `서비스 ${svcs.length}개 중 ${bad.length}개에 헬스체크 없음: ${bad.join(', ')}`),
        none: t('no production service has a health check', '헬스체크가 있는 프로덕션 서비스 없음'),
        remedy: (bad) => t(`add a healthcheck (test, interval, timeout, retries) to ${bad.join(', ')} in compose, or readiness and liveness probes in Kubernetes`, `${bad.length ? `compose의 ${bad.join(', ')}에` : 'compose 서비스에'} healthcheck(test, interval, timeout, retries)를 추가하거나, Kubernetes에서는 readiness·liveness probe를 추가하십시오`),
      },
      (s, ok) => (ok ? (s.healthcheck ? at(s.healthcheck.at.file, s.healthcheck.at.line, t(`${s.name}: ${english(s.healthcheck.kind)}${s.healthcheck.path ? ` on ${s.healthcheck.path}` : ''}`, `${s.name}: ${korean(s.healthcheck.kind) ?? english(s.healthcheck.kind)} 있음${s.healthcheck.path ? ` (${s.healthcheck.path})` : ''}`)) : at(s.dockerfile!.file, 1, t(`${s.name}: Dockerfile HEALTHCHECK`, `${s.name}: Dockerfile HEALTHCHECK 있음`))) : at(s.file, s.line, t(`${s.name} has no health check`, `${s.name}: 헬스체크 없음`))),
    );
    // across files: a probed path no route serves, or a Dockerfile HEALTHCHECK on another path
    const served = view.inv.app.routes.map((r) => r.path.replace(/\/$/, '') || '/');
    const cross: Evidence[] = [];
    if (served.length) {
      for (const s of svcs) {
        const path = s.healthcheck?.path?.split('?')[0].replace(/\/$/, '');
        if (path && !served.includes(path)) cross.push(at(s.healthcheck!.at.file, s.healthcheck!.at.line, t(`${s.name} probes ${path}, which no route in the code serves`, `${s.name}: 검사 경로 ${path} (이 경로를 제공하는 라우트가 코드에 없음)`)));
        const dockerPath = /https?:\/\/[^/\s]+(\/[^\s"'|]*)/.exec(s.dockerfile?.stages.at(-1)?.healthcheck?.command ?? '')?.[1]?.replace(/\/$/, '');
        if (dockerPath && path && dockerPath !== path) cross.push(at(s.dockerfile!.file, s.dockerfile!.stages.at(-1)!.healthcheck!.line, t(`Dockerfile HEALTHCHECK probes ${dockerPath} while ${s.platform} probes ${path} (${s.healthcheck!.at.file}:${s.healthcheck!.at.line})`, `검사 경로 불일치: Dockerfile HEALTHCHECK ${dockerPath}, ${s.platform} ${path} (${s.healthcheck!.at.file}:${s.healthcheck!.at.line})`)));
      }
    }
    if (cross.length && j.status === 'pass') return partial(t('every service has a health check, but some check paths are wrong', '모든 서비스에 헬스체크는 있으나 일부 검사 경로가 잘못됨'), [...cross, ...j.evidence], t('point the health checks at a route the service serves (e.g. /health) and keep the Dockerfile HEALTHCHECK and the orchestrator probe on the same path', '헬스체크가 서비스에 실제로 있는 라우트(예: /health)를 가리키게 하고, Dockerfile HEALTHCHECK와 오케스트레이터 probe의 경로를 일치시키십시오'));
    return cross.length ? { ...j, evidence: [...cross, ...j.evidence] } : j;
  },
});
