import { at, defineCheck, partial, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';

export const CDN_IAC = /cloudfront|cloudflare|fastly|akamai|azurerm_cdn|google_compute_backend_bucket|bunnycdn/i;

export default defineCheck({
  id: 'cdn',
  docs: {
    motivation: 'A CDN keeps static traffic and its spikes away from the origin servers.',
    implementation: 'CDN resources in infrastructure code (CloudFront, Cloudflare, Fastly); long-lived cache headers for static assets count partly.',
  },
  judge(view) {
    const iac = view.inv.files.list.filter((f) => (f.ext === '.tf' || f.ext === '.yaml' || f.ext === '.yml' || f.ext === '.json') && CDN_IAC.test(f.path));
    if (iac.length) return pass(t('a CDN is defined in the repository', '저장소에 CDN 정의됨'), iac.slice(0, 5).map((f) => at(f.path, 0, t('CDN configuration', 'CDN 설정'))));
    const cache = view.inv.nginx.servers.filter((s) => s.staticCaching);
    if (cache.length) return partial(t('static assets carry cache headers a CDN can use, but no CDN is defined', '정적 자산에 CDN이 활용할 캐시 헤더는 있으나 CDN 정의 없음'), cache.map((s) => at(s.file, s.line, t('long-lived cache headers for static assets', '정적 자산의 장기 캐시 헤더'))), t('define the CDN (CloudFront/Cloudflare/Fastly) in infrastructure code or attest it', 'CDN(CloudFront/Cloudflare/Fastly)을 인프라 코드로 정의하거나 확인서를 작성하십시오'));
    return attestOnly(t('the CDN setup', 'CDN 설정'));
  },
});
