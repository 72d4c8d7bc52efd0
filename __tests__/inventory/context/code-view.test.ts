import { ScanContext, DEFAULT_OPTIONS } from '../../../src/inventory/context.js';
import type { Diagnostic } from '../../../src/inventory/diagnostics.js';
import { MemorySource } from '../../../src/source/memory-source.js';
import { fromCode } from '../../../src/text/code.js';
import { lineAt } from '../../../src/text/line-index.js';
import { runCollectors } from '../../../src/engine/inventory.js';
import { appCollector, type AppInventory } from '../../../src/inventory/app/index.js';
import { secretsCollector, type SecretsInventory } from '../../../src/inventory/secrets/index.js';
import type { Collector } from '../../../src/inventory/collector.js';

async function context(files: Record<string, string | Buffer>): Promise<{ ctx: ScanContext; diagnostics: Diagnostic[] }> {
  const source = new MemorySource(files);
  const listing = await source.list();
  const diagnostics: Diagnostic[] = [];
  const ctx = new ScanContext(listing.files, await source.read(listing.files.map((f) => f.path)), DEFAULT_OPTIONS, diagnostics);
  return { ctx, diagnostics };
}

describe('the code view of a source file', () => {
  const py = '\ufeff# 한국어 주석: 설정\nAPI = "/상품"\nTOKEN = 1\n';

  it('has the lines of the decoded text and gives back what it captured', async () => {
    const { ctx } = await context({ 'app.py': Buffer.from(py) });
    const code = ctx.code('app.py')!;
    const text = ctx.text('app.py')!;
    expect(text.startsWith('#')).toBe(true);
    expect(code.startsWith('#')).toBe(true);
    expect(lineAt(code, code.indexOf('TOKEN'))).toBe(lineAt(text, text.indexOf('TOKEN')));
    expect(fromCode(/"([^"]*)"/.exec(code)![1])).toBe('/상품');
    expect(fromCode('/plain')).toBe('/plain');
  });

  it('refuses a file that is not UTF-8 or binary once, however it is read', async () => {
    const { ctx, diagnostics } = await context({ 'latin1.py': Buffer.from([0x23, 0x20, 0xe9, 0x0a]), 'blob.js': Buffer.from([1, 0, 2]) });
    expect(ctx.code('latin1.py')).toBeUndefined();
    expect(ctx.text('latin1.py')).toBeUndefined();
    expect(ctx.text('blob.js')).toBeUndefined();
    expect(ctx.code('blob.js')).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['latin1.py not-utf8', 'blob.js binary-file']);
  });
});

describe('reading once', () => {
  it('does not keep a file read once, and uses a kept copy when there is one', async () => {
    const source = new MemorySource({ 'a.py': 'x = 1\n', 'b.yml': 'k: v\n' });
    const listing = await source.list();
    const reads: string[] = [];
    const ctx = new ScanContext(listing.files, new Map(), DEFAULT_OPTIONS, [], (p) => {
      reads.push(p);
      return Buffer.from(p === 'a.py' ? 'x = 1\n' : 'k: v\n');
    });
    expect(ctx.code('a.py', 'once')).toBe('x = 1\n');
    expect(ctx.code('a.py', 'once')).toBe('x = 1\n');
    ctx.text('b.yml');
    expect(ctx.text('b.yml', 'once')).toBe('k: v\n');
    expect(reads).toEqual(['a.py', 'a.py', 'b.yml']);
  });
});

describe('readers of the code view', () => {
  const collectors = [appCollector, secretsCollector] as Collector<string, unknown>[];

  it('report non-ASCII route paths as written and lines as in the file', async () => {
    const { found } = await runCollectors(
      new MemorySource({
        'api/main.py': '# 서비스 진입점 — 한국어 주석\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/상품/{id}")\ndef item(id: int): ...\n',
        'web/server.js': "// 서버: 한국어\nconst express = require('express');\nconst items = require('./경로/items');\nconst app = express();\napp.use('/목록', items);\n",
        'web/경로/items.js': "router.get('/전체', (req, res) => res.json([]));\n",
        'api/settings.py': '# 설정 — 운영\nSECRET_KEY = "값이-정말로-비밀스러운-문자열-입니다"\naws = "AKIAABCDEFGHIJKLMNOP"\n',
      }),
      collectors,
    );
    const app = found.app as AppInventory;
    expect(app.routes).toContainEqual({ method: 'GET', path: '/상품/{id}', file: 'api/main.py', line: 5 });
    // mounted through a require of a folder with a Korean name
    expect(app.routes).toContainEqual({ method: 'GET', path: '/목록/전체', file: 'web/경로/items.js', line: 1 });
    const secrets = found.secrets as SecretsInventory;
    expect(secrets.findings.map((f) => `${f.file}:${f.line} ${f.kind}`)).toEqual(expect.arrayContaining(['api/settings.py:3 token', 'api/settings.py:2 hardcoded-secret']));
    // a value's length counts characters, not the bytes of the code view
    expect(secrets.findings.find((f) => f.kind === 'hardcoded-secret')!.description).toContain(`${'값이-정말로-비밀스러운-문자열-입니다'.length} characters`);
  });
});
