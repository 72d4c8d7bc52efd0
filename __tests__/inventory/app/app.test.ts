import { FsSource } from '../../../src/source/fs-source.js';
import { composeCollector } from '../../../src/inventory/compose/index.js';
import { dockerfileCollector } from '../../../src/inventory/dockerfile/index.js';
import { appCollector, type AppInventory } from '../../../src/inventory/app/index.js';
import { findRoutes } from '../../../src/inventory/app/routes.js';
import { sourceFile } from '../../../src/inventory/app/source-file.js';
import type { Collector } from '../../../src/inventory/collector.js';
import { runCollectors } from './helpers.js';

// the app collector reads start commands from the compose and Dockerfile collectors, as in the engine
const scan = async (dir: string) => (await runCollectors(new FsSource(dir), [composeCollector, dockerfileCollector, appCollector] as Collector<string, unknown>[])).found.app as AppInventory;
const routeList = (rs: { method: string; path: string }[]) => rs.map((r) => `${r.method} ${r.path}`).sort();
const hint = (app: AppInventory, name: string) => app.hints.find((h) => h.name === name);

describe('application hints: InsiteChart', () => {
  let app: AppInventory;
  beforeAll(async () => {
    app = await scan('__tests__/fixtures/insitechart');
  });
  it('resolves FastAPI router prefixes through imports', () => {
    expect(app.frameworks.map((f) => f.name)).toEqual(expect.arrayContaining(['fastapi', 'streamlit']));
    expect(routeList(app.routes)).toEqual(expect.arrayContaining(['GET /api/v1/health', 'GET /api/v1/trending', 'POST /auth/login', 'GET /health', 'GET /metrics']));
    expect(app.versionedPrefixes.map((p) => p.prefix)).toEqual(['/api/v1']);
    expect(app.healthEndpoints.find((r) => r.path === '/health')).toMatchObject({ file: 'backend/main.py', line: 29 });
  });
  it('tells a defined-but-never-added security middleware (present) from an inline rate limiter (wired)', () => {
    expect(app.hints.find((h) => h.kind === 'security-headers')).toMatchObject({ name: 'SecurityHeadersMiddleware', wired: false, file: 'backend/middleware/security_headers.py' });
    expect(app.hints.find((h) => h.kind === 'rate-limit')).toMatchObject({ name: 'simple_rate_limit', wired: true, file: 'backend/main.py', line: 18 });
  });
  it('finds entry modules, the start command and migrations', () => {
    expect(app.entries.map((e) => e.file)).toEqual(expect.arrayContaining(['backend/main.py', 'frontend/app.py', 'services/api-gateway/main.py']));
    expect(app.servers).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'uvicorn', file: 'backend/Dockerfile', line: 28, wired: true, dev: false })]));
    expect(app.migrations).toEqual([{ tool: 'alembic', dir: 'backend/alembic/versions', versions: 1 }]);
  });
});

