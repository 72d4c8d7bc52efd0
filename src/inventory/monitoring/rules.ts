/** Prometheus rule groups (rule files and PrometheusRule resources): alerting and recording rules. */
import { yamlLine } from '../../yaml/load.js';
import type { AlertRule, RecordingRule } from './types.js';
import { isObj, list, str, strMap, type Obj } from '../values.js';

export interface RuleScan {
  alerts: AlertRule[];
  records: RecordingRule[];
}

/** A document is a rule file when it has `groups:` whose members hold `rules:`. */
export function isRuleFile(v: Obj): boolean {
  return Array.isArray(v.groups) && v.groups.some((g) => isObj(g) && Array.isArray(g.rules));
}

export function readRuleGroups(groupsOwner: Obj, file: string, source: AlertRule['source'], out: RuleScan): void {
  for (const g of list(groupsOwner.groups)) {
    if (!isObj(g)) continue;
    const group = str(g.name) ?? '';
    const rules = list(g.rules);
    rules.forEach((r, i) => {
      if (!isObj(r)) return;
      const line = yamlLine(rules, i);
      if (r.record !== undefined) {
        out.records.push({ name: String(r.record), group, expr: str(r.expr) ?? '', file, line });
        return;
      }
      if (r.alert === undefined) return;
      const labels = strMap(r.labels);
      const ann = strMap(r.annotations);
      const rule: AlertRule = { name: String(r.alert), group, expr: str(r.expr) ?? '', labels, file, line: yamlLine(r, 'alert') || line, loaded: source === 'prometheus-rule', source };
      if (r.for !== undefined) rule.for = str(r.for);
      if (labels.severity !== undefined) rule.severity = labels.severity;
      if (ann.summary !== undefined) rule.summary = ann.summary;
      if (ann.description !== undefined) rule.description = ann.description;
      const runbookKey = ann.runbook_url !== undefined ? 'runbook_url' : ann.runbook !== undefined ? 'runbook' : undefined;
      if (runbookKey) {
        rule.runbookUrl = ann[runbookKey];
        rule.runbookLine = yamlLine(r.annotations, runbookKey);
      }
      out.alerts.push(rule);
    });
  }
}
