import type { Risk } from '../checks/types.js';

export type StageId = 'short-term' | 'mid-term' | 'long-term';

export interface ChecklistItem {
  id: string;
  ko: string;
  en: string;
  ref?: string;
  risk: Risk;
  weight: number;
  stage: StageId;
  groups: string[];
  attest: boolean;
  evidence?: string;
  match: string[];
  section: string;
}

export interface ChecklistSection {
  id: string;
  ko: string;
  en: string;
  ref?: string;
  items: ChecklistItem[];
}

export interface StageBar {
  /** `overall`, a group id or a section id */
  scope: string;
  min: number;
}

export interface Stage {
  id: StageId;
  ko: string;
  en: string;
  bars: StageBar[];
  targets?: { 'incident-response-minutes'?: number; 'deployment-success-percent'?: number; 'availability-percent'?: number };
}

export interface Checklist {
  id: string;
  stages: Stage[];
  groups: Record<string, { ko: string; en: string }>;
  sections: ChecklistSection[];
  /** items by id, in checklist order */
  items: Map<string, ChecklistItem>;
}

/** A problem in a checklist or configuration file, pointing at the offending key. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  /** JSON pointer of the field */
  field: string;
  message: string;
}
