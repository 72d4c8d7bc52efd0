import { absent, at, defineCheck, fail, notApplicable, partial, pass, t } from '../check.js';

export default defineCheck({
  id: 'asset-optimization',
  docs: {
    motivation: 'Compressed, minified, long-cached assets are the cheapest performance win there is.',
    implementation: 'gzip/brotli and long-lived cache headers in the web server; bundler production builds (vite/webpack/next) that minify; FastAPI/Express compression middleware counts partly.',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable(t('no frontend in the repository', '저장소에 프론트엔드 없음'));
    const web = view.inv.nginx.servers.filter((s) => s.gzip || s.brotli).map((s) => at(s.file, s.line, t(`${s.brotli ? 'brotli' : 'gzip'} compression`, `${s.brotli ? 'brotli' : 'gzip'} 압축`)));
    const cache = view.inv.nginx.servers.filter((s) => s.staticCaching).map((s) => at(s.file, s.line, t('long-lived cache headers', '장기 캐시 헤더')));
    const bundler = view.inv.files.list.filter((f) => /^(vite|webpack|next|nuxt|rollup)\.config\./.test(f.name)).map((f) => at(f.path, 0, t('bundler production build (minified)', '번들러 프로덕션 빌드 (최소화)')));
    const app = view.inv.app.hints.filter((h) => h.kind === 'compression' && h.wired).map((h) => at(h.file, h.line, t(`${h.name} middleware`, `${h.name} 미들웨어`)));
    const remedy = t('serve the frontend assets compressed (nginx `gzip on; gzip_types ...` or brotli) with long-lived cache headers for hashed files (`expires 1y` / `Cache-Control: public, max-age=31536000, immutable`)', '프론트엔드 자산을 압축(nginx `gzip on; gzip_types ...` 또는 brotli)해 제공하고 해시된 파일에 장기 캐시 헤더(`expires 1y` / `Cache-Control: public, max-age=31536000, immutable`)를 설정하십시오');
    if ((web.length || bundler.length) && cache.length) return pass(t('assets are compressed and cached', '자산 압축 및 캐시 적용됨'), [...web, ...cache, ...bundler]);
    if (web.length || cache.length || bundler.length || app.length) return partial(t('assets are partly optimised', '자산 최적화 일부만 적용됨'), [...web, ...cache, ...bundler, ...app], remedy);
    return fail(t('no asset optimisation', '자산 최적화 부재'), [absent(t('compression, minification or cache headers', '압축, 최소화 또는 캐시 헤더'), t('web server and bundler configuration', '웹 서버 및 번들러 설정'))], remedy);
  },
});
