/**
 * A fast reader for the YAML most configuration is written in: block mappings and sequences,
 * plain and quoted one-line scalars, one-line flow collections, literal and folded block
 * scalars, comments and `---` documents. It builds the same data and positions as the
 * js-yaml event path (src/yaml/load.ts) in a single pass without events.
 *
 * Anything else — anchors, aliases, tags, merge keys, multi-line plain or quoted scalars,
 * multi-line flow collections, explicit keys, directives, tabs, CR line ends, unusual characters
 * and every syntax error — makes it give up (`undefined`), and the caller parses the text with
 * js-yaml. So it never has to agree with js-yaml on anything but well-formed, simple YAML.
 */
import { getScalarValue, type ScalarEvent } from 'js-yaml';
import type { LineIndex } from '../text/line-index.js';
import { metaOf, setMeta, type ContainerMeta } from './meta.js';
import { resolvePlain, scalarKey, setKey } from './scalars.js';
import type { YamlDocument, YamlError, YamlParseResult } from './load.js';

/** Characters the fast reader leaves to js-yaml wherever they occur (tab, CR, controls, BOM, surrogates). */
const UNUSUAL = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

const NL = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class Bail extends Error {}
const BAIL = new Bail();

/**
 * Reads `text` if it is simple YAML. `maxDepth` is js-yaml's: nesting up to half of it is read
 * here (js-yaml counts keys and values as levels too) and deeper documents are left to js-yaml.
 */
export function parseFast(text: string, file: string, index: LineIndex, maxNodes: number, maxDepth: number): YamlParseResult | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new Reader(text, file, index, maxNodes, Math.floor(maxDepth / 2) - 1).stream();
  } catch (err) {
    if (err === BAIL) return undefined;
    throw err;
  }
}

function isBlank(c: number): boolean {
  return c === SPACE || c === NL || Number.isNaN(c);
}

