import { at, defineCheck, fail, partial, pass } from '../check.js';

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
    if (serious.length) return fail(`${serious.length} secrets or credentials are committed (${files.slice(0, 4).join(', ')}${files.length > 4 ? ' ...' : ''})`, ev, `remove ${files.slice(0, 5).join(', ')} from the repository (git rm --cached, add to .gitignore), rotate every value they held, drop the defaults of secret variables in compose, and keep secrets in CI secrets or a secret store`);
    if (minor.length) return partial('no secrets, but logs or build leftovers are committed', ev, `remove ${[...new Set(minor.map((x) => x.file))].slice(0, 5).join(', ')} and ignore them in .gitignore`);
    return pass('no secrets, credentials or leftovers are committed', [at('.', 0, `${view.inv.files.count} files checked for env files, keys, tokens and default credentials`)]);
  },
});
