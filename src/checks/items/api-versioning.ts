import { absent, at, defineCheck, fail, notApplicable, pass, t } from '../check.js';

export default defineCheck({
  id: 'api-versioning',
  docs: {
    motivation: 'Clients break when an API changes under them; a version in the path lets old and new live side by side.',
    implementation: 'Versioned route prefixes (/api/v1) found in the application routes, versioned OpenAPI documents.',
  },
  judge(view) {
    if (view.inv.app.routes.length === 0 && !view.inv.files.list.some((f) => /openapi|swagger/i.test(f.name))) return notApplicable(t('no HTTP API found in the code', '코드에 HTTP API 없음'));
    const v = view.inv.app.versionedPrefixes;
    if (v.length) return pass(t(`routes are versioned (${v.map((x) => x.prefix).join(', ')})`, `라우트에 버전 적용됨 (${v.map((x) => x.prefix).join(', ')})`), v.map((x) => at(x.file, x.line, t(`routes under ${x.prefix}`, `${x.prefix} 아래 라우트`))));
    return fail(t('the API routes carry no version', 'API 라우트에 버전 없음'), [absent(t('a versioned prefix such as /api/v1', '/api/v1 같은 버전 접두사'), t(`${view.inv.app.routes.length} routes`, `라우트 ${view.inv.app.routes.length}개`))], t('mount the API routers under a version prefix (`app.include_router(router, prefix="/api/v1")`) and keep a deprecation policy', 'API 라우터를 버전 접두사 아래에 마운트하고(`app.include_router(router, prefix="/api/v1")`) 지원 중단(deprecation) 정책을 유지하십시오'));
  },
});
