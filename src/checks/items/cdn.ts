import { at, defineCheck, partial, pass } from '../check.js';
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
    if (iac.length) return pass('a CDN is defined in the repository', iac.slice(0, 5).map((f) => at(f.path, 0, 'CDN configuration')));
    const cache = view.inv.nginx.servers.filter((s) => s.staticCaching);
    if (cache.length) return partial('static assets carry cache headers a CDN can use, but no CDN is defined', cache.map((s) => at(s.file, s.line, 'long-lived cache headers for static assets')), 'define the CDN (CloudFront/Cloudflare/Fastly) in infrastructure code or attest it');
    return attestOnly('the CDN setup');
  },
});
