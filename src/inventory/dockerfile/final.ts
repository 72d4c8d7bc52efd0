/**
 * The image that actually ships: the last stage, with what it inherits from the stages it builds
 * on (USER, HEALTHCHECK, CMD/ENTRYPOINT, EXPOSE and the real base image).
 */
import type { ImageRef } from '../image-ref.js';
import { launchFacts } from './commands.js';
import type { DockerFinal, DockerStage, ImagePin } from './types.js';

// tags that move: channels rather than releases
const ROLLING = new Set(['latest', 'stable', 'lts', 'edge', 'current', 'mainline', 'nightly', 'dev', 'rolling', 'main', 'master', 'release', 'beta', 'alpha', 'canary', 'next', 'rc', 'testing', 'unstable', 'sid']);

export function imagePin(stage: DockerStage, ref: ImageRef | undefined): ImagePin {
  if (stage.scratch) return 'scratch';
  if (!ref) return 'untagged';
  if (ref.digest) return 'digest';
  if (ref.templated || stage.unresolved.length) return 'variable';
  if (!ref.tag) return 'untagged';
  if (ref.tag === 'latest') return 'latest';
  const parts = ref.tag.toLowerCase().split(/[-_.]/);
  // `3.11-slim`, `20.11.1-alpine`, `1.25`: a release; `alpine`, `lts-slim`, `stable`: whatever is newest
  if (parts.some((p) => ROLLING.has(p)) || !/\d/.test(ref.tag)) return 'floating-tag';
  return 'version';
}

function isRoot(user: string): boolean {
  const u = user.split(':')[0].trim();
  return u === '' || u === 'root' || u === '0';
}

/** The chain from the final stage back through `FROM <earlier stage>` links, final stage first. */
function lineage(stages: readonly DockerStage[]): DockerStage[] {
  const out: DockerStage[] = [];
  const seen = new Set<number>();
  for (let s: DockerStage | undefined = stages[stages.length - 1]; s && !seen.has(s.index); s = s.parentStage === undefined ? undefined : stages[s.parentStage]) {
    seen.add(s.index);
    out.push(s);
  }
  return out;
}

export function finalStage(stages: readonly DockerStage[]): DockerFinal {
  const chain = lineage(stages);
  const last = chain[0];
  if (!last) return { stage: -1, line: 1, multiStage: false, runsAsRoot: true, hasHealthcheck: false, pinned: false, pin: 'untagged', minimalBase: false, expose: [], notes: [] };
  const root = chain[chain.length - 1];
  const baseRef = root.fromRef;

  let user: { value: string; line?: number; source: DockerFinal['userSource'] } | undefined;
  for (const s of chain) {
    if (s.user) {
      user = { value: s.user.value, line: s.user.line, source: s === last ? 'stage' : 'parent-stage' };
      break;
    }
  }
  // distroless/chainguard `nonroot` tags set a non-root user in the image itself
  if (!user && baseRef?.tag && /(^|-)nonroot$/.test(baseRef.tag)) user = { value: 'nonroot', source: 'base-image' };

  const health = chain.find((s) => s.healthcheck)?.healthcheck;
  const entrypoint = chain.find((s) => s.entrypoint)?.entrypoint;
  // a new ENTRYPOINT resets an inherited CMD, so CMD is only taken from stages at or after it
  let cmd = undefined as DockerFinal['cmd'];
  for (const s of chain) {
    if (s.cmd) {
      cmd = s.cmd;
      break;
    }
    if (s.entrypoint) break;
  }
  const expose = chain.flatMap((s) => s.expose);

  const launch = [entrypoint, cmd].filter((c): c is NonNullable<typeof c> => !!c);
  const joined = launch.map((c) => c.value).join(' ');
  const facts = launchFacts(joined, launch.flatMap((c) => c.argv));
  const devLine = launch.find((c) => launchFacts(c.value, c.argv).devServer)?.line ?? launch[launch.length - 1]?.line;

  const pin = imagePin(root, baseRef);
  const minimal = root.scratch || /distroless|chainguard\/static|\/static-debian/.test(baseRef?.repository ?? '');
  return {
    stage: last.index,
    name: last.name,
    line: last.line,
    multiStage: stages.length > 1,
    runsAsRoot: !user || isRoot(user.value),
    user: user?.value,
    userSource: user?.source,
    userLine: user?.line,
    hasHealthcheck: !!health && !health.none,
    healthcheckLine: health?.line,
    pinned: pin === 'digest' || pin === 'version' || pin === 'scratch',
    pin,
    baseImage: root.scratch ? 'scratch' : (baseRef?.raw ?? root.from),
    baseRef,
    baseLine: root.line,
    minimalBase: minimal,
    expose,
    entrypoint,
    cmd,
    devServer: facts.devServer && devLine ? { what: facts.devServer, line: devLine } : undefined,
    program: facts.program,
    idle: facts.idle && launch.length ? { line: launch[launch.length - 1].line } : undefined,
    notes: facts.notes,
  };
}
