import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { outlineMarkdown, anchorOf } from '../../../src/inventory/documents/markdown.js';
import type { DocumentInfo } from '../../../src/inventory/documents/index.js';

let docs: Map<string, DocumentInfo>;
beforeAll(async () => {
  const inv = await buildInventory(new FsSource('__tests__/fixtures/docs'));
  docs = new Map(inv.documents.documents.map((d) => [d.path, d]));
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
  it('makes GitHub anchors, Korean included', () => {
    expect(anchorOf('장애 대응 절차')).toBe('장애-대응-절차');
    expect(anchorOf('Restore the DB (v2)!')).toBe('restore-the-db-v2');
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
