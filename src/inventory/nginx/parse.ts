/**
 * nginx configuration as a directive tree, read the way nginx's own tokenizer does: words,
 * single- and double-quoted strings with backslash escapes, `#` comments at the start of a word,
 * `${var}` inside words, blocks, and `*_by_lua_block { ... }` bodies skipped as Lua (its braces,
 * strings and comments are not nginx syntax). Every directive keeps its file, line and column.
 */
export interface Directive {
  name: string;
  args: string[];
  file: string;
  line: number;
  column: number;
  block?: Directive[];
}

export interface ParseResult {
  directives: Directive[];
  errors: { line: number; column?: number; message: string }[];
}

interface Token {
  text: string;
  line: number;
  column: number;
  /** `;`, `{` or `}` outside quotes */
  special: boolean;
}

/** nginx unescapes \" \' \\ \t \r \n; any other backslash is kept (regular expressions need it). */
function unescape(n: string, quote: string): string {
  if (n === 't') return '\t';
  if (n === 'r') return '\r';
  if (n === 'n') return '\n';
  return n === '"' || n === "'" || n === '\\' || n === quote ? n : '\\' + n;
}

class Lexer {
  pos = 0;
  line = 1;
  lineStart = 0;
  constructor(private readonly text: string, private readonly errors: ParseResult['errors']) {}

  next(): Token | undefined {
    const t = this.text;
    for (;;) {
      if (this.pos >= t.length) return undefined;
      const c = t.charCodeAt(this.pos);
      if (c === 10) this.newline(this.pos + 1);
      else if (c === 32 || c === 9 || c === 13) this.pos++;
      else if (c === 35) {
        const nl = t.indexOf('\n', this.pos);
        this.pos = nl < 0 ? t.length : nl;
      } else break;
    }
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    const c = t[this.pos];
    if (c === ';' || c === '{' || c === '}') {
      this.pos++;
      return { text: c, line, column, special: true };
    }
    if (c === '"' || c === "'") return this.quoted(c, line, column);
    // words are sliced from the text; only a backslash escape makes a copy (fewer short-lived strings)
    let s = '';
    let from = this.pos;
    let inVar = false;
    while (this.pos < t.length) {
      const ch = t.charCodeAt(this.pos);
      if (ch === 92 /* \\ */ && this.pos + 1 < t.length) {
        s += t.slice(from, this.pos) + unescape(t[this.pos + 1], '');
        this.pos += 2;
        from = this.pos;
        continue;
      }
      if (ch === 123 /* { */) {
        // `${name}` stays in the word; any other `{` opens a block
        if (this.pos > from ? t.charCodeAt(this.pos - 1) === 36 : s.endsWith('$')) inVar = true;
        else break;
      } else if (ch === 125 /* } */) {
        if (!inVar) break;
        inVar = false;
      } else if (ch === 32 || ch === 9 || ch === 13 || ch === 10 || ch === 59) break;
      this.pos++;
    }
    return { text: s + t.slice(from, this.pos), line, column, special: false };
  }

  private quoted(q: string, line: number, column: number): Token {
    const t = this.text;
    let s = '';
    let from = ++this.pos;
    while (this.pos < t.length && t[this.pos] !== q) {
      const ch = t[this.pos];
      if (ch === '\\' && this.pos + 1 < t.length) {
        s += t.slice(from, this.pos) + unescape(t[this.pos + 1], q);
        this.pos += 2;
        from = this.pos;
        continue;
      }
      if (ch === '\n') this.newline(this.pos + 1);
      else this.pos++;
    }
    s += t.slice(from, this.pos);
    if (this.pos >= t.length) this.errors.push({ line, column, message: `unterminated ${q === '"' ? 'double' : 'single'}-quoted string` });
    this.pos++;
    return { text: s, line, column, special: false };
  }

  /** Skips a Lua body after its `{`, up to the matching `}`; false when the file ends first. */
  skipLua(): boolean {
    const t = this.text;
    let depth = 1;
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (ch === '\n') {
        this.newline(this.pos + 1);
        continue;
      }
      if (ch === '-' && t[this.pos + 1] === '-') {
        const long = /^--\[(=*)\[/.exec(t.slice(this.pos, this.pos + 20));
        this.skipTo(long ? `]${long[1]}]` : '\n', long ? long[0].length : 2);
        continue;
      }
      if (ch === '"' || ch === "'") {
        this.pos++;
        while (this.pos < t.length && t[this.pos] !== ch && t[this.pos] !== '\n') this.pos += t[this.pos] === '\\' ? 2 : 1;
        this.pos++;
        continue;
      }
      if (ch === '[') {
        const long = /^\[(=*)\[/.exec(t.slice(this.pos, this.pos + 20));
        if (long) {
          this.skipTo(`]${long[1]}]`, long[0].length);
          continue;
        }
      }
      this.pos++;
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return true;
    }
    return false;
  }

  private skipTo(end: string, from: number): void {
    const at = this.text.indexOf(end, this.pos + from);
    const stop = at < 0 ? this.text.length : end === '\n' ? at : at + end.length;
    for (let i = this.text.indexOf('\n', this.pos); i >= 0 && i < stop; i = this.text.indexOf('\n', i + 1)) this.newline(i + 1);
    this.pos = stop;
  }

  private newline(next: number): void {
    this.line++;
    this.pos = next;
    this.lineStart = next;
  }
}

export function parseNginx(text: string, file: string): ParseResult {
  const errors: ParseResult['errors'] = [];
  const lex = new Lexer(text, errors);
  const parseBlock = (depth: number, opener?: Token): Directive[] => {
    const list: Directive[] = [];
    let words: Token[] = [];
    const make = (): Directive => ({ name: words[0].text, args: words.slice(1).map((w) => w.text), file, line: words[0].line, column: words[0].column });
    for (let t = lex.next(); t; t = lex.next()) {
      if (!t.special) {
        words.push(t);
        continue;
      }
      if (t.text === ';') {
        if (words.length) list.push(make());
        words = [];
      } else if (t.text === '{') {
        if (!words.length) {
          errors.push({ line: t.line, column: t.column, message: 'unexpected "{" without a directive name' });
          words = [{ text: '', line: t.line, column: t.column, special: false }];
        }
        const d = make();
        words = [];
        if (d.name.endsWith('_by_lua_block')) {
          if (!lex.skipLua()) errors.push({ line: d.line, column: d.column, message: `"${d.name}" block is never closed` });
          d.block = [];
        } else d.block = parseBlock(depth + 1, { text: d.name, line: d.line, column: d.column, special: true });
        list.push(d);
      } else {
        if (words.length) errors.push({ line: words[0].line, column: words[0].column, message: `directive "${words[0].text}" is not terminated by ";"` });
        words = [];
        if (depth > 0) return list;
        errors.push({ line: t.line, column: t.column, message: 'unexpected "}"' });
      }
    }
    if (words.length) errors.push({ line: words[0].line, column: words[0].column, message: `directive "${words[0].text}" is not terminated by ";" before the end of the file` });
    if (opener) errors.push({ line: opener.line, column: opener.column, message: `"${opener.text}" block opened here is never closed ("}" missing)` });
    return list;
  };
  return { directives: parseBlock(0), errors };
}
