import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';

export default defineCheck({
  id: 'ci-tests',
  docs: {
    motivation: 'Tests that do not run on every change stop protecting anything.',
    implementation: 'A workflow triggered by pull_request or push with steps that run the test suites; tests in the repository that no workflow runs fail with their location.',
  },
  judge(view) {
    const wfs = view.inv.workflows.workflows.filter((w) => w.triggers.some((t) => t.event === 'pull_request' || t.event === 'push' || t.event === 'merge_group'));
    const steps = wfs.flatMap((w) => w.jobs.flatMap((j) => j.steps.filter((s) => s.tags.includes('test'))));
    const tests = view.inv.files.list.filter((f) => /(^|\/)(tests?|__tests__|spec)\//.test(f.path) || /(^test_.*\.py|_test\.go|\.(test|spec)\.[jt]sx?)$/.test(f.name));
    const ev = steps.map((s) => {
      const cmd = (s.run ?? s.uses ?? '').split('\n').find((l) => /test/.test(l))?.trim().slice(0, 80) ?? '';
      return at(s.file, s.line, t(`runs tests: ${cmd}`, `테스트 실행${cmd ? `: ${cmd}` : ''}`));
    });
    const remedy = t('run the test suites in a workflow on every pull request and push (e.g. `pytest` for the Python services, `npm test` for the Node ones), with the services they need (postgres, redis) as job services', '모든 풀 리퀘스트와 push마다 워크플로에서 테스트 스위트를 실행하십시오 (예: Python 서비스는 `pytest`, Node 서비스는 `npm test`). 필요한 서비스(postgres, redis)는 job services로 띄우십시오');
    if (steps.length) {
      const testDirs = [...new Set(tests.map((f) => f.path.split('/')[0]))];
      return pass(t(`tests run on every change (${steps.length} steps)`, `변경마다 테스트 실행 (단계 ${steps.length}개)`), [...ev, ...testDirs.slice(0, 3).map((d) => at(d, 0, t('test suite', '테스트 스위트')))]);
    }
    if (wfs.length) return partial(t('workflows run on changes, but none runs the tests', '변경 시 워크플로는 실행되나 테스트를 실행하는 워크플로 없음'), [...wfs.map((w) => at(w.file, 1, t(`workflow ${w.name ?? ''} runs no tests`, `워크플로${w.name ? ` ${w.name}` : ''}: 테스트 실행 없음`))), ...(tests[0] ? [at(tests[0].path, 0, t(`${tests.length} test files`, `테스트 파일 ${tests.length}개`))] : [])], remedy);
    return fail(tests.length ? t(`${tests.length} test files exist but no workflow runs them`, `테스트 파일 ${tests.length}개가 있으나 실행하는 워크플로 없음`) : t('no tests run in CI', 'CI 테스트 실행 부재'), [...(tests[0] ? [at(tests[0].path, 0, t(`${tests.length} test files, never run in CI`, `테스트 파일 ${tests.length}개, CI에서 실행 안 됨`))] : []), absent(t('a workflow on pull_request/push running tests', 'pull_request/push 시 테스트를 실행하는 워크플로'), '.github/workflows')], remedy);
  },
});
