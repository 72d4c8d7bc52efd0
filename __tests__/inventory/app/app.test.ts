import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { findRoutes } from '../../../src/inventory/app/routes.js';

const scan = async (dir: string) => (await buildInventory(new FsSource(dir))).app;
const routeList = (rs: { method: string; path: string }[]) => rs.map((r) => `${r.method} ${r.path}`).sort();

describe('application hints', () => {
  it('resolves FastAPI router prefixes through imports and tells wired from present code (InsiteChart)', async () => {
    const app = await scan('__tests__/fixtures/insitechart');
    expect(app.frameworks.map((f) => f.name)).toEqual(expect.arrayContaining(['fastapi', 'streamlit']));
    expect(routeList(app.routes)).toEqual(expect.arrayContaining(['GET /api/v1/health', 'GET /api/v1/trending', 'POST /auth/login', 'GET /health', 'GET /metrics']));
    expect(app.versionedPrefixes.map((p) => p.prefix)).toEqual(['/api/v1']);
    expect(app.healthEndpoints.find((r) => r.path === '/health')).toMatchObject({ file: 'backend/main.py', line: 29 });
    const headers = app.hints.find((h) => h.kind === 'security-headers')!;
    expect(headers).toMatchObject({ name: 'SecurityHeadersMiddleware', wired: false, file: 'backend/middleware/security_headers.py' });
    expect(app.hints.find((h) => h.kind === 'rate-limit')).toMatchObject({ name: 'simple_rate_limit', wired: true, file: 'backend/main.py', line: 18 });
    expect(app.migrations).toEqual([{ tool: 'alembic', dir: 'backend/alembic/versions', versions: 1 }]);
  });

  it('reads Express apps: mounted routers, helmet, rate limits, pino, data-subject endpoints', async () => {
    const app = await scan('__tests__/fixtures/app/express');
    expect(routeList(app.routes)).toEqual(['DELETE /api/v2/me', 'GET /api/v2/me/export', 'GET /api/v2/users/:id', 'GET /healthz']);
    expect(app.dataSubjectEndpoints.map((r) => r.purpose).sort()).toEqual(['erasure', 'export']);
    expect(app.hints.filter((h) => h.wired).map((h) => h.kind)).toEqual(expect.arrayContaining(['security-headers', 'rate-limit', 'structured-logging', 'log-level-config']));
  });

  it('reads Flask blueprints, Talisman and Sentry', async () => {
    const app = await scan('__tests__/fixtures/app/flask');
    expect(routeList(app.routes)).toEqual(['ANY /api/v1/orders', 'ANY /ready']);
    expect(app.hints.map((h) => h.name)).toEqual(expect.arrayContaining(['flask-talisman', 'sentry']));
  });

  it('mounts a router found through a relative Python import', () => {
    const routes = findRoutes([
      { path: 'app/main.py', text: 'from .api import routes\napp.include_router(routes.router, prefix="/v2")\n' },
      { path: 'app/api/routes.py', text: 'router = APIRouter(prefix="/items")\n@router.get("/{id}")\ndef get(): ...\n' },
    ]);
    expect(routes).toEqual([{ method: 'GET', path: '/v2/items/{id}', file: 'app/api/routes.py', line: 2 }]);
  });
});
