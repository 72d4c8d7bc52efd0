/**
 * The production model must be what `docker-compose config` prints for the same files: the
 * merge, extends and interpolation are checked against the real tool (Debian's docker-compose).
 */
import { spawnSync } from 'node:child_process';
import { posix, resolve } from 'node:path';
import { load } from 'js-yaml';
import { fromFixture } from './helpers.js';
import type { ComposeService } from '../../../src/inventory/compose/index.js';

const haveTool = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
const required = (process.env.READINESS_GATE_REQUIRE_TOOLS ?? '').includes('docker-compose');
const describeTool = haveTool || required ? describe : describe.skip;

const FIXTURES = ['__tests__/fixtures/insitechart', '__tests__/fixtures/compose/extends', '__tests__/fixtures/compose/interp', '__tests__/fixtures/compose/naming', '__tests__/fixtures/compose/anchors', '__tests__/fixtures/compose/merge'];

type Any = Record<string, any>;

function runTool(dir: string, files: string[]): Any {
  const args = ['--project-directory', '.', ...files.flatMap((f) => ['-f', f]), 'config'];
  const r = spawnSync('docker-compose', args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  if (r.status !== 0) throw new Error(`docker-compose config failed in ${dir}: ${r.stderr}`);
  return load(r.stdout) as Any;
}

const num = (v: unknown) => (v === undefined ? undefined : Number(String(v).replace(/[^0-9.]/g, '')));
// the tool re-escapes `$` as `$$` in its output; the model holds the value the container gets
const unescape = (v: string) => v.replace(/\$\$/g, '$');
const cmd = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v.map((x) => unescape(String(x))) : unescape(String(v)).split(/\s+/));

/** What both sides must agree on, in one shape. */
function fromTool(s: Any, dir: string) {
  const abs = resolve(dir);
  const ctx = s.build?.context ? String(s.build.context).replace(abs, '').replace(/^\//, '') || '.' : undefined;
  return {
    image: s.image,
    build: ctx === undefined ? undefined : { context: ctx, dockerfile: s.build.dockerfile ?? 'Dockerfile', args: s.build.args ?? {} },
    ports: (s.ports ?? []).map((p: any) => typeof p === 'string' ? (p.includes('/') ? p : `${p}/tcp`) : `${p.host_ip ? p.host_ip + ':' : ''}${p.published ?? ''}:${p.target}/${p.protocol ?? 'tcp'}`).sort(),
    environment: Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, v === null ? null : unescape(String(v))])),
    command: cmd(s.command),
    restart: s.restart,
    replicas: s.deploy?.replicas,
    limits: s.deploy?.resources?.limits ? { cpus: num(s.deploy.resources.limits.cpus), memory: s.deploy.resources.limits.memory } : s.mem_limit ? { cpus: num(s.cpus), memory: String(s.mem_limit) } : undefined,
    healthcheck: s.healthcheck ? { test: [].concat(s.healthcheck.test).map(String), interval: s.healthcheck.interval, timeout: s.healthcheck.timeout, retries: s.healthcheck.retries, startPeriod: s.healthcheck.start_period } : undefined,
    reservations: s.deploy?.resources?.reservations ? { cpus: num(s.deploy.resources.reservations.cpus), memory: s.deploy.resources.reservations.memory } : undefined,
    expose: (s.expose ?? []).map(String).sort(),
    extraHosts: Array.isArray(s.extra_hosts) ? Object.fromEntries(s.extra_hosts.map((h: string) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1)])) : (s.extra_hosts ?? {}),
    labels: s.labels ?? {},
    volumeTargets: (s.volumes ?? []).map((v: any) => (typeof v === 'string' ? v.split(':')[1] : v.target)).sort(),
    user: s.user,
    readOnly: s.read_only === true,
    capDrop: s.cap_drop ?? [],
    securityOpt: s.security_opt ?? [],
    dependsOn: Object.entries(s.depends_on ?? {}).map(([k, v]: [string, any]) => `${k}:${v.condition}`).sort(),
    containerName: s.container_name,
    logging: s.logging ? { driver: s.logging.driver, options: s.logging.options } : undefined,
  };
}

function fromModel(s: ComposeService) {
  return {
    image: s.image,
    build: s.build ? { context: s.build.context, dockerfile: s.build.dockerfile ? posix.relative(s.build.context, s.build.dockerfile) : 'Dockerfile', args: s.build.args } : undefined,
    ports: s.ports.map((p) => `${p.hostIp ? p.hostIp + ':' : ''}${p.published ?? ''}:${p.target}/${p.protocol}`).sort(),
    environment: Object.fromEntries(s.environment.map((e) => [e.name, e.value])),
    command: s.command === undefined ? undefined : s.command.split(/\s+/).map((x) => x.replace(/^"(.*)"$/, '$1')),
    restart: s.restart?.value,
    replicas: s.replicas?.value,
    limits: s.limits ? { cpus: num(s.limits.value.cpus), memory: s.limits.value.memory } : undefined,
    healthcheck: s.healthcheck ? { test: s.healthcheck.test, interval: s.healthcheck.interval, timeout: s.healthcheck.timeout, retries: s.healthcheck.retries, startPeriod: s.healthcheck.startPeriod } : undefined,
    reservations: s.reservations ? { cpus: num(s.reservations.value.cpus), memory: s.reservations.value.memory } : undefined,
    expose: [...s.expose].sort(),
    extraHosts: s.extraHosts,
    labels: s.labels,
    volumeTargets: s.volumes.map((v) => v.split(':')[1]).sort(),
    user: s.user,
    readOnly: s.readOnly,
    capDrop: s.capDrop,
    securityOpt: s.securityOpt,
    dependsOn: s.dependsOn.map((d) => `${d.service}:${d.condition}`).sort(),
    containerName: s.containerName?.value,
    logging: s.logging ? { driver: s.logging.value.driver, options: s.logging.value.options } : undefined,
  };
}

describeTool('compose production model = docker-compose config', () => {
  for (const dir of FIXTURES) {
    it(`matches on ${dir}`, async () => {
      const inv = await fromFixture(dir);
      const projects = inv.compose.projects.filter((p) => p.dir === '');
      expect(projects.length).toBeGreaterThan(0);
      for (const project of projects) {
        const files = project.productionFiles;
        const tool = runTool(dir, files).services as Any;
        expect(Object.keys(tool).sort()).toEqual(project.services.map((s) => s.name).sort());
        for (const svc of project.services) {
          const mine = fromModel(svc);
          const theirs = fromTool(tool[svc.name], dir);
          // secrets are masked in the model by design: compare every other value
          for (const [k, v] of Object.entries(mine.environment)) if (typeof v === 'string' && v.includes('***')) delete (theirs.environment as Any)[k], delete (mine.environment as Any)[k];
          if (mine.command?.some((c) => c.includes('***'))) (mine as Any).command = (theirs as Any).command = undefined;
          expect({ service: svc.name, ...mine }).toEqual({ service: svc.name, ...theirs });
        }
      }
    });
  }
});
