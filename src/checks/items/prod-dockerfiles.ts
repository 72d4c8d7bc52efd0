import { absent, at, defineCheck, fail, joinText, partial, pass, t, type Text } from '../check.js';
import { REPOSITORY } from '../helpers.js';
import type { Evidence } from '../types.js';

export default defineCheck({
  id: 'prod-dockerfiles',
  docs: {
    motivation: 'A production image is small, pinned, unprivileged, health-checked and free of development servers.',
    implementation: 'For each Dockerfile the deployment builds: multi-stage, pinned base, non-root USER, HEALTHCHECK (or an orchestrator probe), a .dockerignore, no dev server in CMD; a compose build that points at a missing Dockerfile fails with both locations.',
  },
  judge(view) {
    const ev: Evidence[] = [];
    const missing = view.services.filter((s) => s.compose?.build && !s.compose.build.dockerfileExists);
    for (const s of missing) ev.push(at(s.compose!.build!.file, s.compose!.build!.line, t(`${s.name} builds ${s.compose!.build!.dockerfile}, which does not exist`, `${s.name}: 빌드에 쓰는 ${s.compose!.build!.dockerfile} 파일 없음`)));
    const used = new Map<string, boolean>();
    for (const s of view.services) if (s.dockerfile) used.set(s.dockerfile.file, used.get(s.dockerfile.file) || !!s.healthcheck);
    const files = used.size ? view.inv.dockerfiles.files.filter((d) => used.has(d.file)) : view.inv.dockerfiles.files;
    let good = 0;
    for (const d of files) {
      const problems: Text[] = [];
      if (!d.final.multiStage) problems.push(t('single stage', '단일 스테이지'));
      if (!d.final.pinned) problems.push(t(`unpinned base ${d.final.baseImage}`, `베이스 ${d.final.baseImage} 고정 안 됨`));
      if (d.final.runsAsRoot) problems.push(t('runs as root', 'root로 실행'));
      if (!d.final.hasHealthcheck && !used.get(d.file)) problems.push(t('no HEALTHCHECK', 'HEALTHCHECK 없음'));
      if (!d.dockerignore) problems.push(t('no .dockerignore', '.dockerignore 없음'));
      if (d.final.devServer) problems.push(t(`dev server (${d.final.devServer.what}) at line ${d.final.devServer.line}`, `개발 서버 (${d.final.devServer.what}), ${d.final.devServer.line}행`));
      if (problems.length === 0) good++;
      ev.push(at(d.file, d.final.devServer?.line ?? d.stages[d.final.stage]?.line ?? 1, problems.length ? joinText(problems) : t('multi-stage, pinned, non-root, health-checked', '멀티 스테이지, 베이스 고정, root 아님, 헬스체크 있음')));
    }
    const absentFiles = missing.map((s) => s.compose!.build!.dockerfile).join(', ');
    const remedy = t(
      `${missing.length ? `add ${absentFiles} or fix build.dockerfile; ` : ''}build in stages (builder + slim runtime), pin the base image by version or digest, run as a non-root USER, add a HEALTHCHECK, a .dockerignore, and no --reload/dev servers in CMD`,
      `${missing.length ? `${absentFiles} 파일을 추가하거나 build.dockerfile을 수정하십시오. ` : ''}단계별로 빌드하고(builder + slim 런타임), 베이스 이미지를 버전이나 digest로 고정하며, root가 아닌 USER로 실행하고, HEALTHCHECK와 .dockerignore를 추가하고, CMD에서 --reload/개발 서버를 제거하십시오`,
    );
    if (!files.length && !missing.length) return fail(t('no Dockerfiles', 'Dockerfile 부재'), [absent(t('Dockerfiles', 'Dockerfile'), REPOSITORY)], t('containerise the services with production Dockerfiles', '프로덕션 Dockerfile로 서비스를 컨테이너화하십시오'));
    // the deployment cannot even start: this blocks whatever the item's grade
    if (missing.length) return { ...fail(t(`${missing.length} service${missing.length > 1 ? 's build' : ' builds'} from a Dockerfile that does not exist`, `서비스 ${missing.length}개가 존재하지 않는 Dockerfile로 빌드됨`), ev, remedy), blocks: true };
    if (good === files.length) return pass(t('every production Dockerfile follows the production practices', '모든 프로덕션 Dockerfile이 프로덕션 관행을 따름'), ev);
    return partial(t(`${files.length - good} of ${files.length} Dockerfiles miss production practices`, `Dockerfile ${files.length}개 중 ${files.length - good}개가 프로덕션 관행 미준수`), ev, remedy);
  },
});
