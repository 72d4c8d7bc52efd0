import { FsSource } from '../../../src/source/fs-source.js';
import { outlineMarkdown } from '../../../src/inventory/documents/markdown.js';
import { outlineRst } from '../../../src/inventory/documents/rst.js';
import { classify } from '../../../src/inventory/documents/classify.js';
import { documentsCollector, type DocumentInfo, type DocumentInventory } from '../../../src/inventory/documents/index.js';
import type { Collector } from '../../../src/inventory/collector.js';
import { runCollectors } from './helpers.js';

const scan = async (dir: string) => ((await runCollectors(new FsSource(dir), [documentsCollector] as Collector<string, unknown>[])).found.documents as DocumentInventory).documents;

let docs: Map<string, DocumentInfo>;
beforeAll(async () => {
  docs = new Map((await scan('__tests__/fixtures/docs')).map((d) => [d.path, d]));
});
const kind = (path: string, k: string) => docs.get(path)!.kinds.find((x) => x.kind === k);

describe('markdown outline', () => {
  it('reads headings, steps, checklists and fenced code with lines, ignoring markup inside code', () => {
    const o = outlineMarkdown('# T\n\n1. a\n2. b\n```sh\n# not a heading\n- [ ] not a box\n```\n- [x] done\n## Sub **x**\n');
    expect(o.headings.map((h) => [h.line, h.level, h.text])).toEqual([[1, 1, 'T'], [10, 2, 'Sub x']]);
    expect(o.ordered.map((s) => s.line)).toEqual([3, 4]);
    expect(o.checklist).toEqual([{ line: 9, checked: true, text: 'done' }]);
    expect(o.code).toEqual([{ line: 5, lang: 'sh', text: '# not a heading\n- [ ] not a box' }]);
  });
});

describe('document classification', () => {
  it('recognises an English incident runbook with severities, owners and steps as a procedure', () => {
    expect(kind('runbooks/incident-response.md', 'incident-response')).toMatchObject({ strength: 'procedure', has: expect.arrayContaining(['steps', 'owners', 'severity']) });
    expect(docs.get('runbooks/incident-response.md')!.language).toBe('en');
  });
  it('recognises a Korean 장애 대응 절차 as a procedure', () => {
    const d = docs.get('runbooks/장애-대응-절차.md')!;
    expect(d.language).toBe('ko');
    expect(kind(d.path, 'incident-response')).toMatchObject({ strength: 'procedure', evidence: expect.arrayContaining([expect.objectContaining({ line: 1 })]) });
  });
  it('does not count an analysis report that talks about backups as a backup procedure', () => {
    expect(kind('backup-analysis-report.md', 'backup-restore')?.strength).not.toBe('procedure');
  });
  it('rates a design spec with code samples as a plan, not a procedure', () => {
    expect(kind('spec/backup-design.md', 'backup-restore')?.strength).toBe('plan');
  });
  it('recognises a DR plan with RTO/RPO and restore commands', () => {
    expect(kind('DISASTER_RECOVERY.md', 'disaster-recovery')).toMatchObject({ strength: 'procedure', has: expect.arrayContaining(['rto-rpo', 'commands', 'steps']) });
    expect(kind('DISASTER_RECOVERY.md', 'backup-restore')?.strength).toBe('procedure');
  });
  it('recognises SECURITY.md as a security policy', () => {
    expect(kind('SECURITY.md', 'security-policy')?.strength).toBe('procedure');
  });
  it('keeps every checklist line with its position', () => {
    const d = docs.get('readiness-checklist.md')!;
    expect(d.isChecklist).toBe(true);
    expect(d.checklist[0]).toEqual({ line: 3, checked: true, text: '서버 사양 확인 (CPU, 메모리, 디스크)' });
    expect(d.checklist.filter((c) => c.checked)).toHaveLength(2);
  });
});

