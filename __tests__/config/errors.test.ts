import { formatConfigError, parseConfig } from '../../src/config/index.js';

const errorsOf = (text: string, paths?: string[]) => parseConfig(text, '.github/readiness.yml', paths).errors;

describe('configuration errors name the file, line, column, what was expected and the closest valid name', () => {
  it('a misspelt key', () => {
    expect(errorsOf('extends: insitechart\nstge: mid-term\n')).toEqual([{ file: '.github/readiness.yml', line: 2, column: 1, field: '/stge', message: 'unknown key "stge" (did you mean "stage"?)' }]);
  });

  it('a misspelt key inside a waiver', () => {
    const e = errorsOf('waivers:\n  - item: waf\n    reason: x\n    ownr: y\n    owner: z\n    until: 2027-01-01\n');
    expect(e).toEqual([expect.objectContaining({ line: 4, column: 5, message: 'unknown key "ownr" (did you mean "owner"?)' })]);
  });

  it('a value out of its set, with the closest one', () => {
    expect(errorsOf('extends: kubernetes-servce\n')).toEqual([expect.objectContaining({ line: 1, column: 1, field: '/extends', message: 'must be one of "insitechart", "kubernetes-service" (did you mean "kubernetes-service"?)' })]);
    expect(errorsOf('branches:\n  release/*:\n    stage: midterm\n')).toEqual([expect.objectContaining({ line: 3, column: 5, message: expect.stringContaining('(did you mean "mid-term"?)') })]);
  });

  it('a misspelt item id in item rules and in a waiver', () => {
    expect(errorsOf('items:\n  resource-limit: {risk: high}\n')).toEqual([expect.objectContaining({ line: 2, column: 3, field: '/items/resource-limit', message: 'unknown item "resource-limit" (did you mean "resource-limits"?)' })]);
    expect(errorsOf('waivers:\n  - {item: helthchecks, reason: x, owner: y, until: 2027-01-01}\n')).toEqual([expect.objectContaining({ line: 2, column: 6, field: '/waivers/0/item', message: 'unknown item "helthchecks" (did you mean "healthchecks"?)' })]);
  });

  it('a missing required field and a day that does not exist', () => {
    expect(errorsOf('waivers:\n  - {item: waf, reason: x, until: 2027-01-01}\n')).toEqual([expect.objectContaining({ line: 2, column: 5, message: 'missing required key "owner"' })]);
    expect(errorsOf('waivers:\n  - {item: waf, reason: x, owner: y, until: 2027-02-30}\n')).toEqual([expect.objectContaining({ line: 2, column: 38, message: '"2027-02-30" is not a date (YYYY-MM-DD)' })]);
    expect(errorsOf('waivers:\n  - {item: waf, reason: x, owner: y, until: 31.01.2027}\n')[0]).toMatchObject({ line: 2, field: '/waivers/0/until', message: expect.stringContaining('must match pattern') });
  });

  it('a custom check in an unknown section, or with an id the checklist already has', () => {
    const c = (id: string, section: string) => `checks:\n  - id: ${id}\n    en: T\n    section: ${section}\n    risk: low\n    remedy: r\n    assert: {file: README.md}\n`;
    expect(errorsOf(c('readme', 'platfrom'))).toEqual([expect.objectContaining({ line: 4, column: 5, message: 'unknown section "platfrom" in the insitechart checklist (did you mean "platform"?)' })]);
    expect(errorsOf(c('waf', 'platform'))).toEqual([expect.objectContaining({ line: 2, column: 5, message: expect.stringContaining('"waf" is already an item') })]);
  });

  it('an app folder with no files, and YAML that does not parse', () => {
    expect(errorsOf('apps:\n  - {name: api, path: services/api}\n', ['services/web/Dockerfile'])).toEqual([expect.objectContaining({ line: 2, column: 17, message: 'no files under "services/api" in the repository' })]);
    const syntax = errorsOf('stage: [short-term\n');
    expect(syntax[0]).toMatchObject({ line: 2, message: expect.stringContaining('invalid YAML') });
  });

  it('formats as file:line:column', () => {
    expect(formatConfigError(errorsOf('stge: mid-term\n')[0])).toBe('.github/readiness.yml:1:1: /stge unknown key "stge" (did you mean "stage"?)');
  });
});
