import { at, defineCheck, notApplicable, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';
import { CDN_IAC } from './cdn.js';

export default defineCheck({
  id: 'frontend-cdn',
  docs: {
    motivation: 'Static assets served from a CDN load faster everywhere and spare the origin.',
    implementation: 'An asset prefix / public path pointing at a CDN origin (assetPrefix, publicPath, STATIC_URL on a CDN host), or CDN resources in infrastructure code.',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable(t('no frontend in the repository', '저장소에 프론트엔드 없음'));
    const env = view.services.flatMap((s) => (s.compose?.environment ?? []).filter((e) => /(CDN|ASSET|STATIC)_?(URL|PREFIX|HOST)/i.test(e.name) && /^https?:\/\//.test(e.value ?? '')).map((e) => at(e.file, e.line, t(`${e.name} points at ${e.value}`, `${e.name}: CDN 주소 ${e.value}`))));
    const iac = view.inv.files.list.filter((f) => (f.ext === '.tf' || f.ext === '.json') && CDN_IAC.test(f.path)).map((f) => at(f.path, 0, t('CDN configuration', 'CDN 설정')));
    if (env.length || iac.length) return pass(t('frontend assets are served through a CDN', '프론트엔드 자산을 CDN으로 제공'), [...env, ...iac]);
    return attestOnly(t('the CDN integration of the frontend', '프론트엔드 CDN 통합'));
  },
});