describe('markdown structure', () => {
  it('reads operational commands with their lines', () => {
    const o = outlineMarkdown('# T\n\n- one\n* two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [runbook](docs/runbook.md#restore).\n\n```bash\n$ pg_dump -Fc db > x.dump\necho done\nsudo systemctl restart api\n```\n\n```python\nsubprocess.run(["kubectl"])\n```\n');
    expect(o.commands).toEqual([{ line: 13, tool: 'pg_dump' }, { line: 15, tool: 'systemctl' }]);
    expect(o.words).toBeGreaterThan(5);
  });
  it('reads headings, steps and checkboxes only outside code, each at its line', () => {
    const o = outlineMarkdown(['# Restore', '', '  1. stop the app', '2) restore', '```sh', '# not a heading', '- [ ] not a box', '```', '- [x] done', '   - [ ]  indented ', '  # indented is not a heading', '####### seven is not one', '## Two ##', '10. last'].join('\n'));
    expect(o.headings.map((h) => [h.line, h.level, h.text])).toEqual([[1, 1, 'Restore'], [13, 2, 'Two']]);
    expect(o.ordered).toEqual([{ line: 3, text: 'stop the app' }, { line: 4, text: 'restore' }, { line: 14, text: 'last' }]);
    expect(o.checklist).toEqual([{ line: 9, checked: true, text: 'done' }, { line: 10, checked: false, text: 'indented' }]);
    expect(o.code).toEqual([{ line: 5, lang: 'sh', text: '# not a heading\n- [ ] not a box' }]);
    expect(o.prose).toBe(['# restore', '', '  1. stop the app', '2) restore', '- [x] done', '   - [ ]  indented ', '  # indented is not a heading', '####### seven is not one', '## two ##', '10. last'].join('\n'));
  });
  it('closes a fence only with a bare marker at least as long, and keeps the prose around code', () => {
    const o = outlineMarkdown('a\r\n````md\r\n```js\r\nx\r\n```\r\n````\r\n\r\n~~~\r\n~~~\r\nb\r\n');
    expect(o.code).toEqual([{ line: 2, lang: 'md', text: '```js\nx\n```' }, { line: 8, lang: '', text: '' }]);
    expect(o.prose).toBe('a\n\nb\n');
  });
  it('handles CRLF, unterminated fences and empty input', () => {
    expect(outlineMarkdown('# A\r\n1. x\r\n').headings[0]).toMatchObject({ text: 'A', line: 1 });
    expect(outlineMarkdown('```sh\nkubectl get pods\n').commands).toEqual([{ line: 2, tool: 'kubectl' }]);
    expect(outlineMarkdown('')).toMatchObject({ headings: [], words: 0 });
  });
  it('reads reStructuredText titles, enumerations and code blocks (best effort)', () => {
    const o = outlineRst('Upgrading\n=========\n\nSteps\n-----\n\n#. Stop.\n#. Migrate:\n\n.. code-block:: bash\n\n   alembic upgrade head\n\nDone.\n');
    expect(o.title).toBe('Upgrading');
    expect(o.headings.map((h) => [h.line, h.level, h.text])).toEqual([[1, 1, 'Upgrading'], [4, 2, 'Steps']]);
    expect(o.ordered.map((s) => s.line)).toEqual([7, 8]);
    expect(o.commands).toEqual([{ line: 12, tool: 'alembic' }]);
  });
});

describe('more classification', () => {
  it('classifies an .rst upgrade guide with steps and commands as an upgrade procedure', () => {
    const d = docs.get('ops/UPGRADING.rst')!;
    expect(d.title).toBe('Upgrading');
    expect(kind(d.path, 'upgrade')).toMatchObject({ strength: 'procedure', has: expect.arrayContaining(['steps', 'commands']) });
  });
  it('never counts a changelog as a procedure', () => {
    expect(docs.get('CHANGELOG.md')!.kinds).toEqual([]);
  });
  it('gives evidence lines: the topic heading and the first step', () => {
    const k = kind('runbooks/incident-response.md', 'incident-response')!;
    expect(k.evidence[0]).toEqual({ line: 1, text: 'Incident response' });
    expect(k.evidence).toContainEqual({ line: 14, text: 'Acknowledge the page and open an incident channel.' });
  });
  it('finds the heading on a topic after headings that lower-case to a longer text', () => {
    const md = ['# İİİİİİİİİİ', '', '## Backup', '', '## Other', '', 'text'].join('\n');
    expect(classify('notes.md', outlineMarkdown(md)).find((k) => k.kind === 'backup-restore')!.evidence[0]).toEqual({ line: 3, text: 'Backup' });
  });
  it('points a mere mention at its line in the file, code blocks before it counted', () => {
    const md = ['# Release notes', '', '```sh', 'make build', 'make test', '```', '', 'We should write a backup policy some day.'].join('\n');
    expect(classify('notes.md', outlineMarkdown(md)).find((k) => k.kind === 'backup-restore')).toMatchObject({ strength: 'mention', evidence: [{ line: 8, text: 'mentioned' }] });
    const rst = ['Notes', '=====', '', '.. code-block:: sh', '', '   make build', '', 'A backup policy is missing.'].join('\n');
    expect(classify('notes.rst', outlineRst(rst)).find((k) => k.kind === 'backup-restore')?.evidence).toEqual([{ line: 8, text: 'mentioned' }]);
  });
  it('flags the readiness checklist as a review and records commands of procedures', () => {
    expect(docs.get('readiness-checklist.md')!.review).toEqual({ line: 1, reason: 'title' });
    expect(docs.get('runbooks/incident-response.md')!.review).toBeUndefined();
    expect(docs.get('DISASTER_RECOVERY.md')!.commands).toEqual([{ line: 12, tool: 'pgbackrest' }]);
  });
  it('describes documents by kind and strength with file:line', () => {
    const lines = documentsCollector.describe({ documents: [...docs.values()] });
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^runbooks\/incident-response\.md:1 \[en\] Incident response — .*incident-response \(procedure/), expect.stringMatching(/^readiness-checklist\.md:1 .*checklist 2\/10 ticked \(readiness review\/checklist\)$/)]));
    expect(lines[lines.length - 1]).toMatch(/^\d+ documents in all; procedures: .*incident-response 2/);
  });
});

