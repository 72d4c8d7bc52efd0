import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/config/index.js';

describe('the README', () => {
  it("Configuration section's full example is a valid configuration", () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    const r = parseConfig(example, '.github/readiness.yml');
    expect(r.errors).toEqual([]);
    expect(r.config!.apps.map((a) => [a.name, a.path, a.preset, a.checklist.items.has('no-latest-images'), a.checklist.items.has('service-mesh')])).toEqual([
      ['api', 'services/api', 'insitechart', true, false],
      ['web', 'services/web', 'kubernetes-service', true, false],
    ]);
  });
});
