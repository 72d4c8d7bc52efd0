/**
 * Log shipper, log store and tracing pipeline configurations: Fluent Bit, Fluentd, Vector,
 * Filebeat, Logstash, Promtail, Loki, OpenTelemetry Collector, Tempo. Each reader only picks out
 * where data goes (outputs, sinks, clients, exporters) with the line, never credentials.
 */
import { yamlLine } from '../../yaml/load.js';
import type { FileEntry } from '../../source/types.js';
import type { LogShipper, TracingSetup } from './types.js';
import { isObj, list, str, type Obj } from '../values.js';

const TEXT_CONFIGS = new Map<string, 'fluent-bit' | 'fluentd' | 'vector' | 'logstash'>([
  ['fluent-bit.conf', 'fluent-bit'], ['fluentbit.conf', 'fluent-bit'], ['td-agent-bit.conf', 'fluent-bit'],
  ['fluent.conf', 'fluentd'], ['fluentd.conf', 'fluentd'], ['td-agent.conf', 'fluentd'],
  ['vector.toml', 'vector'],
  ['logstash.conf', 'logstash'],
]);

/** Non-YAML shipper configs, by name (or a .conf inside a fluentd, fluent-bit or logstash folder). */
export function textConfigKind(f: FileEntry): 'fluent-bit' | 'fluentd' | 'vector' | 'logstash' | undefined {
  const byName = TEXT_CONFIGS.get(f.name);
  if (byName) return byName;
  if (f.ext !== '.conf' && f.ext !== '.toml') return undefined;
  const dir = f.dir.toLowerCase();
  if (f.ext === '.toml') return dir.includes('vector') ? 'vector' : undefined;
  if (dir.includes('fluent-bit') || dir.includes('fluentbit')) return 'fluent-bit';
  if (dir.includes('fluent')) return 'fluentd';
  if (dir.includes('logstash')) return 'logstash';
  return undefined;
}

