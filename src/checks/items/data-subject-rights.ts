import { absent, at, defineCheck, fail, joinText, notApplicable, partial, pass, t } from '../check.js';

export default defineCheck({
  id: 'data-subject-rights',
  docs: {
    motivation: 'People may ask for their data and for its erasure; the system must be able to do both.',
    implementation: 'Endpoints or jobs for access/export and for erasure of a person\'s data, found in the application routes.',
  },
  judge(view) {
    if (view.inv.app.routes.length === 0) return notApplicable(t('no HTTP API found in the code', '코드에 HTTP API 없음'));
    const ds = view.inv.app.dataSubjectEndpoints;
    const exp = ds.filter((d) => d.purpose === 'export');
    const era = ds.filter((d) => d.purpose === 'erasure');
    const ev = ds.map((d) => at(d.file, d.line, t(`${d.method} ${d.path} (${d.purpose})`, `${d.method} ${d.path} (${d.purpose === 'export' ? '내보내기' : '삭제'})`)));
    const missing = joinText([!exp.length && t('a data export endpoint (GET /api/v1/me/export)', '데이터 내보내기 엔드포인트(GET /api/v1/me/export)'), !era.length && t('an erasure endpoint (DELETE /api/v1/me) that removes or anonymises the person\'s data', '개인의 데이터를 삭제하거나 익명화하는 삭제 엔드포인트(DELETE /api/v1/me)')], ' and ', ' 및 ');
    const remedy = t(`add ${missing.en}`, `${missing.ko}를 추가하십시오`);
    if (exp.length && era.length) return pass(t('people can export and erase their data', '정보 주체가 자신의 데이터를 내보내고 삭제할 수 있음'), ev);
    if (ds.length) return partial(t(`only ${exp.length ? 'export' : 'erasure'} is implemented`, `${exp.length ? '내보내기' : '삭제'}만 구현됨`), ev, remedy);
    return fail(t('no data subject endpoints', '데이터 주체 권리 엔드포인트 부재'), [absent(t('export or erasure endpoints', '내보내기 또는 삭제 엔드포인트'), t(`${view.inv.app.routes.length} routes`, `라우트 ${view.inv.app.routes.length}개`))], remedy);
  },
});
