import { absent, at, defineCheck, fail, joinText, partial, pass, t } from '../check.js';
import { REPOSITORY } from '../helpers.js';

const HEADER = /strict-transport-security|content-security-policy|x-frame-options|x-content-type-options/i;

export default defineCheck({
  id: 'security-policy',
  docs: {
    motivation: 'A security policy is both the promise (SECURITY.md) and its enforcement (security headers, least-privilege automation).',
    implementation: 'SECURITY.md with a reporting route; security headers in the web server or in middleware that is actually registered (defined-but-unused middleware counts only partly); workflows declaring least-privilege `permissions`.',
  },
  judge(view) {
    const doc = view.inv.documents.documents.find((d) => d.kinds.some((k) => k.kind === 'security-policy' && k.strength !== 'mention'));
    const webHeaders = view.inv.nginx.servers.flatMap((s) => s.headers.filter((h) => HEADER.test(h.name)).map((h) => at(h.file, h.line, t(`${h.name} set by nginx`, `nginx 보안 헤더 ${h.name}`))));
    const mw = view.inv.app.hints.filter((h) => h.kind === 'security-headers');
    const wired = mw.filter((h) => h.wired);
    const unwired = mw.filter((h) => !h.wired);
    const wfs = view.inv.workflows.workflows;
    const scoped = wfs.filter((w) => w.permissions !== undefined || w.jobs.every((j) => j.permissions !== undefined));
    // least-privilege workflows only count where there are workflows
    const parts = [!!doc, webHeaders.length > 0 || wired.length > 0, ...(wfs.length ? [scoped.length === wfs.length] : [])];
    const ev = [
      ...(doc ? [at(doc.path, 1, t('security policy document', '보안 정책 문서'))] : [absent('SECURITY.md', REPOSITORY)]),
      ...webHeaders,
      ...wired.map((h) => at(h.file, h.line, t(`${h.name} sets security headers`, `${h.name}: 보안 헤더 설정`))),
      ...unwired.map((h) => at(h.file, h.line, t(`${h.name} would set security headers but is never registered in the app`, `${h.name}: 보안 헤더 미들웨어가 앱에 등록되지 않음`))),
      ...wfs.filter((w) => !scoped.includes(w)).map((w) => at(w.file, 1, t('workflow without a `permissions` block (the token gets the default scopes)', '`permissions` 블록 없는 워크플로 (토큰이 기본 권한을 받음)'))),
    ];
    const unregistered = unwired.map((h) => h.name).join(', ');
    const remedy = joinText(
      [
        !doc && t('add SECURITY.md with the reporting route and supported versions', 'SECURITY.md에 취약점 신고 경로와 지원 버전을 작성하십시오'),
        !parts[1] &&
          (unwired.length
            ? t(`register ${unregistered} in the app (app.add_middleware(...)) or set the headers in nginx`, `${unregistered} 미들웨어를 앱에 등록하거나(app.add_middleware(...)) nginx에서 헤더를 설정하십시오`)
            : t('send HSTS, CSP and X-Frame-Options from nginx or middleware', 'nginx나 미들웨어에서 HSTS, CSP, X-Frame-Options 헤더를 보내십시오')),
        wfs.length > 0 && scoped.length < wfs.length && t('declare `permissions:` (read-only by default) in every workflow', '모든 워크플로에 `permissions:`(기본 읽기 전용)를 선언하십시오'),
      ],
      '; ',
    );
    const count = parts.filter(Boolean).length;
    if (count === parts.length) return pass(t('a security policy is written down and enforced', '보안 정책이 문서화되고 적용됨'), ev);
    if (count > 0 || unwired.length) return partial(t('the security policy is incomplete', '보안 정책 불완전'), ev, remedy);
    return fail(t('no security policy', '보안 정책 부재'), ev, remedy);
  },
});
