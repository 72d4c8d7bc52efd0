/** A custom check judged like a built-in one: a finding with evidence at file:line and the configured remedy. */
import { posix } from 'node:path';
import { absent, at, fail, list, listKo, notApplicable, pass, t, type Text } from '../../checks/check.js';
import type { Evidence, Finding } from '../../checks/types.js';
import type { CustomCheck } from '../types.js';
import { LineIndex } from '../../text/line-index.js';
import { pathMatcher } from '../paths.js';
import { selectedFiles, selectTargets, type TargetEnv } from './targets.js';

/** Schema errors shown per object: enough to fix the first ones, not a wall of text. */
const ERRORS_PER_TARGET = 3;
const MATCHES_PER_FILE = 5;

function describeSelect(c: CustomCheck): { en: string; ko: string } {
  const s = c.select;
  if (!s) return { en: 'the app folder', ko: '앱 폴더' };
  if (s.files) return { en: s.files.join(', '), ko: s.files.join(', ') };
  return s.kind ? { en: `${s.objects} of kind ${s.kind.join(', ')}`, ko: `${s.objects} (kind ${s.kind.join(', ')})` } : { en: String(s.objects), ko: String(s.objects) };
}

/**
 * Pass when every selected thing meets the assertion, fail when any does not (a custom check is
 * a rule the team wrote down: one breach is a breach), not applicable when nothing is selected.
 */
export function judgeCustomCheck(c: CustomCheck, env: TargetEnv): Finding {
  const w = describeSelect(c);
  const where = w.en;
  const result = (bad: number, evidence: Evidence[], summaries: { pass: Text; fail: Text }): Finding => ({ id: c.id, ...(bad === 0 ? pass(summaries.pass, evidence) : fail(summaries.fail, evidence, c.remedy)) });
  const none = (): Finding => ({ id: c.id, ...notApplicable(t(`nothing selected by ${where}`, `선택된 대상 없음: ${w.ko}`)) });

  if (c.assert.schema) {
    const validate = c.assert.schema;
    const targets = selectTargets(c.select!, env);
    if (!targets.length) return none();
    const bad: Evidence[] = [];
    const good: Evidence[] = [];
    const badNames: string[] = [];
    for (const target of targets) {
      if (validate(target.value)) {
        good.push(at(target.file, target.line, t(`${target.name} matches the schema`, `${target.name}: 스키마 충족`)));
        continue;
      }
      badNames.push(target.name);
      for (const e of (validate.errors ?? []).slice(0, ERRORS_PER_TARGET)) bad.push(at(target.file, target.lineOf(e.instancePath), `${target.name}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`));
    }
    return result(badNames.length, [...bad, ...good], {
      pass: t(`all ${targets.length} selected (${where}) match the schema`, `선택된 ${targets.length}개 (${w.ko}) 모두 스키마 충족`),
      fail: t(`${badNames.length} of ${targets.length} selected (${where}) do not match the schema: ${list(badNames, 4)}`, `선택된 ${targets.length}개 (${w.ko}) 중 ${badNames.length}개가 스키마 불충족: ${listKo(badNames, 4)}`),
    });
  }

  if (c.assert.file !== undefined) {
    const wanted = c.assert.file;
    if (!c.select) {
      const hits = selectedFiles([wanted], env.files);
      return hits.length
        ? { id: c.id, ...pass(t(`${hits[0].path} is there`, `${hits[0].path} 있음`), hits.slice(0, 5).map((f) => at(f.path, 0, t(`required file ${wanted}`, `필수 파일 ${wanted}`)))) }
        : { id: c.id, ...fail(t(`no file matches ${wanted}`, `${wanted}에 맞는 파일 없음`), [absent(wanted, t('the app folder', '앱 폴더'))], c.remedy) };
    }
    const selected = selectedFiles(c.select.files ?? [], env.files);
    if (!selected.length) return none();
    const bad: Evidence[] = [];
    const good: Evidence[] = [];
    for (const f of selected) {
      const beside = pathMatcher(posix.join(f.dir, wanted));
      const hit = env.files.find((x) => beside(x.path));
      if (hit) good.push(at(hit.path, 0, t(`${wanted} beside ${f.path}`, `${f.path} 옆의 ${wanted}`)));
      else bad.push(at(f.path, 0, t(`no ${wanted} beside ${f.path}`, `${f.path} 옆에 ${wanted} 없음`)));
    }
    return result(bad.length, [...bad, ...good], {
      pass: t(`every selected file (${where}) has ${wanted} beside it`, `선택된 파일 (${w.ko}) 모두 옆에 ${wanted} 있음`),
      fail: t(`${bad.length} of ${selected.length} selected files (${where}) have no ${wanted} beside them`, `선택된 파일 ${selected.length}개 (${w.ko}) 중 ${bad.length}개 옆에 ${wanted} 없음`),
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
    const has = t(`contains /${re.source}/`, `/${re.source}/ 포함`);
    const hasNot = t(`does not contain /${re.source}/`, `/${re.source}/ 없음`);
    if (must) (ok ? good : bad).push(ok ? at(f.path, lines[0], has) : at(f.path, 0, hasNot));
    else if (ok) good.push(at(f.path, 0, hasNot));
    else for (const l of lines.slice(0, MATCHES_PER_FILE)) bad.push(at(f.path, l, has));
  }
  return result(badFiles, [...bad, ...good], {
    pass: t(`all ${read.length} selected files (${where}) ${must ? 'contain' : 'are free of'} /${re.source}/`, `선택된 파일 ${read.length}개 (${w.ko}) 모두 /${re.source}/ ${must ? '포함' : '없음'}`),
    fail: t(`${badFiles} of ${read.length} selected files (${where}) ${must ? 'do not contain' : 'contain'} /${re.source}/`, `선택된 파일 ${read.length}개 (${w.ko}) 중 ${badFiles}개에 /${re.source}/ ${must ? '없음' : '포함'}`),
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
