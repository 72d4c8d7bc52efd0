import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { REPOSITORY } from '../helpers.js';
import type { Evidence } from '../types.js';

export default defineCheck({
  id: 'prod-env-config',
  docs: {
    motivation: 'Production settings must come from the environment or a secret store, documented, never defaulted to a development value.',
    implementation: 'Fails on committed env files with real values, secrets that fall back to defaults written in compose (`${JWT_SECRET_KEY:-your-secret-key}`) and DEBUG on in production; passes with an example env file documenting the variables and secrets injected from secrets (Kubernetes Secret refs, ExternalSecret, CI secrets).',
  },
  judge(view) {
    const bad: Evidence[] = [];
    for (const f of view.inv.secrets.findings) {
      if (f.kind === 'committed-env-file') bad.push(at(f.file, f.line, f.description));
      if (f.kind === 'default-credential') bad.push(at(f.file, f.line, t(`${f.key} falls back to a default written in the compose file`, `${f.key}: compose 파일에 적힌 기본값으로 대체`)));
      if (f.kind === 'literal-credential') bad.push(at(f.file, f.line, t(`${f.key} is a literal in compose`, `${f.key}: compose에 리터럴 값으로 기재`)));
    }
    for (const s of view.services) {
      const d = s.compose?.environment.find((e) => /^(DEBUG|FLASK_DEBUG|APP_DEBUG)$/i.test(e.name) && /^(1|true|yes|on)$/i.test(e.value ?? ''));
      if (d) bad.push(at(d.file, d.line, t(`${s.name}: ${d.name} is on in production`, `${s.name}: 프로덕션에서 ${d.name} 켜짐`)));
      for (const c of s.workload?.containers ?? []) for (const e of c.env.filter((x) => x.literalSecret)) bad.push(at(c.file, e.line, t(`${s.name}: ${e.name} is a literal in the manifest`, `${s.name}: 매니페스트에 ${e.name} 리터럴 값 기재`)));
    }
    const examples = view.inv.secrets.exampleEnvFiles;
    const fromSecrets = view.inv.kubernetes.workloads.flatMap((w) => w.containers.flatMap((c) => c.env.filter((e) => e.fromSecret))).length + view.inv.kubernetes.objects.filter((o) => o.category === 'external-secrets' || o.category === 'sealed-secrets').length;
    const good = [...examples.map((e) => at(e.file, 1, t(`documents ${e.keys.length} variables`, `변수 ${e.keys.length}개 문서화`))), ...(fromSecrets ? [at('.', 0, t(`${fromSecrets} settings injected from secrets`, `시크릿에서 주입되는 설정 ${fromSecrets}개`))] : [])];
    const remedy = t('remove the committed .env (and rotate what it held), drop the `:-default` from secret variables in compose so a missing value fails (`${JWT_SECRET_KEY:?set JWT_SECRET_KEY}`), turn DEBUG off in the production file, and document every variable in .env.example', '커밋된 .env를 제거하고(담긴 값은 교체), compose의 시크릿 변수에서 `:-default`를 없애 값이 없으면 실패하게 하며(`${JWT_SECRET_KEY:?set JWT_SECRET_KEY}`), 프로덕션 파일에서 DEBUG를 끄고, 모든 변수를 .env.example에 문서화하십시오');
    if (bad.length) return fail(t(`${bad.length} production setting${bad.length > 1 ? 's are' : ' is'} committed, defaulted or in debug mode`, `커밋·기본값·디버그 모드 상태인 프로덕션 설정 ${bad.length}건`), [...bad, ...good], remedy);
    if (examples.length || fromSecrets) return pass(t('production settings are documented and injected, with no defaults for secrets', '프로덕션 설정이 문서화·주입되며 시크릿 기본값 없음'), good);
    return partial(t('no committed values or defaults, but the variables are not documented', '커밋된 값이나 기본값은 없으나 변수가 문서화되지 않음'), [absent(t('an example env file (.env.example)', '예시 env 파일(.env.example)'), REPOSITORY)], t('document every variable the services read in .env.example', '서비스가 읽는 모든 변수를 .env.example에 문서화하십시오'));
  },
});
