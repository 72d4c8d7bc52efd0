import { absent, at, defineCheck, fail, notApplicable, partial, pass } from '../check.js';

const FRONT = /front|web|ui|client|dashboard|streamlit/i;

export default defineCheck({
  id: 'frontend-build',
  docs: {
    motivation: 'The frontend must ship as a production build, not a development server, from a Dockerfile that exists.',
    implementation: 'The frontend service\'s Dockerfile: it must exist, build in stages for bundled frontends (NODE_ENV=production), and run no dev server; Streamlit needs headless production settings (.streamlit/config.toml or --server.headless).',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable('no frontend in the repository');
    const fronts = view.services.filter((s) => FRONT.test(s.name));
    const ev = [];
    const problems: string[] = [];
    for (const s of fronts) {
      const b = s.compose?.build;
      if (b && !b.dockerfileExists) {
        ev.push(at(b.file, b.line, `${s.name} builds from ${b.dockerfile}, which does not exist`));
        problems.push(`add ${b.dockerfile} (or point build.dockerfile at the existing frontend Dockerfile)`);
        continue;
      }
      const d = s.dockerfile;
      if (!d) continue;
      const cmd = d.stages.at(-1)?.cmd;
      if (d.final.devServer) {
        ev.push(at(d.file, d.final.devServer.line, `${s.name} runs a development server (${d.final.devServer.what})`));
        problems.push(`serve ${s.name} from a production build`);
      } else ev.push(at(d.file, cmd?.line ?? 1, `${s.name}: ${d.final.multiStage ? 'multi-stage build' : 'single-stage image'}, ${cmd?.value ?? 'no CMD'}`));
    }
    const streamlitCfg = view.inv.files.list.find((f) => f.path === '.streamlit/config.toml' || f.path.endsWith('/.streamlit/config.toml'));
    if (streamlitCfg) ev.push(at(streamlitCfg.path, 0, 'Streamlit server settings'));
    const remedy = problems.length ? problems.join('; ') : 'build the frontend in a multi-stage Dockerfile that produces a production build (NODE_ENV=production, or Streamlit with --server.headless=true and XSRF protection on)';
    if (problems.length) return fail('the frontend has no working production build', ev, remedy);
    if (fronts.some((s) => s.dockerfile)) return pass('the frontend ships as a production image', ev);
    return partial('a frontend exists but no production image builds it', ev.length ? ev : [absent('a frontend Dockerfile used by the deployment', 'compose, Kubernetes and Dockerfiles')], remedy);
  },
});
