/**
 * Dockerfile tokenizer: parser directives (`# escape=`), line continuations, comments inside
 * continued instructions, exec (JSON) and shell forms, and heredocs (`RUN <<EOF`, several per
 * line, `<<-` stripping tabs). Each instruction keeps the line it starts on.
 */
export interface Instruction {
  keyword: string;
  /** arguments as written (continuations joined with a space, heredoc bodies excluded) */
  args: string;
  /** the exec form's array, when the arguments are a JSON array */
  json?: string[];
  flags: Record<string, string>;
  heredocs: { name: string; body: string }[];
  line: number;
}

export function parseDockerfile(text: string): { instructions: Instruction[]; escape: string } {
  const lines = text.split(/\r?\n/);
  let escape = '\\';
  // parser directives: only at the very top, before any instruction or other comment
  for (const l of lines) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l);
    if (!m) break;
    if (m[1].toLowerCase() === 'escape') escape = m[2];
  }
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) {
      i++;
      continue;
    }
    const start = i + 1;
    let body = '';
    let line = raw;
    // join continuations; comment lines inside a continued instruction are dropped
    while (true) {
      const t = line.replace(/\s+$/, '');
      if (t.endsWith(escape) && i + 1 < lines.length) {
        body += t.slice(0, -escape.length) + ' ';
        i++;
        while (i < lines.length && /^\s*#/.test(lines[i])) i++;
        line = lines[i] ?? '';
        continue;
      }
      body += line;
      break;
    }
    i++;
    const m = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(body);
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    let args = m[2].trim();
    const heredocs: { name: string; body: string }[] = [];
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      for (const h of args.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
        const strip = h[1] === '-';
        const name = h[3];
        const bodyLines: string[] = [];
        while (i < lines.length && (strip ? lines[i].replace(/^\t+/, '') : lines[i]) !== name) {
          bodyLines.push(strip ? lines[i].replace(/^\t+/, '') : lines[i]);
          i++;
        }
        i++; // the terminator
        heredocs.push({ name, body: bodyLines.join('\n') });
      }
    }
    const flags: Record<string, string> = {};
    while (true) {
      const f = /^--([a-zA-Z-]+)(?:=(\S*))?\s*/.exec(args);
      if (!f) break;
      flags[f[1]] = f[2] ?? 'true';
      args = args.slice(f[0].length);
    }
    let json: string[] | undefined;
    if (args.startsWith('[')) {
      try {
        const v = JSON.parse(args) as unknown;
        if (Array.isArray(v) && v.every((x) => typeof x === 'string')) json = v as string[];
      } catch {
        /* shell form that happens to start with [ */
      }
    }
    out.push({ keyword, args, json, flags, heredocs, line: start });
  }
  return { instructions: out, escape };
}
