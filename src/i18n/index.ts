import { en } from './en.js';
import { ko } from './ko.js';
import type { Lang, Messages } from './messages.js';

export type { Lang, Messages };
export { describeGate, type GateWords } from './gate.js';

export function messages(lang: Lang): Messages {
  return lang === 'ko' ? ko : en;
}

/** The label of a checklist thing in the review's language. */
export function label(thing: { ko: string; en: string }, lang: Lang): string {
  return lang === 'ko' ? thing.ko : thing.en;
}
