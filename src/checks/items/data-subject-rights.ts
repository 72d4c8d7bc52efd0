import { absent, at, defineCheck, fail, notApplicable, partial, pass } from '../check.js';

export default defineCheck({
  id: 'data-subject-rights',
  docs: {
    motivation: 'People may ask for their data and for its erasure; the system must be able to do both.',
    implementation: 'Endpoints or jobs for access/export and for erasure of a person\'s data, found in the application routes.',
  },
  judge(view) {
    if (view.inv.app.routes.length === 0) return notApplicable('no HTTP API found in the code');
    const ds = view.inv.app.dataSubjectEndpoints;
    const exp = ds.filter((d) => d.purpose === 'export');
    const era = ds.filter((d) => d.purpose === 'erasure');
    const ev = ds.map((d) => at(d.file, d.line, `${d.method} ${d.path} (${d.purpose})`));
    const remedy = `add ${[!exp.length && 'a data export endpoint (GET /api/v1/me/export)', !era.length && 'an erasure endpoint (DELETE /api/v1/me) that removes or anonymises the person\'s data'].filter(Boolean).join(' and ')}`;
    if (exp.length && era.length) return pass('people can export and erase their data', ev);
    if (ds.length) return partial(`only ${exp.length ? 'export' : 'erasure'} is implemented`, ev, remedy);
    return fail('no data subject endpoints', [absent('export or erasure endpoints', `${view.inv.app.routes.length} routes`)], remedy);
  },
});
