import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { DEFAULT_ISSUE_TITLE, InputError, readInputs, resolveMode } from '../../src/github/inputs.js';
import { PROJECT_ROOT } from '../e2e/runner.js';

const action = load(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
/** The inputs as the runner gives them: action.yml's defaults, overridden by the step's `with:`. */
const withDefaults = (set: Record<string, string> = {}) => (name: string) => set[name] ?? String(action.inputs[name]?.default ?? '').replace(/^\$\{\{.*\}\}$/, 'token');

describe('action inputs', () => {
  it('leave the bar to the configuration unless the step sets it', () => {
    expect(readInputs(withDefaults()).gateOverrides).toEqual({});
    expect(readInputs(withDefaults({ stage: 'mid-term', 'min-score': '70', 'fail-on': 'blocking' })).gateOverrides).toEqual({ stage: 'mid-term', minScore: 70, failOn: 'blocking' });
  });
  it('take the documented defaults', () => {
    const i = readInputs(withDefaults());
    expect(i).toMatchObject({ mode: 'auto', path: '.', issue: true, issueLabels: ['readiness-report'], incidentLabel: 'incident', windowDays: 30, language: 'en', comment: 'on-change' });
    // the default title in action.yml is the one a Korean report replaces with its own
    expect(i.issueTitle).toBe(DEFAULT_ISSUE_TITLE);
  });
  it.each([
    ['stage', 'soon', /stage" must be one of/],
    ['min-score', '120', /min-score" must be a number from 0 to 100/],
    ['window-days', '0', /window-days" must be a number from 1 to 400/],
    ['issue', 'yes', /issue" must be true or false/],
    ['repository', 'not a repo', /repository" must be owner\/name/],
    ['mode', 'publish', /mode" must be one of auto, check, report, aggregate, list/],
  ])('refuse %s: %s', (name, value, message) => {
    expect(() => readInputs(withDefaults({ [name]: value }))).toThrow(InputError);
    expect(() => readInputs(withDefaults({ [name]: value }))).toThrow(message);
  });
  it('split lists on commas and lines', () => {
    expect(readInputs(withDefaults({ repositories: 'a/b, c/d\ne/f@v1\n\n', 'issue-assignees': 'x,,y' }))).toMatchObject({ repositories: ['a/b', 'c/d', 'e/f@v1'], issueAssignees: ['x', 'y'] });
  });
  it('pick the mode from the event when auto', () => {
    expect(resolveMode({ mode: 'auto' }, 'schedule')).toBe('report');
    expect(resolveMode({ mode: 'auto' }, 'workflow_dispatch')).toBe('report');
    expect(resolveMode({ mode: 'auto' }, 'pull_request')).toBe('check');
    expect(resolveMode({ mode: 'check' }, 'schedule')).toBe('check');
  });
});
