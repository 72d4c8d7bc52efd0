import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
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
      ...cache.slice(0, 3).map((h) => at(h.file, h.line, `cache: ${h.name}`)),
      ...(workers ? [at('.', 0, 'a production server with several workers')] : []),
      ...loadCi.map((s) => at(s.file, s.line, 'load test runs in CI')),
      ...loadFiles.slice(0, 3).map((f) => at(f.path, 0, 'load test')),
    ];
    const remedy = 'run the API under a production server with several workers (gunicorn -k uvicorn.workers.UvicornWorker -w N, or uvicorn --workers N), and run the load tests (locust/k6) in CI with thresholds';
    if (cache.length && workers && loadCi.length) return pass('caching, worker processes and load tests in CI', ev);
    if (ev.length) return partial(`performance work is partial: ${[!cache.length && 'no cache', !workers && 'single-process server', !loadCi.length && (loadFiles.length ? 'load tests not run in CI' : 'no load tests')].filter(Boolean).join(', ')}`, ev, remedy);
    return fail('no backend performance measures', [absent('caching, worker processes or load tests', 'code, Dockerfiles and workflows')], remedy);
  },
});
