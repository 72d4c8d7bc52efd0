import type { Claim } from '../checks/claims.js';
import { escapeMarkdown } from './escape.js';

/** Boxes ticked where the evidence fails, or empty where it passes: claims that disagree with the repository. */
export function renderClaims(claims: Claim[], lang: 'en' | 'ko', format: 'text' | 'markdown'): string {
  const wrong = claims.filter((c) => c.disagrees);
  if (claims.length === 0) return '';
  const title = lang === 'ko' ? `체크리스트 주장과 저장소의 불일치 (${wrong.length}/${claims.length})` : `Checklist claims that disagree with the repository (${wrong.length} of ${claims.length} boxes)`;
  const line = (c: Claim) =>
    lang === 'ko'
      ? `${c.file}:${c.line} [${c.checked ? 'x' : ' '}] ${c.text} — 근거 판정: ${c.status} (${c.item})`
      : `${c.file}:${c.line} [${c.checked ? 'x' : ' '}] ${c.text} — evidence says ${c.status} (${c.item})`;
  if (format === 'markdown') {
    return [`## ${title}`, '', ...(wrong.length ? wrong.map((c) => `- ${escapeMarkdown(line(c))}`) : [lang === 'ko' ? '- 모든 체크 상태가 근거와 일치합니다.' : '- every box agrees with the evidence']), ''].join('\n');
  }
  return [title, ...(wrong.length ? wrong.map((c) => `  ${line(c)}`) : [lang === 'ko' ? '  모든 체크 상태가 근거와 일치합니다.' : '  every box agrees with the evidence']), ''].join('\n');
}
