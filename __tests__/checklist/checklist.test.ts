import { readFileSync } from 'node:fs';
import { BUILTIN_CHECKLISTS, loadBuiltinChecklist, loadChecklist } from '../../src/checklist/load.js';

const seedIds = [...readFileSync('../shared/seed/checklist.yml', 'utf8').matchAll(/^      - id: (\S+)$/gm)].map((m) => m[1]);

describe('built-in checklist', () => {
  it.each(Object.entries(BUILTIN_CHECKLISTS))('%s meets the checklist schema (it is loaded without it at run time)', (_name, src) => {
    expect(loadChecklist(src.text, src.file).errors).toEqual([]);
  });
  it('holds every item of the review with its id unchanged', () => {
    const c = loadBuiltinChecklist();
    expect([...c.items.keys()]).toEqual(seedIds);
    expect(c.sections).toHaveLength(11);
    expect(c.items.get('backup-system')).toMatchObject({ risk: 'high', weight: 3, stage: 'mid-term', section: 'infra.server' });
    expect(c.stages.map((s) => s.id)).toEqual(['short-term', 'mid-term', 'long-term']);
    expect(c.stages[0].bars).toEqual([{ scope: 'overall', min: 80 }, { scope: 'basic-monitoring', min: 100 }, { scope: 'basic-security', min: 70 }]);
  });
});

describe('checklist validation errors point at the line', () => {
  const base = (items: string) => `version: 1\nid: t\nstages:\n  - id: short-term\n    ko: 단기\n    en: Short\n    bars:\n      - {scope: overall, min: 80}\nsections:\n  - id: s\n    ko: 에스\n    en: S\n    items:\n${items}`;

  it('names a misspelt key with a suggestion', () => {
    const r = loadChecklist(base('      - id: a\n        ko: 가\n        en: A\n        rsk: high\n'), 'c.yml');
    expect(r.errors).toContainEqual(expect.objectContaining({ file: 'c.yml', line: 17, field: '/sections/0/items/0/rsk', message: expect.stringContaining('did you mean "risk"') }));
  });

  it('names a wrong risk value', () => {
    const r = loadChecklist(base('      - id: a\n        ko: 가\n        en: A\n        risk: severe\n'), 'c.yml');
    expect(r.errors[0]).toMatchObject({ line: 17, field: '/sections/0/items/0/risk', message: 'must be one of "high", "medium", "low"' });
  });

  it('names a duplicate id', () => {
    const r = loadChecklist(base('      - id: a\n        ko: 가\n        en: A\n        risk: low\n      - id: a\n        ko: 나\n        en: B\n        risk: low\n'), 'c.yml');
    expect(r.errors).toEqual([expect.objectContaining({ line: 18, message: 'duplicate item id "a"' })]);
  });

  it('reports YAML syntax errors with their position', () => {
    const r = loadChecklist('version: 1\nsections: [\n', 'c.yml');
    expect(r.errors[0].line).toBeGreaterThan(1);
  });

  it('names an unknown group on an item and an unknown bar scope, each at its line', () => {
    const text = base('      - id: a\n        ko: 가\n        en: A\n        risk: low\n        groups: [nope]\n').replace('{scope: overall, min: 80}', '{scope: overal, min: 80}');
    const r = loadChecklist(text, 'c.yml');
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 14, field: '/sections/0/items/0/groups', message: 'unknown group "nope"' }),
      expect.objectContaining({ line: 8, column: 10, field: '/stages/0/bars/0/scope', message: expect.stringContaining('bar scope "overal"') }),
    ]);
  });

  it('names a missing required key at its container', () => {
    const r = loadChecklist(base('      - id: a\n        ko: 가\n        en: A\n'), 'c.yml');
    expect(r.errors).toEqual([expect.objectContaining({ line: 14, field: '/sections/0/items/0', message: 'missing required key "risk"' })]);
  });
});

describe('the built-in checklist keeps the review wording for matching', () => {
  it('every item matches its section-4 line of the review', () => {
    const review = readFileSync('../shared/seed/production-readiness-review.ko.md', 'utf8');
    const boxes = new Set([...review.matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1].trim()));
    const c = loadBuiltinChecklist();
    const matched = [...c.items.values()].filter((it) => it.match.some((p) => boxes.has(p)));
    // every checklist line of the review is claimed by some item
    for (const box of boxes) expect([box, [...c.items.values()].some((it) => it.match.includes(box))]).toEqual([box, true]);
    expect(matched.length).toBeGreaterThanOrEqual(boxes.size);
  });
});


describe('the kubernetes-service preset', () => {
  it('is valid and judges items the built-in checks know, with the same ids', () => {
    const k = loadBuiltinChecklist('kubernetes-service');
    const insitechart = loadBuiltinChecklist();
    expect(k.id).toBe('kubernetes-service');
    expect(k.items.size).toBeGreaterThan(20);
    for (const id of k.items.keys()) expect([id, insitechart.items.has(id)]).toEqual([id, true]);
    expect(k.items.get('resource-limits')).toMatchObject({ risk: 'high', weight: 3, section: 'platform', groups: ['basics'] });
    expect(k.stages.map((s) => s.id)).toEqual(['short-term', 'mid-term', 'long-term']);
  });
});
