/**
 * The commands that start the application, read from other collectors' results (Dockerfile
 * CMD/ENTRYPOINT of each final stage, compose `command`/`entrypoint`). Read as unknown and
 * narrowed, so a change of shape there costs hints, never a crash.
 */
export interface StartCommand {
  text: string;
  file: string;
  line: number;
  /** directory the command's relative paths most likely start from */
  dir: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

export function startCommands(earlier: Record<string, unknown>): StartCommand[] {
  const out: StartCommand[] = [];
  const dockerfiles = earlier.dockerfiles;
  if (isRec(dockerfiles)) {
    for (const d of arr(dockerfiles.files)) {
      if (!isRec(d)) continue;
      const file = str(d.file);
      const stages = arr(d.stages).filter(isRec);
      const final = stages[stages.length - 1];
      if (!file || !final) continue;
      const parts = [final.entrypoint, final.cmd].filter(isRec);
      const line = num(parts[parts.length - 1]?.line);
      const text = parts.map((p) => str(p.value) ?? '').join(' ').trim();
      if (text && line) out.push({ text: unjson(text), file, line, dir: dirOf(file) });
    }
  }
  const compose = earlier.compose;
  if (isRec(compose)) {
    for (const p of arr(compose.projects)) {
      if (!isRec(p)) continue;
      for (const s of arr(p.services)) {
        if (!isRec(s)) continue;
        const text = [str(s.entrypoint), str(s.command)].filter(Boolean).join(' ');
        const file = str(s.file);
        const line = num(s.line);
        const build = isRec(s.build) ? str(s.build.context) : undefined;
        if (text && file && line) out.push({ text, file, line, dir: build ? build.replace(/^\.\/?/, '').replace(/\/$/, '') : dirOf(file) });
      }
    }
  }
  return out;
}

/** `["uvicorn", "main:app"]` -> `uvicorn main:app` */
function unjson(text: string): string {
  if (!text.startsWith('[')) return text;
  try {
    const v: unknown = JSON.parse(text);
    if (Array.isArray(v)) return v.map(String).join(' ');
  } catch {
    /* not JSON after all */
  }
  return text;
}
