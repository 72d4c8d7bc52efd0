/**
 * JSON patches (RFC 6902) on plain data: add, remove, replace, copy, move, test. A failing
 * operation is reported and skipped, the others still apply (kustomize would stop; a review
 * is more useful with the rest rendered).
 */
import { isMap } from '../objects.js';
import type { Loc } from '../../diagnostics.js';
import type { Obj } from '../objects.js';
import { clone, locOf, setKeyLoc } from '../provenance.js';

export interface JsonPatchProblem {
  index: number;
  message: string;
}

const parsePointer = (p: string) => (p === '' ? [] : p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));

function parentOf(root: unknown, path: string[]): { parent: object; last: string } | undefined {
  let cur = root;
  for (const seg of path.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isMap(cur)) cur = cur[seg];
    else return undefined;
  }
  return cur !== null && typeof cur === "object" ? { parent: cur as object, last: path[path.length - 1] } : undefined;
}

function get(root: unknown, path: string[]): { found: boolean; value?: unknown } {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur) && /^\d+$/.test(seg) && Number(seg) < cur.length) cur = cur[Number(seg)];
    else if (isMap(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return { found: false };
  }
  return { found: true, value: cur };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function applyJsonPatch(target: Obj, ops: unknown[], fallback: Loc): JsonPatchProblem[] {
  const problems: JsonPatchProblem[] = [];
  ops.forEach((op, index) => {
    const fail = (message: string) => problems.push({ index, message });
    if (!isMap(op) || typeof op.path !== 'string') return fail('operation without a path');
    const path = parsePointer(op.path);
    const at = locOf(ops, index, fallback);
    const write = (p: string[], value: unknown, insert: boolean): boolean => {
      const hit = parentOf(target, p);
      if (!hit) return false;
      const { parent, last } = hit;
      if (Array.isArray(parent)) {
        const i = last === '-' ? parent.length : Number(last);
        if (!Number.isInteger(i) || i < 0 || i > parent.length || (!insert && i >= parent.length)) return false;
        if (insert) parent.splice(i, 0, value);
        else parent[i] = value;
        if (value === null || typeof value !== 'object') setKeyLoc(parent, i, at);
      } else {
        if (!insert && !Object.prototype.hasOwnProperty.call(parent, last)) return false;
        (parent as Obj)[last] = value;
        setKeyLoc(parent as Obj, last, at);
      }
      return true;
    };
    const remove = (p: string[]): boolean => {
      const hit = parentOf(target, p);
      if (!hit || !get(target, p).found) return false;
      if (Array.isArray(hit.parent)) hit.parent.splice(Number(hit.last), 1);
      else delete (hit.parent as Obj)[hit.last];
      return true;
    };
    switch (op.op) {
      case 'add':
        if (!write(path, clone(op.value), true)) fail(`add: no parent at ${op.path}`);
        break;
      case 'replace':
        if (!write(path, clone(op.value), false)) fail(`replace: nothing at ${op.path}`);
        break;
      case 'remove':
        if (!remove(path)) fail(`remove: nothing at ${op.path}`);
        break;
      case 'copy':
      case 'move': {
        const from = parsePointer(String(op.from ?? ''));
        const src = get(target, from);
        if (!src.found) return fail(`${op.op}: nothing at ${String(op.from)}`);
        if (op.op === 'move') remove(from);
        if (!write(path, clone(src.value), true)) fail(`${op.op}: no parent at ${op.path}`);
        break;
      }
      case 'test': {
        const cur = get(target, path);
        if (!cur.found || !same(cur.value, op.value)) fail(`test failed at ${op.path}`);
        break;
      }
      default:
        fail(`unknown operation ${String(op.op)}`);
    }
  });
  return problems;
}
