import { globToRegExp, resolveRuleGlob } from '../../../src/inventory/monitoring/glob.js';
import { metricNames } from '../../../src/inventory/monitoring/grafana.js';
import { readTextConfig } from '../../../src/inventory/monitoring/shippers.js';

describe('monitoring parsers', () => {
  it('matches globs like Prometheus does', () => {
    expect(globToRegExp('rules/*.yml').test('rules/a.yml')).toBe(true);
    expect(globToRegExp('rules/*.yml').test('rules/x/a.yml')).toBe(false);
    expect(globToRegExp('rules/**/*.yml').test('rules/a.yml')).toBe(true);
    expect(globToRegExp('rules/**/*.yml').test('rules/x/y/a.yml')).toBe(true);
    const files = ['monitoring/rules/a.yml', 'monitoring/rules/b.yaml', 'other/rules/c.yml'];
    expect(resolveRuleGlob('rules/*.yml', 'monitoring', files)).toEqual(['monitoring/rules/a.yml']);
    expect(resolveRuleGlob('/etc/prometheus/rules/*.y*ml', 'monitoring', files)).toEqual(['monitoring/rules/a.yml', 'monitoring/rules/b.yaml']);
    expect(resolveRuleGlob('/etc/x/*.yml', 'monitoring', files, [{ source: 'other/rules', target: '/etc/x' }])).toEqual(['other/rules/c.yml']);
  });

  it('reads metric names out of PromQL, not functions, labels or recording rules', () => {
    expect(metricNames('sum by (status_code) (rate(http_requests_total{job="api", path=~"/a_b"}[5m])) / ignoring(le) app_orders_total offset 1h').sort()).toEqual(['app_orders_total', 'http_requests_total']);
    expect(metricNames('histogram_quantile(0.9, sum(rate(job:latency_bucket:rate5m[$__rate_interval])) by (le))')).toEqual([]);
  });

  it('reads outputs of Fluentd, Vector and Logstash text configs with the line', () => {
    expect(readTextConfig('fluentd', '<source>\n  @type forward\n</source>\n<match app.**>\n  @type elasticsearch\n</match>\n', 'fluent.conf')).toEqual({ via: 'config', tool: 'fluentd', destinations: ['elasticsearch'], file: 'fluent.conf', line: 5 });
    expect(readTextConfig('vector', '[sources.docker]\ntype = "docker_logs"\n\n[sinks.out]\ntype = "loki"\ninputs = ["docker"]\n', 'vector.toml')).toMatchObject({ destinations: ['loki'], line: 5 });
    expect(readTextConfig('logstash', 'input { beats { port => 5044 } }\noutput {\n  elasticsearch { hosts => ["es:9200"] }\n}\n', 'logstash.conf')).toMatchObject({ destinations: ['elasticsearch'], line: 3 });
  });
});