describe('InsiteChart documents (Korean)', () => {
  let ic: Map<string, DocumentInfo>;
  beforeAll(async () => {
    ic = new Map((await scan('__tests__/fixtures/insitechart')).map((d) => [d.path, d]));
  });
  const icKind = (path: string, k: string) => ic.get(path)!.kinds.find((x) => x.kind === k);
  it('an analysis report that says backups are missing is not a backup, DR or incident procedure', () => {
    const d = ic.get('DEPLOYMENT_OPERATIONS_ANALYSIS.md')!;
    expect(d.language).toBe('ko');
    expect(d.kinds.filter((k) => k.strength === 'procedure')).toEqual([]);
  });
  it('a design spec with backup-manager code samples is a plan, not a runnable procedure', () => {
    expect(icKind('docs/spec/22-data-backup-recovery-design.md', 'backup-restore')).toMatchObject({ strength: 'plan', evidence: expect.arrayContaining([{ line: 1, text: '데이터 백업 및 복구 설계' }]) });
  });
  it('a Korean backup/restore runbook with 담당자, steps and pg_dump/pg_restore is a procedure', () => {
    const k = icKind('docs/operations/backup-restore.md', 'backup-restore')!;
    expect(k).toMatchObject({ strength: 'procedure', has: expect.arrayContaining(['steps', 'commands', 'owners']) });
    expect(ic.get('docs/operations/backup-restore.md')!.commands).toEqual([{ line: 14, tool: 'docker' }, { line: 25, tool: 'docker' }]);
  });
  it('a user manual is no operational document', () => {
    expect(ic.get('USER_MANUAL.md')!.kinds.filter((k) => k.strength !== 'mention')).toEqual([]);
    expect(ic.get('USER_MANUAL.md')!.headings[0]).toEqual({ line: 1, level: 1, text: 'InsiteChart 사용자 매뉴얼' });
  });
  it('keeps every checkbox of the readiness review with its line and state', () => {
    const d = ic.get('production_readiness_review.md')!;
    expect(d.review).toEqual({ line: 1, reason: 'title' });
    expect(d.checklist).toHaveLength(12);
    expect(d.checklist.filter((c) => c.checked).map((c) => c.line)).toEqual([5, 16]);
    expect(d.checklist[11]).toEqual({ line: 22, checked: false, text: '개인정보 처리방침 게시' });
  });
});

describe('outlineMarkdown line ends', () => {
  it('reads CRLF text as the same text with LF', () => {
    const text = '# Runbook\n\n1. stop it\n2. start it\n\n```sh\nkubectl rollout restart deploy/api\n```\n| a | b |\n| 1 | 2 |\nsee [docs](x.md)\n';
    expect(outlineMarkdown(text.replace(/\n/g, '\r\n'))).toEqual(outlineMarkdown(text));
    expect(outlineMarkdown(text).code[0]).toEqual({ line: 6, lang: 'sh', text: 'kubectl rollout restart deploy/api' });
  });
});
