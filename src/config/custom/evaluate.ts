/** A custom check judged like a built-in one: a finding with evidence at file:line and the configured remedy. */
import { posix } from 'node:path';
import { absent, at, list } from '../../checks/check.js';
import type { Evidence, Finding } from '../../checks/types.js';
import type { CustomCheck } from '../types.js';
import { LineIndex } from '../../text/line-index.js';
import { pathMatcher } from '../paths.js';
import { selectedFiles, selectTargets, type TargetEnv } from './targets.js';

/** Schema errors shown per object: enough to fix the first ones, not a wall of text. */
const ERRORS_PER_TARGET = 3;
const MATCHES_PER_FILE = 5;

function describeSelect(c: CustomCheck): string {
  const s = c.select;
  if (!s) return 'the app folder';
  if (s.files) return s.files.join(', ');
  return s.kind ? `${s.objects} of kind ${s.kind.join(', ')}` : String(s.objects);
}

/**
 * Pass when every selected thing meets the assertion, fail when any does not (a custom check is
 * a rule the team wrote down: one breach is a breach), not applicable when nothing is selected.
 */
export function judgeCustomCheck(c: CustomCheck, env: TargetEnv): Finding {
  const where = describeSelect(c);
  const result = (bad: number, evidence: Evidence[], summaries: { pass: string; fail: string }): Finding =>
    bad === 0
      ? { id: c.id, status: 'pass', summary: summaries.pass, evidence }
      : { id: c.id, status: 'fail', summary: summaries.fail, evidence, remedy: c.remedy };
  const none = (): Finding => ({ id: c.id, status: 'not-applicable', summary: `nothing selected by ${where}`, evidence: [] });

  if (c.assert.schema) {
    const validate = c.assert.schema;
    const targets = selectTargets(c.select!, env);
    if (!targets.length) return none();
    const bad: Evidence[] = [];
    const good: Evidence[] = [];
    const badNames: string[] = [];
    for (const t of targets) {
      if (validate(t.value)) {
        good.push(at(t.file, t.line, `${t.name} matches the schema`));
        continue;
      }
      badNames.push(t.name);
      for (const e of (validate.errors ?? []).slice(0, ERRORS_PER_TARGET)) bad.push(at(t.file, t.lineOf(e.instancePath), `${t.name}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`));
    }
    return result(badNames.length, [...bad, ...good], {
      pass: `all ${targets.length} selected (${where}) match the schema`,
      fail: `${badNames.length} of ${targets.length} selected (${where}) do not match the schema: ${list(badNames, 4)}`,
    });
  }

  if (c.assert.file !== undefined) {
    const wanted = c.assert.file;
    if (!c.select) {
      const hits = selectedFiles([wanted], env.files);
      return hits.length
        ? { id: c.id, status: 'pass', summary: `${hits[0].path} is there`, evidence: hits.slice(0, 5).map((f) => at(f.path, 0, `required file ${wanted}`)) }
        : { id: c.id, status: 'fail', summary: `no file matches ${wanted}`, evidence: [absent(wanted, 'the app folder')], remedy: c.remedy };
    }
    const selected = selectedFiles(c.select.files ?? [], env.files);
    if (!selected.length) return none();
    const bad: Evidence[] = [];
    const good: Evidence[] = [];
    for (const f of selected) {
      const beside = pathMatcher(posix.join(f.dir, wanted));
      const hit = env.files.find((x) => beside(x.path));
      if (hit) good.push(at(hit.path, 0, `${wanted} beside ${f.path}`));
      else bad.push(at(f.path, 0, `no ${wanted} beside ${f.path}`));
    }
    return result(bad.length, [...bad, ...good], {
      pass: `every selected file (${where}) has ${wanted} beside it`,
      fail: `${bad.length} of ${selected.length} selected files (${where}) have no ${wanted} beside them`,
    });
  }

  const re = c.assert.mustMatch ?? c.assert.mustNotMatch!;
  const must = !!c.assert.mustMatch;
  const selected = c.select?.files ? selectedFiles(c.select.files, env.files) : [];
  const read = selected.map((f) => ({ f, text: env.ctx.text(f.path) })).filter((x): x is { f: (typeof selected)[number]; text: string } => x.text !== undefined);
  if (!read.length) return none();
  const bad: Evidence[] = [];
  const good: Evidence[] = [];
  let badFiles = 0;
  for (const { f, text } of read) {
    const lines = matchLines(text, re);
    const ok = must ? lines.length > 0 : lines.length === 0;
    if (!ok) badFiles++;
    if (must) (ok ? good : bad).push(ok ? at(f.path, lines[0], `contains /${re.source}/`) : at(f.path, 0, `does not contain /${re.source}/`));
    else if (ok) good.push(at(f.path, 0, `does not contain /${re.source}/`));
    else for (const l of lines.slice(0, MATCHES_PER_FILE)) bad.push(at(f.path, l, `contains /${re.source}/`));
  }
  return result(badFiles, [...bad, ...good], {
    pass: `all ${read.length} selected files (${where}) ${must ? 'contain' : 'are free of'} /${re.source}/`,
    fail: `${badFiles} of ${read.length} selected files (${where}) ${must ? 'do not contain' : 'contain'} /${re.source}/`,
  });
}

/** 1-based lines where the expression matches (a multi-line match counts at its first line). */
function matchLines(text: string, re: RegExp): number[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const index = new LineIndex(text);
  const out: number[] = [];
  for (const m of text.matchAll(g)) {
    const line = index.line(m.index);
    if (out[out.length - 1] !== line) out.push(line);
    if (m[0] === '') break;
  }
  return out;
}
