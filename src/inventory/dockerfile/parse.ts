/**
 * Dockerfile tokenizer, following BuildKit's reading rules: parser directives at the very top
 * (`# syntax=`, `# escape=`, `# check=`), line continuations with the escape character,
 * comment and blank lines inside continued instructions, exec (JSON) and shell forms, leading
 * `--flag=value` options, and heredocs (`RUN <<EOF`, several on one line, `<<-` stripping tabs,
 * quoted names). Each instruction keeps the physical line it starts on; problems are returned
 * as errors with their line instead of being thrown.
 */
export interface Instruction {
  /** upper-cased keyword */
  keyword: string;
  /** arguments after the flags, as written (continuations joined with a space, heredoc bodies excluded) */
  args: string;
  /** the exec form's array, when the arguments are a JSON array of strings */
  json?: string[];
  /** leading `--name=value` options (the last one wins; see flagList for repeated ones) */
  flags: Record<string, string>;
  flagList: { name: string; value: string }[];
  heredocs: Heredoc[];
  line: number;
  /** last physical line, heredoc terminators included */
  endLine: number;
}

export interface Heredoc {
  name: string;
  body: string;
  /** line of the first body line */
  line: number;
}

export interface ParsedDockerfile {
  instructions: Instruction[];
  escape: string;
  directives: { name: string; value: string; line: number }[];
  errors: { line: number; message: string }[];
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
// `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`, but not a here-string `<<<`
const HEREDOC_RE = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const FLAG_RE = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(\S*))?(?:\s+|$)/;

export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = text.split(/\r?\n/);
  const errors: ParsedDockerfile['errors'] = [];
  const directives: ParsedDockerfile['directives'] = [];
  let escape = '\\';
  let i = 0;
  // directives end at the first line that is not one (a blank line or any other comment included)
  for (; i < lines.length; i++) {
    const m = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(lines[i]);
    if (!m || !KNOWN_DIRECTIVES.has(m[1].toLowerCase())) break;
    const name = m[1].toLowerCase();
    if (directives.some((d) => d.name === name)) {
      errors.push({ line: i + 1, message: `parser directive "${name}" given twice` });
      break;
    }
    directives.push({ name, value: m[2], line: i + 1 });
    if (name === 'escape') {
      if (m[2] === '`' || m[2] === '\\') escape = m[2];
      else errors.push({ line: i + 1, message: `invalid escape character "${m[2]}": must be \\ or \`` });
    }
  }

  const out: Instruction[] = [];
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
    // join continuations; comment and empty lines inside a continued instruction are dropped
    for (;;) {
      const t = line.replace(/\s+$/, '');
      if (t.endsWith(escape)) {
        body += t.slice(0, -1) + ' ';
        i++;
        while (i < lines.length && /^\s*(#|$)/.test(lines[i])) i++;
        if (i >= lines.length) break; // a continuation on the last line ends the instruction
        line = lines[i];
        continue;
      }
      body += line;
      break;
    }
    i++;
    const m = /^\s*([A-Za-z]+)(?:\s+(.*))?$/s.exec(body);
    if (!m) {
      errors.push({ line: start, message: `cannot read this line as an instruction: ${trimmed.slice(0, 60)}` });
      continue;
    }
    const keyword = m[1].toUpperCase();
    let args = (m[2] ?? '').trim();

    const heredocs: Heredoc[] = [];
    if (HEREDOC_KEYWORDS.has(keyword) && args.includes('<<')) {
      for (const h of args.matchAll(HEREDOC_RE)) {
        const strip = h[1] === '-';
        const name = h[3];
        const bodyLine = i + 1;
        const bodyLines: string[] = [];
        let closed = false;
        while (i < lines.length) {
          const l = strip ? lines[i].replace(/^\t+/, '') : lines[i];
          i++;
          if (l === name || l.trimEnd() === name) {
            closed = true;
            break;
          }
          bodyLines.push(l);
        }
        if (!closed) errors.push({ line: start, message: `heredoc <<${name} is never closed: "${name}" not found before the end of the file` });
        heredocs.push({ name, body: bodyLines.join('\n'), line: bodyLine });
      }
    }

    const flags: Record<string, string> = {};
    const flagList: Instruction['flagList'] = [];
    for (let f = FLAG_RE.exec(args); f; f = FLAG_RE.exec(args)) {
      const value = f[2] ?? 'true';
      flags[f[1]] = value;
      flagList.push({ name: f[1], value });
      args = args.slice(f[0].length);
    }

    let json: string[] | undefined;
    if (args.startsWith('[')) {
      try {
        const v: unknown = JSON.parse(args);
        if (Array.isArray(v) && v.every((x) => typeof x === 'string')) json = v as string[];
      } catch {
        // BuildKit runs it as a shell command; usually a quoting mistake worth a look
        if (keyword === 'CMD' || keyword === 'ENTRYPOINT' || keyword === 'RUN' || keyword === 'SHELL') {
          errors.push({ line: start, message: `${keyword} looks like the exec form but is not valid JSON (use double quotes); it will run through a shell` });
        }
      }
    }
    out.push({ keyword, args, json, flags, flagList, heredocs, line: start, endLine: i });
  }
  return { instructions: out, escape, directives, errors };
}
