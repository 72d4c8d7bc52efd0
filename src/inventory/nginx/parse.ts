/** nginx configuration as a directive tree; every directive keeps its file and line. */
export interface Directive {
  name: string;
  args: string[];
  file: string;
  line: number;
  block?: Directive[];
}

export interface ParseResult {
  directives: Directive[];
  errors: { line: number; message: string }[];
}

type Token = { text: string; line: number; quoted: boolean };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{' || c === '}' || c === ';') {
      out.push({ text: c, line, quoted: false });
      i++;
    } else if (c === '"' || c === "'") {
      const start = line;
      let s = '';
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) {
          s += text[i + 1];
          i += 2;
          continue;
        }
        if (text[i] === '\n') line++;
        s += text[i++];
      }
      i++;
      out.push({ text: s, line: start, quoted: true });
    } else {
      let s = '';
      // `${var}` keeps its braces; a bare `{` ends the word
      while (i < text.length && !/[\s;#]/.test(text[i]) && !(text[i] === '{' && text[i - 1] !== '$') && !(text[i] === '}' && !s.includes('${'))) s += text[i++];
      out.push({ text: s, line, quoted: false });
    }
  }
  return out;
}

export function parseNginx(text: string, file: string): ParseResult {
  const tokens = tokenize(text);
  const errors: ParseResult['errors'] = [];
  let pos = 0;
  const parseBlock = (depth: number, openLine: number): Directive[] => {
    const list: Directive[] = [];
    let args: Token[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++];
      if (!t.quoted && t.text === '}') {
        if (args.length) errors.push({ line: args[0].line, message: `directive "${args[0].text}" is not terminated by ";"` });
        if (depth === 0) errors.push({ line: t.line, message: 'unexpected "}"' });
        else return list;
        args = [];
        continue;
      }
      if (!t.quoted && t.text === ';') {
        if (args.length) list.push({ name: args[0].text, args: args.slice(1).map((a) => a.text), file, line: args[0].line });
        args = [];
        continue;
      }
      if (!t.quoted && t.text === '{') {
        const head = args[0] ?? { text: '', line: t.line };
        const d: Directive = { name: head.text, args: args.slice(1).map((a) => a.text), file, line: head.line };
        if (/_by_lua_block$/.test(head.text)) skipBlock();
        else d.block = parseBlock(depth + 1, t.line);
        list.push(d);
        args = [];
        continue;
      }
      args.push(t);
    }
    if (depth > 0) errors.push({ line: openLine, message: 'block opened here is never closed ("}" missing)' });
    if (args.length) errors.push({ line: args[0].line, message: `directive "${args[0].text}" is not terminated by ";"` });
    return list;
  };
  const skipBlock = () => {
    let depth = 1;
    while (pos < tokens.length && depth > 0) {
      const t = tokens[pos++];
      if (!t.quoted && t.text === '{') depth++;
      else if (!t.quoted && t.text === '}') depth--;
    }
  };
  const directives = parseBlock(0, 1);
  return { directives, errors };
}
