import { absent, at, defineCheck, fail, joinText, partial, pass, t } from '../check.js';
import { stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'backend-performance',
  docs: {
    motivation: 'Performance claims need a cache, a production server with workers, and load tests that keep them true.',
    implementation: 'A caching layer in use, a production server with several workers (gunicorn, uvicorn --workers), load tests (locust, k6) run in CI with thresholds.',
  },
  judge(view) {
    const cache = view.inv.app.hints.filter((h) => h.kind === 'cache');
    const cmds = view.services.map((s) => `${s.compose?.command ?? ''} ${s.dockerfile?.stages.at(-1)?.cmd?.value ?? ''}`).join('\n');
    const workers = /gunicorn|--workers[ =]\d|-w \d|WEB_CONCURRENCY|uvicorn\.workers/.test(cmds) || view.inv.app.hints.some((h) => h.kind === 'production-server');
    const loadCi = stepsTagged(view, 'load-test');
    const loadFiles = view.inv.files.list.filter((f) => /locustfile|k6|\.jmx$|artillery/i.test(f.name));
    const ev = [
      ...cache.slice(0, 3).map((h) => at(h.file, h.line, t(`cache: ${h.name}`, `캐시: ${h.name}`))),
      ...(workers ? [at('.', 0, t('a production server with several workers', '워커 여러 개의 프로덕션 서버'))] : []),
      ...loadCi.map((s) => at(s.file, s.line, t('load test runs in CI', 'CI에서 부하 테스트 실행'))),
      ...loadFiles.slice(0, 3).map((f) => at(f.path, 0, t('load test', '부하 테스트'))),
    ];
    const remedy = t('run the API under a production server with several workers (gunicorn -k uvicorn.workers.UvicornWorker -w N, or uvicorn --workers N), and run the load tests (locust/k6) in CI with thresholds', 'API를 워커 여러 개의 프로덕션 서버로 실행하고(gunicorn -k uvicorn.workers.UvicornWorker -w N 또는 uvicorn --workers N) 부하 테스트(locust/k6)를 임계값과 함께 CI에서 실행하십시오');
    if (cache.length && workers && loadCi.length) return pass(t('caching, worker processes and load tests in CI', '캐시, 워커 프로세스, CI 부하 테스트 모두 갖춤'), ev);
    const gaps = joinText([!cache.length && t('no cache', '캐시 없음'), !workers && t('single-process server', '단일 프로세스 서버'), !loadCi.length && (loadFiles.length ? t('load tests not run in CI', 'CI에서 부하 테스트 미실행') : t('no load tests', '부하 테스트 없음'))]);
    if (ev.length) return partial(t(`performance work is partial: ${gaps.en}`, `성능 최적화 일부만 적용: ${gaps.ko}`), ev, remedy);
    return fail(t('no backend performance measures', '백엔드 성능 최적화 조치 부재'), [absent(t('caching, worker processes or load tests', '캐시, 워커 프로세스 또는 부하 테스트'), t('code, Dockerfiles and workflows', '코드, Dockerfile, 워크플로'))], remedy);
  },
});