/** Characters that cannot start a plain scalar (YAML indicators). */
function isIndicator(c: number): boolean {
  // # & * ! | > ' " % @ ` , [ ] { }
  return c === 35 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

function isSimpleEscape(c: number): boolean {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

class Reader {
  private readonly n: number;
  /** position after the last node read */
  private p = 0;
  /** the next content line: its first non-space character and column (-1: end of input or a `---`/`...` line) */
  private cpos = 0;
  private ccol = -1;
  /** as the event path counts them: the end of the last scalar read (-1 for an empty one) */
  private lastEnd = 0;
  /** start and preceding lastEnd of the last scalar read (a document made of one scalar starts there) */
  private scalarStart = -1;
  private lastEndBefore = -1;
  private depth = 0;
  private nodes = 0;
  private readonly warnings: YamlError[] = [];
  /** the key `readKey` found: its text, offset and end */
  private keyText = '';
  private keyStart = 0;
  private lastEndKey = 0;

  constructor(
    private readonly s: string,
    private readonly file: string,
    private readonly index: LineIndex,
    private readonly maxNodes: number,
    private readonly maxNesting: number,
  ) {
    this.n = s.length;
  }

  stream(): YamlParseResult {
    const documents: YamlDocument[] = [];
    const s = this.s;
    this.next(0);
    while (this.cpos < this.n) {
      let explicit = false;
      if (this.ccol < 0) {
        if (s.charCodeAt(this.cpos) !== DASH) throw BAIL; // `...`
        explicit = true;
        this.endOfLine(this.cpos + 3, true);
      } else if (this.ccol === 0 && s.charCodeAt(this.cpos) === 37) throw BAIL; // %directive
      if (explicit && (this.ccol < 0 || this.cpos >= this.n)) {
        // `---` with nothing after it: an empty document, placed as the event path places it
        const docStart = Math.max(-1, this.lastEnd);
        this.lastEnd = -1;
        documents.push({ value: null, line: docStart >= 0 ? this.index.position(docStart).line : 1 });
        continue;
      }
      this.nodes = 0;
      const at = this.cpos;
      const value = this.blockNode(this.cpos, this.ccol, this.ccol - 1, true);
      const docStart = value !== null && typeof value === 'object' ? at : Math.max(this.scalarStart, this.lastEndBefore);
      documents.push({ value, line: docStart >= 0 ? this.index.position(docStart).line : 1 });
      if (this.cpos < this.n && this.ccol >= 0) throw BAIL; // more content after the document's node
    }
    return { documents, errors: [], warnings: this.warnings };
  }

  private scalar(start: number, end: number): void {
    this.scalarStart = start;
    this.lastEndBefore = this.lastEnd;
    this.lastEnd = end;
    if (++this.nodes > this.maxNodes) throw BAIL;
  }

  /** Finds the next content line from the start of a line: skips blank and comment lines. */
  private next(p: number): void {
    const s = this.s;
    const n = this.n;
    for (;;) {
      if (p >= n) {
        this.cpos = n;
        this.ccol = -1;
        return;
      }
      let q = p;
      while (s.charCodeAt(q) === SPACE) q++;
      const c = s.charCodeAt(q);
      if (c === NL) {
        p = q + 1;
        continue;
      }
      if (q >= n) {
        this.cpos = n;
        this.ccol = -1;
        return;
      }
      if (c === HASH) {
        const e = s.indexOf('\n', q);
        p = e < 0 ? n : e + 1;
        continue;
      }
      this.cpos = q;
      this.ccol = q - p;
      if (q === p && (c === DASH || c === 46) && s.charCodeAt(q + 1) === c && s.charCodeAt(q + 2) === c && isBlank(s.charCodeAt(q + 3))) this.ccol = -1;
      return;
    }
  }

  /**
   * After a node on a line: only spaces and a comment may follow (a comment needs a space before
   * it unless `spaced` says one was already there). Moves to the next content line.
   */
  private endOfLine(p: number, spaced: boolean): void {
    const s = this.s;
    const from = p;
    while (s.charCodeAt(p) === SPACE) p++;
    const c = s.charCodeAt(p);
    if (c === HASH) {
      if (p === from && !spaced) throw BAIL;
    } else if (c !== NL && p < this.n) throw BAIL;
    const e = s.indexOf('\n', p);
    this.next(e < 0 ? this.n : e + 1);
  }

  private container(): void {
    if (++this.depth > this.maxNesting) throw BAIL;
    if (++this.nodes > this.maxNodes) throw BAIL;
  }

  /**
   * A node that starts a line (or follows `- `): a sequence, a mapping, or a scalar or flow
   * collection on its own. `parent` is the indentation of the collection holding it.
   */
  private blockNode(pos: number, col: number, parent: number, compact: boolean): unknown {
    const s = this.s;
    const c = s.charCodeAt(pos);
    if (c === DASH && isBlank(s.charCodeAt(pos + 1))) {
      if (!compact) throw BAIL; // `- - x` and `key: - x`
      return this.sequence(pos, col);
    }
    const after = this.readKey(pos);
    if (after >= 0) {
      if (!compact) throw BAIL;
      return this.mapping(pos, col, after);
    }
    return this.inline(pos, parent);
  }

  /** A scalar, flow collection or block scalar on the rest of a line. */
  private inline(pos: number, parent: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(pos);
    if (c === 34 || c === 39) {
      const value = this.quoted(pos);
      this.endOfLine(this.p, false);
      return value;
    }
    if (c === 91 || c === 123) {
      const value = this.flow(pos);
      this.endOfLine(this.p, false);
      return value;
    }
    if (c === 124 || c === 62) return this.blockScalar(pos, parent + 1);
    if (isIndicator(c) || c === 63 || c === DASH || c === COLON) {
      if (isBlank(s.charCodeAt(pos + 1)) || isIndicator(c)) throw BAIL;
    }
    // plain: up to the line end or a comment; `: ` inside means an error or a nested key
    let p = pos;
    let end = pos;
    for (;;) {
      const ch = s.charCodeAt(p);
      if (ch === NL || p >= this.n) break;
      if (ch === COLON && isBlank(s.charCodeAt(p + 1))) throw BAIL;
      if (ch === HASH && s.charCodeAt(p - 1) === SPACE) break;
      p++;
      if (ch !== SPACE) end = p;
    }
    this.scalar(pos, end);
    const e = s.indexOf('\n', p);
    this.next(e < 0 ? this.n : e + 1);
    return resolvePlain(s.slice(pos, end));
  }

  /**
   * Whether a mapping key starts at `pos`: returns the position after its `:` (or -1) and leaves
   * the key's text and offset in keyText / keyStart.
   */
  private readKey(pos: number): number {
    const s = this.s;
    const c = s.charCodeAt(pos);
    let p: number;
    if (c === 34 || c === 39) {
      const text = this.quotedText(pos);
      if (text === undefined) return -1;
      this.keyText = text;
      this.keyStart = pos + 1;
      p = this.p;
      while (s.charCodeAt(p) === SPACE) p++;
      if (s.charCodeAt(p) !== COLON || !isBlank(s.charCodeAt(p + 1))) return -1;
      this.lastEndKey = this.p - 1;
      return p + 1;
    }
    if (isIndicator(c) || ((c === 63 || c === DASH || c === COLON) && isBlank(s.charCodeAt(pos + 1)))) return -1;
    p = pos;
    let end = pos;
    for (;;) {
      const ch = s.charCodeAt(p);
      if (ch === NL || p >= this.n) return -1;
      if (ch === COLON && isBlank(s.charCodeAt(p + 1))) break;
      if (ch === HASH && s.charCodeAt(p - 1) === SPACE) return -1;
      p++;
      if (ch !== SPACE) end = p;
    }
    if (end === pos) return -1;
    this.keyText = scalarKey(resolvePlain(s.slice(pos, end)));
    this.keyStart = pos;
    this.lastEndKey = end;
    return p + 1;
  }

  /** A block mapping whose first key `readKey` just read (`after`: past its colon). */
  private mapping(pos: number, col: number, after: number): Record<string, unknown> {
    this.container();
    const s = this.s;
    const obj: Record<string, unknown> = {};
    const keys: Record<string, number> = {};
    const meta: ContainerMeta = { index: this.index, file: this.file, at: pos, keys };
    setMeta(obj, meta);
    for (;;) {
      if (after < 0) throw BAIL;
      const key = this.keyText;
      const keyOffset = this.keyStart;
      if (key === '<<' || key === '__proto__') throw BAIL;
      this.scalar(keyOffset, this.lastEndKey);
      const p = this.skipSpaces(after);
      const c = s.charCodeAt(p);
      let value: unknown;
      if (this.endsLine(c, p)) {
        this.nextLineAfter(p);
        if (this.ccol > col) value = this.blockNode(this.cpos, this.ccol, col, true);
        else if (this.ccol === col && s.charCodeAt(this.cpos) === DASH && isBlank(s.charCodeAt(this.cpos + 1))) value = this.sequence(this.cpos, col);
        else value = this.empty();
      } else value = this.blockNode(p, p - pos + col, col, false);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        const at = this.index.position(keyOffset);
        this.warnings.push({ message: `duplicate key "${key}"`, line: at.line, column: at.column });
      }
      obj[key] = value; // `__proto__` was left to js-yaml
      keys[key] = keyOffset;
      if (this.ccol < col) break;
      if (this.ccol > col) throw BAIL;
      pos = this.cpos;
      after = this.readKey(pos);
    }
    this.depth--;
    return obj;
  }

  private skipSpaces(p: number): number {
    while (this.s.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** nothing but a comment or the end of the line (or text) from here: the value is on the lines below */
  private endsLine(c: number, p: number): boolean {
    return c === NL || c === HASH || p >= this.n;
  }

  private nextLineAfter(p: number): void {
    const e = this.s.indexOf('\n', p);
    this.next(e < 0 ? this.n : e + 1);
  }

  private sequence(pos: number, col: number): unknown[] {
    this.container();
    const s = this.s;
    const arr: unknown[] = [];
    const items: number[] = [];
    setMeta(arr, { index: this.index, file: this.file, at: pos, items });
    for (;;) {
      const p = this.skipSpaces(pos + 1);
      const c = s.charCodeAt(p);
      let value: unknown;
      if (this.endsLine(c, p)) {
        this.nextLineAfter(p);
        value = this.ccol > col ? this.blockNode(this.cpos, this.ccol, col, true) : this.empty();
      } else {
        if (c === DASH && isBlank(s.charCodeAt(p + 1))) throw BAIL; // `- - x`
        value = this.blockNode(p, p - pos + col, col, true);
      }
      // the event path records a container item at its start and a scalar at its value
      const offset = value !== null && typeof value === 'object' ? metaOf(value as object)!.at : this.scalarStart;
      arr.push(value);
      items.push(offset);
      if (this.ccol < col) break;
      if (this.ccol > col) throw BAIL;
      if (s.charCodeAt(this.cpos) !== DASH || !isBlank(s.charCodeAt(this.cpos + 1))) break;
      pos = this.cpos;
    }
    this.depth--;
    return arr;
  }

  private empty(): null {
    this.scalar(-1, -1);
    return null;
  }

  /** A one-line quoted scalar's text, or undefined when it is not one; `p` ends after the quote. */
  private quotedText(pos: number): string | undefined {
    const s = this.s;
    const q = s.charCodeAt(pos);
    let p = pos + 1;
    let simple = true;
    for (;;) {
      const ch = s.charCodeAt(p);
      if (ch === NL || p >= this.n) return undefined;
      if (ch === q) {
        if (q === 39 && s.charCodeAt(p + 1) === 39) {
          simple = false;
          p += 2;
          continue;
        }
        break;
      }
      if (ch === 92 && q === 34) {
        simple = false;
        const e = s.charCodeAt(p + 1);
        if (isSimpleEscape(e)) p += 2;
        else {
          const len = e === 120 ? 2 : e === 117 ? 4 : e === 85 ? 8 : 0;
          if (!len) return undefined;
          for (let i = 2; i < 2 + len; i++) if (!isHex(s.charCodeAt(p + i))) return undefined;
          p += 2 + len;
        }
        continue;
      }
      p++;
    }
    this.p = p + 1;
    const start = pos + 1;
    if (simple) return s.slice(start, p);
    if (q === 39) return s.slice(start, p).replace(/''/g, "'");
    return getScalarValue(s, scalarEvent(start, p, 3, 1, -1));
  }

  private quoted(pos: number): string {
    const text = this.quotedText(pos);
    if (text === undefined) throw BAIL;
    this.scalar(pos + 1, this.p - 1);
    return text;
  }

  /** A one-line flow collection (`[a, "b"]`, `{a: 1}`); `p` ends after it. */
  private flow(pos: number): unknown {
    this.container();
    const s = this.s;
    const isMap = s.charCodeAt(pos) === 123;
    const close = isMap ? 125 : 93;
    const out: Record<string, unknown> | unknown[] = isMap ? {} : [];
    const keys: Record<string, number> = {};
    const items: number[] = [];
    setMeta(out, isMap ? { index: this.index, file: this.file, at: pos, keys } : { index: this.index, file: this.file, at: pos, items });
    let p = pos + 1;
    for (;;) {
      p = this.flowSpace(p);
      if (s.charCodeAt(p) === close) break;
      if (isMap) {
        const keyOffset = s.charCodeAt(p) === 34 || s.charCodeAt(p) === 39 ? p + 1 : p;
        const key = this.flowNode(p);
        if (key !== null && typeof key === 'object') throw BAIL;
        const name = scalarKey(key);
        if (name === '<<' || name === '__proto__') throw BAIL;
        p = this.flowSpace(this.p);
        if (s.charCodeAt(p) !== COLON) throw BAIL;
        p = this.flowSpace(p + 1);
        const c = s.charCodeAt(p);
        const value = c === 44 || c === close ? this.empty() : this.flowNode(p);
        if (c !== 44 && c !== close) p = this.p;
        const obj = out as Record<string, unknown>;
        if (Object.prototype.hasOwnProperty.call(obj, name)) {
          const at = this.index.position(keyOffset);
          this.warnings.push({ message: `duplicate key "${name}"`, line: at.line, column: at.column });
        }
        setKey(obj, name, value);
        keys[name] = keyOffset;
      } else {
        const c = s.charCodeAt(p);
        const offset = c === 34 || c === 39 ? p + 1 : p;
        (out as unknown[]).push(this.flowNode(p));
        items.push(offset);
        p = this.p;
      }
      p = this.flowSpace(p);
      const c = s.charCodeAt(p);
      if (c === 44) p++;
      else if (c === close) break;
      else throw BAIL; // `:` of a pair in a sequence, a missing comma
    }
    this.p = p + 1;
    this.depth--;
    return out;
  }

  /** Spaces inside a flow collection; a line end or comment there is left to js-yaml. */
  private flowSpace(p: number): number {
    const s = this.s;
    while (s.charCodeAt(p) === SPACE) p++;
    const c = s.charCodeAt(p);
    if (c === NL || c === HASH || p >= this.n) throw BAIL;
    return p;
  }

  private flowNode(pos: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(pos);
    if (c === 34 || c === 39) return this.quoted(pos);
    if (c === 91 || c === 123) return this.flow(pos);
    if (isIndicator(c)) throw BAIL;
    if ((c === 63 || c === DASH || c === COLON) && (isBlank(s.charCodeAt(pos + 1)) || isFlowIndicator(s.charCodeAt(pos + 1)))) throw BAIL;
    let p = pos;
    let end = pos;
    for (;;) {
      const ch = s.charCodeAt(p);
      if (ch === NL || p >= this.n) throw BAIL;
      if (isFlowIndicator(ch)) break;
      if (ch === COLON) {
        const f = s.charCodeAt(p + 1);
        if (isBlank(f) || isFlowIndicator(f)) break;
      }
      if (ch === HASH && s.charCodeAt(p - 1) === SPACE) throw BAIL;
      p++;
      if (ch !== SPACE) end = p;
    }
    this.scalar(pos, end);
    this.p = end;
    return resolvePlain(s.slice(pos, end));
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar, delimited exactly as js-yaml's readBlockScalar
   * delimits it, then decoded by js-yaml itself. `parent` is the indentation the event path
   * passes (the holding collection's plus one).
   */
  private blockScalar(pos: number, parent: number): string {
    const s = this.s;
    const n = this.n;
    const style = s.charCodeAt(pos) === 124 ? 4 : 5;
    let p = pos + 1;
    let chomping = 1;
    let indent = -1;
    let detected = false;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 43 || c === DASH) {
        if (chomping !== 1) throw BAIL;
        chomping = c === 43 ? 3 : 2;
        p++;
      } else if (c >= 49 && c <= 57) {
        if (detected) throw BAIL;
        indent = parent + (c - 48) - 1;
        detected = true;
        p++;
      } else if (c === 48) throw BAIL;
      else break;
    }
    let spaced = false;
    while (s.charCodeAt(p) === SPACE) {
      spaced = true;
      p++;
    }
    if (spaced && s.charCodeAt(p) === HASH) {
      const e = s.indexOf('\n', p);
      p = e < 0 ? n : e;
    }
    if (s.charCodeAt(p) === NL) p++;
    else if (p < n) throw BAIL;
    let contentIndent = detected ? indent : -1;
    let maxLeading = 0;
    const valueStart = p;
    let valueEnd = p;
    while (p < n) {
      const line = p;
      let column = 0;
      while (s.charCodeAt(line + column) === SPACE) column++;
      const at = line + column;
      if (at >= n) {
        if (contentIndent >= 0) {
          if (column > contentIndent) valueEnd = at;
        } else if (column > 0) valueEnd = at;
        p = n;
        break;
      }
      const first = s.charCodeAt(at);
      if (column === 0 && (first === DASH || first === 46) && s.charCodeAt(at + 1) === first && s.charCodeAt(at + 2) === first && isBlank(s.charCodeAt(at + 3))) break;
      const blank = first === NL;
      if (!detected && contentIndent === -1) {
        if (blank) maxLeading = Math.max(maxLeading, column);
        else if (column >= parent && column < maxLeading) throw BAIL;
      }
      if (contentIndent === -1 && !blank && column < parent) break;
      if (!detected && !blank && contentIndent === -1) contentIndent = column;
      const required = contentIndent === -1 ? parent + 1 : contentIndent;
      if (!blank && column < required) break;
      const e = s.indexOf('\n', at);
      p = e < 0 ? n : e + 1;
      valueEnd = p;
    }
    this.scalar(valueStart, valueEnd);
    this.next(p);
    return getScalarValue(s, scalarEvent(valueStart, valueEnd, style, chomping, contentIndent)) as string;
  }
}

function scalarEvent(valueStart: number, valueEnd: number, style: number, chomping: number, indent: number): ScalarEvent {
  return { type: 4, valueStart, valueEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping, indent, fast: false } as ScalarEvent;
}
