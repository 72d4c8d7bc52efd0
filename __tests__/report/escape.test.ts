import { clip, codeSpan, escapeMarkdown, plain } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['@octocat', '@&#8203;octocat'],
    ['cc @org/team', 'cc @&#8203;org/team'],
    ['fixes #12', 'fixes \\#&#8203;12'],
    ['# heading', '\\# heading'],
    ['[click](https://evil.example)', '\\[click\\]\\(https://evil\\.example\\)'],
    ['![img](x)', '\\!\\[img\\]\\(x\\)'],
    ['**bold** _it_ ~~s~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~'],
    ['a|b', 'a\\|b'],
    ['`code`', '\\`code\\`'],
    ['back\\slash', 'back\\\\slash'],
    ['&amp; &#64;', '&amp;amp; &amp;\\#&#8203;64;'],
    ['line\nbreak\r\nhere', 'line break here'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['plain text', 'plain text'],
    ['서버 인프라', '서버 인프라'],
  ])('%j → %j', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  it('leaves no unescaped markup character in hostile input', () => {
    const hostile = '<a href="x">*[x](y)*</a> `|` @u #1 ~~ ![](z) _e_ {b} <!-- c -->';
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/[<>]/);
    expect(out.replace(/&#?\w+;/g, '')).not.toMatch(/(^|[^\\])[*_[\]()`|~!{}#]/);
    expect(out).not.toMatch(/@\w/);
  });
});

describe('plain', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\uFFFD[31mred\uFFFD[0m'],
    ['a\u202eb', 'a\uFFFDb'],
    ['tab\there', 'tab here'],
    ['bell\u0007', 'bell\uFFFD'],
    ['ok', 'ok'],
  ])('%j → %j', (input, expected) => expect(plain(input)).toBe(expected));
});

describe('codeSpan', () => {
  it.each<[string, boolean, string]>([
    ['docker-compose.yml:12', false, '`docker-compose.yml:12`'],
    ['a`b', false, '``a`b``'],
    ['`x', false, '`` `x ``'],
    ['a``b`', false, '``` a``b` ```'],
    ['a|b', false, '`a|b`'],
    ['a|b', true, '`a\\|b`'],
    ['new\nline', false, '`new line`'],
  ])('%j (table %p) → %j', (input, inTable, expected) => expect(codeSpan(input, inTable)).toBe(expected));
});

describe('clip', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });
  it('does not split a surrogate pair', () => {
    const out = clip(`${'a'.repeat(8)}😀😀`, 10);
    expect(out).toBe(`${'a'.repeat(8)}…`);
  });
});
