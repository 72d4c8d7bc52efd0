import { at, defineCheck, fail, partial, pass, t } from '../check.js';

const SERIOUS = new Set(['committed-env-file', 'env-file-secret', 'default-credential', 'literal-credential', 'kubernetes-secret-literal', 'hardcoded-secret', 'private-key', 'token', 'database-file']);

export default defineCheck({
  id: 'no-committed-secrets',
  docs: {
    motivation: 'Anything committed is public to everyone who ever clones the repository, forever.',
    implementation: 'Committed env files with values, private keys, token-shaped strings, hard-coded secrets, default credentials in compose, literal Kubernetes Secrets and database files fail; logs and build leftovers are partial. Values are never printed.',
  },
  judge(view) {
    const f = view.inv.secrets.findings;
    const serious = f.filter((x) => SERIOUS.has(x.kind) && !(x.kind === 'env-file-secret' && x.description.startsWith('placeholder')));
    const minor = f.filter((x) => !serious.includes(x));
    const ev = [...serious, ...minor].map((x) => at(x.file, x.line, `${x.kind}${x.key ? ` ${x.key}` : ''}: ${x.description}`));
    const files = [...new Set(serious.map((x) => x.file))];
    if (serious.length) {
      const shown = `${files.slice(0, 4).join(', ')}${files.length > 4 ? ' ...' : ''}`;
      const rm = files.slice(0, 5).join(', ');
      return fail(
        t(`${serious.length} secrets or credentials are committed (${shown})`, `시크릿 또는 자격 증명 ${serious.length}건 커밋됨 (${shown})`),
        ev,
        t(`remove ${rm} from the repository (git rm --cached, add to .gitignore), rotate every value they held, drop the defaults of secret variables in compose, and keep secrets in CI secrets or a secret store`, `${rm} 파일을 저장소에서 제거하고(git rm --cached, .gitignore에 추가) 그 안의 모든 값을 교체(rotate)하며, compose의 시크릿 변수 기본값을 없애고 시크릿은 CI 시크릿이나 시크릿 저장소에 두십시오`),
      );
    }
    const leftovers = [...new Set(minor.map((x) => x.file))].slice(0, 5).join(', ');
    if (minor.length) return partial(t('no secrets, but logs or build leftovers are committed', '시크릿은 없으나 로그나 빌드 잔여물이 커밋됨'), ev, t(`remove ${leftovers} and ignore them in .gitignore`, `${leftovers} 파일을 삭제하고 .gitignore에 추가하십시오`));
    return pass(t('no secrets, credentials or leftovers are committed', '커밋된 시크릿, 자격 증명, 잔여물 없음'), [at('.', 0, t(`${view.inv.files.count} files checked for env files, keys, tokens and default credentials`, `파일 ${view.inv.files.count}개에서 env 파일, 키, 토큰, 기본 자격 증명 검사`))]);
  },
});
