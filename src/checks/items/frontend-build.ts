import { absent, at, defineCheck, fail, joinText, notApplicable, partial, pass, t, type Text } from '../check.js';

const FRONT = /front|web|ui|client|dashboard|streamlit/i;

export default defineCheck({
  id: 'frontend-build',
  docs: {
    motivation: 'The frontend must ship as a production build, not a development server, from a Dockerfile that exists.',
    implementation: 'The frontend service\'s Dockerfile: it must exist, build in stages for bundled frontends (NODE_ENV=production), and run no dev server; Streamlit needs headless production settings (.streamlit/config.toml or --server.headless).',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable(t('no frontend in the repository', '저장소에 프론트엔드 없음'));
    const fronts = view.services.filter((s) => FRONT.test(s.name));
    const ev = [];
    const problems: Text[] = [];
    for (const s of fronts) {
      const b = s.compose?.build;
      if (b && !b.dockerfileExists) {
        ev.push(at(b.file, b.line, t(`${s.name} builds from ${b.dockerfile}, which does not exist`, `${s.name}: 빌드에 쓰는 ${b.dockerfile} 파일 없음`)));
        problems.push(t(`add ${b.dockerfile} (or point build.dockerfile at the existing frontend Dockerfile)`, `${b.dockerfile} 파일을 추가하십시오 (또는 build.dockerfile이 기존 프론트엔드 Dockerfile을 가리키게 하십시오)`));
        continue;
      }
      const d = s.dockerfile;
      if (!d) continue;
      const cmd = d.stages.at(-1)?.cmd;
      if (d.final.devServer) {
        ev.push(at(d.file, d.final.devServer.line, t(`${s.name} runs a development server (${d.final.devServer.what})`, `${s.name}: 개발 서버 실행 (${d.final.devServer.what})`)));
        problems.push(t(`serve ${s.name} from a production build`, `${s.name} 서비스를 프로덕션 빌드로 제공하십시오`));
      } else ev.push(at(d.file, cmd?.line ?? 1, t(`${s.name}: ${d.final.multiStage ? 'multi-stage build' : 'single-stage image'}, ${cmd?.value ?? 'no CMD'}`, `${s.name}: ${d.final.multiStage ? '멀티 스테이지 빌드' : '단일 스테이지 이미지'}, ${cmd?.value ?? 'CMD 없음'}`)));
    }
    const streamlitCfg = view.inv.files.list.find((f) => f.path === '.streamlit/config.toml' || f.path.endsWith('/.streamlit/config.toml'));
    if (streamlitCfg) ev.push(at(streamlitCfg.path, 0, t('Streamlit server settings', 'Streamlit 서버 설정')));
    const remedy = problems.length
      ? joinText(problems, '; ')
      : t('build the frontend in a multi-stage Dockerfile that produces a production build (NODE_ENV=production, or Streamlit with --server.headless=true and XSRF protection on)', '프로덕션 빌드를 만드는 멀티 스테이지 Dockerfile로 프론트엔드를 빌드하십시오 (NODE_ENV=production, 또는 --server.headless=true와 XSRF 보호를 켠 Streamlit)');
    if (problems.length) return fail(t('the frontend has no working production build', '동작하는 프론트엔드 프로덕션 빌드 부재'), ev, remedy);
    if (fronts.some((s) => s.dockerfile)) return pass(t('the frontend ships as a production image', '프론트엔드가 프로덕션 이미지로 배포됨'), ev);
    return partial(t('a frontend exists but no production image builds it', '프론트엔드는 있으나 이를 빌드하는 프로덕션 이미지 없음'), ev.length ? ev : [absent(t('a frontend Dockerfile used by the deployment', '배포에 쓰이는 프론트엔드 Dockerfile'), t('compose, Kubernetes and Dockerfiles', 'compose, Kubernetes, Dockerfile'))], remedy);
  },
});
