import { LineIndex } from '../../src/text/line-index.js';
import { parseFast } from '../../src/yaml/fast.js';
import { parseWithEvents } from '../../src/yaml/load.js';
import { differences } from './same-parse.js';

const fast = (text: string) => parseFast(text, 'x.yml', new LineIndex(text), 2_000_000, 100);

/** Simple YAML the fast reader takes: it must build exactly what the js-yaml event path builds. */
const SIMPLE = [
  'a: 1\nb:\n  - x\n  - "q"\n  - k: v\n    j: w\nc: [1, "a"]\n',
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web # trailing comment\n  labels: {app: web, "tier": front}\nspec:\n  ports:\n  - port: 80\n    targetPort: http\n',
  '---\nkind: A\n---\nkind: B\n',
  '# only a comment\n---\n---\na: 1\n---\n',
  'key:\n  value on its own line\nnext: ~\nempty:\nlist:\n-\n- \n- null\n',
  'lit: |\n  one\n   two\n\n  three\nfold: >-\n  a\n  b\n\n  c\nkeep: |+\n  x\n\nind: |2\n    deep\nlast: end\n',
  "q: 'it''s'\nd: \"tab\\tand \\u00e9\"\n'quoted key': 1\n\"k2\" : 2\n",
  'n: [1, -2, 0x1f, 1.5e3, .inf, -.Inf, .nan, true, False, NULL, ~, 012, +7]\n',
  'url: http://example.com:8080/a#frag\nwin: C:\\path\nhash: a#b\ncolon: a:b\n',
  'dup: 1\ndup: 2\nnested:\n  x: 1\n  x: 3\n',
  '  indented: root\n  second: 2\n',
  '- a\n- b: 1\n  c: 2\n- [x, {y: z}]\n- {}\n- []\n',
  'flow: {a: , b: [], c: {}, "d": "e", f: [1, 2, ], }\n',
  'scalar root\n',
  '"quoted root"\n',
  'a:\n- 1\n- 2\nb:\n  - 3\n',
  'trailing: spaces   \nblank:\n\n\n  after: blank\n',
  '1: one\n2.0: two\nnull: three\ntrue: four\n',
  'x: |\n  text\n---\ny: >\n  folded\n   more\n  back\n',
  'script: |\n  #!/bin/sh\n  echo "hi" # not a comment\n',
  '- |\n  in a sequence\n- >-\n  folded item\n',
  'k: v\n# comment at end',
  'k:\n  # comment before\n  child: 1\n',
];

/** Everything else is left to js-yaml. */
const LEFT_TO_JS_YAML = [
  'a: &x 1\nb: *x\n',
  'a: !reset []\n',
  'base: {x: 1}\nc:\n  <<: {y: 2}\n',
  'multi: line\n  plain\n',
  'q: "two\n  lines"\n',
  'f: [a,\n  b]\n',
  '? complex\n: key\n',
  '%YAML 1.2\n---\na: 1\n',
  'a:\tb\n',
  'a: 1\r\nb: 2\r\n',
  'a: b: c\n',
  'a: 1\n b: 2\n',
  '- a\nb: 1\n',
  '__proto__: 1\n',
  'a: "x" y\n',
  '- - nested\n',
  'e: 😀\n',
  'a: 1\n...\n',
];

describe('fast YAML reader', () => {
  it.each(SIMPLE)('builds what the event path builds: %j', (text) => {
    const r = fast(text);
    expect(r).toBeDefined();
    expect(differences(r!, parseWithEvents(text, 'x.yml'))).toEqual([]);
  });

  it.each(LEFT_TO_JS_YAML)('leaves it to js-yaml: %j', (text) => {
    expect(fast(text)).toBeUndefined();
  });

  it('gives up beyond its nesting limit', () => {
    let text = '';
    for (let i = 0; i < 60; i++) text += `${' '.repeat(i * 2)}k${i}:\n`;
    expect(fast(text + ' '.repeat(120) + 'v: 1\n')).toBeUndefined();
    expect(fast('a:\n  b:\n    c: 1\n')).toBeDefined();
  });
});
