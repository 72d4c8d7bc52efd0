/** Alertmanager configuration (and prometheus-operator's AlertmanagerConfig): route tree and receivers. */
import { yamlLine } from '../../yaml/load.js';
import type { AlertmanagerConfig, Receiver } from './types.js';
import { isObj, list, str, type Obj } from '../values.js';

/** Integration keys in the config file spelling (`slack_configs`) and the operator's (`slackConfigs`). */
const INTEGRATIONS = ['email', 'slack', 'pagerduty', 'webhook', 'opsgenie', 'msteams', 'msteamsv2', 'telegram', 'discord', 'victorops', 'pushover', 'sns', 'wechat', 'webex', 'jira', 'rocketchat'];

export function isAlertmanagerConfig(v: Obj): boolean {
  return Array.isArray(v.receivers) && (isObj(v.route) || v.receivers.some((r) => isObj(r) && Object.keys(r).some((k) => k.endsWith('_configs'))));
}

export function readAlertmanager(v: Obj, file: string, line: number, source: AlertmanagerConfig['source'] = 'config'): AlertmanagerConfig {
  const receivers = list(v.receivers);
  const cfg: AlertmanagerConfig = { file, line, receivers: [], inhibitRules: list(v.inhibit_rules ?? v.inhibitRules).length, source };
  if (isObj(v.route)) cfg.route = { receiver: str(v.route.receiver), routes: countRoutes(v.route), line: yamlLine(v, 'route') || line };
  receivers.forEach((r, i) => {
    if (!isObj(r)) return;
    const rec: Receiver = { name: str(r.name) ?? '', integrations: [], file, line: yamlLine(receivers, i) || line };
    for (const kind of INTEGRATIONS) {
      const v1 = r[`${kind}_configs`];
      const v2 = r[`${kind}Configs`];
      if ((Array.isArray(v1) && v1.length) || (Array.isArray(v2) && v2.length)) rec.integrations.push(kind);
    }
    cfg.receivers.push(rec);
  });
  return cfg;
}

function countRoutes(route: Obj, depth = 0): number {
  if (depth > 50) return 0;
  let n = 0;
  for (const r of list(route.routes)) if (isObj(r)) n += 1 + countRoutes(r, depth + 1);
  return n;
}

/** `kind: AlertmanagerConfig` resources keep the same shape under `spec`. */
export function readAlertmanagerResource(v: Obj, file: string, line: number): AlertmanagerConfig | undefined {
  if (v.kind !== 'AlertmanagerConfig' || !isObj(v.spec)) return undefined;
  return readAlertmanager(v.spec, file, yamlLine(v, 'kind') || line, 'alertmanager-config');
}
