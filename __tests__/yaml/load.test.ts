import { load, loadAll } from 'js-yaml';
import { parseYaml, yamlLine, yamlPosition, yamlTag } from '../../src/yaml/load.js';

describe('parseYaml', () => {
  it('builds the same data as js-yaml and keeps key and item lines', () => {
    const text = 'a:\n  b: 1\n  c: "q"\nlist:\n  - x\n  - y: 2\n';
    const { documents, errors } = parseYaml(text, 't.yml');
    expect(errors).toEqual([]);
    expect(documents[0].value).toEqual(load(text));
    const doc = documents[0].value as any;
    expect(yamlLine(doc, 'list')).toBe(4);
    expect(yamlLine(doc.a, 'c')).toBe(3);
    expect(yamlLine(doc.list, 1)).toBe(6);
    expect(yamlPosition(doc.a, 'c')).toEqual({ line: 3, column: 3 });
  });

  it('reads multi-document files with each document line', () => {
    const text = 'kind: A\n---\nkind: B\n---\n# empty\n---\n- 1\n';
    const { documents } = parseYaml(text, 'm.yml');
    expect(documents.map((d) => d.value)).toEqual(loadAll(text));
    const lines = documents.map((d) => d.line);
    expect([lines[0], lines[1], lines[3]]).toEqual([1, 3, 7]);
    expect(lines[2]).toBeGreaterThanOrEqual(3);
  });

  it('applies anchors and merge keys with explicit keys winning', () => {
    const text = 'base: &b\n  image: x\n  restart: always\nsvc:\n  <<: *b\n  image: y\n';
    const doc = parseYaml(text, 'c.yml').documents[0].value as any;
    expect(doc.svc).toEqual({ image: 'y', restart: 'always' });
    expect(yamlLine(doc.svc, 'restart')).toBe(3);
    expect(yamlLine(doc.svc, 'image')).toBe(6);
  });

  it('merges a sequence of maps with earlier sources winning', () => {
    const text = 'a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n';
    expect((parseYaml(text, 'c.yml').documents[0].value as any).c).toEqual({ x: 1, y: 2 });
  });

  it('keeps compose tags such as !reset and !override', () => {
    const text = 'ports: !reset []\nimage: !reset null\nenv: !override\n  A: 1\n';
    const doc = parseYaml(text, 'c.yml').documents[0].value as any;
    expect(doc).toEqual({ ports: [], image: null, env: { A: 1 } });
    expect(yamlTag(doc, 'ports')).toBe('!reset');
    expect(yamlTag(doc, 'image')).toBe('!reset');
    expect(yamlTag(doc, 'env')).toBe('!override');
  });

  it('reports syntax errors with line and column and keeps the good documents', () => {
    const text = 'kind: A\n---\na: [b\nc: d\n---\nkind: C\n';
    const r = parseYaml(text, 'bad.yml');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].line).toBe(4);
    expect(r.documents.map((d) => d.value)).toEqual([{ kind: 'A' }, { kind: 'C' }]);
  });

  it('stops an alias bomb by expanded size, not alias count', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const r = parseYaml(lines.join('\n') + '\n', 'bomb.yml');
    expect(r.errors[0].message).toMatch(/alias/);
  });

  it('accepts hundreds of aliases in a compose-like file', () => {
    const lines = ['x-common: &common', '  restart: always', '  logging: {driver: json-file}', 'services:'];
    for (let i = 0; i < 300; i++) lines.push(`  s${i}:`, '    <<: *common', `    image: img${i}`);
    const r = parseYaml(lines.join('\n'), 'compose.yml');
    expect(r.errors).toEqual([]);
    expect(Object.keys((r.documents[0].value as any).services)).toHaveLength(300);
  });

  it('reports duplicate keys as warnings, last one wins', () => {
    const r = parseYaml('a: 1\na: 2\n', 'd.yml');
    expect((r.documents[0].value as any).a).toBe(2);
    expect(r.warnings[0]).toMatchObject({ line: 2 });
  });

  it('bounds nesting depth', () => {
    const r = parseYaml('['.repeat(500) + ']'.repeat(500), 'deep.yml');
    expect(r.errors.length).toBe(1);
  });

  it('is safe with __proto__ keys', () => {
    const doc = parseYaml('__proto__: {polluted: 1}\n', 'p.yml').documents[0].value as any;
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.keys(doc)).toEqual(['__proto__']);
  });
});
