import { absent, at, defineCheck, fail, notApplicable, pass } from '../check.js';

export default defineCheck({
  id: 'api-versioning',
  docs: {
    motivation: 'Clients break when an API changes under them; a version in the path lets old and new live side by side.',
    implementation: 'Versioned route prefixes (/api/v1) found in the application routes, versioned OpenAPI documents.',
  },
  judge(view) {
    if (view.inv.app.routes.length === 0 && !view.inv.files.list.some((f) => /openapi|swagger/i.test(f.name))) return notApplicable('no HTTP API found in the code');
    const v = view.inv.app.versionedPrefixes;
    if (v.length) return pass(`routes are versioned (${v.map((x) => x.prefix).join(', ')})`, v.map((x) => at(x.file, x.line, `routes under ${x.prefix}`)));
    return fail('the API routes carry no version', [absent('a versioned prefix such as /api/v1', `${view.inv.app.routes.length} routes`)], 'mount the API routers under a version prefix (`app.include_router(router, prefix="/api/v1")`) and keep a deprecation policy');
  },
});
