import { at, defineCheck, fail, partial, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';

export default defineCheck({
  id: 'os-hardening',
  docs: {
    motivation: 'Containers running as root on floating base images turn any application bug into a host-level incident.',
    implementation: 'Reads the final stage of each production Dockerfile (USER, pinned base) and Kubernetes securityContext (runAsNonRoot, allowPrivilegeEscalation, readOnlyRootFilesystem, dropped capabilities, privileged).',
  },
  judge(view) {
    const ev = [];
    let good = 0;
    let bad = 0;
    const prodDockerfiles = new Set(view.services.map((s) => s.dockerfile?.file).filter(Boolean));
    for (const d of view.inv.dockerfiles.files) {
      if (prodDockerfiles.size && !prodDockerfiles.has(d.file)) continue;
      const ok = !d.final.runsAsRoot && d.final.pinned;
      ok ? good++ : bad++;
      const line = d.final.userLine ?? d.stages[d.final.stage]?.line ?? 1;
      ev.push(at(d.file, line, ok ? t(`runs as a non-root user on ${d.final.baseImage}`, `${d.final.baseImage} 기반, root가 아닌 사용자로 실행`) : t(`${d.final.runsAsRoot ? 'runs as root' : 'non-root'}${d.final.pinned ? '' : `, base image ${d.final.baseImage} is not pinned`}`, `${d.final.runsAsRoot ? 'root로 실행' : 'root가 아닌 사용자로 실행'}${d.final.pinned ? '' : `, 베이스 이미지 ${d.final.baseImage} 고정 안 됨`}`)));
    }
    for (const s of view.services) {
      if (s.compose?.privileged) {
        bad++;
        ev.push(at(s.file, s.line, t(`${s.name} runs privileged`, `${s.name}: 특권 모드로 실행`)));
      }
      const w = s.workload;
      if (!w) continue;
      for (const c of w.containers.filter((x) => !x.init)) {
        const sc = c.securityContext;
        const nonRoot = sc?.runAsNonRoot ?? w.podSecurityContext?.runAsNonRoot;
        const ok = !!nonRoot && sc?.allowPrivilegeEscalation === false && !sc?.privileged;
        ok ? good++ : bad++;
        ev.push(at(c.file, sc?.line || c.line, ok ? t(`${w.name}/${c.name}: non-root, no privilege escalation${sc?.readOnlyRootFilesystem ? ', read-only root' : ''}`, `${w.name}/${c.name}: root 아님, 권한 상승 없음${sc?.readOnlyRootFilesystem ? ', 읽기 전용 루트 파일 시스템' : ''}`) : t(`${w.name}/${c.name}: securityContext lacks runAsNonRoot and allowPrivilegeEscalation: false`, `${w.name}/${c.name}: securityContext에 runAsNonRoot 및 allowPrivilegeEscalation: false 없음`)));
      }
    }
    if (good + bad === 0) return attestOnly(t('the hardening of the servers', '서버 운영체제 보안 설정'));
    const remedy = t('run every image as a non-root USER on a pinned base (a version tag or digest, slim/distroless), and set runAsNonRoot, allowPrivilegeEscalation: false, readOnlyRootFilesystem and capabilities.drop [ALL] in Kubernetes; attest the host OS hardening', '모든 이미지를 고정된 베이스(버전 태그 또는 digest, slim/distroless)에서 root가 아닌 USER로 실행하고, Kubernetes에서는 runAsNonRoot, allowPrivilegeEscalation: false, readOnlyRootFilesystem, capabilities.drop [ALL]을 설정하십시오. 호스트 OS 보안 설정은 확인서로 남기십시오');
    if (bad === 0) return pass(t('every production image and pod runs unprivileged on a pinned base', '모든 프로덕션 이미지와 파드가 고정된 베이스에서 비특권으로 실행됨'), ev);
    if (good) return partial(t(`${bad} of ${good + bad} images or containers run as root, privileged or on floating bases`, `이미지·컨테이너 ${good + bad}개 중 ${bad}개가 root, 특권 모드 또는 고정되지 않은 베이스로 실행됨`), ev, remedy);
    return fail(t('no production image or pod is hardened', '보안 설정된 프로덕션 이미지·파드 없음'), ev, remedy);
  },
});
