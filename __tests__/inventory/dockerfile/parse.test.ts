import { parseDockerfile } from '../../../src/inventory/dockerfile/parse.js';
import { keyValues, splitWords, substitute } from '../../../src/inventory/dockerfile/words.js';
import { launchFacts, redactCommand, runFindings } from '../../../src/inventory/dockerfile/commands.js';

describe('Dockerfile tokenizer', () => {
  it('joins continuations, drops comment and blank lines inside them and keeps the first line', () => {
    const { instructions } = parseDockerfile('FROM a\nRUN one \\\n  # note\n\n  two\nCMD ["x", \\\n "y"]\n');
    expect(instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([['FROM', 1, 1], ['RUN', 2, 5], ['CMD', 6, 7]]);
    expect(instructions[1].args).toBe('one    two');
    expect(instructions[2].json).toEqual(['x', 'y']);
  });

  it('reads CRLF files and a continuation on the last line', () => {
    const { instructions, errors } = parseDockerfile('FROM a\r\nRUN x \\\r\n');
    expect(errors).toEqual([]);
    expect(instructions.map((i) => [i.keyword, i.args])).toEqual([['FROM', 'a'], ['RUN', 'x']]);
  });

  it('reads heredocs: several on one line, <<- and quoted names, not here-strings', () => {
    const { instructions } = parseDockerfile('FROM a\nRUN <<A cat - <<"B"\nx\nA\ny\nB\nCOPY <<-EOF /etc/x\n\tindented\n\tEOF\nRUN cat <<<"word"\nUSER app\n');
    expect(instructions[1].heredocs).toEqual([{ name: 'A', body: 'x', line: 3 }, { name: 'B', body: 'y', line: 5 }]);
    expect(instructions[2].heredocs).toEqual([{ name: 'EOF', body: 'indented', line: 8 }]);
    expect(instructions[3].heredocs).toEqual([]);
    expect(instructions[4]).toMatchObject({ keyword: 'USER', line: 11 });
  });

  it('reports a heredoc that is never closed', () => {
    const { errors } = parseDockerfile('FROM a\nRUN <<EOF\necho hi\n');
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining('never closed') }]);
  });

  it('reads parser directives only at the top, and the backtick escape', () => {
    const r = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\n\n# escape=\\\nFROM a\nRUN x `\n  y\nCOPY dist\\ C:\\app\\\nUSER u\n');
    expect(r.escape).toBe('`');
    expect(r.directives).toEqual([{ name: 'syntax', value: 'docker/dockerfile:1', line: 1 }, { name: 'escape', value: '`', line: 2 }]);
    expect(r.instructions.map((i) => [i.keyword, i.line])).toEqual([['FROM', 5], ['RUN', 6], ['COPY', 8], ['USER', 9]]);
  });

  it('reads leading flags, keeping repeated ones', () => {
    const [, run] = parseDockerfile('FROM a\nRUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=t --network=none make\n').instructions;
    expect(run.args).toBe('make');
    expect(run.flags.network).toBe('none');
    expect(run.flagList.filter((f) => f.name === 'mount').map((f) => f.value)).toEqual(['type=cache,target=/root/.cache', 'type=secret,id=t']);
  });

  it('flags an exec form that is not JSON', () => {
    const r = parseDockerfile("FROM a\nCMD ['run']\n");
    expect(r.instructions[1].json).toBeUndefined();
    expect(r.errors[0]).toMatchObject({ line: 2 });
  });
});

describe('Dockerfile words', () => {
  it('splits words with quotes and escapes', () => {
    expect(splitWords(`a "b c" 'd e' f\\ g`)).toEqual(['a', 'b c', 'd e', 'f g']);
    expect(keyValues('A=1 B="x y" C')).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: 'x y' }, { name: 'C' }]);
    expect(keyValues('LEGACY some value', '\\', true)).toEqual([{ name: 'LEGACY', value: 'some value' }]);
  });

  it('substitutes variables with defaults and lists unresolved ones', () => {
    const vars = new Map<string, string | undefined>([['V', '3.12'], ['EMPTY', ''], ['NOVALUE', undefined]]);
    expect(substitute('python:${V}-slim', vars)).toEqual({ value: 'python:3.12-slim', unresolved: [] });
    expect(substitute('${EMPTY:-x}${EMPTY-y}${V:+set}$V', vars).value).toBe('xset3.12');
    expect(substitute('img:${NOVALUE}-${MISSING:-d}', vars)).toEqual({ value: 'img:${NOVALUE}-d', unresolved: ['NOVALUE'] });
  });
});

describe('Dockerfile commands', () => {
  it.each([
    ['uvicorn app:app --host 0.0.0.0 --reload', '--reload'],
    ['flask --app api run --host=0.0.0.0', 'flask run'],
    ['python manage.py runserver 0.0.0.0:8000', 'manage.py runserver'],
    ['npm run dev', 'npm run dev'],
    ['pnpm dev', 'yarn dev'],
    ['npx next dev -p 3000', 'next dev'],
    ['nodemon src/index.js', 'nodemon'],
    ['ng serve --host 0.0.0.0', 'ng serve'],
  ])('%s is a dev server', (cmd, what) => {
    expect(launchFacts(cmd, cmd.split(' ')).devServer).toBe(what);
  });

  it.each(['gunicorn -w 4 app:app', 'node dist/server.js', 'npm start', 'vite build', 'next start'])('%s is not', (cmd) => {
    expect(launchFacts(cmd, cmd.split(' ')).devServer).toBeUndefined();
  });

  it('names the program and notices idling and streamlit options', () => {
    expect(launchFacts('python -m uvicorn app:app', ['python', '-m', 'uvicorn', 'app:app']).program).toBe('uvicorn');
    expect(launchFacts('sleep infinity', ['sleep', 'infinity']).idle).toBe(true);
    expect(launchFacts('streamlit run app.py', []).notes).toEqual(['streamlit without --server.headless true']);
    expect(launchFacts('streamlit run app.py --server.headless true', []).notes).toEqual([]);
  });

  it('finds the RUN habits worth reporting', () => {
    expect(runFindings('apt-get update && apt-get install -y curl', [])).toEqual(['apt-recommends', 'apt-lists-kept']);
    expect(runFindings('apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', [])).toEqual([]);
    expect(runFindings('apt-get install -y --no-install-recommends curl', ['/var/cache/apt', '/var/lib/apt'])).toEqual([]);
    expect(runFindings('apk add curl', [])).toEqual(['apk-cache-kept']);
    expect(runFindings('curl -fsSL https://get.example.com | sudo bash', [])).toEqual(['pipe-to-shell', 'sudo']);
  });

  it('masks secrets in RUN text and cuts long scripts', () => {
    const s = redactCommand('API_TOKEN=abc123 curl -H "Authorization: Bearer abcdefghijkl" https://u:pw@h/x && login --password hunter2');
    expect(s).not.toMatch(/abc123|abcdefghijkl|:pw@|hunter2/);
    expect(redactCommand('x'.repeat(500)).length).toBeLessThan(310);
  });
});
