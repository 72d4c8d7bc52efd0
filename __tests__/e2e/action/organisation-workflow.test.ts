/**
 * The shipped reusable workflow must fit the action it runs: every input it passes exists in
 * action.yml, every output it reads is one the action sets, and the jobs hand the records on.
 * (Its steps themselves run end to end in report.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { PROJECT_ROOT } from '../runner.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const action = load(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as Json;
const wf = load(readFileSync(join(PROJECT_ROOT, '.github/workflows/organisation-scan.yml'), 'utf8')) as Json;
const gateSteps = Object.entries(wf.jobs as Record<string, Json>).flatMap(([job, j]) => (j.steps as Json[]).filter((s) => s.uses === './.readiness-gate').map((s) => ({ job, step: s })));

describe('the organisation workflow', () => {
  it('is reusable and runs list, a matrix of scans, and the aggregate', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    expect(gateSteps.map(({ job, step }) => `${job}:${step.with.mode}`)).toEqual(['list:list', 'scan:report', 'aggregate:aggregate']);
    expect(wf.jobs.scan.strategy.matrix.repository).toBe('${{ fromJSON(needs.list.outputs.repositories) }}');
    expect(wf.jobs.scan.strategy['fail-fast']).toBe(false);
    expect(wf.jobs.aggregate.if).toMatch(/always\(\)/);
  });

  it('passes only inputs the action has, and reads only outputs it sets', () => {
    for (const { step } of gateSteps) for (const k of Object.keys(step.with)) expect(Object.keys(action.inputs)).toContain(k);
    const text = readFileSync(join(PROJECT_ROOT, '.github/workflows/organisation-scan.yml'), 'utf8');
    const read = [...text.matchAll(/steps\.(\w+)\.outputs\.([\w-]+)/g)].map((m) => m[2]);
    expect(read.length).toBeGreaterThan(2);
    for (const o of read) expect(Object.keys(action.outputs)).toContain(o);
  });

  it('hands every record from the scans to the aggregate, failed scans included', () => {
    const upload = (wf.jobs.scan.steps as Json[]).find((s) => String(s.uses).startsWith('actions/upload-artifact'));
    const download = (wf.jobs.aggregate.steps as Json[]).find((s) => String(s.uses).startsWith('actions/download-artifact'));
    expect(upload.if).toMatch(/always\(\)/);
    // the folder the action writes its records to (one per app), not only the first record
    expect(upload.if).toContain('steps.scan.outputs.record-json');
    expect(upload.with.path).toBe('${{ runner.temp }}/readiness-records/');
    // the artifact names must match the download pattern, one per matrix job
    expect(upload.with.name).toMatch(/^readiness-record-\$\{\{ strategy\.job-index \}\}$/);
    expect(download.with.pattern).toBe('readiness-record-*');
    const agg = gateSteps.find(({ step }) => step.with.mode === 'aggregate')!.step;
    expect(agg.with.records).toBe(download.with.path);
    expect(wf.jobs.aggregate.permissions.issues).toBe('write');
  });
});
