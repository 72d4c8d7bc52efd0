/** Human-readable lines for `readiness-gate inventory`, each led by file:line where there is one. */
import type { ComposeService } from './service.js';
import type { ComposeInventory, ComposeProject } from './types.js';

export function describeCompose(inv: ComposeInventory): string[] {
  const out: string[] = [];
  for (const p of inv.projects) {
    out.push(`${p.dir || '.'}: project "${p.name}" — files ${p.files.map((f) => `${f.path} (${f.role})`).join(', ')}`);
    out.push(`  production model: ${p.productionFiles.join(' + ')}${productionNote(p)}`);
    for (const s of p.services) out.push(`  ${s.file}:${s.line} ${s.name}: ${serviceSummary(s)}`);
    for (const s of p.services) if (s.build && !s.build.dockerfileExists && s.build.dockerfile) out.push(`  ${s.build.file}:${s.build.line} ${s.name}: builds from ${s.build.dockerfile}, which is not in the repository`);
    for (const i of p.interpolations) {
      if (i.source === 'default') out.push(`  ${i.file}:${i.line} \${${i.variable}} falls back to the default written in the file (${i.path})`);
      else if (i.source === 'unset') out.push(`  ${i.file}:${i.line} \${${i.variable}} has no value in .env${i.required ? ' and is required' : ' and no default: empty'} (${i.path})`);
    }
  }
  return out;
}

function serviceSummary(s: ComposeService): string {
  const bits = [s.image ?? (s.build ? `build ${s.build.dockerfile ?? s.build.context}` : 'no image')];
  if (s.build && !s.build.dockerfileExists) bits.push(`MISSING ${s.build.dockerfile}`);
  if (s.ports.length) bits.push(`ports ${s.ports.map((x) => (x.published ? `${x.hostIp ? `${x.hostIp}:` : ''}${x.published}:${x.target}` : x.target)).join(',')}`);
  bits.push(`replicas ${s.replicas?.value ?? 1}`);
  if (s.containerName) bits.push(`container_name ${s.containerName.value}`);
  bits.push(s.limits ? `limits ${[s.limits.value.cpus && `cpus=${s.limits.value.cpus}`, s.limits.value.memory && `mem=${s.limits.value.memory}`].filter(Boolean).join(' ')}` : 'no limits');
  bits.push(s.healthcheck ? (s.healthcheck.disabled ? 'healthcheck disabled' : 'healthcheck') : 'no healthcheck');
  return bits.join(', ');
}

function productionNote(p: ComposeProject): string {
  if (p.productionSource === 'base-only') return ' (no production overlay found: the base file alone)';
  if (p.productionSource === 'configured') return ' (as configured)';
  if (p.productionSource === 'file-set') {
    const set = p.fileSets.find((s) => s.files.filter((f) => p.productionFiles.includes(f)).length === p.productionFiles.length);
    return set ? ` (from ${set.file}:${set.line})` : '';
  }
  return '';
}
