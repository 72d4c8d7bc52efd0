import { parseNginx } from '../../../src/inventory/nginx/parse.js';
import { IncludeResolver } from '../../../src/inventory/nginx/include.js';
import { parseTarget, splitHostPort } from '../../../src/inventory/nginx/upstream.js';
import { fileEntry } from '../../../src/source/types.js';

describe('nginx parser', () => {
  it('builds the directive tree with quotes, comments, lines and columns', () => {
    const r = parseNginx('# c\nhttp {\n  add_header X-A "a b; c" always; # note\n  server { listen 80; }\n}\n', 'n.conf');
    expect(r.errors).toEqual([]);
    const http = r.directives[0];
    expect(http.block![0]).toEqual({ name: 'add_header', args: ['X-A', 'a b; c', 'always'], file: 'n.conf', line: 3, column: 3 });
    expect(http.block![1]).toMatchObject({ name: 'server', line: 4, column: 3, block: [{ name: 'listen', args: ['80'], line: 4, column: 12 }] });
  });

  it('keeps ${VAR}, $var, regex backslashes and escaped quotes', () => {
    const r = parseNginx('listen ${PORT};\nlocation ~* \\.(css|js)$ { return 200 "say \\"hi\\""; }\nset $a \'x y\';\n', 't.conf');
    expect(r.errors).toEqual([]);
    expect(r.directives.map((d) => [d.name, d.args])).toEqual([
      ['listen', ['${PORT}']],
      ['location', ['~*', '\\.(css|js)$']],
      ['set', ['$a', 'x y']],
    ]);
    expect(r.directives[1].block![0].args).toEqual(['200', 'say "hi"']);
  });

  it('skips Lua blocks whatever their braces, strings and comments hold', () => {
    const text = 'server {\n  location /x {\n    content_by_lua_block {\n      -- } don\'t\n      local s = "}{"\n      local t = [[ } ]]\n      if a then b() end\n    }\n  }\n  listen 81;\n}\n';
    const r = parseNginx(text, 'l.conf');
    expect(r.errors).toEqual([]);
    expect(r.directives[0].block!.map((d) => [d.name, d.line])).toEqual([['location', 2], ['listen', 10]]);
  });

  it('reports unclosed blocks, stray braces, missing semicolons and open quotes with lines', () => {
    expect(parseNginx('http {\n  server {\n    listen 80;\n', 'a').errors.map((e) => e.line)).toEqual([2, 1]);
    expect(parseNginx('listen 80;\n}\n', 'b').errors).toEqual([{ line: 2, column: 1, message: 'unexpected "}"' }]);
    expect(parseNginx('server { listen 80 }\n', 'c').errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('"listen" is not terminated') });
    expect(parseNginx('add_header X "open;\n', 'd').errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('unterminated') });
  });
});

describe('nginx includes and targets', () => {
  const files = ['deploy/nginx/nginx.conf', 'deploy/nginx/conf.d/a.conf', 'deploy/nginx/conf.d/b.conf', 'deploy/nginx/conf.d/.hidden.conf', 'other/conf.d/a.conf', 'deploy/nginx/snippets/ssl.conf'].map((p) => fileEntry(p, 1));
  const r = new IncludeResolver(files, files.map((f) => f.path));
  it('resolves relative globs against the conf root and the including file', () => {
    expect(r.resolve('conf.d/*.conf', 'deploy/nginx/nginx.conf', 'deploy/nginx')).toEqual(['deploy/nginx/conf.d/a.conf', 'deploy/nginx/conf.d/b.conf']);
    expect(r.resolve('snippets/ssl.conf', 'deploy/nginx/conf.d/a.conf', 'deploy/nginx')).toEqual(['deploy/nginx/snippets/ssl.conf']);
    expect(r.resolve('../snippets/ssl.conf', 'deploy/nginx/conf.d/a.conf', 'deploy/nginx/conf.d')).toEqual(['deploy/nginx/snippets/ssl.conf']);
  });
  it('maps image paths into the repository and keeps files outside it out', () => {
    expect(r.resolve('/etc/nginx/conf.d/*.conf', 'deploy/nginx/nginx.conf', 'deploy/nginx')).toEqual(['deploy/nginx/conf.d/a.conf', 'deploy/nginx/conf.d/b.conf']);
    expect(r.resolve('/etc/nginx/mime.types', 'deploy/nginx/nginx.conf', 'deploy/nginx')).toEqual([]);
    expect(r.resolve('../../../../etc/passwd', 'deploy/nginx/nginx.conf', 'deploy/nginx')).toEqual([]);
  });
  it('splits proxy targets', () => {
    expect(parseTarget('http://backend:8000/api/')).toEqual({ scheme: 'http', host: 'backend', port: '8000' });
    expect(parseTarget('grpc://svc:50051')).toEqual({ scheme: 'grpc', host: 'svc', port: '50051' });
    expect(parseTarget('php:9000')).toEqual({ host: 'php', port: '9000' });
    expect(parseTarget('http://unix:/run/app.sock:/x')).toEqual({ scheme: 'http', host: 'unix:/run/app.sock' });
    expect(splitHostPort('[::1]:9000')).toEqual({ host: '::1', port: '9000' });
  });
});
