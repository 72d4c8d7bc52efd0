/**
 * JSON5 to JSON, best effort: drops comments, quotes bare keys, turns single-quoted strings into
 * double-quoted ones and removes trailing commas, all outside strings (so `https://` survives).
 */
export function json5ToJson(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      let body = '';
      while (j < n && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < n) {
          // \' is legal in JSON5 single-quoted strings, not in JSON
          body += text[j + 1] === "'" ? "'" : text.slice(j, j + 2);
          j += 2;
          continue;
        }
        body += c === "'" && text[j] === '"' ? '\\"' : text[j];
        j++;
      }
      out += `"${body}"`;
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      // keep the newlines so that JSON error positions still point at the right line
      const chunk = text.slice(i, end < 0 ? n : end + 2);
      out += chunk.replace(/[^\n]/g, ' ');
      i = end < 0 ? n : end + 2;
    } else if (/[A-Za-z_$]/.test(c) && lastSignificant(out) !== undefined && '{,'.includes(lastSignificant(out)!)) {
      let j = i;
      while (j < n && /[\w$-]/.test(text[j])) j++;
      const word = text.slice(i, j);
      out += /^\s*:/.test(text.slice(j, j + 20)) ? `"${word}"` : word;
      i = j;
    } else if (c === ',') {
      let j = i + 1;
      // look past whitespace and comments for a closing bracket
      for (;;) {
        while (j < n && /\s/.test(text[j])) j++;
        if (text[j] === '/' && text[j + 1] === '/') while (j < n && text[j] !== '\n') j++;
        else if (text[j] === '/' && text[j + 1] === '*') j = text.indexOf('*/', j + 2) < 0 ? n : text.indexOf('*/', j + 2) + 2;
        else break;
      }
      if (text[j] !== '}' && text[j] !== ']') out += ',';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function lastSignificant(out: string): string | undefined {
  for (let i = out.length - 1; i >= 0; i--) if (!/\s/.test(out[i])) return out[i];
  return undefined;
}