/** Reads a text config line by line (they are small): outputs with the line they start on. */
export function readTextConfig(kind: 'fluent-bit' | 'fluentd' | 'vector' | 'logstash', text: string, file: string): LogShipper | undefined {
  const lines = text.split('\n');
  const dest: string[] = [];
  let first = 0;
  const hit = (name: string, i: number) => {
    if (!dest.includes(name)) dest.push(name);
    if (!first) first = i + 1;
  };
  if (kind === 'fluent-bit') {
    let inOutput = false;
    lines.forEach((l, i) => {
      const t = l.trim();
      if (t.startsWith('[')) inOutput = /^\[OUTPUT\]/i.test(t);
      else if (inOutput) {
        const m = /^name\s+(\S+)/i.exec(t);
        if (m) hit(m[1].toLowerCase(), i);
      }
    });
  } else if (kind === 'fluentd') {
    let inMatch = false;
    lines.forEach((l, i) => {
      const t = l.trim();
      if (/^<match\b/i.test(t)) inMatch = true;
      else if (/^<\/match>/i.test(t)) inMatch = false;
      else if (inMatch) {
        const m = /^@type\s+(\S+)/.exec(t);
        if (m && m[1] !== 'copy') hit(m[1].toLowerCase(), i);
      }
    });
  } else if (kind === 'vector') {
    let inSink = false;
    lines.forEach((l, i) => {
      const t = l.trim();
      if (t.startsWith('[')) inSink = /^\[sinks\./.test(t);
      else if (inSink) {
        const m = /^type\s*=\s*["']([\w-]+)["']/.exec(t);
        if (m) hit(m[1], i);
      }
    });
  } else {
    // logstash: plugin blocks inside `output { ... }`
    let depth = 0;
    let inOutput = false;
    lines.forEach((l, i) => {
      const t = l.replace(/#.*/, '').trim();
      if (!inOutput && /^output\s*\{/.test(t)) {
        inOutput = true;
        depth = 1;
        return;
      }
      if (!inOutput) return;
      const m = /^([\w-]+)\s*\{/.exec(t);
      if (m && depth === 1 && m[1] !== 'if' && m[1] !== 'else') hit(m[1], i);
      depth += (t.match(/\{/g) ?? []).length - (t.match(/\}/g) ?? []).length;
      if (depth <= 0) inOutput = false;
    });
  }
  return { via: 'config', tool: kind, destinations: dest, file, line: first || 1 };
}

/** YAML configs of shippers, stores and collectors; whatever a document is, at most one of each. */
export function readYamlPipeline(v: Obj, file: string, line: number, shippers: LogShipper[], tracing: TracingSetup[]): boolean {
  // Promtail / Grafana Agent static: clients to push to
  if (Array.isArray(v.clients) && (Array.isArray(v.scrape_configs) || isObj(v.positions))) {
    const urls = list(v.clients).flatMap((c) => (isObj(c) && c.url !== undefined ? [String(c.url)] : []));
    shippers.push({ via: 'config', tool: 'promtail', destinations: urls, file, line: yamlLine(v, 'clients') || line });
    return true;
  }
  // Loki server config
  if (isObj(v.schema_config) || (isObj(v.common) && isObj(v.common.storage)) || (isObj(v.ingester) && isObj(v.storage_config))) {
    const stores = list(isObj(v.schema_config) ? v.schema_config.configs : []).flatMap((c) => (isObj(c) && c.object_store !== undefined ? [String(c.object_store)] : []));
    shippers.push({ via: 'config', tool: 'loki', destinations: [...new Set(stores)], file, line: yamlLine(v, 'schema_config') || line });
    return true;
  }
  // Filebeat: `output.elasticsearch:` (dotted keys) or `output: {logstash: ...}`
  const filebeatOut = Object.keys(v).filter((k) => k.startsWith('output.')).map((k) => k.slice(7));
  if (filebeatOut.length || (('filebeat.inputs' in v || isObj(v.filebeat)) && isObj(v.output))) {
    const dest = filebeatOut.length ? filebeatOut : Object.keys(v.output as Obj);
    const key = filebeatOut.length ? `output.${filebeatOut[0]}` : 'output';
    shippers.push({ via: 'config', tool: 'filebeat', destinations: dest, file, line: yamlLine(v, key) || line });
    return true;
  }
  // Vector YAML: sinks by type
  if (isObj(v.sinks) && (isObj(v.sources) || isObj(v.transforms))) {
    const sinks = v.sinks;
    const dest = Object.values(sinks).flatMap((s) => (isObj(s) && s.type !== undefined ? [String(s.type)] : []));
    shippers.push({ via: 'config', tool: 'vector', destinations: [...new Set(dest)], file, line: yamlLine(v, 'sinks') || line });
    return true;
  }
  // Fluent Bit YAML
  if (isObj(v.pipeline) && Array.isArray(v.pipeline.outputs)) {
    const dest = v.pipeline.outputs.flatMap((o) => (isObj(o) && o.name !== undefined ? [String(o.name).toLowerCase()] : []));
    shippers.push({ via: 'config', tool: 'fluent-bit', destinations: [...new Set(dest)], file, line: yamlLine(v.pipeline, 'outputs') || line });
    return true;
  }
  // OpenTelemetry Collector: receivers, exporters and the pipelines that join them
  if (isObj(v.receivers) && isObj(v.exporters) && isObj(v.service)) {
    const pipelines = isObj(v.service.pipelines) ? v.service.pipelines : {};
    const setup: TracingSetup = { via: 'config', tool: 'otel-collector', receivers: Object.keys(v.receivers), exporters: Object.keys(v.exporters), file, line: yamlLine(v, 'receivers') || line };
    tracing.push(setup);
    for (const [name, p] of Object.entries(pipelines)) {
      if (!name.startsWith('logs') || !isObj(p)) continue;
      shippers.push({ via: 'config', tool: 'otel-collector', destinations: list(p.exporters).map(String), file, line: yamlLine(pipelines, name) || line });
    }
    return true;
  }
  // Tempo server config
  if (isObj(v.distributor) && isObj(v.storage) && isObj(v.storage.trace)) {
    tracing.push({ via: 'config', tool: 'tempo', receivers: isObj(v.distributor.receivers) ? Object.keys(v.distributor.receivers) : [], exporters: [str(v.storage.trace.backend) ?? ''].filter(Boolean), file, line: yamlLine(v, 'distributor') || line });
    return true;
  }
  return false;
}
