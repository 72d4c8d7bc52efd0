import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
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
      if (f.kind === 'default-credential') bad.push(at(f.file, f.line, `${f.key} falls back to a default written in the compose file`));
      if (f.kind === 'literal-credential') bad.push(at(f.file, f.line, `${f.key} is a literal in compose`));
    }
    for (const s of view.services) {
      const d = s.compose?.environment.find((e) => /^(DEBUG|FLASK_DEBUG|APP_DEBUG)$/i.test(e.name) && /^(1|true|yes|on)$/i.test(e.value ?? ''));
      if (d) bad.push(at(d.file, d.line, `${s.name}: ${d.name} is on in production`));
      for (const c of s.workload?.containers ?? []) for (const e of c.env.filter((x) => x.literalSecret)) bad.push(at(c.file, e.line, `${s.name}: ${e.name} is a literal in the manifest`));
    }
    const examples = view.inv.secrets.exampleEnvFiles;
    const fromSecrets = view.inv.kubernetes.workloads.flatMap((w) => w.containers.flatMap((c) => c.env.filter((e) => e.fromSecret))).length + view.inv.kubernetes.objects.filter((o) => o.category === 'external-secrets' || o.category === 'sealed-secrets').length;
    const good = [...examples.map((e) => at(e.file, 1, `documents ${e.keys.length} variables`)), ...(fromSecrets ? [at('.', 0, `${fromSecrets} settings injected from secrets`)] : [])];
    const remedy = 'remove the committed .env (and rotate what it held), drop the `:-default` from secret variables in compose so a missing value fails (`${JWT_SECRET_KEY:?set JWT_SECRET_KEY}`), turn DEBUG off in the production file, and document every variable in .env.example';
    if (bad.length) return fail(`${bad.length} production setting${bad.length > 1 ? 's are' : ' is'} committed, defaulted or in debug mode`, [...bad, ...good], remedy);
    if (examples.length || fromSecrets) return pass('production settings are documented and injected, with no defaults for secrets', good);
    return partial('no committed values or defaults, but the variables are not documented', [absent('an example env file (.env.example)', 'the repository')], 'document every variable the services read in .env.example');
  },
});