describe('application hints: FastAPI with routers in other modules', () => {
  let app: AppInventory;
  beforeAll(async () => {
    app = await scan('__tests__/fixtures/app/fastapi');
  });
  it('computes full paths from include_router and APIRouter prefixes', () => {
    expect(routeList(app.routes)).toEqual(['DELETE /api/v1/users/me', 'GET /api/v1/users/me/export', 'GET /api/v1/users/{user_id}', 'GET /healthz']);
    expect(app.healthEndpoints).toEqual([{ method: 'GET', path: '/healthz', file: 'service/health.py', line: 6 }]);
    expect(app.versionedPrefixes).toEqual([{ prefix: '/api/v1', file: 'service/api/v1.py', line: 6 }]);
    expect(app.dataSubjectEndpoints.map((r) => `${r.purpose} ${r.path}`).sort()).toEqual(['erasure /api/v1/users/me', 'export /api/v1/users/me/export']);
  });
  it('wires what the entry module loads and registers; leaves unimported code present', () => {
    expect(app.entries[0]).toMatchObject({ file: 'service/main.py', reason: 'creates the fastapi app' });
    expect(hint(app, 'SecurityHeaders')).toMatchObject({ kind: 'security-headers', wired: true, file: 'service/middleware.py', line: 7 });
    expect(hint(app, 'slowapi')).toMatchObject({ kind: 'rate-limit', wired: true, file: 'service/main.py' });
    expect(hint(app, 'sentry')).toMatchObject({ kind: 'error-tracker', wired: true, file: 'service/observability.py', line: 13 });
    expect(hint(app, 'structlog')).toMatchObject({ kind: 'structured-logging', wired: true });
    expect(hint(app, 'opentelemetry')).toMatchObject({ kind: 'tracing', wired: false, file: 'service/tracing_unused.py' });
  });
  it('reads the production server and its workers from the Dockerfile CMD, and the dependency', () => {
    expect(app.servers).toEqual([
      { name: 'gunicorn', file: 'Dockerfile', line: 7, wired: true, workers: 4, dev: false },
      { name: 'gunicorn', file: 'requirements.txt', line: 2, wired: false, dev: false },
    ]);
    expect(app.migrations).toEqual([{ tool: 'alembic', dir: 'alembic/versions', versions: 1 }]);
  });
});

describe('application hints: Express and Flask', () => {
  it('reads Express apps: mounted routers, helmet, rate limits, pino, prom-client, data-subject endpoints', async () => {
    const app = await scan('__tests__/fixtures/app/express');
    expect(routeList(app.routes)).toEqual(['DELETE /api/v2/me', 'GET /api/v2/me/export', 'GET /api/v2/users/:id', 'GET /healthz', 'GET /metrics']);
    expect(app.metricsEndpoints.map((r) => r.path)).toEqual(['/metrics']);
    expect(app.dataSubjectEndpoints.map((r) => r.purpose).sort()).toEqual(['erasure', 'export']);
    expect(app.hints.filter((h) => h.wired).map((h) => h.kind)).toEqual(expect.arrayContaining(['security-headers', 'rate-limit', 'structured-logging', 'log-level-config', 'metrics']));
    // Sentry is initialised in a module the server never requires
    expect(hint(app, 'sentry')).toMatchObject({ wired: false, file: 'src/lib/errors.js', line: 4 });
    expect(app.entries.map((e) => e.file)).toEqual(['src/server.js']);
    expect(app.servers).toEqual([{ name: 'node', file: 'Dockerfile', line: 5, wired: true, workers: undefined, dev: false }]);
  });

  it('reads Flask blueprints, Talisman and Sentry', async () => {
    const app = await scan('__tests__/fixtures/app/flask');
    expect(routeList(app.routes)).toEqual(['ANY /api/v1/orders', 'ANY /ready']);
    expect(app.hints.filter((h) => h.wired).map((h) => h.name)).toEqual(expect.arrayContaining(['flask-talisman', 'sentry']));
  });

  it('mounts a router found through a relative Python import', () => {
    const routes = findRoutes([
      sourceFile('app/main.py', 'from .api import routes\napp.include_router(routes.router, prefix="/v2")\n'),
      sourceFile('app/api/routes.py', 'router = APIRouter(prefix="/items")\n@router.get("/{id}")\ndef get(): ...\n'),
    ]);
    expect(routes).toEqual([{ method: 'GET', path: '/v2/items/{id}', file: 'app/api/routes.py', line: 2 }]);
  });

  it('describes frameworks, entries, endpoints and wired vs present', async () => {
    const lines = appCollector.describe(await scan('__tests__/fixtures/app/fastapi'));
    expect(lines).toEqual(expect.arrayContaining(['service/main.py:13 fastapi app', 'service/health.py:6 health endpoint GET /healthz', 'Dockerfile:7 server gunicorn (4 workers)']));
    expect(lines.some((l) => l.startsWith('service/tracing_unused.py:') && l.endsWith('present, NOT wired into the app'))).toBe(true);
  });
});
