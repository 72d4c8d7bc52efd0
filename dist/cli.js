import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e2) {
    throw mod = 0, e2;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources2 = [];
      const hold = (source) => `${PLACEHOLDER}${sources2.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources: sources2
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str6) => index + 6 < str6.length ? str6.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at3) => {
      let separator = EMPTY;
      for (let index = at3 + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at3) => {
          if (token.wildcard) {
            lastWildcard = at3;
          }
        });
        run2.forEach((token, at3) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at3 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at3)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources: sources2 } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources2.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources2[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf2 = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str6 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str6, "i") : new RegExp(str6);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str6) => {
      let count = 0;
      while (str6[str6.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError2 = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError2 : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf2(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str6) => /^\\\\\?\\/.test(str6) || /["<>|\u0000-\u001F]+/u.test(str6) ? str6 : str6.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s3) {
        super();
        if (!exports.IDENTIFIER.test(s3))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s3;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s3, c) => `${s3}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str6(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str6;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate2(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str6`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate2(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s3 = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s3.length;
        s3[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n2) => code + n2.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n2 = nodes[i].optimizeNodes();
          if (Array.isArray(n2))
            nodes.splice(i, 1, ...n2);
          else if (n2)
            nodes[i] = n2;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n2 = nodes[i];
          if (n2.optimizeNames(names, constants))
            continue;
          subtractNames(names, n2.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n2) => addNames(names, n2.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e2 = this.else;
        if (e2) {
          const ns = e2.optimizeNodes();
          e2 = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e2) {
          if (cond === false)
            return e2 instanceof _If ? e2 : e2.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e2 instanceof _If ? [e2] : e2.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues2) {
        const code = ["{"];
        for (const [key, value] of keyValues2) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr4 = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr4}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr4}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj2})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj2), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n2 = 1) {
        while (n2-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n2 = this._currNode;
        if (n2 instanceof N1 || N2 && n2 instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n2 = this._currNode;
        if (!(n2 instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n2.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n2 in from)
        names[n2] = (names[n2] || 0) + (from[n2] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n2) {
        const c = constants[n2.str];
        if (c === void 0 || names[n2.str] !== 1)
          return n2;
        delete names[n2.str];
        return c;
      }
      function canOptimize(e2) {
        return e2 instanceof code_1._Code && e2._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n2 in from)
        names[n2] = (names[n2] || 0) - (from[n2] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr4) {
      const hash = {};
      for (const item of arr4)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str6) {
      return unescapeJsonPointer(decodeURIComponent(str6));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str6) {
      return encodeURIComponent(escapeJsonPointer(str6));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str6) {
      if (typeof str6 == "number")
        return `${str6}`;
      return str6.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str6) {
      return str6.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues2 = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues2);
      return gen.object(...keyValues2);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues2) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues2.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues2.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues2.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues2.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t2) => COERCIBLE.has(t2) || coerceTypes === "array" && t2 === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t2 of coerceTo) {
        if (COERCIBLE.has(t2) || t2 === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t2);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t2) {
        switch (t2) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t2 in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t2, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e2) => gen.assign(valid, false).if((0, codegen_1._)`${e2} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e2}.errors`), () => gen.throw(e2)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys2;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys2 = Object.keys(a);
        length = keys2.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys2[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys2[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str6) {
      return str6.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t2) => {
        if (!includesType(it.dataTypes, t2)) {
          strictTypesError(it, `type "${t2}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t2) => hasApplicableType(ts, t2))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t2) {
      return ts.includes(t2) || t2 === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t2 of it.dataTypes) {
        if (includesType(withTypes, t2))
          ts.push(t2);
        else if (withTypes.includes("integer") && t2 === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj2, assign) {
        if (assign)
          Object.assign(this.params, obj2);
        else
          this.params = obj2;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e2) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e2;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s22) {
      return s1.schema === s22.schema && s1.root === s22.root && s1.baseId === s22.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str6, token) {
      let ind = 0;
      for (let i = 0; i < str6.length; i++) {
        if (str6[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative2 = parse(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s3 = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s3 = schemelessReference && s3[0] !== "/" ? removeDotSegmentsRelative(s3) : removeDotSegments(s3);
        }
        if (schemelessReference) {
          s3 = serializePathEncoding(s3, true);
        }
        if (authority === void 0 && s3[0] === "/" && s3[1] === "/") {
          s3 = "/%2F" + s3.slice(2);
        }
        uriTokens.push(s3);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent2 = component.indexOf("%");
      while (percent2 !== -1) {
        if (percent2 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent2 + 1, percent2 + 3))) {
          return true;
        }
        percent2 = component.indexOf("%", percent2 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e2) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e2;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str6, flags) => new RegExp(str6, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s3 = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s3) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s3) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s3) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s3) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s3) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e2) {
            if (!(e2 instanceof ref_error_1.default))
              throw e2;
            checkLoaded.call(this, e2);
            await loadMissingSchema.call(this, e2.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t2) => addRule.call(this, k, definition, t2)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e2) => `${dataVar}${e2.instancePath} ${e2.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t2 }) => t2 === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e2) => {
          gen.if((0, codegen_1._)`!(${e2} instanceof ${it.ValidationError})`, () => gen.throw(e2));
          addErrorsFrom(e2);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str6) {
      const len = str6.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str6.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str6.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t2) => t2 === "object" || t2 === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/cli.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";

// src/source/fs-source.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, relative, sep } from "node:path";

// src/source/types.ts
function fileEntry(path, size) {
  const slash = path.lastIndexOf("/");
  const name = slash < 0 ? path : path.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  return { path, name, dir: slash < 0 ? "" : path.slice(0, slash), ext: dot > 0 ? name.slice(dot).toLowerCase() : "", size };
}

// src/source/fs-source.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "vendor",
  "__pycache__",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".next",
  ".nuxt",
  ".cache",
  ".terraform",
  ".gradle",
  "site-packages",
  ".idea"
]);
var FsSource = class {
  constructor(root) {
    this.root = root;
    this.label = root;
    this.rootReal = realpathSync(root);
  }
  root;
  label;
  rootReal;
  async list() {
    const files = [];
    const diagnostics = [];
    const tracked = this.gitFiles();
    if (tracked) this.stat(tracked, files, diagnostics);
    else this.walk("", [], files, diagnostics);
    return { files, diagnostics };
  }
  /**
   * In a git work tree, git itself says what belongs to the repository: tracked files (also
   * those a later .gitignore would hide, such as a committed .env) plus untracked, unignored ones.
   */
  gitFiles() {
    if (!existsSync(join(this.root, ".git"))) return void 0;
    const r = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: this.root,
      maxBuffer: 512 * 1024 * 1024,
      encoding: "utf8"
    });
    if (r.status !== 0 || r.error) return void 0;
    const paths = r.stdout.split("\0").filter(Boolean);
    return [...new Set(paths)].sort();
  }
  stat(paths, files, diagnostics) {
    for (const rel of paths) {
      if (rel.split("/").some((part) => SKIPPED_DIRS.has(part))) continue;
      let st;
      try {
        st = lstatSync(join(this.root, rel));
      } catch {
        continue;
      }
      if (st.isSymbolicLink()) {
        const target = this.resolveLink(rel, diagnostics);
        if (!target) continue;
        if (target.isDirectory()) {
          diagnostics.push({ file: rel, severity: "notice", code: "symlink-dir", message: "symbolic link to a directory is not followed" });
          continue;
        }
        if (target.isFile()) files.push(fileEntry(rel, target.size));
      } else if (st.isFile()) files.push(fileEntry(rel, st.size));
    }
  }
  async read(paths) {
    return new Map(paths.map((p) => [p, this.readSync(p)]));
  }
  readSync(path) {
    try {
      return readFileSync(join(this.root, path));
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }
  walk(dir, scopes, files, diagnostics) {
    const abs = dir ? join(this.root, dir) : this.root;
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      diagnostics.push({ file: dir || ".", severity: "warning", code: "unreadable-dir", message: `cannot read directory: ${err.message}` });
      return;
    }
    if (entries.some((e2) => e2.name === ".gitignore" && e2.isFile())) {
      try {
        const text = readFileSync(join(abs, ".gitignore"), "utf8");
        scopes = [...scopes, { base: dir, matcher: (0, import_ignore.default)().add(text) }];
      } catch {
      }
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(scopes, rel, isDir)) continue;
      let size = -1;
      if (entry.isSymbolicLink()) {
        const target = this.resolveLink(rel, diagnostics);
        if (!target) continue;
        if (target.isDirectory()) {
          diagnostics.push({ file: rel, severity: "notice", code: "symlink-dir", message: "symbolic link to a directory is not followed" });
          continue;
        }
        isFile = target.isFile();
        isDir = false;
        size = target.size;
      }
      if (isDir) {
        this.walk(rel, scopes, files, diagnostics);
      } else if (isFile) {
        if (size < 0) {
          try {
            size = lstatSync(join(this.root, rel)).size;
          } catch {
            size = 0;
          }
        }
        files.push(fileEntry(rel, size));
      }
    }
  }
  /** Stat of a symlink's target, or undefined (with a diagnostic) when it dangles or escapes. */
  resolveLink(rel, diagnostics) {
    const abs = join(this.root, rel);
    let real;
    try {
      real = realpathSync(abs);
    } catch {
      diagnostics.push({ file: rel, severity: "warning", code: "symlink-dangling", message: "symbolic link points at nothing" });
      return void 0;
    }
    const inside = relative(this.rootReal, real);
    if (inside.startsWith("..") || inside.startsWith(sep) || /^[a-zA-Z]:/.test(inside)) {
      diagnostics.push({ file: rel, severity: "warning", code: "symlink-escapes", message: "symbolic link points outside the repository and is not followed" });
      return void 0;
    }
    try {
      return statSync(real);
    } catch {
      return void 0;
    }
  }
};
function isIgnored(scopes, rel, isDir) {
  for (const scope of scopes) {
    const sub = scope.base ? rel.slice(scope.base.length + 1) : rel;
    if (scope.matcher.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container2, item) => {
    container2.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container2, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container2.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys2 = Object.keys(object);
    if (keys2.length !== 1) return "cannot resolve a pairs item";
    container2.push([keys2[0], object[keys2[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container2, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container2, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container2[normalizedKey] = value;
    return "";
  },
  has: (container2, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container2, String(key));
  },
  keys: (container2) => Object.keys(container2),
  get: (container2, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container2, normalizedKey)) return null;
    return container2[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container2, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container2.add(key);
    return "";
  },
  has: (container2, key) => container2.has(key),
  keys: (container2) => container2.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags3) {
  const result = [];
  for (const tag of tags3) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags3) {
    const compiledTags = compileTags(tags3);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys2 = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys2.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys2) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags3) {
    let flatTags = [];
    for (const tag of tags3) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container2, key, value) => {
    container2.set(key, value);
    return "";
  },
  has: (container2, key) => container2.has(key),
  keys: (container2) => container2.keys(),
  get: (container2, key) => container2.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj2 = data;
    for (const key of Object.keys(obj2)) map.set(key, obj2[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container2, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container2, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container2[normalizedKey] = value;
    return "";
  },
  has: (container2, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container2, normalizedKey);
  },
  keys: (container2) => Object.keys(container2),
  get: (container2, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container2, normalizedKey)) return null;
    return container2[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts2 = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts2.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/text/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  position(offset) {
    const starts = this.starts ??= lineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  line(offset) {
    return this.position(offset).line;
  }
};
function lineStarts(text) {
  const starts = [0];
  let i = text.indexOf("\n");
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf("\n", i + 1);
  }
  return starts;
}

// src/yaml/load.ts
var META = /* @__PURE__ */ new WeakMap();
var DEFAULT_MAX_EXPANDED = 2e6;
function yamlPosition(container2, key) {
  if (container2 === null || typeof container2 !== "object") return void 0;
  const meta = META.get(container2);
  if (!meta) return void 0;
  let offset = meta.at;
  if (key !== void 0) {
    const o = typeof key === "number" ? meta.items?.[key] : meta.keys?.[key];
    if (o !== void 0) offset = o;
  }
  return meta.index.position(offset);
}
function yamlLine(container2, key) {
  return yamlPosition(container2, key)?.line ?? 0;
}
function yamlTag(container2, key) {
  if (container2 === null || typeof container2 !== "object") return void 0;
  const meta = META.get(container2);
  if (!meta) return void 0;
  if (key === void 0) return meta.tag;
  const member = meta.memberTags?.[String(key)];
  if (member) return member;
  const child2 = container2[key];
  return child2 !== null && typeof child2 === "object" ? META.get(child2)?.tag : void 0;
}
function copyYamlMeta(from, to) {
  const meta = META.get(from);
  if (meta) META.set(to, meta);
}
function setKey(obj2, key, value) {
  if (key === "__proto__") Object.defineProperty(obj2, key, { value, enumerable: true, writable: true, configurable: true });
  else obj2[key] = value;
}
function resolveScalar(text, style, tag) {
  if (tag) {
    if (tag === "!!str" || tag === "!" || tag === "tag:yaml.org,2002:str") return text;
    if (tag === "!!int" || tag === "!!float") {
      const n2 = Number(text);
      return Number.isNaN(n2) ? text : n2;
    }
    if (tag === "!!bool") return text === "true";
    if (tag === "!!null") return null;
    if (style !== 1) return text;
  } else if (style !== 1) return text;
  return CORE_SCHEMA.resolveImplicitScalarTag(text).value;
}
function scalarKey(value) {
  if (value === null) return "null";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
var ExpansionError = class extends Error {
};
function parseYaml(text, file, options = {}) {
  const index = new LineIndex(text);
  const result = { documents: [], errors: [], warnings: [] };
  try {
    const events = parseEvents(text, { filename: file, maxDepth: options.maxDepth ?? 100 });
    construct(events, text, index, options, result);
    return result;
  } catch (err) {
    if (!(err instanceof Error) || !("mark" in err)) {
      if (err instanceof ExpansionError) {
        result.errors.push({ message: err.message, line: 1, column: 1 });
        return result;
      }
      result.errors.push({ message: err instanceof Error ? err.message : String(err), line: 1, column: 1 });
      return result;
    }
  }
  return parseChunks(text, file, index, options);
}
function parseChunks(text, file, index, options) {
  const result = { documents: [], errors: [], warnings: [] };
  const starts = [0];
  const re = /^---(?=\s|$)/gm;
  let m;
  while (m = re.exec(text)) if (m.index > 0) starts.push(m.index);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunk = text.slice(0, from).replace(/[^\n]/g, " ") + text.slice(from, to);
    try {
      const events = parseEvents(chunk, { filename: file, maxDepth: options.maxDepth ?? 100 });
      construct(events, chunk, index, options, result);
    } catch (err) {
      const mark = err.mark;
      const reason = err.reason ?? (err instanceof Error ? err.message : String(err));
      result.errors.push({
        message: reason,
        line: mark ? mark.line + 1 : index.position(from).line,
        column: mark ? mark.column + 1 : 1
      });
    }
  }
  return result;
}
function construct(events, text, index, options, out) {
  const maxExpanded = options.maxExpandedNodes ?? DEFAULT_MAX_EXPANDED;
  let anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let docStart = 0;
  let docValue = null;
  let docHas = false;
  let expanded = 0;
  let lastEnd = 0;
  const tagOf = (e2) => e2.tagStart >= 0 ? text.slice(e2.tagStart, e2.tagEnd) : void 0;
  const add = (value, weight, offset, tag) => {
    expanded += weight;
    if (expanded > maxExpanded) {
      throw new ExpansionError(`document expands to more than ${maxExpanded} nodes through aliases (an alias bomb?)`);
    }
    const top = stack[stack.length - 1];
    if (!top) {
      docValue = value;
      docHas = true;
      return;
    }
    top.weight += weight;
    if (top.kind === "seq") {
      top.value.push(value);
      top.meta.items.push(offset);
      if (tag) (top.meta.memberTags ??= {})[String(top.value.length - 1)] = tag;
      return;
    }
    if (!top.hasKey) {
      top.key = scalarKey(value);
      top.keyOffset = offset;
      top.hasKey = true;
      return;
    }
    const key = top.key;
    top.hasKey = false;
    const obj2 = top.value;
    if (key === "<<" && value !== null && typeof value === "object") {
      (top.merges ??= []).push(value);
      return;
    }
    if (top.explicit.has(key)) {
      const pos = index.position(top.keyOffset);
      out.warnings.push({ message: `duplicate key "${key}"`, line: pos.line, column: pos.column });
    }
    top.explicit.add(key);
    setKey(obj2, key, value);
    top.meta.keys[key] = top.keyOffset;
    if (tag) (top.meta.memberTags ??= {})[key] = tag;
  };
  for (let i = 0; i < events.length; i++) {
    const e2 = events[i];
    switch (e2.type) {
      case 1:
        docHas = false;
        docValue = null;
        anchors = /* @__PURE__ */ new Map();
        expanded = 0;
        docStart = -1;
        stack.length = 0;
        break;
      case 2:
      case 3: {
        const isMap2 = e2.type === 3;
        const meta = { index, at: e2.start, ...isMap2 ? { keys: {} } : { items: [] } };
        const tag = tagOf(e2);
        if (tag) meta.tag = tag;
        const value = isMap2 ? {} : [];
        META.set(value, meta);
        if (docStart < 0) docStart = e2.start;
        stack.push({
          kind: isMap2 ? "map" : "seq",
          value,
          meta,
          anchor: e2.anchorStart >= 0 ? text.slice(e2.anchorStart, e2.anchorEnd) : void 0,
          weight: 1,
          hasKey: false,
          explicit: isMap2 ? /* @__PURE__ */ new Set() : void 0
        });
        break;
      }
      case 4: {
        const tag = tagOf(e2);
        const raw = e2.fast && e2.style === 1 ? text.slice(e2.valueStart, e2.valueEnd) : getScalarValue(text, e2);
        const value = resolveScalar(raw, e2.style, tag);
        if (docStart < 0) docStart = Math.max(e2.valueStart, lastEnd);
        lastEnd = e2.valueEnd;
        if (e2.anchorStart >= 0) anchors.set(text.slice(e2.anchorStart, e2.anchorEnd), { value, weight: 1 });
        add(value, 1, e2.valueStart, tag);
        break;
      }
      case 5: {
        const name = text.slice(e2.anchorStart, e2.anchorEnd);
        const target = anchors.get(name);
        if (!target) {
          const pos = index.position(e2.anchorStart);
          throw Object.assign(new Error(`unknown alias "${name}"`), { mark: { line: pos.line - 1, column: pos.column - 1 }, reason: `unknown alias "${name}"` });
        }
        if (docStart < 0) docStart = e2.anchorStart;
        add(target.value, target.weight, e2.anchorStart - 1);
        break;
      }
      case 6: {
        const frame = stack.pop();
        if (!frame) {
          if (docHas || docStart >= 0) {
            out.documents.push({ value: docHas ? docValue : null, line: docStart >= 0 ? index.position(docStart).line : 1 });
          }
          break;
        }
        if (frame.merges) applyMerges(frame);
        if (frame.anchor) anchors.set(frame.anchor, { value: frame.value, weight: frame.weight });
        expanded -= frame.weight - 1;
        add(frame.value, frame.weight, frame.meta.at, frame.meta.tag);
        break;
      }
    }
  }
}
function applyMerges(frame) {
  const obj2 = frame.value;
  const sources2 = [];
  for (const m of frame.merges) {
    if (Array.isArray(m)) sources2.push(...m);
    else sources2.push(m);
  }
  for (const src of sources2) {
    if (src === null || typeof src !== "object" || Array.isArray(src)) continue;
    const srcMeta = META.get(src);
    for (const k of Object.keys(src)) {
      if (frame.explicit.has(k) || Object.prototype.hasOwnProperty.call(obj2, k)) continue;
      setKey(obj2, k, src[k]);
      const off = srcMeta?.keys?.[k];
      if (off !== void 0) frame.meta.keys[k] = off;
      const t2 = srcMeta?.memberTags?.[k];
      if (t2) (frame.meta.memberTags ??= {})[k] = t2;
    }
  }
}

// src/inventory/context.ts
var DEFAULT_OPTIONS = {
  maxFileBytes: 2 * 1024 * 1024,
  composeApplyOverride: false
};
var UTF8 = new TextDecoder("utf-8", { fatal: true });
var ScanContext = class {
  constructor(files, contents, options, diagnostics, readSync) {
    this.files = files;
    this.contents = contents;
    this.options = options;
    this.diagnostics = diagnostics;
    this.readSync = readSync;
    for (const f of files) this.byPath.set(f.path, f);
  }
  files;
  contents;
  options;
  diagnostics;
  readSync;
  byPath = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  yamls = /* @__PURE__ */ new Map();
  exists(path) {
    return this.byPath.has(path);
  }
  diagnose(d) {
    this.diagnostics.push(d);
  }
  /** Text of a file, or undefined when it is missing, too large, binary or not UTF-8. */
  text(path) {
    if (this.texts.has(path)) return this.texts.get(path);
    const text = this.decode(path);
    this.texts.set(path, text);
    return text;
  }
  /** Every YAML document of a file; syntax errors and duplicate keys become diagnostics. */
  yaml(path) {
    if (this.yamls.has(path)) return this.yamls.get(path);
    const text = this.text(path);
    let result;
    if (text !== void 0) {
      result = parseYaml(text, path);
      for (const e2 of result.errors) this.diagnose({ file: path, line: e2.line, column: e2.column, severity: "error", code: "yaml-syntax", message: `invalid YAML: ${e2.message}` });
      for (const w of result.warnings) this.diagnose({ file: path, line: w.line, column: w.column, severity: "warning", code: "yaml-duplicate-key", message: w.message });
    }
    this.yamls.set(path, result);
    return result;
  }
  /** A JSON file's value; a syntax error becomes a diagnostic with its line. */
  json(path) {
    const text = this.text(path);
    if (text === void 0) return void 0;
    try {
      return JSON.parse(text);
    } catch (err) {
      const msg = err.message;
      const at3 = /position (\d+)/.exec(msg);
      const line = at3 ? text.slice(0, Number(at3[1])).split("\n").length : 1;
      this.diagnose({ file: path, line, severity: "error", code: "json-syntax", message: `invalid JSON: ${msg}` });
      return void 0;
    }
  }
  decode(path) {
    const entry = this.byPath.get(path);
    const content = this.contents.get(path);
    if (!entry) return void 0;
    if (entry.size > this.options.maxFileBytes) {
      this.diagnose({
        file: path,
        severity: "notice",
        code: "file-too-large",
        message: `not read: ${formatBytes(entry.size)} is over the ${formatBytes(this.options.maxFileBytes)} limit per file`
      });
      return void 0;
    }
    const loaded = content ?? this.readSync?.(path);
    if (loaded === void 0) return void 0;
    if (loaded instanceof Error) {
      this.diagnose({ file: path, severity: "warning", code: "unreadable-file", message: `cannot read: ${loaded.message}` });
      return void 0;
    }
    if (loaded.subarray(0, 8e3).includes(0)) {
      this.diagnose({ file: path, severity: "notice", code: "binary-file", message: "not read: binary content" });
      return void 0;
    }
    try {
      const text = UTF8.decode(loaded);
      return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
    } catch {
      this.diagnose({ file: path, severity: "warning", code: "not-utf8", message: "not read: the file is not valid UTF-8" });
      return void 0;
    }
  }
};
function formatBytes(n2) {
  if (n2 >= 1024 * 1024) return `${(n2 / 1024 / 1024).toFixed(1)} MB`;
  if (n2 >= 1024) return `${(n2 / 1024).toFixed(1)} KB`;
  return `${n2} B`;
}

// src/inventory/compose/index.ts
import { posix as posix4 } from "node:path";

// src/inventory/compose/describe.ts
function describeCompose(inv) {
  const out = [];
  for (const p of inv.projects) {
    out.push(`${p.dir || "."}: project "${p.name}" \u2014 files ${p.files.map((f) => `${f.path} (${f.role})`).join(", ")}`);
    out.push(`  production model: ${p.productionFiles.join(" + ")}${productionNote(p)}`);
    for (const s3 of p.services) out.push(`  ${s3.file}:${s3.line} ${s3.name}: ${serviceSummary(s3)}`);
    for (const s3 of p.services) if (s3.build && !s3.build.dockerfileExists && s3.build.dockerfile) out.push(`  ${s3.build.file}:${s3.build.line} ${s3.name}: builds from ${s3.build.dockerfile}, which is not in the repository`);
    for (const i of p.interpolations) {
      if (i.source === "default") out.push(`  ${i.file}:${i.line} \${${i.variable}} falls back to the default written in the file (${i.path})`);
      else if (i.source === "unset") out.push(`  ${i.file}:${i.line} \${${i.variable}} has no value in .env${i.required ? " and is required" : " and no default: empty"} (${i.path})`);
    }
  }
  return out;
}
function serviceSummary(s3) {
  const bits = [s3.image ?? (s3.build ? `build ${s3.build.dockerfile ?? s3.build.context}` : "no image")];
  if (s3.build && !s3.build.dockerfileExists) bits.push(`MISSING ${s3.build.dockerfile}`);
  if (s3.ports.length) bits.push(`ports ${s3.ports.map((x) => x.published ? `${x.hostIp ? `${x.hostIp}:` : ""}${x.published}:${x.target}` : x.target).join(",")}`);
  bits.push(`replicas ${s3.replicas?.value ?? 1}`);
  if (s3.containerName) bits.push(`container_name ${s3.containerName.value}`);
  bits.push(s3.limits ? `limits ${[s3.limits.value.cpus && `cpus=${s3.limits.value.cpus}`, s3.limits.value.memory && `mem=${s3.limits.value.memory}`].filter(Boolean).join(" ")}` : "no limits");
  bits.push(s3.healthcheck ? s3.healthcheck.disabled ? "healthcheck disabled" : "healthcheck" : "no healthcheck");
  return bits.join(", ");
}
function productionNote(p) {
  if (p.productionSource === "base-only") return " (no production overlay found: the base file alone)";
  if (p.productionSource === "configured") return " (as configured)";
  if (p.productionSource === "file-set") {
    const set = p.fileSets.find((s3) => s3.files.filter((f) => p.productionFiles.includes(f)).length === p.productionFiles.length);
    return set ? ` (from ${set.file}:${set.line})` : "";
  }
  return "";
}

// src/inventory/compose/files.ts
var BASE_ORDER = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
function isComposeFile(f) {
  if (f.ext !== ".yml" && f.ext !== ".yaml") return false;
  const n2 = f.name.toLowerCase();
  return n2.startsWith("docker-compose") || n2.startsWith("compose.") || n2.startsWith("compose-") || n2.startsWith("docker_compose");
}
function overlayName(name) {
  const n2 = name.toLowerCase().replace(/\.(ya?ml)$/, "");
  const m = /^(?:docker[-_]compose|compose)(?:[._-](.+))?$/.exec(n2);
  return m?.[1] ?? n2;
}
function roleOf(name) {
  if (BASE_ORDER.includes(name.toLowerCase())) return "base";
  const o = overlayName(name);
  if (/(^|[._-])(override|dev|develop|development|local)($|[._-])/.test(o)) return "development";
  if (/(^|[._-])(prod|production|prd|live|release)($|[._-])/.test(o)) return "production";
  if (/(^|[._-])(staging|stage|stg|preprod|uat)($|[._-])/.test(o)) return "staging";
  if (/(^|[._-])(test|tests|ci|e2e|integration)($|[._-])/.test(o)) return "test";
  return "other";
}
function groupComposeFiles(files) {
  const byDir = /* @__PURE__ */ new Map();
  for (const f of files) {
    const list4 = byDir.get(f.dir) ?? [];
    list4.push(f);
    byDir.set(f.dir, list4);
  }
  const groups = [];
  for (const [dir, list4] of [...byDir].sort(([a], [b]) => a.localeCompare(b))) {
    const names = new Map(list4.map((f) => [f.name.toLowerCase(), f]));
    const baseName = BASE_ORDER.find((b) => names.has(b));
    const base = baseName ? names.get(baseName).path : void 0;
    groups.push({
      dir,
      base,
      files: list4.map((f) => ({ path: f.path, role: f.path === base ? "base" : BASE_ORDER.includes(f.name.toLowerCase()) ? "other" : roleOf(f.name) })).sort((a, b) => a.role === "base" ? -1 : b.role === "base" ? 1 : a.path.localeCompare(b.path))
    });
  }
  return groups;
}
function findFileSets(text) {
  const out = [];
  if (!text.includes("compose")) return out;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!/docker[- ]compose/.test(l) || !/\s(-f|--file)[\s=]/.test(l)) continue;
    const files = [...l.matchAll(/(?:-f|--file)[\s=]+["']?([^\s"';|&]+)/g)].map((m) => m[1]).filter((f) => /\.ya?ml$/i.test(f) && !f.includes("$"));
    if (files.length) out.push({ files, line: i + 1 });
  }
  return out;
}

// src/inventory/values.ts
function isObj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function str(v) {
  if (v === void 0 || v === null) return void 0;
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}
function list(v) {
  return Array.isArray(v) ? v : [];
}
function strList(v) {
  if (v === void 0 || v === null) return void 0;
  if (Array.isArray(v)) return v.map((x) => String(x));
  return [String(v)];
}
function keys(v) {
  return isObj(v) ? Object.keys(v) : [];
}
function strMap(v) {
  const out = {};
  if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) if (x !== null && typeof x !== "object") out[k] = String(x);
  }
  return out;
}

// src/inventory/compose/merge.ts
var REPLACE = /* @__PURE__ */ new Set(["command", "entrypoint", "image", "container_name", "user", "working_dir", "restart"]);
var APPEND_UNIQUE = /* @__PURE__ */ new Set(["ports", "expose", "dns", "dns_search", "tmpfs", "cap_add", "cap_drop", "security_opt", "external_links", "env_file", "devices", "profiles", "group_add", "dns_opt", "links"]);
var BY_TARGET = /* @__PURE__ */ new Set(["volumes", "secrets", "configs"]);
var KEY_VALUE = /* @__PURE__ */ new Set(["environment", "labels", "extra_hosts", "sysctls", "annotations"]);
var isMap = isObj;
function keyValueMap(v, sep2 = "=") {
  if (isMap(v)) return v;
  const out = {};
  if (Array.isArray(v)) {
    for (const item of v) {
      const s3 = String(item);
      const i = s3.indexOf(sep2);
      if (i < 0) out[s3] = null;
      else out[s3.slice(0, i)] = s3.slice(i + 1);
    }
  }
  return out;
}
function normaliseService(svc) {
  const out = { ...svc };
  for (const k of KEY_VALUE) if (k in out && out[k] !== null) out[k] = keyValueMap(out[k], k === "extra_hosts" ? ":" : "=");
  if (Array.isArray(out.depends_on)) {
    const deps = {};
    for (const d of out.depends_on) deps[String(d)] = { condition: "service_started" };
    out.depends_on = deps;
  }
  if (typeof out.build === "string") out.build = { context: out.build };
  if (isMap(out.build) && "args" in out.build) out.build = { ...out.build, args: keyValueMap(out.build.args) };
  return out;
}
function targetOf(item) {
  if (isMap(item)) return String(item.target ?? item.source ?? JSON.stringify(item));
  const s3 = String(item);
  const parts = s3.split(":");
  return parts.length >= 2 ? parts[1] : parts[0];
}
function appendUnique(a, b) {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  const out = [...a];
  for (const x of b) {
    const k = JSON.stringify(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}
function mergeByTarget(a, b) {
  const out = /* @__PURE__ */ new Map();
  for (const x of a) out.set(targetOf(x), x);
  for (const x of b) out.set(targetOf(x), x);
  return [...out.values()];
}
function mergeService(base, over, raw, tagOf = () => void 0) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const tag = tagOf(raw, k);
    if (tag === "!reset") {
      delete out[k];
      continue;
    }
    const prev = out[k];
    const rawChild = isMap(raw) ? raw[k] : void 0;
    if (tag === "!override" || prev === void 0 || REPLACE.has(k)) out[k] = v;
    else if (APPEND_UNIQUE.has(k) && Array.isArray(prev) && Array.isArray(v)) out[k] = appendUnique(prev, v);
    else if (BY_TARGET.has(k) && Array.isArray(prev) && Array.isArray(v)) out[k] = mergeByTarget(prev, v);
    else if (isMap(prev) && isMap(v)) out[k] = deepMerge(prev, v, rawChild, tagOf);
    else out[k] = v;
  }
  return out;
}
function deepMerge(a, b, raw, tagOf = () => void 0) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const tag = tagOf(raw, k);
    if (tag === "!reset") {
      delete out[k];
      continue;
    }
    const prev = out[k];
    out[k] = tag !== "!override" && isMap(prev) && isMap(v) ? deepMerge(prev, v, isMap(raw) ? raw[k] : void 0, tagOf) : v;
  }
  return out;
}

// src/inventory/compose/load.ts
import { posix } from "node:path";

// src/inventory/secret-names.ts
var SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|signing[_-]?key|encryption[_-]?key|client[_-]?secret|dsn|database[_-]?url|db[_-]?url|redis[_-]?url|connection[_-]?string|conn[_-]?str|jwt)/i;
var NOT_SECRET = /(_file|_path|_length|_len|_expire|_expires|_expiry|_ttl|_timeout|_algorithm|_alg|_type|_enabled|_url_file|token_url|_header|_name|_user(name)?$)/i;
function isSecretName(name) {
  return SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}
var REDACTED = "***";
function redactValue(name, value) {
  if (value === null || value === void 0 || value === "") return value;
  return isSecretName(name) ? REDACTED : value;
}

// src/inventory/compose/interpolate.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolate(input, env, mask) {
  const subs = [];
  const value = run(input, env, subs, 0);
  if (!mask || !subs.some((s3) => mask(s3.variable))) return { value, substitutions: subs };
  const masked = run(input, new MaskedEnv(env, mask), [], 0);
  return { value: masked, substitutions: subs };
}
var MASK = "***";
var MaskedEnv = class extends Map {
  constructor(env, mask) {
    super();
    this.env = env;
    this.mask = mask;
  }
  env;
  mask;
  get(name) {
    return this.mask(name) ? MASK : this.env.get(name);
  }
};
function run(s3, env, subs, base) {
  if (!s3.includes("$")) return s3;
  let out = "";
  let i = 0;
  while (i < s3.length) {
    const c = s3[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = s3[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const end = matchingBrace(s3, i + 1);
      if (end < 0) {
        out += s3.slice(i);
        break;
      }
      out += braced(s3.slice(i + 2, end), env, subs, base + i);
      i = end + 1;
      continue;
    }
    const m = NAME.exec(s3.slice(i + 1));
    if (!m) {
      out += "$";
      i++;
      continue;
    }
    const name = m[0];
    const v = env.get(name);
    subs.push({ variable: name, source: v !== void 0 ? "env-file" : "unset", required: false, offset: base + i });
    out += v ?? "";
    i += 1 + name.length;
  }
  return out;
}
function matchingBrace(s3, open) {
  let depth = 0;
  for (let j = open; j < s3.length; j++) {
    if (s3[j] === "{") depth++;
    else if (s3[j] === "}" && --depth === 0) return j;
  }
  return -1;
}
function braced(expr, env, subs, offset) {
  const m = NAME.exec(expr);
  if (!m) return "${" + expr + "}";
  const name = m[0];
  const rest = expr.slice(name.length);
  const set = env.get(name);
  const op = /^(:?[-?+])/.exec(rest)?.[1];
  const arg = op ? rest.slice(op.length) : "";
  const colon = op?.startsWith(":") ?? false;
  const present = set !== void 0 && (!colon || set !== "");
  const sub = { variable: name, source: set !== void 0 ? "env-file" : "unset", required: false, offset };
  subs.push(sub);
  switch (op?.replace(":", "")) {
    case "-": {
      const d = run(arg, env, present ? [] : subs, offset);
      sub.defaultLength = d.length;
      if (present) return set;
      sub.source = "default";
      return d;
    }
    case "?":
      sub.required = true;
      if (present) return set;
      sub.error = `required variable ${name} is ${set === void 0 ? "unset" : "empty"}${arg ? `: ${arg}` : ""}`;
      return "${" + expr + "}";
    case "+":
      return present ? run(arg, env, subs, offset) : "";
    default:
      return set ?? "";
  }
}
function parseEnvFile(text) {
  const values = /* @__PURE__ */ new Map();
  const lines = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((raw, idx) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) return;
    let v = m[2];
    if (v.startsWith('"') && v.lastIndexOf('"') > 0 || v.startsWith("'") && v.lastIndexOf("'") > 0) {
      const q = v[0];
      v = v.slice(1, v.lastIndexOf(q));
      if (q === '"') v = v.replace(/\\n/g, "\n").replace(/\\"/g, '"');
    } else {
      v = v.replace(/\s+#.*$/, "").trim();
    }
    values.set(m[1], v);
    lines.set(m[1], idx + 1);
  });
  return { values, lines };
}

// src/inventory/compose/load.ts
var secretVariable = (name) => isSecretName(name);
var everyVariable = () => true;
function interpolateTree(node, env, file, path, container2, key) {
  if (typeof node === "string") {
    if (!node.includes("$")) return node;
    const r = interpolate(node, env.env, typeof key === "string" && isSecretName(key) ? everyVariable : secretVariable);
    const pos = container2 ? yamlPosition(container2, key) : void 0;
    for (const s3 of r.substitutions) {
      env.interpolations.push({
        variable: s3.variable,
        file,
        line: pos?.line ?? 0,
        column: pos?.column ?? 0,
        path,
        source: s3.source,
        required: s3.required,
        ...s3.defaultLength !== void 0 ? { defaultLength: s3.defaultLength } : {}
      });
      if (s3.error) env.ctx.diagnose({ file, line: pos?.line, column: pos?.column, severity: "warning", code: "compose-required-variable", message: `${s3.error} (at ${path}); docker compose refuses to run without it` });
    }
    return r.value;
  }
  if (Array.isArray(node)) return node.map((v, i) => interpolateTree(v, env, file, `${path}[${i}]`, node, i));
  if (isMap(node)) {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = interpolateTree(v, env, file, path ? `${path}.${k}` : k, node, k);
    return out;
  }
  return node ?? null;
}
var ITEM_LINES = /* @__PURE__ */ new Set(["ports", "expose", "volumes", "secrets", "configs", "cap_add", "cap_drop", "security_opt", "env_file"]);
var itemKey = (field, item) => `${field}[${JSON.stringify(item)}]`;
function fieldLocs(raw, cfg, file, prefix = "", depth = 0, out = /* @__PURE__ */ new Map()) {
  if (!isMap(raw)) return out;
  const c = isMap(cfg) ? cfg : {};
  for (const k of Object.keys(raw)) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.set(p, { file, line: yamlLine(raw, k) });
    const v = raw[k];
    if (depth < 3 && isMap(v)) fieldLocs(v, c[k], file, p, depth + 1, out);
    if (!Array.isArray(v)) continue;
    if (depth === 0 && (k === "environment" || k === "labels")) {
      v.forEach((item, i) => {
        const name = String(item).split("=")[0];
        out.set(`${p}.${name}`, { file, line: yamlLine(v, i) });
      });
    } else if (depth === 0 && ITEM_LINES.has(k)) {
      const items = Array.isArray(c[k]) ? c[k] : [];
      items.forEach((item, i) => out.set(itemKey(k, item), { file, line: yamlLine(v, i) }));
    }
  }
  return out;
}
function resolveBuild(config, baseDir) {
  const b = config.build;
  if (!isMap(b)) return config;
  if (typeof b.context !== "string") return config;
  const ctx = b.context;
  if (/^(https?:|git@|git:|github\.com)/.test(ctx)) return { ...config, build: { ...b, remote: true } };
  const context = posix.normalize(posix.join(baseDir || ".", ctx));
  return { ...config, build: { ...b, context: context === "" ? "." : context } };
}
function loadComposeFile(env, path, stack = []) {
  if (env.loaded.has(path)) return env.loaded.get(path);
  const file = readComposeFile(env, path, stack);
  env.loaded.set(path, file);
  return file;
}
function readComposeFile(env, path, stack) {
  const parsed = env.ctx.yaml(path);
  if (!parsed) return void 0;
  const doc = parsed.documents[0]?.value;
  const file = { path, services: /* @__PURE__ */ new Map(), networks: {}, networksLine: 0, volumes: {} };
  if (doc === null || doc === void 0) return file;
  if (!isMap(doc)) {
    env.ctx.diagnose({ file: path, line: parsed.documents[0].line, severity: "error", code: "compose-invalid", message: "a compose file must be a mapping" });
    return file;
  }
  const rawServices = doc.services;
  const interpolated = interpolateTree(doc, env, path, "");
  if (typeof interpolated.name === "string" && interpolated.name) file.name = interpolated.name;
  if (isMap(interpolated.networks)) {
    file.networks = interpolated.networks;
    file.networksLine = yamlLine(doc, "networks");
  }
  if (isMap(interpolated.volumes)) file.volumes = interpolated.volumes;
  if (rawServices !== void 0 && rawServices !== null && !isMap(rawServices)) {
    env.ctx.diagnose({ file: path, line: yamlLine(doc, "services"), severity: "error", code: "compose-invalid", message: "`services` must be a mapping" });
    return file;
  }
  const services = isMap(interpolated.services) ? interpolated.services : {};
  const dir = posix.dirname(path) === "." ? "" : posix.dirname(path);
  const resolving = /* @__PURE__ */ new Set();
  const resolve = (name) => {
    const done = file.services.get(name);
    if (done) return done;
    const cfg = services[name];
    const raw = isMap(rawServices) ? rawServices[name] : void 0;
    if (!isMap(cfg)) {
      env.ctx.diagnose({ file: path, line: yamlLine(rawServices, name), severity: "error", code: "compose-invalid", message: `service "${name}" must be a mapping` });
      return void 0;
    }
    if (resolving.has(name)) {
      env.ctx.diagnose({ file: path, line: yamlLine(raw, "extends"), severity: "error", code: "compose-extends-loop", message: `service "${name}" extends itself through ${[...resolving].join(" -> ")}` });
      return void 0;
    }
    resolving.add(name);
    let own2 = {
      config: resolveBuild(normaliseService(cfg), env.projectDir),
      locs: fieldLocs(raw, cfg, path),
      file: path,
      line: yamlLine(rawServices, name),
      raw
    };
    const ext = cfg.extends;
    if (ext !== void 0) {
      const target = typeof ext === "string" ? { service: ext } : isMap(ext) ? ext : {};
      const svcName = String(target.service ?? "");
      let base;
      if (typeof target.file === "string") {
        const other = posix.normalize(posix.join(dir || ".", target.file));
        if (stack.includes(other) || other === path) {
          env.ctx.diagnose({ file: path, line: yamlLine(raw, "extends"), severity: "error", code: "compose-extends-loop", message: `extends loops back to ${other}` });
        } else if (!env.ctx.exists(other)) {
          env.ctx.diagnose({ file: path, line: yamlLine(raw, "extends"), severity: "error", code: "compose-extends-missing", message: `extends names ${other}, which does not exist` });
        } else {
          base = loadComposeFile({ ...env, projectDir: posix.dirname(other) === "." ? "" : posix.dirname(other) }, other, [...stack, path])?.services.get(svcName);
          if (!base) env.ctx.diagnose({ file: path, line: yamlLine(raw, "extends"), severity: "error", code: "compose-extends-missing", message: `extends names service "${svcName}" that ${other} does not define` });
        }
      } else {
        base = resolve(svcName);
        if (!base && services[svcName] === void 0) env.ctx.diagnose({ file: path, line: yamlLine(raw, "extends"), severity: "error", code: "compose-extends-missing", message: `extends names service "${svcName}", which is not defined` });
      }
      const { extends: _drop, ...rest } = own2.config;
      own2 = base ? { ...mergeLoaded(base, { ...own2, config: rest }), file: own2.file, line: own2.line } : { ...own2, config: rest };
    }
    resolving.delete(name);
    file.services.set(name, own2);
    return own2;
  };
  for (const name of Object.keys(services)) resolve(name);
  return file;
}
function mergeLoaded(base, over) {
  const config = mergeService(base.config, over.config, over.raw, yamlTag);
  const locs = new Map(base.locs);
  for (const [k, v] of over.locs) locs.set(k, v);
  for (const k of locs.keys()) if (!(/^[^.[]*/.exec(k)[0] in config)) locs.delete(k);
  return { config, locs, file: base.file, line: base.line };
}
function projectEnv(ctx, dir) {
  const p = dir ? `${dir}/.env` : ".env";
  const text = ctx.text(p);
  return text === void 0 ? /* @__PURE__ */ new Map() : parseEnvFile(text).values;
}

// src/inventory/compose/production.ts
import { posix as posix2 } from "node:path";
function productionFiles(ctx, dir, base, files, fileSets) {
  const paths = new Set(files.map((f) => f.path));
  const configured = ctx.options.composeProductionOverlays?.map((p) => posix2.normalize(posix2.join(dir || ".", p))).filter((p) => paths.has(p));
  const prodOverlays = files.filter((f) => f.role === "production").map((f) => f.path);
  const runsProd = fileSets.filter((s3) => s3.files.some((f) => prodOverlays.includes(f)));
  const prodSet = runsProd.find((s3) => s3.files.includes(base)) ?? runsProd.find((s3) => s3.files.every((f) => !paths.has(f) || isStandalone(ctx, f)));
  let chosen;
  if (configured?.length) chosen = { files: [base, ...configured.filter((p) => p !== base)], source: "configured" };
  else if (prodSet) chosen = { files: prodSet.files.filter((f) => paths.has(f)), source: "file-set" };
  else if (prodOverlays.length) chosen = { files: [base, ...prodOverlays], source: "overlay" };
  else chosen = { files: [base], source: "base-only" };
  if (ctx.options.composeApplyOverride) {
    const override = files.find((f) => /\.override\.ya?ml$/i.test(f.path));
    if (override && !chosen.files.includes(override.path)) chosen.files.splice(1, 0, override.path);
  }
  return chosen;
}
function isStandalone(ctx, path) {
  const doc = ctx.yaml(path)?.documents[0]?.value;
  const services = isMap(doc) ? doc.services : void 0;
  if (!isMap(services) || Object.keys(services).length === 0) return false;
  return Object.values(services).every((s3) => isMap(s3) && (s3.image !== void 0 || s3.build !== void 0 || s3.extends !== void 0));
}

// src/inventory/compose/service.ts
import { posix as posix3 } from "node:path";

// src/inventory/image-ref.ts
function parseImageRef(raw) {
  const s3 = raw.trim();
  const templated = /\$\{|\{\{|\$[A-Za-z_]/.test(s3);
  let rest = s3;
  let digest;
  const at3 = rest.indexOf("@");
  if (at3 >= 0) {
    digest = rest.slice(at3 + 1);
    rest = rest.slice(0, at3);
  }
  let tag;
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry;
  const first = rest.indexOf("/");
  if (first > 0) {
    const head = rest.slice(0, first);
    if (head.includes(".") || head.includes(":") || head === "localhost") {
      registry = head;
      rest = rest.slice(first + 1);
    }
  }
  return { raw: s3, registry, repository: rest, tag, digest, floating: !digest && (!tag || tag === "latest"), templated };
}
function imageName(raw) {
  const r = parseImageRef(raw).repository;
  return r.slice(r.lastIndexOf("/") + 1).toLowerCase();
}

// src/inventory/compose/service.ts
var str2 = (v) => v === void 0 || v === null ? void 0 : Array.isArray(v) ? v.join(" ") : String(v);
function cmd(v) {
  if (Array.isArray(v)) return v.map((x) => /\s/.test(String(x)) ? JSON.stringify(String(x)) : String(x)).join(" ");
  return str2(v);
}
function parsePort(p, at3) {
  const { file, line } = at3;
  if (isMap(p)) {
    if (p.target === void 0) return void 0;
    return { target: String(p.target), published: str2(p.published), hostIp: str2(p.host_ip), protocol: str2(p.protocol) ?? "tcp", file, line };
  }
  let s3 = String(p);
  let protocol = "tcp";
  const slash = s3.lastIndexOf("/");
  if (slash > 0) {
    protocol = s3.slice(slash + 1);
    s3 = s3.slice(0, slash);
  }
  let hostIp;
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(s3);
  if (v6) {
    hostIp = v6[1];
    s3 = v6[2];
  }
  const parts = s3.split(":");
  if (parts.length === 3) return { hostIp: parts[0] || void 0, published: parts[1] || void 0, target: parts[2], protocol, file, line };
  if (parts.length === 2) return { hostIp, published: parts[0] || void 0, target: parts[1], protocol, file, line };
  return { hostIp, target: parts[0], protocol, file, line };
}
function located(value, loc, fallback) {
  if (value === void 0) return void 0;
  const l = loc ?? fallback;
  return { value, file: l.file, line: l.line };
}
function resources(v) {
  if (!isMap(v)) return void 0;
  const out = {};
  if (v.cpus !== void 0 && v.cpus !== null) out.cpus = String(v.cpus);
  if (v.memory !== void 0 && v.memory !== null) out.memory = String(v.memory);
  return out.cpus || out.memory ? out : void 0;
}
function toService(ctx, name, s3, projectDir) {
  const c = s3.config;
  const locs = Object.fromEntries([...s3.locs].filter(([k]) => !k.includes("[")));
  const at3 = (path) => s3.locs.get(path) ?? { file: s3.file, line: s3.line };
  const own2 = { file: s3.file, line: s3.line };
  const env = keyValueMap(c.environment);
  const deploy = isMap(c.deploy) ? c.deploy : {};
  const deployRes = isMap(deploy.resources) ? deploy.resources : {};
  let limits = located(resources(deployRes.limits), s3.locs.get("deploy.resources.limits"), own2);
  if (!limits && (c.mem_limit !== void 0 || c.cpus !== void 0)) {
    limits = located({ memory: str2(c.mem_limit), cpus: str2(c.cpus) }, s3.locs.get("mem_limit") ?? s3.locs.get("cpus"), own2);
  }
  const hc = isMap(c.healthcheck) ? c.healthcheck : void 0;
  const test = hc?.test;
  const image = str2(c.image);
  const service = {
    name,
    file: s3.file,
    line: s3.line,
    image,
    imageRef: image ? parseImageRef(image) : void 0,
    build: isMap(c.build) ? buildOf(ctx, c.build, at3("build"), projectDir) : void 0,
    ports: (Array.isArray(c.ports) ? c.ports : []).map((p) => parsePort(p, s3.locs.get(itemKey("ports", p)) ?? at3("ports"))).filter((p) => !!p),
    expose: (Array.isArray(c.expose) ? c.expose : []).map(String),
    environment: Object.entries(env).map(([k, v]) => {
      const value = v === null ? null : String(v);
      const shown2 = value !== null && value !== "" && isSecretName(k) && !value.includes("***") ? REDACTED : value;
      const l = at3(`environment.${k}`);
      return { name: k, value: shown2, file: l.file, line: l.line };
    }),
    envFiles: (Array.isArray(c.env_file) ? c.env_file : c.env_file !== void 0 ? [c.env_file] : []).map((e2) => isMap(e2) ? String(e2.path) : String(e2)),
    command: cmd(c.command),
    entrypoint: cmd(c.entrypoint),
    healthcheck: hc ? {
      test: Array.isArray(test) ? test.map(String) : test !== void 0 && test !== null ? [String(test)] : void 0,
      interval: str2(hc.interval),
      timeout: str2(hc.timeout),
      retries: hc.retries === void 0 ? void 0 : Number(hc.retries),
      startPeriod: str2(hc.start_period),
      disabled: hc.disable === true || Array.isArray(test) && test[0] === "NONE",
      file: at3("healthcheck").file,
      line: at3("healthcheck").line
    } : void 0,
    restart: located(str2(c.restart), s3.locs.get("restart"), own2),
    replicas: located(deploy.replicas === void 0 ? void 0 : Number(deploy.replicas), s3.locs.get("deploy.replicas"), own2),
    limits,
    reservations: located(resources(deployRes.reservations), s3.locs.get("deploy.resources.reservations"), own2),
    containerName: located(str2(c.container_name), s3.locs.get("container_name"), own2),
    networks: Array.isArray(c.networks) ? c.networks.map(String) : isMap(c.networks) ? Object.keys(c.networks) : [],
    volumes: (Array.isArray(c.volumes) ? c.volumes : []).map((v) => isMap(v) ? `${v.source ?? ""}:${v.target ?? ""}` : String(v)),
    dependsOn: isMap(c.depends_on) ? Object.entries(c.depends_on).map(([k, v]) => ({ service: k, condition: isMap(v) ? String(v.condition ?? "service_started") : "service_started" })) : [],
    logging: isMap(c.logging) ? located({ driver: str2(c.logging.driver), options: Object.fromEntries(Object.entries(isMap(c.logging.options) ? c.logging.options : {}).map(([k, v]) => [k, String(v)])) }, s3.locs.get("logging"), own2) : void 0,
    user: str2(c.user),
    readOnly: c.read_only === true,
    privileged: c.privileged === true,
    capDrop: (Array.isArray(c.cap_drop) ? c.cap_drop : []).map(String),
    securityOpt: (Array.isArray(c.security_opt) ? c.security_opt : []).map(String),
    labels: Object.fromEntries(Object.entries(redactedMap(c.labels)).map(([k, v]) => [k, v ?? ""])),
    extraHosts: Object.fromEntries(Object.entries(keyValueMap(c.extra_hosts, ":")).map(([k, v]) => [k, v === null ? "" : String(v)])),
    profiles: (Array.isArray(c.profiles) ? c.profiles : []).map(String),
    locs
  };
  return service;
}
function redactedMap(v) {
  const out = {};
  for (const [k, x] of Object.entries(keyValueMap(v))) {
    const value = x === null ? null : String(x);
    out[k] = value !== null && value !== "" && isSecretName(k) && !value.includes("***") ? REDACTED : value;
  }
  return out;
}
function buildOf(ctx, b, loc, projectDir) {
  const context = str2(b.context) ?? (projectDir || ".");
  const remote = b.remote === true;
  const inline = typeof b.dockerfile_inline === "string";
  let dockerfile;
  let exists = true;
  if (!remote && !inline) {
    const rel = str2(b.dockerfile) ?? "Dockerfile";
    dockerfile = rel.startsWith("/") ? rel : posix3.normalize(posix3.join(context, rel)).replace(/^\.\//, "");
    exists = ctx.exists(dockerfile);
  }
  return { context, dockerfile, dockerfileExists: exists, inline, remote, args: redactedMap(b.args), file: loc.file, line: loc.line };
}

// src/inventory/compose/project.ts
function buildProject(ctx, dir, base, files, sets) {
  const paths = new Set(files.map((f) => f.path));
  const fileSets = sets.filter((s3) => s3.files.some((f) => paths.has(f)));
  const { files: productionFiles2, source: productionSource } = productionFiles(ctx, dir, base, files, fileSets);
  const env = { ctx, env: projectEnv(ctx, dir), projectDir: dir, interpolations: [], loaded: /* @__PURE__ */ new Map() };
  const merged = /* @__PURE__ */ new Map();
  let networks = {};
  const networkLocs = /* @__PURE__ */ new Map();
  let topName;
  for (const path of productionFiles2) {
    const loaded = loadComposeFile(env, path);
    if (!loaded) continue;
    topName = loaded.name ?? topName;
    networks = deepMerge(networks, loaded.networks);
    const raw = networksOf(ctx, path);
    for (const n2 of Object.keys(loaded.networks)) networkLocs.set(n2, { file: path, line: yamlLine(raw, n2) || loaded.networksLine });
    for (const [name2, svc] of loaded.services) {
      const prev = merged.get(name2);
      merged.set(name2, prev ? mergeLoaded(prev, svc) : svc);
    }
  }
  for (const f of files) if (!productionFiles2.includes(f.path)) loadComposeFile(env, f.path);
  const name = projectName(topName ?? (dir ? dir.slice(dir.lastIndexOf("/") + 1) : "root"));
  return {
    name,
    dir,
    files,
    productionFiles: productionFiles2,
    productionSource,
    fileSets,
    services: [...merged].map(([n2, s3]) => toService(ctx, n2, s3, dir)),
    networks: Object.entries(networks).map(([n2, v]) => ({ name: n2, internal: isMap(v) && v.internal === true, ...networkLocs.get(n2) ?? { file: base, line: 0 } })),
    interpolations: env.interpolations
  };
}
function projectName(raw) {
  return raw.toLowerCase().replace(/[^a-z0-9_-]/g, "") || "default";
}
function networksOf(ctx, path) {
  const doc = ctx.yaml(path)?.documents[0]?.value;
  return isMap(doc) ? doc.networks : void 0;
}

// src/inventory/compose/index.ts
var SCRIPT = (name, ext) => ext === ".sh" || ext === ".md" || name === "Makefile" || ext === ".mk" || ext === ".bash";
var composeCollector = {
  key: "compose",
  // any YAML: `extends: {file: common.yml}` may name a file that is not called compose
  wants: (f) => f.ext === ".yml" || f.ext === ".yaml" || f.name === ".env" || SCRIPT(f.name, f.ext),
  collect(ctx) {
    const composeFiles = ctx.files.filter(isComposeFile);
    if (composeFiles.length === 0) return { projects: [] };
    const sets = fileSetsIn(ctx);
    const projects = [];
    for (const group of groupComposeFiles(composeFiles)) {
      if (group.base) projects.push(buildProject(ctx, group.dir, group.base, group.files, sets));
      else for (const f of group.files) projects.push(buildProject(ctx, group.dir, f.path, [{ path: f.path, role: "base" }], sets));
    }
    return { projects };
  },
  describe: describeCompose
};
function fileSetsIn(ctx) {
  const out = [];
  for (const f of ctx.files) {
    if (!SCRIPT(f.name, f.ext)) continue;
    const text = ctx.text(f.path);
    if (!text) continue;
    for (const s3 of findFileSets(text)) {
      const resolved = s3.files.map((x) => {
        const local = posix4.normalize(posix4.join(f.dir || ".", x));
        return ctx.exists(local) ? local : posix4.normalize(x);
      });
      out.push({ files: resolved, file: f.path, line: s3.line });
    }
  }
  return out;
}

// src/inventory/dockerfile/parse.ts
var KNOWN_DIRECTIVES = /* @__PURE__ */ new Set(["syntax", "escape", "check"]);
var HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
var HEREDOC_RE = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
var FLAG_RE = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(\S*))?(?:\s+|$)/;
function parseDockerfile(text) {
  const lines = text.split(/\r?\n/);
  const errors = [];
  const directives = [];
  let escape2 = "\\";
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(lines[i]);
    if (!m || !KNOWN_DIRECTIVES.has(m[1].toLowerCase())) break;
    const name = m[1].toLowerCase();
    if (directives.some((d) => d.name === name)) {
      errors.push({ line: i + 1, message: `parser directive "${name}" given twice` });
      break;
    }
    directives.push({ name, value: m[2], line: i + 1 });
    if (name === "escape") {
      if (m[2] === "`" || m[2] === "\\") escape2 = m[2];
      else errors.push({ line: i + 1, message: `invalid escape character "${m[2]}": must be \\ or \`` });
    }
  }
  const out = [];
  while (i < lines.length) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith("#")) {
      i++;
      continue;
    }
    const start = i + 1;
    let body = "";
    let line = raw;
    for (; ; ) {
      const t2 = line.replace(/\s+$/, "");
      if (t2.endsWith(escape2)) {
        body += t2.slice(0, -1) + " ";
        i++;
        while (i < lines.length && /^\s*(#|$)/.test(lines[i])) i++;
        if (i >= lines.length) break;
        line = lines[i];
        continue;
      }
      body += line;
      break;
    }
    i++;
    const m = /^\s*([A-Za-z]+)(?:\s+(.*))?$/s.exec(body);
    if (!m) {
      errors.push({ line: start, message: `cannot read this line as an instruction: ${trimmed.slice(0, 60)}` });
      continue;
    }
    const keyword = m[1].toUpperCase();
    let args = (m[2] ?? "").trim();
    const heredocs = [];
    if (HEREDOC_KEYWORDS.has(keyword) && args.includes("<<")) {
      for (const h of args.matchAll(HEREDOC_RE)) {
        const strip = h[1] === "-";
        const name = h[3];
        const bodyLine = i + 1;
        const bodyLines = [];
        let closed = false;
        while (i < lines.length) {
          const l = strip ? lines[i].replace(/^\t+/, "") : lines[i];
          i++;
          if (l === name || l.trimEnd() === name) {
            closed = true;
            break;
          }
          bodyLines.push(l);
        }
        if (!closed) errors.push({ line: start, message: `heredoc <<${name} is never closed: "${name}" not found before the end of the file` });
        heredocs.push({ name, body: bodyLines.join("\n"), line: bodyLine });
      }
    }
    const flags = {};
    const flagList = [];
    for (let f = FLAG_RE.exec(args); f; f = FLAG_RE.exec(args)) {
      const value = f[2] ?? "true";
      flags[f[1]] = value;
      flagList.push({ name: f[1], value });
      args = args.slice(f[0].length);
    }
    let json;
    if (args.startsWith("[")) {
      try {
        const v = JSON.parse(args);
        if (Array.isArray(v) && v.every((x) => typeof x === "string")) json = v;
      } catch {
        if (keyword === "CMD" || keyword === "ENTRYPOINT" || keyword === "RUN" || keyword === "SHELL") {
          errors.push({ line: start, message: `${keyword} looks like the exec form but is not valid JSON (use double quotes); it will run through a shell` });
        }
      }
    }
    out.push({ keyword, args, json, flags, flagList, heredocs, line: start, endLine: i });
  }
  return { instructions: out, escape: escape2, directives, errors };
}

// src/inventory/dockerfile/commands.ts
var DEV_SERVERS = [
  [/(^|\s)--reload(\s|=|$)/, "--reload"],
  [/\bflask(\s+--?\S+(\s+[^-\s]\S*)?)*\s+run\b/, "flask run"],
  [/\b(manage\.py|django-admin)\s+runserver\b/, "manage.py runserver"],
  [/\b(npm|bun)\s+run\s+(dev|start:dev|serve|watch)\b/, "npm run dev"],
  [/\b(yarn|pnpm|bun)\s+(run\s+)?(dev|start:dev|serve|watch)\b/, "yarn dev"],
  [/\b(next|nuxt|nuxi|astro|remix)\s+dev\b/, "next dev"],
  [/\bvite(\s+(dev|serve)\b|\s*$|\s+--)/, "vite dev server"],
  [/\bnodemon\b/, "nodemon"],
  [/\bts-node-dev\b/, "ts-node-dev"],
  [/\b(tsx|node)\s+(--)?watch\b/, "watch mode"],
  [/\bng\s+serve\b/, "ng serve"],
  [/\bwebpack(-dev-server|\s+serve)\b/, "webpack dev server"],
  [/\breact-scripts\s+start\b/, "react-scripts start"],
  [/\bvue-cli-service\s+serve\b/, "vue-cli-service serve"],
  [/\bphp\s+artisan\s+serve\b/, "artisan serve"],
  [/\bphp\s+-S\s/, "php -S"],
  [/\brails\s+s(erver)?\b.*-e\s+development/, "rails development"],
  [/\bjupyter\s+(notebook|lab)\b/, "jupyter"],
  [/(^|\s)--debug(\s|=|$)/, "--debug"]
];
var PROGRAMS = ["gunicorn", "uvicorn", "hypercorn", "daphne", "waitress-serve", "streamlit", "celery", "nginx", "caddy", "httpd", "java", "dotnet", "node", "bun", "deno", "npm", "yarn", "pnpm", "python", "python3", "php-fpm", "puma", "rails", "flask", "supervisord", "envoy", "traefik"];
function launchFacts(command2, argv) {
  const hit = DEV_SERVERS.find(([re]) => re.test(command2));
  const idle = /\bsleep\s+(infinity|inf|\d{5,})\b|\btail\s+-f\s+\/dev\/null\b/.test(command2);
  const notes = [];
  let program;
  for (const w of argv.length ? argv : command2.split(/\s+/)) {
    const base = w.slice(w.lastIndexOf("/") + 1);
    if (PROGRAMS.includes(base)) {
      program = base;
      if (base !== "python" && base !== "python3" && base !== "node" && base !== "npm" && base !== "yarn" && base !== "pnpm") break;
    }
  }
  if (/\bstreamlit\s+run\b/.test(command2) && !/--server\.headless(=|\s+)true\b/.test(command2)) notes.push("streamlit without --server.headless true");
  if (/--host[= ](127\.0\.0\.1|localhost)\b|--bind[= ](127\.0\.0\.1|localhost)\b/.test(command2)) notes.push("listens on localhost only");
  if (/\bgunicorn\b/.test(command2) && !/(-w|--workers)[= ]?\S/.test(command2)) notes.push("gunicorn with the default single worker");
  return { program, devServer: hit?.[1], idle, notes };
}
function runFindings(text, cacheMounts) {
  const out = [];
  if (/\bapt(-get)?\s+(-\S+\s+)*install\b/.test(text)) {
    if (!/--no-install-recommends\b/.test(text)) out.push("apt-recommends");
    if (!/rm\s+-(rf|fr|r)\s+[^;&|]*\/var\/lib\/apt\/lists/.test(text) && !/\bapt(-get)?\s+(clean|distclean)\b/.test(text) && !cacheMounts.some((t2) => t2.includes("/var/lib/apt") || t2.includes("/var/cache/apt"))) out.push("apt-lists-kept");
  }
  if (/\bapk\s+(-\S+\s+)*add\b/.test(text) && !/--no-cache\b/.test(text) && !cacheMounts.some((t2) => t2.includes("/var/cache/apk"))) out.push("apk-cache-kept");
  if (/\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/.test(text)) out.push("pipe-to-shell");
  if (/(^|[;&|]\s*)sudo\s/.test(text)) out.push("sudo");
  return out;
}
function redactCommand(text, max = 300) {
  let s3 = text.replace(/\b([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g, (m, name) => isSecretName(name) ? `${name}=***` : m).replace(/(\w+:\/\/[^\s:/@]+):[^\s@/]+@/g, "$1:***@").replace(/\b(bearer|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, "$1 ***").replace(/(--password|--token)([= ])\S+/g, "$1$2***");
  if (s3.length > max) s3 = s3.slice(0, max) + "\u2026";
  return s3;
}

// src/inventory/dockerfile/words.ts
function splitWords(s3, escape2 = "\\") {
  const out = [];
  let cur = "";
  let has3 = false;
  let quote = "";
  for (let i = 0; i < s3.length; i++) {
    const c = s3[i];
    if (c === escape2 && quote !== "'" && i + 1 < s3.length) {
      cur += s3[++i];
      has3 = true;
    } else if (quote) {
      if (c === quote) quote = "";
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has3 = true;
    } else if (c === " " || c === "	") {
      if (has3) out.push(cur);
      cur = "";
      has3 = false;
    } else {
      cur += c;
      has3 = true;
    }
  }
  if (has3) out.push(cur);
  return out;
}
function keyValues(s3, escape2 = "\\", legacy = false) {
  const words = splitWords(s3, escape2);
  if (legacy && words.length > 0 && !words[0].includes("=")) return [{ name: words[0], value: words.slice(1).join(" ") }];
  return words.map((w) => {
    const eq = w.indexOf("=");
    return eq < 0 ? { name: w } : { name: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}
var VAR_RE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
function substitute(s3, vars) {
  if (!s3.includes("$")) return { value: s3, unresolved: [] };
  const unresolved = [];
  const value = s3.replace(VAR_RE, (m, braced2, op, word, bare) => {
    const name = braced2 ?? bare;
    const v = vars.get(name);
    const set = v !== void 0;
    const nonEmpty = set && v !== "";
    switch (op) {
      case ":-":
        return nonEmpty ? v : word ?? "";
      case "-":
        return set ? v : word ?? "";
      case ":+":
        return nonEmpty ? word ?? "" : "";
      case "+":
        return set ? word ?? "" : "";
      default:
        if (set) return v;
        unresolved.push(name);
        return m;
    }
  });
  return { value, unresolved };
}

// src/inventory/dockerfile/stages.ts
var KEYWORDS = /* @__PURE__ */ new Set(["FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"]);
function shown(name, value) {
  return value === void 0 ? void 0 : redactValue(name, value);
}
function command(ins, escape2) {
  if (ins.json) return { value: ins.json.join(" "), exec: true, argv: ins.json, line: ins.line };
  return { value: ins.args, exec: false, argv: splitWords(ins.args, escape2), line: ins.line };
}
function newStage(index, line) {
  return {
    index,
    line,
    from: "",
    fromRaw: "",
    fromStage: false,
    scratch: false,
    unresolved: [],
    users: [],
    expose: [],
    env: [],
    args: [],
    copies: [],
    runs: [],
    volumes: [],
    labels: [],
    onbuild: [],
    instructions: []
  };
}
function buildStages(parsed) {
  const { escape: escape2 } = parsed;
  const problems = [];
  const globalArgs = [];
  const globalVars = /* @__PURE__ */ new Map();
  const stages = [];
  const byName = /* @__PURE__ */ new Map();
  let cur;
  let vars = /* @__PURE__ */ new Map();
  const envOf = [];
  for (const ins of parsed.instructions) {
    if (!KEYWORDS.has(ins.keyword)) {
      problems.push({ line: ins.line, severity: "warning", code: "dockerfile-unknown-instruction", message: `unknown instruction ${ins.keyword}` });
      continue;
    }
    if (ins.keyword === "ARG" && !cur) {
      for (const kv of keyValues(ins.args, escape2)) {
        const value = kv.value === void 0 ? void 0 : substitute(kv.value, globalVars).value;
        globalVars.set(kv.name, value);
        globalArgs.push({ name: kv.name, default: shown(kv.name, value), hasDefault: value !== void 0, line: ins.line, secretLike: isSecretName(kv.name) });
      }
      continue;
    }
    if (ins.keyword === "FROM") {
      const words = splitWords(ins.args, escape2);
      const raw = words[0] ?? "";
      const sub = substitute(raw, globalVars);
      const from = sub.value;
      cur = newStage(stages.length, ins.line);
      cur.fromRaw = raw;
      cur.from = from;
      cur.unresolved = sub.unresolved;
      if (words.length >= 3 && words[1].toLowerCase() === "as") cur.name = words[2];
      else if (words.length > 1) problems.push({ line: ins.line, severity: "warning", code: "dockerfile-bad-from", message: `FROM ${ins.args}: expected "FROM image [AS name]"` });
      if (ins.flags.platform) cur.platform = ins.flags.platform;
      const parent = byName.get(from.toLowerCase());
      if (parent !== void 0) {
        cur.fromStage = true;
        cur.parentStage = parent;
      } else if (from.toLowerCase() === "scratch") cur.scratch = true;
      else if (from) cur.fromRef = parseImageRef(from);
      else problems.push({ line: ins.line, severity: "error", code: "dockerfile-bad-from", message: "FROM without an image" });
      if (cur.name) {
        if (byName.has(cur.name.toLowerCase())) problems.push({ line: ins.line, severity: "error", code: "dockerfile-duplicate-stage", message: `stage name "${cur.name}" is used twice` });
        byName.set(cur.name.toLowerCase(), cur.index);
      }
      stages.push(cur);
      vars = new Map(cur.parentStage !== void 0 ? envOf[cur.parentStage] : void 0);
      envOf.push(new Map(cur.parentStage !== void 0 ? envOf[cur.parentStage] : void 0));
      cur.instructions.push({ keyword: "FROM", line: ins.line });
      continue;
    }
    if (!cur) {
      problems.push({ line: ins.line, severity: "error", code: "dockerfile-before-from", message: `${ins.keyword} before the first FROM (only ARG may come first)` });
      continue;
    }
    cur.instructions.push({ keyword: ins.keyword, line: ins.line });
    const expand = (s3) => substitute(s3, vars).value;
    switch (ins.keyword) {
      case "USER": {
        const u = { value: expand(ins.args.trim()), line: ins.line };
        cur.user = u;
        cur.users.push(u);
        break;
      }
      case "HEALTHCHECK": {
        const none = /^NONE\s*$/i.test(ins.args);
        const cmd2 = /^CMD\s+([\s\S]*)$/i.exec(ins.args)?.[1]?.trim();
        let exec = false;
        let text = cmd2;
        if (cmd2?.startsWith("[")) {
          try {
            const v = JSON.parse(cmd2);
            if (Array.isArray(v)) {
              exec = true;
              text = v.join(" ");
            }
          } catch {
          }
        }
        if (!none && !cmd2) problems.push({ line: ins.line, severity: "warning", code: "dockerfile-bad-healthcheck", message: "HEALTHCHECK needs CMD <command> or NONE" });
        cur.healthcheck = { none, command: text, exec, options: ins.flags, line: ins.line };
        break;
      }
      case "EXPOSE":
        for (const w of splitWords(ins.args, escape2)) {
          const [port, protocol = "tcp"] = expand(w).split("/");
          cur.expose.push({ port, protocol: protocol.toLowerCase(), line: ins.line });
        }
        break;
      case "CMD":
        cur.cmd = command(ins, escape2);
        break;
      case "ENTRYPOINT":
        cur.entrypoint = command(ins, escape2);
        break;
      case "ENV":
        for (const kv of keyValues(ins.args, escape2, true)) {
          const value = kv.value === void 0 ? void 0 : expand(kv.value);
          vars.set(kv.name, value ?? "");
          envOf[cur.index].set(kv.name, value ?? "");
          cur.env.push({ name: kv.name, value: shown(kv.name, value), line: ins.line, secretLike: isSecretName(kv.name) });
        }
        break;
      case "ARG":
        for (const kv of keyValues(ins.args, escape2)) {
          const value = kv.value !== void 0 ? expand(kv.value) : globalVars.get(kv.name);
          if (!vars.has(kv.name) || kv.value !== void 0) vars.set(kv.name, value);
          cur.args.push({ name: kv.name, default: shown(kv.name, value), hasDefault: value !== void 0, line: ins.line, secretLike: isSecretName(kv.name) });
        }
        break;
      case "COPY":
      case "ADD": {
        const words = ins.json ?? splitWords(ins.args, escape2);
        const from = ins.flags.from;
        const fromStage = from !== void 0 && (byName.has(from.toLowerCase()) || /^\d+$/.test(from) && Number(from) < stages.length - 1);
        const sources2 = words.slice(0, -1);
        cur.copies.push({
          keyword: ins.keyword,
          from,
          fromStage,
          url: ins.keyword === "ADD" && sources2.some((s3) => /^(https?|git):\/\/|^git@|\.git(#|$)/.test(s3)),
          sources: sources2,
          dest: words[words.length - 1] ?? "",
          chown: ins.flags.chown,
          chmod: ins.flags.chmod,
          heredoc: ins.heredocs.length > 0,
          line: ins.line
        });
        break;
      }
      case "WORKDIR":
        cur.workdir = { value: expand(ins.args.trim()), line: ins.line };
        break;
      case "RUN": {
        const mounts = ins.flagList.filter((f) => f.name === "mount").map((f) => Object.fromEntries(f.value.split(",").map((p) => p.split("="))));
        const cacheMounts = mounts.filter((m) => m.type === "cache").map((m) => m.target ?? m.dst ?? m.destination ?? "");
        const full = ins.heredocs.length ? `${ins.args}
${ins.heredocs.map((h) => h.body).join("\n")}` : ins.json?.join(" ") ?? ins.args;
        cur.runs.push({
          line: ins.line,
          text: redactCommand(full),
          findings: runFindings(full, cacheMounts),
          secretMounts: mounts.filter((m) => m.type === "secret").map((m) => m.id ?? m.target ?? ""),
          cacheMounts
        });
        break;
      }
      case "VOLUME": {
        const paths = ins.json ?? splitWords(ins.args, escape2);
        for (const p of paths) cur.volumes.push({ path: p, line: ins.line });
        break;
      }
      case "SHELL":
        cur.shell = { value: ins.json ?? [ins.args], line: ins.line };
        break;
      case "STOPSIGNAL":
        cur.stopsignal = { value: ins.args.trim(), line: ins.line };
        break;
      case "LABEL":
        for (const kv of keyValues(ins.args, escape2)) cur.labels.push({ name: kv.name, line: ins.line });
        break;
      case "ONBUILD":
        cur.onbuild.push({ instruction: ins.args.split(/\s+/)[0]?.toUpperCase() ?? "", line: ins.line });
        break;
    }
  }
  return { stages, globalArgs, problems };
}

// src/inventory/dockerfile/final.ts
var ROLLING = /* @__PURE__ */ new Set(["latest", "stable", "lts", "edge", "current", "mainline", "nightly", "dev", "rolling", "main", "master", "release", "beta", "alpha", "canary", "next", "rc", "testing", "unstable", "sid"]);
function imagePin(stage, ref) {
  if (stage.scratch) return "scratch";
  if (!ref) return "untagged";
  if (ref.digest) return "digest";
  if (ref.templated || stage.unresolved.length) return "variable";
  if (!ref.tag) return "untagged";
  if (ref.tag === "latest") return "latest";
  const parts = ref.tag.toLowerCase().split(/[-_.]/);
  if (parts.some((p) => ROLLING.has(p)) || !/\d/.test(ref.tag)) return "floating-tag";
  return "version";
}
function isRoot(user) {
  const u = user.split(":")[0].trim();
  return u === "" || u === "root" || u === "0";
}
function lineage(stages) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let s3 = stages[stages.length - 1]; s3 && !seen.has(s3.index); s3 = s3.parentStage === void 0 ? void 0 : stages[s3.parentStage]) {
    seen.add(s3.index);
    out.push(s3);
  }
  return out;
}
function finalStage(stages) {
  const chain = lineage(stages);
  const last = chain[0];
  if (!last) return { stage: -1, line: 1, multiStage: false, runsAsRoot: true, hasHealthcheck: false, pinned: false, pin: "untagged", minimalBase: false, expose: [], notes: [] };
  const root = chain[chain.length - 1];
  const baseRef = root.fromRef;
  let user;
  for (const s3 of chain) {
    if (s3.user) {
      user = { value: s3.user.value, line: s3.user.line, source: s3 === last ? "stage" : "parent-stage" };
      break;
    }
  }
  if (!user && baseRef?.tag && /(^|-)nonroot$/.test(baseRef.tag)) user = { value: "nonroot", source: "base-image" };
  const health = chain.find((s3) => s3.healthcheck)?.healthcheck;
  const entrypoint = chain.find((s3) => s3.entrypoint)?.entrypoint;
  let cmd2 = void 0;
  for (const s3 of chain) {
    if (s3.cmd) {
      cmd2 = s3.cmd;
      break;
    }
    if (s3.entrypoint) break;
  }
  const expose = chain.flatMap((s3) => s3.expose);
  const launch = [entrypoint, cmd2].filter((c) => !!c);
  const joined = launch.map((c) => c.value).join(" ");
  const facts = launchFacts(joined, launch.flatMap((c) => c.argv));
  const devLine = launch.find((c) => launchFacts(c.value, c.argv).devServer)?.line ?? launch[launch.length - 1]?.line;
  const pin = imagePin(root, baseRef);
  const minimal = root.scratch || /distroless|chainguard\/static|\/static-debian/.test(baseRef?.repository ?? "");
  return {
    stage: last.index,
    name: last.name,
    line: last.line,
    multiStage: stages.length > 1,
    runsAsRoot: !user || isRoot(user.value),
    user: user?.value,
    userSource: user?.source,
    userLine: user?.line,
    hasHealthcheck: !!health && !health.none,
    healthcheckLine: health?.line,
    pinned: pin === "digest" || pin === "version" || pin === "scratch",
    pin,
    baseImage: root.scratch ? "scratch" : baseRef?.raw ?? root.from,
    baseRef,
    baseLine: root.line,
    minimalBase: minimal,
    expose,
    entrypoint,
    cmd: cmd2,
    devServer: facts.devServer && devLine ? { what: facts.devServer, line: devLine } : void 0,
    program: facts.program,
    idle: facts.idle && launch.length ? { line: launch[launch.length - 1].line } : void 0,
    notes: facts.notes
  };
}

// src/inventory/dockerfile/index.ts
function isDockerfile(f) {
  const n2 = f.name.toLowerCase();
  if (n2.length < 10) return false;
  return n2 === "dockerfile" || n2 === "containerfile" || n2.startsWith("dockerfile.") || n2.endsWith(".dockerfile") || n2.startsWith("containerfile.") || n2.startsWith("dockerfile-") || n2.endsWith("-dockerfile");
}
function analyseDockerfile(file, text, dockerignoreFile) {
  const parsed = parseDockerfile(text);
  const { stages, globalArgs, problems } = buildStages(parsed);
  for (const e2 of parsed.errors) problems.push({ line: e2.line, severity: "error", code: "dockerfile-syntax", message: e2.message });
  if (stages.length === 0) problems.push({ line: 1, severity: "warning", code: "dockerfile-no-from", message: "no FROM instruction: not a Dockerfile?" });
  const slash = file.lastIndexOf("/");
  return {
    info: {
      file,
      dir: slash < 0 ? "" : file.slice(0, slash),
      directives: parsed.directives,
      escape: parsed.escape,
      stages,
      final: finalStage(stages),
      globalArgs,
      dockerignore: dockerignoreFile !== void 0,
      dockerignoreFile
    },
    problems: problems.sort((a, b) => a.line - b.line)
  };
}
var dockerfileCollector = {
  key: "dockerfiles",
  wants: isDockerfile,
  collect(ctx) {
    const files = [];
    for (const f of ctx.files) {
      if (!isDockerfile(f)) continue;
      const text = ctx.text(f.path);
      if (text === void 0) continue;
      const own2 = `${f.path}.dockerignore`;
      const beside = f.dir ? `${f.dir}/.dockerignore` : ".dockerignore";
      const ignoreFile = ctx.exists(own2) ? own2 : ctx.exists(beside) ? beside : void 0;
      const { info, problems } = analyseDockerfile(f.path, text, ignoreFile);
      for (const p of problems) ctx.diagnose({ file: f.path, ...p });
      files.push(info);
    }
    return { files };
  },
  describe(inv) {
    return inv.files.map(describeDockerfile);
  }
};
function describeDockerfile(d) {
  const f = d.final;
  if (f.stage < 0) return `${d.file}:1 no FROM`;
  const pin = f.pinned ? f.pin === "digest" ? "digest-pinned" : "pinned" : `not pinned: ${f.pin}`;
  const bits = [`FROM ${f.baseImage ?? "?"} (${pin})`, `${d.stages.length} stage${d.stages.length === 1 ? "" : "s"}`];
  bits.push(f.runsAsRoot ? `runs as root${f.userLine ? ` (USER ${f.user} at line ${f.userLine})` : " (no USER)"}` : `USER ${f.user}${f.userLine ? ` at line ${f.userLine}` : ` (${f.userSource})`}`);
  bits.push(f.hasHealthcheck ? `HEALTHCHECK at line ${f.healthcheckLine}` : f.healthcheckLine ? `HEALTHCHECK NONE at line ${f.healthcheckLine}` : "no HEALTHCHECK");
  if (f.expose.length) bits.push(`EXPOSE ${f.expose.map((e2) => e2.protocol === "tcp" ? e2.port : `${e2.port}/${e2.protocol}`).join(" ")}`);
  if (f.entrypoint) bits.push(`ENTRYPOINT ${f.entrypoint.value}${f.entrypoint.exec ? "" : " (shell form)"}`);
  if (f.cmd) bits.push(`CMD ${f.cmd.value}${f.cmd.exec ? "" : " (shell form)"}`);
  if (f.devServer) bits.push(`DEV SERVER (${f.devServer.what}) at line ${f.devServer.line}`);
  if (f.idle) bits.push(`idle command at line ${f.idle.line}`);
  bits.push(...f.notes);
  const findings = d.stages[f.stage].runs.flatMap((r) => r.findings.map((x) => `${x} at line ${r.line}`));
  if (findings.length) bits.push(`RUN: ${findings.join(", ")}`);
  const secrets = d.stages.flatMap((s3) => [...s3.env, ...s3.args]).filter((e2) => e2.secretLike);
  if (secrets.length) bits.push(`secret-like ENV/ARG ${secrets.map((e2) => `${e2.name} (line ${e2.line})`).join(", ")}`);
  bits.push(d.dockerignoreFile ?? "no .dockerignore beside it");
  return `${d.file}:${f.line} ${bits.join(", ")}`;
}

// src/inventory/kubernetes/categories.ts
var BY_GROUP = {
  "cert-manager.io": "cert-manager",
  "acme.cert-manager.io": "cert-manager",
  "kustomize.toolkit.fluxcd.io": "flux",
  "helm.toolkit.fluxcd.io": "flux",
  "source.toolkit.fluxcd.io": "flux",
  "notification.toolkit.fluxcd.io": "flux",
  "image.toolkit.fluxcd.io": "flux",
  "flagger.app": "flagger",
  "monitoring.coreos.com": "prometheus-operator",
  "postgresql.cnpg.io": "cloudnative-pg",
  "velero.io": "velero",
  "keda.sh": "keda",
  "networking.istio.io": "istio",
  "security.istio.io": "istio",
  "linkerd.io": "linkerd",
  "policy.linkerd.io": "linkerd",
  "external-secrets.io": "external-secrets",
  "bitnami.com": "sealed-secrets",
  "acid.zalan.do": "postgres-operator",
  "postgres-operator.crunchydata.com": "postgres-operator",
  "externaldns.k8s.io": "external-dns"
};
var ARGO_CD = /* @__PURE__ */ new Set(["Application", "ApplicationSet", "AppProject"]);
function categoryOf(apiVersion, kind) {
  const slash = apiVersion.indexOf("/");
  if (slash < 0) return void 0;
  const group = apiVersion.slice(0, slash);
  if (group === "argoproj.io") return ARGO_CD.has(kind) ? "argo-cd" : "argo-rollouts";
  return BY_GROUP[group];
}

// src/inventory/kubernetes/provenance.ts
var ORIGIN = /* @__PURE__ */ new WeakMap();
var KEY_LOCS = /* @__PURE__ */ new WeakMap();
function track(v, file, shift = 0) {
  return copy(v, { file, shift });
}
function clone(v) {
  return copy(v, void 0);
}
function copy(v, origin) {
  if (v === null || typeof v !== "object") return v;
  let out;
  if (Array.isArray(v)) out = v.map((x) => copy(x, origin));
  else {
    const o = {};
    for (const k of Object.keys(v)) o[k] = copy(v[k], origin);
    out = o;
  }
  copyYamlMeta(v, out);
  const from = origin ?? ORIGIN.get(v);
  if (from) ORIGIN.set(out, from);
  const keys2 = KEY_LOCS.get(v);
  if (keys2 && !origin) KEY_LOCS.set(out, new Map(keys2));
  return out;
}
function setKeyLoc(container2, key, loc) {
  let m = KEY_LOCS.get(container2);
  if (!m) KEY_LOCS.set(container2, m = /* @__PURE__ */ new Map());
  m.set(String(key), loc);
}
function originFile(container2) {
  return container2 !== null && typeof container2 === "object" ? ORIGIN.get(container2)?.file : void 0;
}
function locOf(container2, key, fallback) {
  if (container2 === null || typeof container2 !== "object") return fallback;
  if (key !== void 0) {
    const set = KEY_LOCS.get(container2)?.get(String(key));
    if (set) return set;
    if (Array.isArray(container2) && typeof key === "number") {
      const item = container2[key];
      if (item !== null && typeof item === "object" && yamlLine(item)) return locOf(item, void 0, fallback);
    }
  }
  const origin = ORIGIN.get(container2);
  const line = yamlLine(container2, key);
  if (!line) return origin ? { file: origin.file, line: fallback.file === origin.file ? fallback.line : 1 } : fallback;
  return { file: origin?.file ?? fallback.file, line: line + (origin?.shift ?? 0) };
}
function inherit(from, to) {
  copyYamlMeta(from, to);
  const o = ORIGIN.get(from);
  if (o) ORIGIN.set(to, o);
  return to;
}
function shallow(v) {
  const out = Array.isArray(v) ? [...v] : { ...v };
  copyYamlMeta(v, out);
  const o = ORIGIN.get(v);
  if (o) ORIGIN.set(out, o);
  const keys2 = KEY_LOCS.get(v);
  if (keys2) KEY_LOCS.set(out, new Map(keys2));
  return out;
}

// src/inventory/kubernetes/objects.ts
var str3 = (v) => v === void 0 || v === null ? void 0 : String(v);
var strMap2 = (v) => {
  if (!isObj(v)) return {};
  const out = {};
  for (const k of Object.keys(v)) out[k] = String(v[k]);
  return out;
};
var list2 = (v) => Array.isArray(v) ? v : [];
var maps = (v) => list2(v).filter(isObj);
function isManifest(v) {
  return isObj(v) && typeof v.apiVersion === "string" && typeof v.kind === "string";
}
function expandLists(doc) {
  const kind = doc.kind;
  if (kind.endsWith("List") && Array.isArray(doc.items)) return doc.items.filter(isManifest);
  return [doc];
}
var RAW = /* @__PURE__ */ new WeakMap();
function rawOf(o) {
  return RAW.get(o) ?? {};
}
function describeObject(o, file, fallbackLine, via) {
  const meta = isObj(o.metadata) ? o.metadata : {};
  const obj2 = {
    apiVersion: String(o.apiVersion),
    kind: String(o.kind),
    name: str3(meta.name),
    namespace: str3(meta.namespace),
    file: originFile(o) ?? file,
    line: yamlLine(o, "kind") || fallbackLine,
    labels: strMap2(meta.labels),
    annotations: strMap2(meta.annotations)
  };
  if (via !== void 0) obj2.via = via;
  const cat = categoryOf(obj2.apiVersion, obj2.kind);
  if (cat) obj2.category = cat;
  if (obj2.kind === "Secret") {
    const keys2 = [...Object.keys(isObj(o.data) ? o.data : {}), ...Object.keys(isObj(o.stringData) ? o.stringData : {})];
    if (keys2.length) obj2.secretKeys = keys2;
  } else if (obj2.kind === "ConfigMap") {
    obj2.configMapKeys = [...Object.keys(isObj(o.data) ? o.data : {}), ...Object.keys(isObj(o.binaryData) ? o.binaryData : {})];
  }
  RAW.set(obj2, o);
  return obj2;
}

// src/inventory/kubernetes/kustomize/paths.ts
import { posix as posix5 } from "node:path";
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var NAMES = new Set(KUSTOMIZATION_NAMES);
var isKustomizationName = (name) => NAMES.has(name);
function resolvePath(dir, rel) {
  const p = posix5.normalize(posix5.join(dir || ".", rel));
  return p === "." ? "" : p.replace(/^\.\//, "").replace(/\/$/, "");
}
function kustomizationFile(ctx, dir) {
  for (const n2 of KUSTOMIZATION_NAMES) {
    const p = dir ? `${dir}/${n2}` : n2;
    if (ctx.exists(p)) return p;
  }
  return void 0;
}
function isRemote(rel) {
  return rel.includes("://") || rel.startsWith("git@") || rel.startsWith("github.com/") || rel.startsWith("gitlab.com/") || rel.includes("?ref=") || rel.includes("?version=");
}
function isOutside(path) {
  return path === ".." || path.startsWith("../");
}

// src/inventory/kubernetes/files.ts
var isYamlFile = (f) => f.ext === ".yml" || f.ext === ".yaml" || f.name === "Kustomization";
function chartDirsOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const f of files) if (f.name === "Chart.yaml") dirs.add(f.dir);
  if (dirs.size === 0) return () => false;
  if (dirs.has("")) return () => true;
  return (path) => {
    for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", i + 1)) if (dirs.has(path.slice(0, i))) return true;
    return false;
  };
}
function isComposeName(name) {
  const n2 = name.toLowerCase();
  return n2.startsWith("docker-compose") || n2.startsWith("compose.") || n2.startsWith("compose-") || n2.startsWith("docker_compose");
}
function mayHoldManifests(f) {
  if (!isYamlFile(f) || isKustomizationName(f.name) || isComposeName(f.name)) return false;
  return !(f.path.startsWith(".github/") || f.path.startsWith(".gitlab") || f.name === ".gitlab-ci.yml" || f.name === "Chart.yaml");
}
var PROD_SEGMENT = /^(prod|production|prd|live)([-_.].*)?$/i;
function isProductionPath(dir, names) {
  for (const seg of dir.split("/")) {
    if (names ? names.includes(seg) : PROD_SEGMENT.test(seg)) return true;
  }
  return false;
}

// src/inventory/kubernetes/kustomize/generators.ts
import { createHash } from "node:crypto";

// src/inventory/kubernetes/kustomize/resource.ts
var nameOf = (r) => isObj(r.raw.metadata) && typeof r.raw.metadata.name === "string" ? r.raw.metadata.name : "";
var namespaceOf = (r) => isObj(r.raw.metadata) && typeof r.raw.metadata.namespace === "string" ? r.raw.metadata.namespace : "";
function metadataOf(r) {
  const raw = writable(r, "meta");
  if (!isObj(raw.metadata)) raw.metadata = {};
  return raw.metadata;
}
function rename(r, name) {
  metadataOf(r).name = name;
  if (!r.names.includes(name)) r.names.push(name);
}
function own(r) {
  if (!r.owned) {
    r.raw = clone(r.raw);
    r.owned = true;
  }
  return r.raw;
}
function split(holder, key) {
  const v = holder[key];
  if (!isObj(v)) return void 0;
  const c = shallow(v);
  holder[key] = c;
  return c;
}
function splitMeta(holder, key) {
  const m = split(holder, key);
  if (!m) return;
  split(m, "labels");
  split(m, "annotations");
  split(m, "matchLabels");
}
function writable(r, level) {
  const want = level === "meta" ? 1 : 2;
  if (r.owned || r.split >= want) return r.raw;
  if (r.split === 0) {
    r.raw = shallow(r.raw);
    splitMeta(r.raw, "metadata");
    if (Array.isArray(r.raw.subjects)) r.raw.subjects = clone(r.raw.subjects);
  }
  if (want === 2) {
    const spec = split(r.raw, "spec");
    if (spec) {
      splitMeta(spec, "selector");
      splitMeta(spec, "podSelector");
      const jt = split(spec, "jobTemplate");
      const js = jt ? split(jt, "spec") : void 0;
      for (const holder of [spec, js]) {
        const t2 = holder ? split(holder, "template") : void 0;
        if (t2) splitMeta(t2, "metadata");
      }
      if (jt) splitMeta(jt, "metadata");
    }
  }
  r.split = want;
  return r.raw;
}
function copyResource(r) {
  return { ...r, owned: false, split: 0, names: [...r.names], namespaces: [...r.namespaces] };
}
function newResource(raw, file, line) {
  const meta = isObj(raw.metadata) ? raw.metadata : {};
  return { raw, file, line, owned: true, split: 2, names: [String(meta.name ?? "")], namespaces: [typeof meta.namespace === "string" ? meta.namespace : ""] };
}
function writableContainers(r) {
  const raw = writable(r, "spec");
  if (r.owned) return void 0;
  const spec = isObj(raw.spec) ? raw.spec : void 0;
  let holder;
  if (raw.kind === "Pod") holder = spec;
  else if (spec && isObj(spec.jobTemplate) && isObj(spec.jobTemplate.spec)) holder = isObj(spec.jobTemplate.spec.template) ? spec.jobTemplate.spec.template : void 0;
  else if (spec && isObj(spec.template)) holder = spec.template;
  if (!holder) return void 0;
  const podSpec = raw.kind === "Pod" ? holder : split(holder, "spec");
  if (!podSpec) return void 0;
  const out = [];
  for (const key of ["containers", "initContainers"]) {
    const list4 = podSpec[key];
    if (!Array.isArray(list4)) continue;
    const copy2 = shallow(list4).map((c) => isObj(c) ? shallow(c) : c);
    podSpec[key] = copy2;
    out.push(...copy2.filter(isObj));
  }
  return out;
}

// src/inventory/kubernetes/kustomize/generators.ts
function envPairs(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    const t2 = line.trim();
    if (!t2 || t2.startsWith("#")) continue;
    const eq = t2.indexOf("=");
    if (eq > 0) out.push([t2.slice(0, eq).trim(), t2.slice(eq + 1)]);
  }
  return out;
}
function sources(ctx, dir, g, file, line) {
  const data = {};
  for (const l of list2(g.literals)) {
    const s3 = String(l);
    const eq = s3.indexOf("=");
    if (eq > 0) data[s3.slice(0, eq)] = s3.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2");
  }
  const missing = (p) => ctx.diagnose({ file, line, severity: "warning", code: "kustomize-missing", message: `generator file ${p} cannot be read` });
  for (const f of list2(g.files)) {
    const s3 = String(f);
    const eq = s3.indexOf("=");
    const key = eq > 0 ? s3.slice(0, eq) : s3.slice(s3.lastIndexOf("/") + 1);
    const path = resolvePath(dir, eq > 0 ? s3.slice(eq + 1) : s3);
    const text = ctx.text(path);
    if (text === void 0) missing(path);
    else data[key] = text;
  }
  for (const e2 of [...list2(g.envs), ...g.env ? [g.env] : []]) {
    const path = resolvePath(dir, String(e2));
    const text = ctx.text(path);
    if (text === void 0) missing(path);
    else for (const [k, v] of envPairs(text)) data[k] = v;
  }
  return data;
}
function generate(ctx, dir, file, k, into) {
  const globalOpts = isObj(k.generatorOptions) ? k.generatorOptions : {};
  for (const kind of ["ConfigMap", "Secret"]) {
    const key = kind === "ConfigMap" ? "configMapGenerator" : "secretGenerator";
    const gens = list2(k[key]);
    gens.forEach((g, i) => {
      if (!isObj(g) || typeof g.name !== "string") return;
      const line = yamlLine(gens, i) || 1;
      const values = sources(ctx, dir, g, file, line);
      const opts = { ...globalOpts, ...isObj(g.options) ? g.options : {} };
      const behavior = str3(g.behavior) ?? "create";
      const ns = str3(g.namespace);
      if (behavior === "merge" || behavior === "replace") {
        const existing = into.find((r2) => r2.raw.kind === kind && r2.names.includes(g.name) && (!ns || namespaceOf(r2) === ns));
        if (!existing) {
          ctx.diagnose({ file, line, severity: "warning", code: "kustomize-generator-no-base", message: `${key} ${g.name} has behavior ${behavior} but no ${kind} of that name exists` });
          return;
        }
        const base = behavior === "merge" ? existing.hash?.data ?? strMap2(existing.raw.data) : {};
        fill(existing, kind, { ...base, ...values }, file, line);
        return;
      }
      const raw = { apiVersion: "v1", kind, metadata: ns ? { name: g.name, namespace: ns } : { name: g.name } };
      if (kind === "Secret") raw.type = str3(g.type) ?? "Opaque";
      const r = newResource(raw, file, line);
      const meta = metadataOf(r);
      if (isObj(opts.labels)) meta.labels = { ...opts.labels };
      if (isObj(opts.annotations)) meta.annotations = { ...opts.annotations };
      fill(r, kind, values, file, line);
      if (opts.disableNameSuffixHash === true) delete r.hash;
      into.push(r);
    });
  }
}
function fill(r, kind, values, file, line) {
  const data = {};
  for (const key of Object.keys(values)) {
    data[key] = kind === "Secret" ? "" : values[key];
    setKeyLoc(data, key, { file, line });
  }
  writable(r, "meta").data = data;
  const hashed = {};
  for (const key of Object.keys(values)) hashed[key] = kind === "Secret" ? Buffer.from(values[key]).toString("base64") : values[key];
  r.hash = { data: hashed };
}
function goJson(v) {
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    const o = v;
    return `{${Object.keys(o).sort().map((k) => `${goJson(k)}:${goJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function contentHash(r) {
  const kind = String(r.raw.kind);
  const encoded = { kind, name: "", data: r.hash?.data ?? {} };
  if (kind === "Secret") encoded.type = String(r.raw.type ?? "Opaque");
  const hex = createHash("sha256").update(goJson(encoded)).digest("hex").slice(0, 10);
  return hex.replace(/[013ae]/g, (c) => ({ "0": "g", "1": "h", "3": "k", a: "m", e: "t" })[c]);
}
function hashSuffixName(r) {
  return `${nameOf(r)}-${contentHash(r)}`;
}

// src/inventory/kubernetes/kustomize/name-refs.ts
function fix(holder, key, kind, find, ns) {
  if (!isObj(holder)) return;
  const to = find(kind, holder[key], ns);
  if (to !== void 0) holder[key] = to;
}
function podRefs(spec, find, ns) {
  fix(spec, "serviceAccountName", "ServiceAccount", find, ns);
  for (const s3 of maps(spec.imagePullSecrets)) fix(s3, "name", "Secret", find, ns);
  for (const v of maps(spec.volumes)) {
    fix(v.configMap, "name", "ConfigMap", find, ns);
    fix(v.secret, "secretName", "Secret", find, ns);
    fix(v.persistentVolumeClaim, "claimName", "PersistentVolumeClaim", find, ns);
    if (isObj(v.projected)) for (const src of maps(v.projected.sources)) {
      fix(src.configMap, "name", "ConfigMap", find, ns);
      fix(src.secret, "name", "Secret", find, ns);
    }
  }
  for (const c of [...maps(spec.containers), ...maps(spec.initContainers)]) {
    for (const e2 of maps(c.env)) {
      if (!isObj(e2.valueFrom)) continue;
      fix(e2.valueFrom.configMapKeyRef, "name", "ConfigMap", find, ns);
      fix(e2.valueFrom.secretKeyRef, "name", "Secret", find, ns);
    }
    for (const e2 of maps(c.envFrom)) {
      fix(e2.configMapRef, "name", "ConfigMap", find, ns);
      fix(e2.secretRef, "name", "Secret", find, ns);
    }
  }
}
function podSpecs(raw) {
  const out = [];
  const walk = (v, depth) => {
    if (!isObj(v) || depth > 6) return;
    if (Array.isArray(v.containers)) out.push(v);
    for (const k of Object.keys(v)) if (isObj(v[k])) walk(v[k], depth + 1);
  };
  walk(raw.spec, 0);
  return out;
}
function backend(b, find, ns) {
  if (!isObj(b)) return;
  if (isObj(b.service)) fix(b.service, "name", "Service", find, ns);
  else fix(b, "serviceName", "Service", find, ns);
}
function fixReferences(resources3) {
  const renamed = /* @__PURE__ */ new Map();
  for (const r of resources3) {
    const now = nameOf(r);
    for (const old of r.names) {
      if (old === now) continue;
      const key = `${String(r.raw.kind)}/${old}`;
      const l = renamed.get(key) ?? [];
      l.push(r);
      renamed.set(key, l);
    }
  }
  if (renamed.size === 0) return;
  let changed = false;
  const lookup2 = (kind, name, ns) => {
    if (typeof name !== "string") return void 0;
    const hits = renamed.get(`${kind}/${name}`);
    if (!hits) return void 0;
    const to = nameOf(hits.find((h) => namespaceOf(h) === ns) ?? hits[0]);
    if (to !== name) changed = true;
    return to;
  };
  const dryRun = (kind, name, ns) => {
    lookup2(kind, name, ns);
    return void 0;
  };
  for (const r of resources3) {
    changed = false;
    fixOne(r.raw, namespaceOf(r), dryRun);
    if (changed) fixOne(own(r), namespaceOf(r), lookup2);
  }
}
function fixOne(raw, ns, find) {
  if (raw.kind === "RoleBinding" || raw.kind === "ClusterRoleBinding") {
    fix(raw.roleRef, "name", isObj(raw.roleRef) ? String(raw.roleRef.kind) : "", find, ns);
    for (const s3 of list2(raw.subjects)) if (isObj(s3)) fix(s3, "name", String(s3.kind), find, ns);
  }
  const spec = isObj(raw.spec) ? raw.spec : void 0;
  if (!spec) return;
  for (const ps of podSpecs(raw)) podRefs(ps, find, ns);
  if (raw.kind === "StatefulSet") fix(spec, "serviceName", "Service", find, ns);
  if (raw.kind === "Ingress") {
    backend(spec.defaultBackend ?? spec.backend, find, ns);
    for (const rule of maps(spec.rules)) if (isObj(rule.http)) for (const p of maps(rule.http.paths)) backend(p.backend, find, ns);
    for (const t2 of maps(spec.tls)) fix(t2, "secretName", "Secret", find, ns);
  }
  if ((raw.kind === "HorizontalPodAutoscaler" || raw.kind === "ScaledObject") && isObj(spec.scaleTargetRef)) fix(spec.scaleTargetRef, "name", String(spec.scaleTargetRef.kind ?? "Deployment"), find, ns);
}

// src/inventory/kubernetes/kustomize/json-patch.ts
var parsePointer = (p) => p === "" ? [] : p.split("/").slice(1).map((s3) => s3.replace(/~1/g, "/").replace(/~0/g, "~"));
function parentOf(root, path) {
  let cur = root;
  for (const seg of path.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObj(cur)) cur = cur[seg];
    else return void 0;
  }
  return cur !== null && typeof cur === "object" ? { parent: cur, last: path[path.length - 1] } : void 0;
}
function get(root, path) {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur) && /^\d+$/.test(seg) && Number(seg) < cur.length) cur = cur[Number(seg)];
    else if (isObj(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return { found: false };
  }
  return { found: true, value: cur };
}
var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function applyJsonPatch(target, ops, fallback) {
  const problems = [];
  ops.forEach((op, index) => {
    const fail2 = (message) => problems.push({ index, message });
    if (!isObj(op) || typeof op.path !== "string") return fail2("operation without a path");
    const path = parsePointer(op.path);
    const at3 = locOf(ops, index, fallback);
    const write = (p, value, insert) => {
      const hit = parentOf(target, p);
      if (!hit) return false;
      const { parent, last } = hit;
      if (Array.isArray(parent)) {
        const i = last === "-" ? parent.length : Number(last);
        if (!Number.isInteger(i) || i < 0 || i > parent.length || !insert && i >= parent.length) return false;
        if (insert) parent.splice(i, 0, value);
        else parent[i] = value;
        if (value === null || typeof value !== "object") setKeyLoc(parent, i, at3);
      } else {
        if (!insert && !Object.prototype.hasOwnProperty.call(parent, last)) return false;
        parent[last] = value;
        setKeyLoc(parent, last, at3);
      }
      return true;
    };
    const remove = (p) => {
      const hit = parentOf(target, p);
      if (!hit || !get(target, p).found) return false;
      if (Array.isArray(hit.parent)) hit.parent.splice(Number(hit.last), 1);
      else delete hit.parent[hit.last];
      return true;
    };
    switch (op.op) {
      case "add":
        if (!write(path, clone(op.value), true)) fail2(`add: no parent at ${op.path}`);
        break;
      case "replace":
        if (!write(path, clone(op.value), false)) fail2(`replace: nothing at ${op.path}`);
        break;
      case "remove":
        if (!remove(path)) fail2(`remove: nothing at ${op.path}`);
        break;
      case "copy":
      case "move": {
        const from = parsePointer(String(op.from ?? ""));
        const src = get(target, from);
        if (!src.found) return fail2(`${op.op}: nothing at ${String(op.from)}`);
        if (op.op === "move") remove(from);
        if (!write(path, clone(src.value), true)) fail2(`${op.op}: no parent at ${op.path}`);
        break;
      }
      case "test": {
        const cur = get(target, path);
        if (!cur.found || !same(cur.value, op.value)) fail2(`test failed at ${op.path}`);
        break;
      }
      default:
        fail2(`unknown operation ${String(op.op)}`);
    }
  });
  return problems;
}

// src/inventory/kubernetes/kustomize/strategic-merge.ts
var MERGE_KEYS = {
  containers: ["name"],
  initContainers: ["name"],
  ephemeralContainers: ["name"],
  env: ["name"],
  volumes: ["name"],
  imagePullSecrets: ["name"],
  volumeMounts: ["mountPath"],
  volumeDevices: ["devicePath"],
  ports: ["containerPort", "port"],
  hostAliases: ["ip"],
  topologySpreadConstraints: ["topologyKey"],
  conditions: ["type"]
};
function keyOf(field, items) {
  const keys2 = MERGE_KEYS[field];
  if (!keys2) return void 0;
  for (const k of keys2) if (items.some((i) => isObj(i) && k in i)) return k;
  return void 0;
}
function withoutDirectives(v) {
  if (!Object.keys(v).some((k) => k.startsWith("$"))) return v;
  const out = {};
  for (const k of Object.keys(v)) if (!k.startsWith("$")) out[k] = v[k];
  return inherit(v, out);
}
function deletesObject(patch) {
  return patch.$patch === "delete";
}
function strategicMerge(target, patch, fallback) {
  for (const k of Object.keys(patch)) {
    if (k.startsWith("$")) continue;
    const v = patch[k];
    const here = () => locOf(patch, k, fallback);
    if (v === null || isObj(v) && v.$patch === "delete") {
      delete target[k];
      continue;
    }
    if (isObj(v) && v.$patch === "replace") {
      target[k] = withoutDirectives(v);
      setKeyLoc(target, k, here());
      continue;
    }
    const cur = target[k];
    if (Array.isArray(v) && Array.isArray(cur)) {
      const key = keyOf(k, [...v, ...cur]);
      if (key && !v.some((i) => isObj(i) && i.$patch === "replace")) {
        mergeList(cur, v, key, fallback);
        continue;
      }
      target[k] = v.filter((i) => !(isObj(i) && i.$patch === "replace"));
      setKeyLoc(target, k, here());
    } else if (isObj(v) && isObj(cur)) strategicMerge(cur, v, fallback);
    else if (cur !== v || !(k in target)) {
      target[k] = isObj(v) ? withoutDirectives(v) : v;
      setKeyLoc(target, k, here());
    }
  }
}
function mergeList(cur, items, key, fallback) {
  const used = /* @__PURE__ */ new Set();
  const removed = /* @__PURE__ */ new Set();
  const front = [];
  for (const item of items) {
    if (!isObj(item)) continue;
    const hit = cur.find((c) => isObj(c) && c[key] === item[key] && !used.has(c));
    if (item.$patch === "delete") {
      if (hit) removed.add(hit);
      continue;
    }
    if (hit) {
      used.add(hit);
      strategicMerge(hit, item, fallback);
      front.push(hit);
    } else front.push(withoutDirectives(item));
  }
  const rest = cur.filter((c) => !used.has(c) && !removed.has(c));
  cur.splice(0, cur.length, ...front, ...rest);
}

// src/inventory/kubernetes/kustomize/target.ts
function splitApiVersion(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
function matchesSelector(selector, labels) {
  const parts = selector.match(/[^,(]+(\([^)]*\))?/g) ?? [];
  return parts.every((raw) => {
    const p = raw.trim();
    if (!p) return true;
    let m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p);
    if (m) {
      const set = m[3].split(",").map((x) => x.trim());
      return m[2] === "in" ? set.includes(labels[m[1]]) : !set.includes(labels[m[1]]);
    }
    m = /^([^!=]+)(!=|==|=)(.*)$/.exec(p);
    if (m) return m[2] === "!=" ? labels[m[1].trim()] !== m[3].trim() : labels[m[1].trim()] === m[3].trim();
    if (p.startsWith("!")) return !(p.slice(1) in labels);
    return p in labels;
  });
}
var anchored = (pattern, value) => {
  if (value === void 0) return false;
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
};
function matchesTarget(r, t2) {
  const raw = r.raw;
  const { group, version } = splitApiVersion(String(raw.apiVersion ?? ""));
  if (typeof t2.group === "string" && t2.group !== group) return false;
  if (typeof t2.version === "string" && t2.version !== version) return false;
  if (typeof t2.kind === "string" && !anchored(t2.kind, String(raw.kind))) return false;
  if (typeof t2.name === "string" && !r.names.some((n2) => anchored(t2.name, n2))) return false;
  if (typeof t2.namespace === "string" && !r.namespaces.some((n2) => anchored(t2.namespace, n2))) return false;
  const meta = isObj(raw.metadata) ? raw.metadata : {};
  const labels = isObj(meta.labels) ? meta.labels : {};
  const annotations = isObj(meta.annotations) ? meta.annotations : {};
  if (typeof t2.labelSelector === "string" && !matchesSelector(t2.labelSelector, labels)) return false;
  if (typeof t2.annotationSelector === "string" && !matchesSelector(t2.annotationSelector, annotations)) return false;
  return true;
}
function targetOfPatch(patch) {
  const meta = isObj(patch.metadata) ? patch.metadata : {};
  const t2 = { kind: String(patch.kind ?? "") };
  if (typeof meta.name === "string") t2.name = meta.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (typeof meta.namespace === "string") t2.namespace = meta.namespace;
  return t2;
}

// src/inventory/kubernetes/kustomize/patches.ts
function patchFiles(dir, k) {
  const out = [];
  for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
    for (const p of list2(k[key])) {
      if (typeof p === "string" && !p.includes("\n")) out.push(resolvePath(dir, p));
      else if (isObj(p) && typeof p.path === "string") out.push(resolvePath(dir, p.path));
    }
  }
  return out;
}
function loadPatches(ctx, dir, file, k, group) {
  const out = [];
  const entries = list2(k[group]);
  const fromFile = (rel, line) => {
    if (isRemote(rel)) {
      ctx.diagnose({ file, line, severity: "notice", code: "kustomize-remote", message: `remote patch not fetched: ${rel}` });
      return void 0;
    }
    const p = resolvePath(dir, rel);
    const parsed = ctx.exists(p) ? ctx.yaml(p) : void 0;
    if (!parsed) {
      ctx.diagnose({ file, line, severity: "error", code: "kustomize-missing", message: `patch ${rel} does not exist` });
      return void 0;
    }
    return parsed.documents.map((d) => track(d.value, p));
  };
  const inline = (text, line) => {
    const r = parseYaml(text, file);
    for (const e2 of r.errors) ctx.diagnose({ file, line: line + e2.line, severity: "error", code: "yaml-syntax", message: `invalid inline patch: ${e2.message}` });
    return r.documents.map((d) => track(d.value, file, line));
  };
  entries.forEach((e2, i) => {
    const line = yamlLine(entries, i) || 1;
    let docs;
    let target;
    if (typeof e2 === "string") docs = group === "patchesStrategicMerge" && e2.includes("\n") ? inline(e2, line) : fromFile(e2, line);
    else if (isObj(e2)) {
      target = isObj(e2.target) ? e2.target : void 0;
      if (typeof e2.path === "string") docs = fromFile(e2.path, line);
      else if (typeof e2.patch === "string") docs = inline(e2.patch, yamlLine(e2, "patch") || line);
    }
    if (docs) out.push({ docs: docs.filter((d) => d !== null && d !== void 0), target, file, line });
  });
  return out;
}
function applyPatches(ctx, patches, resources3) {
  let out = resources3;
  for (const p of patches) {
    for (const doc of p.docs) {
      const json = Array.isArray(doc);
      if (!json && !isObj(doc)) {
        ctx.diagnose({ file: p.file, line: p.line, severity: "warning", code: "kustomize-bad-patch", message: "patch is neither a strategic merge patch nor a JSON patch" });
        continue;
      }
      const target = p.target ?? (isObj(doc) ? targetOfPatch(doc) : void 0);
      const hits = target ? out.filter((r) => matchesTarget(r, target)) : [];
      if (!hits.length) {
        const what = target ? [target.kind, target.name].filter(Boolean).join(" ") : "a JSON patch without a target";
        ctx.diagnose({ file: p.file, line: p.line, severity: "warning", code: "kustomize-patch-no-target", message: `patch matches no resource (${what})` });
        continue;
      }
      for (const r of hits) {
        if (json) {
          for (const problem of applyJsonPatch(own(r), doc, { file: p.file, line: p.line })) ctx.diagnose({ ...locOf(doc, problem.index, { file: p.file, line: p.line }), severity: "warning", code: "kustomize-patch-failed", message: `JSON patch operation ${problem.index + 1} on ${String(r.raw.kind)} ${r.names[r.names.length - 1]}: ${problem.message}` });
        } else if (deletesObject(doc)) out = out.filter((x) => x !== r);
        else strategicMerge(own(r), bodyOf(doc), { file: p.file, line: p.line });
      }
    }
  }
  return out;
}
function bodyOf(doc) {
  const c = clone(doc);
  delete c.apiVersion;
  delete c.kind;
  if (isObj(c.metadata)) {
    delete c.metadata.name;
    delete c.metadata.namespace;
  }
  return c;
}

// src/inventory/kubernetes/kustomize/transforms.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PersistentVolume",
  "StorageClass",
  "PriorityClass",
  "IngressClass",
  "RuntimeClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "APIService",
  "ClusterIssuer",
  "CSIDriver",
  "Node",
  "PodSecurityPolicy",
  "VolumeSnapshotClass",
  "ClusterSecretStore",
  "ClusterPolicy",
  "ClusterAnalysisTemplate"
]);
var TEMPLATED = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "Rollout"]);
var SELECTED = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Rollout"]);
var REPLICATED = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"]);
var at = (file, container2, key) => ({ file, line: yamlLine(container2, key) || 1 });
function child(parent, key) {
  if (!isObj(parent[key])) parent[key] = {};
  return parent[key];
}
function addAll(holder, key, pairs, loc) {
  const m = child(holder, key);
  for (const k of Object.keys(pairs)) {
    m[k] = String(pairs[k]);
    setKeyLoc(m, k, loc);
  }
}
function templateMeta(raw) {
  const spec = isObj(raw.spec) ? raw.spec : void 0;
  if (!spec) return void 0;
  if (raw.kind === "CronJob") {
    const jt = child(spec, "jobTemplate");
    const js = child(jt, "spec");
    return child(child(js, "template"), "metadata");
  }
  return TEMPLATED.has(String(raw.kind)) ? child(child(spec, "template"), "metadata") : void 0;
}
function setNamespace(resources3, k, file) {
  if (typeof k.namespace !== "string") return;
  const loc = at(file, k, "namespace");
  for (const r of resources3) {
    if (CLUSTER_SCOPED.has(String(r.raw.kind))) continue;
    const meta = metadataOf(r);
    meta.namespace = k.namespace;
    setKeyLoc(meta, "namespace", loc);
    if (!r.namespaces.includes(k.namespace)) r.namespaces.push(k.namespace);
    if (r.raw.kind === "RoleBinding" || r.raw.kind === "ClusterRoleBinding") {
      for (const s3 of list2(r.raw.subjects)) if (isObj(s3) && s3.kind === "ServiceAccount" && (s3.namespace === void 0 || s3.namespace === "default")) s3.namespace = k.namespace;
    }
  }
}
function setNames(resources3, k, file) {
  const prefix = typeof k.namePrefix === "string" ? k.namePrefix : "";
  const suffix = typeof k.nameSuffix === "string" ? k.nameSuffix : "";
  if (!prefix && !suffix) return;
  const loc = at(file, k, prefix ? "namePrefix" : "nameSuffix");
  for (const r of resources3) {
    if (r.raw.kind === "Namespace" || r.raw.kind === "CustomResourceDefinition") continue;
    const meta = metadataOf(r);
    rename(r, `${prefix}${String(meta.name ?? "")}${suffix}`);
    setKeyLoc(meta, "name", loc);
  }
}
function setLabels(resources3, k, file) {
  const sets = [];
  if (isObj(k.commonLabels)) sets.push({ pairs: k.commonLabels, selectors: true, templates: true, loc: at(file, k, "commonLabels") });
  const labels = list2(k.labels);
  labels.forEach((l, i) => {
    if (!isObj(l) || !isObj(l.pairs)) return;
    const selectors = l.includeSelectors === true;
    sets.push({ pairs: l.pairs, selectors, templates: selectors || l.includeTemplates === true, loc: at(file, labels, i) });
  });
  for (const s3 of sets) {
    for (const r of resources3) {
      const raw = s3.templates || s3.selectors ? writable(r, "spec") : writable(r, "meta");
      addAll(metadataOf(r), "labels", s3.pairs, s3.loc);
      const kind = String(raw.kind);
      if (s3.templates) {
        const tm = templateMeta(raw);
        if (tm) addAll(tm, "labels", s3.pairs, s3.loc);
      }
      if (!s3.selectors || !isObj(raw.spec)) continue;
      const spec = raw.spec;
      if (SELECTED.has(kind)) addAll(child(spec, "selector"), "matchLabels", s3.pairs, s3.loc);
      else if (kind === "Service") addAll(spec, "selector", s3.pairs, s3.loc);
      else if (kind === "PodDisruptionBudget") addAll(child(spec, "selector"), "matchLabels", s3.pairs, s3.loc);
      else if (kind === "NetworkPolicy") addAll(child(spec, "podSelector"), "matchLabels", s3.pairs, s3.loc);
    }
  }
}
function setAnnotations(resources3, k, file) {
  if (!isObj(k.commonAnnotations)) return;
  const loc = at(file, k, "commonAnnotations");
  for (const r of resources3) {
    addAll(metadataOf(r), "annotations", k.commonAnnotations, loc);
    const tm = templateMeta(writable(r, "spec"));
    if (tm) addAll(tm, "annotations", k.commonAnnotations, loc);
  }
}
function containersOf(raw) {
  const out = [];
  const walk = (v, depth) => {
    if (!isObj(v) || depth > 8) return;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if ((key === "containers" || key === "initContainers") && Array.isArray(x)) out.push(...x.filter(isObj));
      else if (isObj(x)) walk(x, depth + 1);
    }
  };
  walk(raw.spec, 0);
  return out;
}
function repoOf(image) {
  const at3 = image.indexOf("@");
  const noDigest = at3 >= 0 ? image.slice(0, at3) : image;
  const colon = noDigest.lastIndexOf(":");
  return colon > noDigest.lastIndexOf("/") ? noDigest.slice(0, colon) : noDigest;
}
function setImages(resources3, k, file) {
  const rules = list2(k.images);
  if (!rules.length) return;
  const index = /* @__PURE__ */ new Map();
  rules.forEach((x, i) => {
    if (isObj(x) && typeof x.name === "string" && !index.has(x.name)) index.set(x.name, i);
  });
  const ruleFor = (image) => typeof image === "string" ? index.get(repoOf(image)) ?? -1 : -1;
  for (const r of resources3) {
    if (!containersOf(r.raw).some((c) => ruleFor(c.image) >= 0)) continue;
    for (const c of writableContainers(r) ?? containersOf(own(r))) {
      const i = ruleFor(c.image);
      if (i < 0) continue;
      const image = c.image;
      const repo = repoOf(image);
      const rule = rules[i];
      const rest = image.slice(repo.length);
      const name = typeof rule.newName === "string" ? rule.newName : repo;
      let ref = rest;
      if (typeof rule.digest === "string") ref = `@${rule.digest}`;
      else if (rule.newTag !== void 0 && rule.newTag !== null) ref = `:${String(rule.newTag)}`;
      c.image = name + ref;
      setKeyLoc(c, "image", at(file, rules, i));
    }
  }
}
function setReplicas(resources3, k, file) {
  const unmatched = [];
  const rules = list2(k.replicas);
  rules.forEach((rule, i) => {
    if (!isObj(rule) || typeof rule.name !== "string") return;
    let hit = false;
    for (const r of resources3) {
      if (!REPLICATED.has(String(r.raw.kind)) || !r.names.includes(rule.name)) continue;
      const spec = child(writable(r, "spec"), "spec");
      spec.replicas = Number(rule.count);
      setKeyLoc(spec, "replicas", at(file, rules, i));
      hit = true;
    }
    if (!hit) unmatched.push(rule.name);
  });
  return unmatched;
}

// src/inventory/kubernetes/kustomize/render.ts
function newRenderState(ctx) {
  return { ctx, memo: /* @__PURE__ */ new Map(), usedBy: /* @__PURE__ */ new Map(), usedFiles: /* @__PURE__ */ new Set() };
}
function renderKustomization(state, dir) {
  renderDir(state, dir, []);
  const out = (state.memo.get(dir) ?? []).map((r) => copyResource(r));
  for (const r of out) if (r.hash) rename(r, hashSuffixName(r));
  fixReferences(out);
  return out;
}
function use(state, child2, parent) {
  let s3 = state.usedBy.get(child2);
  if (!s3) state.usedBy.set(child2, s3 = /* @__PURE__ */ new Set());
  s3.add(parent);
}
function renderDir(state, dir, stack) {
  const file = kustomizationFile(state.ctx, dir);
  if (!file) return [];
  if (stack.includes(dir)) {
    const from = kustomizationFile(state.ctx, stack[stack.length - 1]) ?? file;
    state.ctx.diagnose({ file: from, line: 1, severity: "error", code: "kustomize-loop", message: `kustomization resources loop: ${[...stack, dir].map((d) => d || ".").join(" -> ")}` });
    return [];
  }
  let done = state.memo.get(dir);
  if (!done) {
    done = [];
    const k = state.ctx.yaml(file)?.documents[0]?.value;
    if (isObj(k)) done = accumulate(state, dir, file, k, [], [...stack, dir]);
    else state.ctx.diagnose({ file, line: 1, severity: "error", code: "kustomize-invalid", message: "kustomization is not a mapping" });
    state.memo.set(dir, done);
  }
  return done.map(copyResource);
}
function loadFile(state, path, into) {
  state.usedFiles.add(path);
  for (const d of state.ctx.yaml(path)?.documents ?? []) {
    if (!isManifest(d.value)) continue;
    for (const o of expandLists(d.value)) {
      const raw = track(o, path);
      into.push(newResource(raw, path, yamlLine(o, "kind") || d.line));
    }
  }
}
function accumulate(state, dir, file, k, input, stack) {
  const { ctx } = state;
  let into = input;
  for (const key of ["resources", "bases"]) {
    const entries = list2(k[key]);
    entries.forEach((e2, i) => {
      const rel = String(e2);
      const line = yamlLine(entries, i) || 1;
      if (isRemote(rel)) {
        ctx.diagnose({ file, line, severity: "notice", code: "kustomize-remote", message: `remote resource not fetched: ${rel}` });
        return;
      }
      const p = resolvePath(dir, rel);
      if (isOutside(p)) {
        ctx.diagnose({ file, line, severity: "warning", code: "kustomize-outside", message: `resource ${rel} is outside the repository` });
        return;
      }
      if (kustomizationFile(ctx, p)) {
        use(state, p, dir);
        into.push(...renderDir(state, p, stack));
      } else if (ctx.exists(p)) loadFile(state, p, into);
      else ctx.diagnose({ file, line, severity: "error", code: "kustomize-missing", message: `resource ${rel} does not exist (or its folder has no kustomization)` });
    });
  }
  const components = list2(k.components);
  components.forEach((c, i) => {
    const p = resolvePath(dir, String(c));
    const cfile = kustomizationFile(ctx, p);
    const ck = cfile ? ctx.yaml(cfile)?.documents[0]?.value : void 0;
    if (!cfile || !isObj(ck)) {
      ctx.diagnose({ file, line: yamlLine(components, i) || 1, severity: "error", code: "kustomize-missing", message: `component ${String(c)} does not exist` });
      return;
    }
    if (stack.includes(p)) {
      ctx.diagnose({ file, line: yamlLine(components, i) || 1, severity: "error", code: "kustomize-loop", message: `component loop: ${[...stack, p].join(" -> ")}` });
      return;
    }
    use(state, p, dir);
    into = accumulate(state, p, cfile, ck, into, [...stack, p]);
  });
  generate(ctx, dir, file, k, into);
  for (const p of patchFiles(dir, k)) state.usedFiles.add(p);
  into = applyPatches(ctx, loadPatches(ctx, dir, file, k, "patchesStrategicMerge"), into);
  into = applyPatches(ctx, loadPatches(ctx, dir, file, k, "patches"), into);
  setNamespace(into, k, file);
  setNames(into, k, file);
  setLabels(into, k, file);
  setAnnotations(into, k, file);
  into = applyPatches(ctx, loadPatches(ctx, dir, file, k, "patchesJson6902"), into);
  const unmatched = setReplicas(into, k, file);
  for (const name of unmatched) ctx.diagnose({ file, line: yamlLine(k, "replicas") || 1, severity: "warning", code: "kustomize-replicas-no-target", message: `replicas for ${name} match no Deployment, StatefulSet or ReplicaSet` });
  setImages(into, k, file);
  return into;
}

// src/inventory/kubernetes/custom-resources.ts
function put(f, key, v) {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") f[key] = v;
  else if (Array.isArray(v) && v.length) f[key] = v.map(String);
}
function alertRules(spec, o) {
  const out = [];
  const at3 = { file: o.file, line: o.line };
  for (const g of maps(spec.groups)) {
    const rules = list2(g.rules);
    rules.forEach((r, i) => {
      if (!isObj(r) || typeof r.alert !== "string") return;
      const labels = strMap2(r.labels);
      const ann = strMap2(r.annotations);
      out.push({
        group: String(g.name ?? ""),
        alert: r.alert,
        expr: String(r.expr ?? ""),
        for: str3(r.for),
        severity: labels.severity,
        runbookUrl: ann.runbook_url ?? ann.runbook,
        summary: ann.summary ?? ann.description,
        ...locOf(rules, i, at3)
      });
    });
  }
  return out;
}
function factsOf(o, spec) {
  const f = {};
  switch (o.kind) {
    case "Certificate":
      put(f, "dnsNames", list2(spec.dnsNames));
      put(f, "secretName", spec.secretName);
      if (isObj(spec.issuerRef)) put(f, "issuer", spec.issuerRef.name);
      break;
    case "Issuer":
    case "ClusterIssuer":
      if (isObj(spec.acme)) {
        put(f, "acmeServer", spec.acme.server);
        f.staging = /staging/.test(String(spec.acme.server ?? ""));
      } else put(f, "type", Object.keys(spec)[0]);
      break;
    case "Rollout":
    case "Canary":
      if (isObj(spec.strategy)) {
        const s3 = spec.strategy;
        put(f, "strategy", isObj(s3.canary) ? "canary" : isObj(s3.blueGreen) ? "blueGreen" : void 0);
        const c = isObj(s3.canary) ? s3.canary : isObj(s3.blueGreen) ? s3.blueGreen : {};
        f.steps = list2(c.steps).length;
        f.analysis = !!c.analysis || list2(c.steps).some((x) => isObj(x) && "analysis" in x) || !!c.prePromotionAnalysis || !!c.postPromotionAnalysis;
      }
      if (o.kind === "Canary" && isObj(spec.analysis)) {
        f.strategy = "canary";
        f.analysis = list2(spec.analysis.metrics).length > 0;
        put(f, "threshold", spec.analysis.threshold);
      }
      put(f, "replicas", spec.replicas);
      break;
    case "AnalysisTemplate":
    case "ClusterAnalysisTemplate":
      f.metrics = maps(spec.metrics).map((m) => String(m.name ?? ""));
      break;
    case "Application":
      if (isObj(spec.source)) {
        put(f, "repoURL", spec.source.repoURL);
        put(f, "path", spec.source.path);
        put(f, "targetRevision", spec.source.targetRevision);
      }
      if (isObj(spec.syncPolicy)) {
        const a = spec.syncPolicy.automated;
        f.automated = a !== void 0;
        if (isObj(a)) {
          put(f, "prune", a.prune);
          put(f, "selfHeal", a.selfHeal);
        }
      }
      break;
    case "Kustomization":
    case "HelmRelease":
    case "GitRepository":
      put(f, "interval", spec.interval);
      put(f, "path", spec.path);
      put(f, "url", spec.url);
      put(f, "prune", spec.prune);
      if (isObj(spec.chart) && isObj(spec.chart.spec)) put(f, "chart", spec.chart.spec.chart);
      break;
    case "Cluster":
      if (o.category === "cloudnative-pg") {
        put(f, "instances", spec.instances);
        const b = isObj(spec.backup) ? spec.backup : void 0;
        f.backup = !!b;
        if (b) {
          put(f, "retentionPolicy", b.retentionPolicy);
          f.objectStore = isObj(b.barmanObjectStore);
        }
      }
      break;
    case "ScheduledBackup":
    case "Schedule":
    case "Backup": {
      put(f, "schedule", spec.schedule);
      if (isObj(spec.cluster)) put(f, "cluster", spec.cluster.name);
      const t2 = isObj(spec.template) ? spec.template : spec;
      put(f, "ttl", t2.ttl);
      put(f, "includedNamespaces", list2(t2.includedNamespaces));
      put(f, "storageLocation", t2.storageLocation);
      break;
    }
    case "ScaledObject":
      if (isObj(spec.scaleTargetRef)) put(f, "target", spec.scaleTargetRef.name);
      put(f, "minReplicaCount", spec.minReplicaCount);
      put(f, "maxReplicaCount", spec.maxReplicaCount);
      f.triggers = maps(spec.triggers).map((t2) => String(t2.type ?? ""));
      break;
    case "ServiceMonitor":
    case "PodMonitor":
      f.endpoints = maps(spec.endpoints ?? spec.podMetricsEndpoints).map((e2) => String(e2.path ?? e2.port ?? ""));
      break;
    case "VirtualService":
      put(f, "hosts", list2(spec.hosts));
      f.retries = maps(spec.http).some((h) => isObj(h.retries));
      f.timeouts = maps(spec.http).some((h) => h.timeout !== void 0);
      break;
    case "DestinationRule":
      put(f, "host", spec.host);
      f.outlierDetection = isObj(spec.trafficPolicy) && isObj(spec.trafficPolicy.outlierDetection);
      break;
    case "PeerAuthentication":
      if (isObj(spec.mtls)) put(f, "mtls", spec.mtls.mode);
      break;
    case "ExternalSecret":
      if (isObj(spec.secretStoreRef)) put(f, "store", spec.secretStoreRef.name);
      put(f, "refreshInterval", spec.refreshInterval);
      break;
    case "SealedSecret":
      f.keys = Object.keys(isObj(spec.encryptedData) ? spec.encryptedData : {});
      break;
  }
  return f;
}
function customResourceOf(o) {
  if (!o.category) return void 0;
  const raw = rawOf(o);
  const spec = isObj(raw.spec) ? raw.spec : {};
  const cr = { category: o.category, kind: o.kind, name: o.name, namespace: o.namespace, facts: factsOf(o, spec), file: o.file, line: o.line };
  if (o.kind === "PrometheusRule") cr.rules = alertRules(spec, o);
  return cr;
}

// src/inventory/kubernetes/network.ts
var specOf = (o) => {
  const raw = rawOf(o);
  return isObj(raw.spec) ? raw.spec : {};
};
function serviceOf(o) {
  const spec = specOf(o);
  return {
    name: o.name ?? "",
    namespace: o.namespace,
    type: String(spec.type ?? "ClusterIP"),
    ports: maps(spec.ports).map((p) => String(p.port)),
    selector: strMap2(spec.selector),
    file: o.file,
    line: o.line
  };
}
var has = (a, ...parts) => Object.keys(a).some((k) => parts.some((p) => k.includes(p)));
function ingressOf(o) {
  const spec = specOf(o);
  const at3 = { file: o.file, line: o.line };
  const paths = [];
  for (const r of maps(spec.rules)) {
    const http = isObj(r.http) ? r.http : {};
    const ps = list2(http.paths);
    ps.forEach((p, i) => {
      if (!isObj(p)) return;
      const b = isObj(p.backend) ? p.backend : {};
      const svc = isObj(b.service) ? b.service : void 0;
      const port = svc && isObj(svc.port) ? svc.port.number ?? svc.port.name : b.servicePort;
      paths.push({ host: str3(r.host), path: String(p.path ?? "/"), service: str3(svc ? svc.name : b.serviceName), port: str3(port), line: locOf(ps, i, at3).line });
    });
  }
  const tlsList = list2(spec.tls);
  const tls = tlsList.flatMap((t2, i) => isObj(t2) ? [{ hosts: list2(t2.hosts).map(String), secretName: str3(t2.secretName), line: locOf(tlsList, i, at3).line }] : []);
  const a = o.annotations;
  return {
    name: o.name ?? "",
    namespace: o.namespace,
    className: str3(spec.ingressClassName) ?? a["kubernetes.io/ingress.class"],
    hosts: maps(spec.rules).map((r) => str3(r.host)).filter((h) => !!h),
    paths,
    // a TLS entry without hosts covers the rules' hosts
    tlsHosts: tls.flatMap((t2) => t2.hosts.length ? t2.hosts : ["*"]),
    tls,
    annotations: a,
    features: {
      certManager: has(a, "cert-manager.io/"),
      externalDns: has(a, "external-dns.alpha.kubernetes.io/"),
      rateLimit: has(a, "limit-rps", "limit-rpm", "limit-connections", "rate-limit", "ratelimit"),
      modsecurity: has(a, "modsecurity", "enable-owasp-core-rules"),
      sslRedirect: a["nginx.ingress.kubernetes.io/ssl-redirect"] === "true" || a["nginx.ingress.kubernetes.io/force-ssl-redirect"] === "true" || has(a, "redirect-to-https")
    },
    file: o.file,
    line: o.line
  };
}
function networkPolicyOf(o) {
  const spec = specOf(o);
  const sel = isObj(spec.podSelector) ? spec.podSelector : {};
  const selectsAll = Object.keys(strMap2(sel.matchLabels)).length === 0 && list2(sel.matchExpressions).length === 0;
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : spec.egress ? ["Ingress", "Egress"] : ["Ingress"];
  const denies = {
    ingress: selectsAll && types.includes("Ingress") && list2(spec.ingress).length === 0,
    egress: selectsAll && types.includes("Egress") && list2(spec.egress).length === 0
  };
  return { name: o.name ?? "", namespace: o.namespace, podSelector: strMap2(sel.matchLabels), policyTypes: types, defaultDeny: denies.ingress || denies.egress, denies, file: o.file, line: o.line };
}

// src/inventory/kubernetes/policies.ts
var specOf2 = (o) => {
  const raw = rawOf(o);
  return isObj(raw.spec) ? raw.spec : {};
};
var num = (v) => typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : void 0;
function hpaOf(o) {
  const spec = specOf2(o);
  const ref = isObj(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
  const keda = o.kind === "ScaledObject";
  return {
    name: o.name ?? "",
    namespace: o.namespace,
    kind: keda ? "ScaledObject" : "HorizontalPodAutoscaler",
    target: String(ref.name ?? ""),
    // KEDA's target kind defaults to Deployment
    targetKind: str3(ref.kind) ?? (keda ? "Deployment" : void 0),
    min: num(keda ? spec.minReplicaCount : spec.minReplicas),
    max: num(keda ? spec.maxReplicaCount : spec.maxReplicas),
    file: o.file,
    line: o.line
  };
}
function pdbOf(o) {
  const spec = specOf2(o);
  const sel = isObj(spec.selector) ? spec.selector : {};
  return {
    name: o.name ?? "",
    namespace: o.namespace,
    minAvailable: str3(spec.minAvailable),
    maxUnavailable: str3(spec.maxUnavailable),
    selector: strMap2(sel.matchLabels),
    file: o.file,
    line: o.line
  };
}
function keysOf(o) {
  return { name: o.name ?? "", namespace: o.namespace, keys: o.secretKeys ?? o.configMapKeys ?? [], file: o.file, line: o.line };
}

// src/inventory/kubernetes/workloads.ts
var POD_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod", "Rollout", "DeploymentConfig"]);
var bool = (v) => typeof v === "boolean" ? v : void 0;
var num2 = (v) => typeof v === "number" ? v : void 0;
function podSpecOf(o) {
  const spec = isObj(o.spec) ? o.spec : void 0;
  if (!spec) return void 0;
  if (o.kind === "Pod") return { spec };
  let holder = spec;
  if (o.kind === "CronJob") holder = isObj(spec.jobTemplate) && isObj(spec.jobTemplate.spec) ? spec.jobTemplate.spec : void 0;
  const t2 = holder && isObj(holder.template) ? holder.template : void 0;
  return t2 && isObj(t2.spec) ? { spec: t2.spec, template: t2 } : void 0;
}
function probe(c, key, at3) {
  const p = c[key];
  if (!isObj(p)) return void 0;
  const loc = locOf(c, key, at3);
  if (isObj(p.httpGet)) return { type: "httpGet", path: str3(p.httpGet.path), port: str3(p.httpGet.port), ...loc };
  if (isObj(p.tcpSocket)) return { type: "tcpSocket", port: str3(p.tcpSocket.port), ...loc };
  if (isObj(p.exec)) return { type: "exec", command: list2(p.exec.command).map(String).join(" "), ...loc };
  if (isObj(p.grpc)) return { type: "grpc", port: str3(p.grpc.port), ...loc };
  return { type: "unknown", ...loc };
}
function resources2(c, at3) {
  const r = c.resources;
  if (!isObj(r)) return void 0;
  const pick = (v) => isObj(v) ? { cpu: str3(v.cpu), memory: str3(v.memory) } : void 0;
  const loc = locOf(c, "resources", at3);
  const lim = isObj(r.limits) ? r.limits : void 0;
  const limLoc = lim ? locOf(lim, lim.memory !== void 0 ? "memory" : "cpu", locOf(r, "limits", loc)) : loc;
  return { requests: pick(r.requests), limits: pick(r.limits), ...limLoc.file !== loc.file ? limLoc : loc };
}
function securityContext(c, at3) {
  const sc = c.securityContext;
  if (!isObj(sc)) return void 0;
  const caps = isObj(sc.capabilities) ? sc.capabilities : {};
  return {
    runAsNonRoot: bool(sc.runAsNonRoot),
    runAsUser: num2(sc.runAsUser),
    readOnlyRootFilesystem: bool(sc.readOnlyRootFilesystem),
    allowPrivilegeEscalation: bool(sc.allowPrivilegeEscalation),
    privileged: bool(sc.privileged),
    capabilitiesDrop: list2(caps.drop).map(String),
    capabilitiesAdd: list2(caps.add).map(String),
    ...locOf(c, "securityContext", at3)
  };
}
function envVar(e2, env, i, at3) {
  const name = String(e2.name ?? "");
  const vf = isObj(e2.valueFrom) ? e2.valueFrom : void 0;
  const source = vf ? isObj(vf.secretKeyRef) ? "secretKeyRef" : isObj(vf.configMapKeyRef) ? "configMapKeyRef" : isObj(vf.fieldRef) ? "fieldRef" : "resourceFieldRef" : e2.value === void 0 || e2.value === null || e2.value === "" ? "empty" : "literal";
  return { name, source, fromSecret: source === "secretKeyRef", literalSecret: source === "literal" && isSecretName(name), ...locOf(env, i, at3) };
}
function container(c, at3, init) {
  const here = locOf(c, "name", at3);
  const image = str3(c.image);
  const env = list2(c.env);
  const envFrom = list2(c.envFrom);
  const ports = list2(c.ports);
  return {
    name: str3(c.name) ?? "",
    image,
    imageRef: image ? parseImageRef(image) : void 0,
    imageAt: image ? locOf(c, "image", here) : void 0,
    ...here,
    init,
    resources: resources2(c, here),
    probes: { liveness: probe(c, "livenessProbe", here), readiness: probe(c, "readinessProbe", here), startup: probe(c, "startupProbe", here) },
    securityContext: securityContext(c, here),
    env: env.map((e2, i) => isObj(e2) ? envVar(e2, env, i, here) : void 0).filter((e2) => !!e2),
    envFrom: envFrom.flatMap((e2, i) => {
      if (!isObj(e2)) return [];
      const kind = isObj(e2.secretRef) ? "secretRef" : isObj(e2.configMapRef) ? "configMapRef" : void 0;
      if (!kind) return [];
      return [{ kind, name: String(e2[kind].name ?? ""), ...locOf(envFrom, i, here) }];
    }),
    ports: ports.flatMap((p, i) => isObj(p) ? [{ containerPort: num2(p.containerPort), name: str3(p.name), protocol: str3(p.protocol), ...locOf(ports, i, here) }] : [])
  };
}
function commandText(spec) {
  return [...maps(spec.initContainers), ...maps(spec.containers)].map((c) => [...list2(c.command), ...list2(c.args)].map(String).join(" ")).filter(Boolean).join("\n");
}
function meshOf(...annotations) {
  for (const a of annotations) {
    if (a["linkerd.io/inject"] === "enabled") return "linkerd";
    if (a["sidecar.istio.io/inject"] === "true") return "istio";
  }
  return void 0;
}
function workloadOf(obj2) {
  const knative = obj2.kind === "Service" && obj2.apiVersion.startsWith("serving.knative.dev/");
  if (!POD_KINDS.has(obj2.kind) && !knative) return void 0;
  const o = rawOf(obj2);
  const pod = podSpecOf(o);
  if (!pod) return void 0;
  const at3 = { file: obj2.file, line: obj2.line };
  const spec = isObj(o.spec) ? o.spec : {};
  const ps = pod.spec;
  const containers = [...maps(ps.initContainers).map((c) => container(c, at3, true)), ...maps(ps.containers).map((c) => container(c, at3, false))];
  const psc = isObj(ps.securityContext) ? ps.securityContext : void 0;
  const aff = isObj(ps.affinity) ? ps.affinity : void 0;
  const strat = isObj(spec.strategy) ? spec.strategy : isObj(spec.updateStrategy) ? spec.updateStrategy : void 0;
  const strategy = strat ? str3(strat.type) ?? Object.keys(strat).find((k) => k === "canary" || k === "blueGreen") : void 0;
  const replicasAt = spec.replicas !== void 0 ? locOf(spec, "replicas", at3) : void 0;
  const tmeta = pod.template && isObj(pod.template.metadata) ? pod.template.metadata : {};
  return {
    kind: obj2.kind,
    name: obj2.name ?? "",
    namespace: obj2.namespace,
    ...at3,
    replicas: num2(spec.replicas),
    replicasLine: replicasAt?.line,
    replicasAt,
    // DaemonSets, Jobs and Pods have no replica count of their own
    replicasDefaulted: spec.replicas === void 0 && obj2.kind !== "DaemonSet" && obj2.kind !== "Job" && obj2.kind !== "CronJob" && obj2.kind !== "Pod",
    strategy,
    strategyAt: strat ? locOf(spec, isObj(spec.strategy) ? "strategy" : "updateStrategy", at3) : void 0,
    containers,
    podSecurityContext: psc ? { runAsNonRoot: bool(psc.runAsNonRoot), runAsUser: num2(psc.runAsUser), runAsGroup: num2(psc.runAsGroup), fsGroup: num2(psc.fsGroup), seccompProfile: isObj(psc.seccompProfile) ? str3(psc.seccompProfile.type) : void 0, ...locOf(ps, "securityContext", at3) } : void 0,
    affinity: !!aff,
    antiAffinity: !!aff && isObj(aff.podAntiAffinity),
    topologySpread: Array.isArray(ps.topologySpreadConstraints) && ps.topologySpreadConstraints.length > 0,
    serviceAccountName: str3(ps.serviceAccountName ?? ps.serviceAccount),
    automountServiceAccountToken: bool(ps.automountServiceAccountToken),
    meshInjection: meshOf(strMap2(tmeta.annotations), obj2.annotations),
    labels: obj2.labels,
    schedule: obj2.kind === "CronJob" ? str3(spec.schedule) : void 0,
    commands: commandText(ps),
    via: obj2.via
  };
}

// src/inventory/kubernetes/summary.ts
function summarise(objects) {
  const s3 = { objects, workloads: [], services: [], ingresses: [], networkPolicies: [], hpas: [], pdbs: [], secrets: [], configMaps: [], customResources: [] };
  for (const o of objects) {
    const w = workloadOf(o);
    if (w) s3.workloads.push(w);
    switch (o.kind) {
      case "Service":
        if (o.apiVersion === "v1") s3.services.push(serviceOf(o));
        break;
      case "Ingress":
        s3.ingresses.push(ingressOf(o));
        break;
      case "NetworkPolicy":
        s3.networkPolicies.push(networkPolicyOf(o));
        break;
      case "HorizontalPodAutoscaler":
        s3.hpas.push(hpaOf(o));
        break;
      case "PodDisruptionBudget":
        s3.pdbs.push(pdbOf(o));
        break;
      case "Secret":
        s3.secrets.push(keysOf(o));
        break;
      case "ConfigMap":
        s3.configMaps.push(keysOf(o));
        break;
    }
    if (o.kind === "ScaledObject" && o.category === "keda") s3.hpas.push(hpaOf(o));
    const cr = customResourceOf(o);
    if (cr) s3.customResources.push(cr);
  }
  return s3;
}

// src/inventory/kubernetes/describe.ts
function containerLine(c) {
  const r = c.resources;
  const res = r ? `requests ${r.requests?.cpu ?? "-"}/${r.requests?.memory ?? "-"}, limits ${r.limits?.cpu ?? "-"}/${r.limits?.memory ?? "-"}` : "no resources";
  const probes = ["readiness", "liveness", "startup"].filter((p) => c.probes[p]).map((p) => `${p} ${c.probes[p].type}${c.probes[p].path ? ` ${c.probes[p].path}` : ""}`);
  return `${c.file}:${c.line}   ${c.init ? "init " : ""}container ${c.name} ${c.image ?? "(no image)"}: ${res}; ${probes.length ? probes.join(", ") : "no probes"}`;
}
function workloadLine(w) {
  const replicas = w.replicas !== void 0 ? `replicas ${w.replicas}` : w.replicasDefaulted ? "replicas 1 (not set)" : "";
  const extra = [replicas, w.strategy && `strategy ${w.strategy}`, w.schedule && `schedule "${w.schedule}"`, w.antiAffinity && "anti-affinity", w.topologySpread && "topology spread"].filter(Boolean).join(", ");
  return `${w.file}:${w.line} ${w.kind} ${w.namespace ? `${w.namespace}/` : ""}${w.name}${w.via ? ` (via ${w.via})` : ""}${extra ? `: ${extra}` : ""}`;
}
function describeInventory(inv) {
  const out = [];
  if (inv.productionSource !== "none") out.push(`production set: ${inv.productionSource} (${inv.objects.length} objects)`);
  for (const k of inv.kustomizations) {
    const kinds = /* @__PURE__ */ new Map();
    for (const o of k.objects) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    const what = [...kinds].map(([kind, n2]) => `${n2} ${kind}`).join(", ");
    out.push(`${k.file}:1 ${k.component ? "component" : "kustomization"}${k.production ? " (production)" : ""}${k.referenced ? " (used as base)" : ""} renders ${k.objects.length} objects${what ? `: ${what}` : ""}`);
  }
  const byKind = /* @__PURE__ */ new Map();
  for (const o of inv.objects) byKind.set(o.kind, [...byKind.get(o.kind) ?? [], o]);
  for (const [kind, objs] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    for (const o of objs) out.push(`${o.file}:${o.line} ${kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name ?? "(unnamed)"}${o.category ? ` [${o.category}]` : ""}${o.secretKeys ? ` keys ${o.secretKeys.join(", ")}` : ""}`);
  }
  for (const w of inv.workloads) {
    out.push(workloadLine(w));
    for (const c of w.containers) out.push(containerLine(c));
  }
  for (const i of inv.ingresses) out.push(`${i.file}:${i.line} Ingress ${i.name}: hosts ${i.hosts.join(", ") || "-"}, ${i.tls.length ? `TLS ${i.tlsHosts.join(", ")}` : "no TLS"}${i.className ? `, class ${i.className}` : ""}`);
  for (const n2 of inv.networkPolicies) out.push(`${n2.file}:${n2.line} NetworkPolicy ${n2.name}${n2.defaultDeny ? ` (default deny ${[n2.denies.ingress && "ingress", n2.denies.egress && "egress"].filter(Boolean).join("+")})` : ""}`);
  for (const h of inv.hpas) out.push(`${h.file}:${h.line} ${h.kind} ${h.name} -> ${h.target} ${h.min ?? 1}..${h.max ?? "?"}`);
  for (const p of inv.pdbs) out.push(`${p.file}:${p.line} PodDisruptionBudget ${p.name}: ${p.minAvailable !== void 0 ? `minAvailable ${p.minAvailable}` : `maxUnavailable ${p.maxUnavailable ?? "-"}`}`);
  for (const c of inv.customResources) {
    const facts = Object.entries(c.facts).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("|") : v}`).join(" ");
    out.push(`${c.file}:${c.line} ${c.category} ${c.kind} ${c.name ?? ""}${facts ? ` ${facts}` : ""}`);
    for (const r of c.rules ?? []) out.push(`${r.file}:${r.line}   alert ${r.alert}${r.severity ? ` (${r.severity})` : ""}${r.runbookUrl ? " runbook" : " no runbook"}`);
  }
  return out;
}

// src/inventory/kubernetes/index.ts
function plainManifests(ctx, inChart) {
  const out = [];
  for (const f of ctx.files) {
    if (!mayHoldManifests(f) || inChart(f.path)) continue;
    const text = ctx.text(f.path);
    if (!text || !text.includes("apiVersion") || !text.includes("kind")) continue;
    const docs = ctx.yaml(f.path)?.documents ?? [];
    const before = out.length;
    for (const d of docs) {
      if (isManifest(d.value)) for (const o of expandLists(d.value)) out.push(describeObject(o, f.path, d.line));
    }
    if (out.length > before) {
      for (const d of docs) if (d.value !== null && !isObj(d.value)) ctx.diagnose({ file: f.path, line: d.line, severity: "notice", code: "k8s-not-an-object", message: "document in a manifest file is not an object" });
    }
  }
  return out;
}
function kustomizations(ctx, inChart) {
  const state = newRenderState(ctx);
  const found = [];
  for (const f of ctx.files) {
    if (!isKustomizationName(f.name) || inChart(f.path)) continue;
    const k = ctx.yaml(f.path)?.documents[0]?.value;
    const resources3 = renderKustomization(state, f.dir);
    found.push({
      dir: f.dir,
      file: f.path,
      production: isProductionPath(f.dir),
      referenced: false,
      component: isObj(k) && k.kind === "Component",
      resources: isObj(k) ? list2(k.resources).map(String) : [],
      objects: resources3.map((r) => describeObject(r.raw, r.file, r.line, f.dir))
    });
  }
  for (const k of found) k.referenced = state.usedBy.has(k.dir);
  return { found, usedBy: state.usedBy, usedFiles: state.usedFiles };
}
var kubernetesCollector = {
  key: "kubernetes",
  wants: isYamlFile,
  collect(ctx) {
    const inChart = chartDirsOf(ctx.files);
    const manifests = plainManifests(ctx, inChart);
    const { found, usedBy, usedFiles } = kustomizations(ctx, inChart);
    const loose = manifests.filter((o) => !usedFiles.has(o.file));
    const prodDirs = new Set(found.filter((k) => k.production && !k.component).map((k) => k.dir));
    const prod = found.filter((k) => prodDirs.has(k.dir) && ![...usedBy.get(k.dir) ?? []].some((d) => prodDirs.has(d)));
    let objects;
    let productionSource;
    if (prod.length) {
      objects = [...prod.flatMap((k) => k.objects), ...loose];
      productionSource = "kustomize-production";
    } else if (found.length) {
      objects = [...found.filter((k) => !k.referenced && !k.component).flatMap((k) => k.objects), ...loose];
      productionSource = "kustomize-top-level";
    } else {
      objects = manifests;
      productionSource = manifests.length ? "plain" : "none";
    }
    return { ...summarise(objects), manifests, kustomizations: found, productionSource };
  },
  describe: describeInventory
};

// src/inventory/helm/templates.ts
var ACTION = /\{\{-?\s*(if|else if|with|range|define|block|end|else)\b([^}]*)\}\}/g;
var VALUE = /\.Values\.([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)/g;
var KIND = /^kind:\s*["']?([A-Za-z]+)["']?\s*$/;
function guardOf(cond) {
  const m = /\.Values\.([\w.]+)/.exec(cond);
  if (!m) return void 0;
  return { path: m[1], negated: /^\s*not\b/.test(cond) || /\(\s*not\s+\.Values/.test(cond) };
}
function scanTemplate(text, file, into) {
  const stack = [];
  if (text.includes("livenessProbe")) into.probes.liveness = true;
  if (text.includes("readinessProbe")) into.probes.readiness = true;
  if (text.includes("startupProbe")) into.probes.startup = true;
  for (const v of text.matchAll(VALUE)) into.reads.add(v[1]);
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes("{{")) {
      for (const tok of line.matchAll(ACTION)) {
        const what = tok[1];
        if (what === "end") stack.pop();
        else if (what === "else" || what === "else if") {
          const top = stack.pop();
          stack.push(top && what === "else" ? { path: top.path, negated: !top.negated } : void 0);
        } else stack.push(what === "if" || what === "with" ? guardOf(tok[2]) : void 0);
      }
      continue;
    }
    if (!line.startsWith("kind:")) continue;
    const k = KIND.exec(line.trim());
    if (k) into.kinds.push({ kind: k[1], file, line: i + 1, guards: stack.filter((g) => !!g) });
  }
}

// src/inventory/helm/values.ts
function lookup(doc, path) {
  let cur = doc;
  let parent;
  let key = "";
  for (const p of path.split(".")) {
    if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, p)) return void 0;
    parent = cur;
    key = p;
    cur = cur[p];
  }
  return { value: cur, line: yamlLine(parent, key) };
}
function truthy(v) {
  if (v === void 0 || v === null || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isObj(v)) return Object.keys(v).length > 0;
  return true;
}
function effective(path, defaults, prod) {
  const p = lookup(prod, path);
  return p ? p.value : lookup(defaults, path)?.value;
}

// src/inventory/helm/index.ts
var VALUE_PATHS = [
  "replicaCount",
  "image.repository",
  "image.tag",
  "image.pullPolicy",
  "resources.limits.cpu",
  "resources.limits.memory",
  "resources.requests.cpu",
  "resources.requests.memory",
  "autoscaling.enabled",
  "autoscaling.minReplicas",
  "autoscaling.maxReplicas",
  "autoscaling.targetCPUUtilizationPercentage",
  "podDisruptionBudget.enabled",
  "podDisruptionBudget.minAvailable",
  "podDisruptionBudget.maxUnavailable",
  "pdb.enabled",
  "pdb.create",
  "pdb.minAvailable",
  "ingress.enabled",
  "ingress.className",
  "ingress.tls",
  "ingress.annotations",
  "networkPolicy.enabled",
  "securityContext.runAsNonRoot",
  "securityContext.readOnlyRootFilesystem",
  "securityContext.allowPrivilegeEscalation",
  "securityContext.runAsUser",
  "podSecurityContext.runAsNonRoot",
  "podSecurityContext.fsGroup",
  "serviceAccount.create",
  "livenessProbe",
  "readinessProbe",
  "startupProbe",
  "metrics.enabled",
  "serviceMonitor.enabled",
  "metrics.serviceMonitor.enabled",
  "postgresql.enabled",
  "architecture",
  "replica.replicaCount",
  "backup.enabled",
  "affinity",
  "topologySpreadConstraints"
];
var PROD_VALUES = /^values[-._](prod|production|prd|live)([-._][\w.-]*)?\.ya?ml$/i;
var isYamlOrTpl = (f) => f.ext === ".yaml" || f.ext === ".yml" || f.ext === ".tpl";
var inTemplates = (dir) => dir === "templates" || dir.endsWith("/templates") || dir.includes("/templates/") || dir.startsWith("templates/");
var isValuesFile = (f) => f.name.startsWith("values") && (f.ext === ".yaml" || f.ext === ".yml");
var s = (v) => v === void 0 || v === null ? void 0 : String(v);
function readChart(ctx, chartFile, own2) {
  const dir = chartFile.dir;
  const meta = ctx.yaml(chartFile.path)?.documents[0]?.value;
  const m = isObj(meta) ? meta : {};
  const valuesFiles = own2.filter((x) => x.dir === dir && isValuesFile(x)).map((x) => x.path);
  const defaultsFile = dir ? `${dir}/values.yaml` : "values.yaml";
  const prodFile = valuesFiles.find((v) => PROD_VALUES.test(v.slice(v.lastIndexOf("/") + 1)));
  const defaults = ctx.exists(defaultsFile) ? ctx.yaml(defaultsFile)?.documents[0]?.value : void 0;
  const prod = prodFile ? ctx.yaml(prodFile)?.documents[0]?.value : void 0;
  const scan = { kinds: [], reads: /* @__PURE__ */ new Set(), probes: { liveness: false, readiness: false, startup: false } };
  const tdir = dir ? `${dir}/templates/` : "templates/";
  for (const t2 of own2) {
    if (!t2.path.startsWith(tdir) || !isYamlOrTpl(t2)) continue;
    const text = ctx.text(t2.path);
    if (text) scanTemplate(text, t2.path, scan);
  }
  const on = (guards, value) => guards.every((g) => truthy(value(g.path)) !== g.negated);
  const emits = scan.kinds.map((k) => ({
    kind: k.kind,
    file: k.file,
    line: k.line,
    guard: k.guards.length ? k.guards[k.guards.length - 1].path : void 0,
    guards: k.guards,
    enabledByDefault: on(k.guards, (p) => lookup(defaults, p)?.value),
    enabledInProduction: on(k.guards, (p) => effective(p, defaults, prod))
  }));
  const values = {};
  const paths = /* @__PURE__ */ new Set([...VALUE_PATHS, ...scan.kinds.flatMap((k) => k.guards.map((g) => g.path))]);
  for (const path of paths) {
    for (const [doc, file] of [[defaults, defaultsFile], [prod, prodFile]]) {
      const hit = file ? lookup(doc, path) : void 0;
      if (hit && file) values[path] = { path, value: redactValue(path.slice(path.lastIndexOf(".") + 1), hit.value), file, line: hit.line || 1 };
    }
  }
  const deps = Array.isArray(m.dependencies) ? m.dependencies : [];
  const dependencyDetails = deps.flatMap((d, i) => isObj(d) && d.name ? [{ name: String(d.name), version: s(d.version), repository: s(d.repository), condition: s(d.condition), line: yamlLine(deps, i) || 1 }] : []);
  return {
    dir,
    file: chartFile.path,
    name: s(m.name),
    version: s(m.version),
    appVersion: s(m.appVersion),
    dependencies: dependencyDetails.map((d) => d.name),
    dependencyDetails,
    valuesFiles,
    productionValues: prodFile,
    emits,
    values,
    templateProbes: scan.probes,
    templateReads: [...scan.reads].sort()
  };
}
var helmCollector = {
  key: "helm",
  wants: (f) => f.name === "Chart.yaml" || isValuesFile(f) || isYamlOrTpl(f) && inTemplates(f.dir),
  collect(ctx) {
    const chartFiles = ctx.files.filter((f) => f.name === "Chart.yaml");
    if (!chartFiles.length) return { charts: [] };
    const chartDirs = new Set(chartFiles.map((f) => f.dir));
    const byChart = /* @__PURE__ */ new Map();
    for (const f of ctx.files) {
      if (!isYamlOrTpl(f)) continue;
      let d = f.dir;
      while (!chartDirs.has(d) && d) d = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "";
      if (!chartDirs.has(d)) continue;
      const list4 = byChart.get(d) ?? [];
      list4.push(f);
      byChart.set(d, list4);
    }
    return { charts: chartFiles.map((f) => readChart(ctx, f, byChart.get(f.dir) ?? [])) };
  },
  describe(inv) {
    const out = [];
    for (const c of inv.charts) {
      out.push(`${c.file}:1 chart ${c.name ?? ""} ${c.version ?? ""}${c.productionValues ? ` (production values: ${c.productionValues})` : ""}${c.dependencies.length ? ` depends on ${c.dependencies.join(", ")}` : ""}`);
      for (const e2 of c.emits) {
        const sw = e2.guards.map((g) => `${g.negated ? "not " : ""}.Values.${g.path}`).join(" and ");
        out.push(`  ${e2.file}:${e2.line} ${e2.kind}${sw ? ` if ${sw} (default ${e2.enabledByDefault ? "on" : "off"}, production ${e2.enabledInProduction ? "on" : "off"})` : ""}`);
      }
      for (const v of Object.values(c.values)) out.push(`  ${v.file}:${v.line} ${v.path} = ${JSON.stringify(v.value)}`);
    }
    return out;
  }
};

// src/inventory/workflows/codeql.ts
var isCodeqlConfig = (f) => (f.ext === ".yml" || f.ext === ".yaml") && (f.dir === ".github/codeql" || f.dir.startsWith(".github/codeql/") || f.name === "codeql-config.yml" || f.name === "codeql-config.yaml");
function readCodeql(ctx, file) {
  const cfg = { file, line: 1, queries: [], paths: [], pathsIgnore: [] };
  const doc = ctx.yaml(file)?.documents[0];
  const v = doc?.value;
  if (doc) cfg.line = doc.line;
  if (!isObj(v)) return cfg;
  cfg.name = str(v.name);
  for (const q of Array.isArray(v.queries) ? v.queries : []) if (isObj(q) && q.uses !== void 0) cfg.queries.push(String(q.uses));
  cfg.paths = strList(v.paths) ?? [];
  cfg.pathsIgnore = strList(v["paths-ignore"]) ?? [];
  return cfg;
}

// src/inventory/workflows/dependabot.ts
function readDependabot(ctx, file) {
  const cfg = { file, line: 1, updates: [] };
  const doc = ctx.yaml(file)?.documents[0]?.value;
  if (!isObj(doc)) return cfg;
  const updates = doc.updates;
  if (!Array.isArray(updates)) {
    ctx.diagnose({ file, line: yamlLine(doc, "updates") || 1, severity: "warning", code: "dependabot-no-updates", message: "dependabot.yml has no `updates` list: nothing is updated" });
    return cfg;
  }
  cfg.line = yamlLine(doc, "updates") || 1;
  updates.forEach((u, i) => {
    if (!isObj(u)) return;
    const directories = strList(u.directories) ?? [];
    const directory = str(u.directory) ?? directories[0] ?? "/";
    const upd = { ecosystem: str(u["package-ecosystem"]) ?? "", directory, directories: directories.length ? directories : [directory], file, line: yamlLine(updates, i) };
    if (isObj(u.schedule)) {
      upd.schedule = str(u.schedule.interval);
      upd.scheduleLine = yamlLine(u, "schedule");
    }
    if (u["target-branch"] !== void 0) upd.targetBranch = str(u["target-branch"]);
    cfg.updates.push(upd);
  });
  return cfg;
}

// src/inventory/workflows/describe.ts
function jobLabel(j) {
  const parts = [];
  const deploy = j.tags.includes("deploy");
  for (const t2 of j.tags) {
    if (t2 === "deploy" || t2.startsWith("deploy:") || t2 === "security-scan") continue;
    parts.push(t2.startsWith("security-scan:") ? `security-scan(${t2.slice(14)})` : t2);
  }
  if (deploy) parts.unshift(`deploy${j.deployTarget ? `\u2192${j.deployTarget}` : ""}`);
  if (j.call) parts.push(`calls ${j.call.target}`);
  return parts.length ? `${j.id} [${parts.join(", ")}]` : j.id;
}
function describeWorkflows(inv) {
  const out = [];
  for (const w of inv.workflows) {
    const triggers = w.triggers.map((t2) => t2.cron?.length ? `schedule(${t2.cron.join(" | ")})` : t2.branches?.length ? `${t2.event}(${t2.branches.join(",")})` : t2.event).join(", ") || "no trigger";
    out.push(`${w.file}:${w.line} ${w.name ?? "(unnamed)"} \u2014 ${triggers}; jobs: ${w.jobs.map(jobLabel).join(", ") || "none"}${w.permissions ? `; permissions ${w.permissions.kind}` : ""}`);
  }
  for (const c of inv.reusableCalls) out.push(`${c.file}:${c.line} job ${c.job} calls ${c.local ? "local" : "remote"} workflow ${c.target}${c.local && c.exists === false ? " (MISSING)" : ""}`);
  const used = inv.ecosystems.map((e2) => `${e2.ecosystem} (${e2.dirs.slice(0, 4).join(", ")}${e2.dirs.length > 4 ? ", \u2026" : ""})`).join("; ");
  if (inv.dependabot) {
    const d = inv.dependabot;
    out.push(`${d.file}:${d.line} dependabot: ${d.updates.map((u) => `${u.ecosystem} ${u.directories.join(",")}${u.schedule ? ` ${u.schedule}` : ""}`).join("; ") || "no updates"}`);
    const covered = new Set(d.updates.map((u) => u.ecosystem));
    const missing = inv.ecosystems.filter((e2) => !covered.has(e2.ecosystem)).map((e2) => e2.ecosystem);
    if (missing.length) out.push(`${d.file}:${d.line} dependabot does not cover: ${missing.join(", ")}`);
  }
  if (inv.renovate) {
    const r = inv.renovate;
    out.push(`${r.file}:${r.line} renovate${r.enabled ? "" : " (DISABLED)"}${r.extends.length ? ` extends ${r.extends.join(", ")}` : ""}${r.enabledManagers ? `; managers ${r.enabledManagers.join(", ")}` : ""}${r.unreadable ? " (unreadable)" : ""}`);
  }
  for (const c of inv.codeql) out.push(`${c.file}:${c.line} codeql config${c.queries.length ? ` queries ${c.queries.join(", ")}` : ""}`);
  out.push(`ecosystems in use: ${used || "none"}`);
  return out;
}

// src/inventory/workflows/ecosystems.ts
var BY_NAME = /* @__PURE__ */ new Map([
  ["requirements.txt", "pip"],
  ["pyproject.toml", "pip"],
  ["Pipfile", "pip"],
  ["Pipfile.lock", "pip"],
  ["setup.py", "pip"],
  ["setup.cfg", "pip"],
  ["poetry.lock", "pip"],
  ["uv.lock", "pip"],
  ["package.json", "npm"],
  ["Dockerfile", "docker"],
  ["Containerfile", "docker"],
  ["docker-compose.yml", "docker"],
  ["docker-compose.yaml", "docker"],
  ["compose.yml", "docker"],
  ["compose.yaml", "docker"],
  ["go.mod", "gomod"],
  ["pom.xml", "maven"],
  ["build.gradle", "gradle"],
  ["build.gradle.kts", "gradle"],
  ["settings.gradle", "gradle"],
  ["settings.gradle.kts", "gradle"],
  ["Cargo.toml", "cargo"],
  ["composer.json", "composer"],
  ["Gemfile", "bundler"],
  ["mix.exs", "mix"],
  ["pubspec.yaml", "pub"],
  ["Package.swift", "swift"],
  ["packages.config", "nuget"]
]);
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", "vendor", "bower_components", ".venv", "venv", "site-packages", "__tests__", "fixtures", "testdata", "third_party", ".git"]);
function ecosystemOf(f) {
  const byName = BY_NAME.get(f.name);
  if (byName) return byName;
  const { name, ext } = f;
  if (ext === ".txt" && name.startsWith("requirements")) return "pip";
  if (name.startsWith("Dockerfile.") || ext === ".dockerfile") return "docker";
  if ((ext === ".yml" || ext === ".yaml") && (name.startsWith("docker-compose.") || name.startsWith("compose."))) return "docker";
  if (ext === ".csproj" || ext === ".fsproj" || ext === ".vbproj") return "nuget";
  if (ext === ".tf") return "terraform";
  if (ext === ".yml" || ext === ".yaml") {
    if (f.dir === ".github/workflows") return "github-actions";
  }
  return void 0;
}
function skipped(dir) {
  if (dir === "") return false;
  for (const part of dir.split("/")) if (SKIP_DIRS.has(part)) return true;
  return false;
}
var EcosystemCollector = class {
  found = /* @__PURE__ */ new Map();
  add(f) {
    const eco = ecosystemOf(f);
    if (!eco || skipped(f.dir)) return;
    const dir = eco === "github-actions" ? "/" : "/" + f.dir;
    const hit = this.found.get(eco);
    if (hit) hit.dirs.add(dir);
    else this.found.set(eco, { dirs: /* @__PURE__ */ new Set([dir]), file: f.path });
  }
  result() {
    return [...this.found].map(([ecosystem, v]) => ({ ecosystem, dirs: [...v.dirs].sort(), file: v.file }));
  }
};

// src/inventory/workflows/json5.ts
function json5ToJson(text) {
  let out = "";
  let i = 0;
  const n2 = text.length;
  while (i < n2) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      let body = "";
      while (j < n2 && text[j] !== c) {
        if (text[j] === "\\" && j + 1 < n2) {
          body += text[j + 1] === "'" ? "'" : text.slice(j, j + 2);
          j += 2;
          continue;
        }
        body += c === "'" && text[j] === '"' ? '\\"' : text[j];
        j++;
      }
      out += `"${body}"`;
      i = j + 1;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < n2 && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const chunk = text.slice(i, end < 0 ? n2 : end + 2);
      out += chunk.replace(/[^\n]/g, " ");
      i = end < 0 ? n2 : end + 2;
    } else if (/[A-Za-z_$]/.test(c) && lastSignificant(out) !== void 0 && "{,".includes(lastSignificant(out))) {
      let j = i;
      while (j < n2 && /[\w$-]/.test(text[j])) j++;
      const word = text.slice(i, j);
      out += /^\s*:/.test(text.slice(j, j + 20)) ? `"${word}"` : word;
      i = j;
    } else if (c === ",") {
      let j = i + 1;
      for (; ; ) {
        while (j < n2 && /\s/.test(text[j])) j++;
        if (text[j] === "/" && text[j + 1] === "/") while (j < n2 && text[j] !== "\n") j++;
        else if (text[j] === "/" && text[j + 1] === "*") j = text.indexOf("*/", j + 2) < 0 ? n2 : text.indexOf("*/", j + 2) + 2;
        else break;
      }
      if (text[j] !== "}" && text[j] !== "]") out += ",";
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function lastSignificant(out) {
  for (let i = out.length - 1; i >= 0; i--) if (!/\s/.test(out[i])) return out[i];
  return void 0;
}

// src/inventory/workflows/renovate.ts
var RENOVATE_FILES = ["renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json", ".renovaterc", ".renovaterc.json", ".renovaterc.json5"];
var RENOVATE_SET = new Set(RENOVATE_FILES);
var isRenovateFile = (path) => RENOVATE_SET.has(path);
function readRenovate(ctx, file) {
  const text = ctx.text(file) ?? "";
  let value;
  try {
    value = JSON.parse(file.endsWith(".json") ? text : json5ToJson(text));
  } catch {
    try {
      value = JSON.parse(json5ToJson(text));
    } catch (err) {
      ctx.diagnose({ file, line: 1, severity: "warning", code: "renovate-unreadable", message: `Renovate config not readable as JSON5: ${err.message}` });
      return { file, line: 1, extends: [], enabled: true, unreadable: true };
    }
  }
  return fromValue(value, file, 1);
}
function readPackageJsonRenovate(ctx, file) {
  const text = ctx.text(file);
  if (!text || !text.includes('"renovate"')) return void 0;
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isObj(pkg) || !isObj(pkg.renovate)) return void 0;
  const at3 = text.indexOf('"renovate"');
  return fromValue(pkg.renovate, file, text.slice(0, at3).split("\n").length);
}
function fromValue(v, file, line) {
  const cfg = { file, line, extends: [], enabled: true };
  if (!isObj(v)) return cfg;
  cfg.extends = strList(v.extends) ?? [];
  const managers = strList(v.enabledManagers);
  if (managers) cfg.enabledManagers = managers;
  if (v.enabled === false) cfg.enabled = false;
  return cfg;
}

// src/inventory/workflows/classify.ts
var USES_TAGS = [
  ["github/codeql-action/upload-sarif", ["sarif-upload"]],
  ["github/codeql-action/", ["security-scan:codeql"]],
  ["aquasecurity/trivy-action", ["security-scan:trivy"]],
  ["aquasecurity/tfsec", ["security-scan:tfsec"]],
  ["anchore/scan-action", ["security-scan:grype"]],
  ["anchore/grype", ["security-scan:grype"]],
  ["snyk/", ["security-scan:snyk"]],
  ["returntocorp/semgrep", ["security-scan:semgrep"]],
  ["semgrep/", ["security-scan:semgrep"]],
  ["gitleaks/gitleaks-action", ["security-scan:gitleaks"]],
  ["zricethezav/gitleaks", ["security-scan:gitleaks"]],
  ["trufflesecurity/trufflehog", ["security-scan:trufflehog"]],
  ["zaproxy/action-", ["security-scan:zap"]],
  ["bridgecrewio/checkov", ["security-scan:checkov"]],
  ["actions/dependency-review-action", ["security-scan:dependency-review"]],
  ["google/osv-scanner", ["security-scan:osv"]],
  ["pypa/gh-action-pip-audit", ["security-scan:pip-audit"]],
  ["ossf/scorecard-action", ["security-scan:scorecard"]],
  ["securego/gosec", ["security-scan:gosec"]],
  ["pycqa/bandit", ["security-scan:bandit"]],
  ["docker/build-push-action", ["docker-build"]],
  ["docker/login-action", ["registry-login"]],
  ["azure/k8s-deploy", ["deploy"]],
  ["azure/webapps-deploy", ["deploy"]],
  ["aws-actions/amazon-ecs-deploy", ["deploy"]],
  ["google-github-actions/deploy", ["deploy"]],
  ["appleboy/ssh-action", ["deploy"]],
  ["superfly/flyctl-actions", ["deploy"]],
  ["amondnet/vercel-action", ["deploy"]],
  ["cloudflare/wrangler-action", ["deploy"]],
  ["treosh/lighthouse-ci-action", ["lighthouse"]],
  ["grafana/k6-action", ["load-test"]],
  ["grafana/setup-k6-action", ["load-test"]],
  ["grafana/run-k6-action", ["load-test"]],
  ["cypress-io/github-action", ["e2e"]],
  ["codecov/", ["coverage"]],
  ["coverallsapp/", ["coverage"]],
  ["softprops/action-gh-release", ["release"]],
  ["goreleaser/goreleaser-action", ["release"]]
];
var RUN_TAGS = [
  [/\b(pytest|python3? -m (pytest|unittest)|tox|nox|go test|cargo test|mvn (-B )?(test|verify)|gradlew? test|rspec|phpunit|dotnet test|make test|npm (run )?test|npm t\b|yarn (run )?test|pnpm (run )?test|npx jest|jest|vitest|mocha|bun test)\b/, "test"],
  [/\b(eslint|flake8|ruff( check)?|pylint|black --check|mypy|golangci-lint|npm run lint|yarn lint|pnpm lint|tsc --noEmit|hadolint|shellcheck)\b/, "lint"],
  [/\b(npm run build|yarn build|pnpm build|go build|cargo build|mvn (-B )?package|gradlew? (build|assemble)|python3? -m build|dotnet (build|publish)|make build)\b/, "build"],
  [/\bdocker (build|buildx build|image build)\b|docker[- ]compose[^\n]*\bbuild\b/, "docker-build"],
  [/\bdocker (push|image push)\b|docker buildx build[^\n]*--push|docker[- ]compose[^\n]*\bpush\b/, "docker-push"],
  [/\bdocker login\b/, "registry-login"],
  [/\bkubectl\b[^\n;&|]*?\b(apply|create|replace|set image|rollout restart)\b|\bhelm\b[^\n;&|]*?\b(upgrade|install)\b|\b(argocd app sync|flux reconcile|docker stack deploy|ansible-playbook|terraform apply|pulumi up|serverless deploy|sls deploy|fly deploy|flyctl deploy|vercel[^\n]*--prod|netlify deploy|gcloud (run|app) deploy|aws ecs update-service|aws deploy|az webapp|cdk deploy|heroku container:release|eb deploy|skaffold run|kamal deploy)\b|\bdeploy\.sh\b/, "deploy"],
  // `compose up` starts test dependencies in CI too: only a production file or a remote host makes it a deploy
  [/docker[- ]compose[^\n]*(prod|production)[^\n]*\bup\b|\bssh\b[^\n]*docker[- ]compose[^\n]*\bup\b|DOCKER_HOST=ssh[^\n]*\bup\b/, "deploy"],
  [/\bkubectl\b[^\n;&|]*?\brollout undo\b|\bhelm\b[^\n;&|]*?\brollback\b|\b(argocd app rollback|kamal rollback)\b/, "rollback"],
  [/\bhelm\b[^\n;&|]*?\b(upgrade|install)\b[^\n;&|]*--(atomic|rollback-on-failure)\b/, "atomic-deploy"],
  [/\balembic\b[^\n;&|]*?\bupgrade\b|\b(manage\.py migrate|prisma migrate deploy|flyway( [^\n]*)? migrate|knex migrate|rails db:migrate|rake db:migrate|sequelize(-cli)? db:migrate|typeorm migration:run|goose [^\n]*up|migrate -path|liquibase [^\n]*update|dbmate up|atlas migrate apply)\b/, "migrations"],
  [/\b(k6 run|locust\b|artillery (run|quick)|jmeter|vegeta attack|wrk -|ab -n|gatling)/, "load-test"],
  [/\b(playwright test|npx playwright|cypress run|npx cypress|selenium|wdio|webdriverio|testcafe|nightwatch)\b/, "e2e"],
  [/\b(lhci (autorun|collect)|lighthouse )/, "lighthouse"],
  [/\b(pg_dump|pg_dumpall|pg_basebackup|mysqldump|mongodump|velero (backup|schedule)|restic backup|borg create|wal-g backup-push|pgbackrest [^\n]*backup)\b/, "backup"],
  [/\b(codecov|coverage (run|xml|report)|nyc|c8)\b|--cov\b|--coverage\b/, "coverage"]
];
var RUN_SCANNERS = [
  [/\bbandit\b/, "bandit"],
  [/\bsemgrep\b/, "semgrep"],
  [/\btrivy\b/, "trivy"],
  [/\bgrype\b/, "grype"],
  [/\bsnyk (test|monitor|container|code|iac)\b/, "snyk"],
  [/\bgitleaks\b/, "gitleaks"],
  [/\btrufflehog\b/, "trufflehog"],
  [/\b(zap-baseline|zap-full-scan|zap-api-scan|zaproxy)\b/, "zap"],
  [/\bcheckov\b/, "checkov"],
  [/\btfsec\b/, "tfsec"],
  [/\bosv-scanner\b/, "osv"],
  [/\bpip-audit\b/, "pip-audit"],
  [/\bsafety (check|scan)\b/, "safety"],
  [/\bnpm audit\b/, "npm-audit"],
  [/\byarn (npm )?audit\b/, "yarn-audit"],
  [/\bpnpm audit\b/, "pnpm-audit"],
  [/\bgovulncheck\b/, "govulncheck"],
  [/\bgosec\b/, "gosec"],
  [/\bcodeql database\b/, "codeql"]
];
var TARGETS = [
  [/(^|[^a-z])(prod|production|prd|live)([^a-z]|$)/i, "production"],
  [/(^|[^a-z])(staging|stage|stg|preprod|pre-prod|uat)([^a-z]|$)/i, "staging"],
  [/(^|[^a-z])(dev|development|test|testing|qa|preview|review|sandbox)([^a-z]|$)/i, "development"]
];
function tagsForUses(uses) {
  const action = uses.split("@")[0].toLowerCase();
  for (const [prefix, tags3] of USES_TAGS) {
    if (!action.startsWith(prefix)) continue;
    return tags3.flatMap((t2) => t2.startsWith("security-scan:") ? ["security-scan", t2] : [t2]);
  }
  return [];
}
function tagsForRun(script) {
  const run2 = script.includes("\\\n") ? script.replace(/\\\r?\n/g, " ") : script;
  const tags3 = [];
  for (const [re, tag] of RUN_TAGS) if (re.test(run2)) tags3.push(tag);
  for (const [re, tool] of RUN_SCANNERS) if (re.test(run2)) tags3.push(`security-scan:${tool}`);
  if (tags3.some((t2) => t2.startsWith("security-scan:"))) tags3.push("security-scan");
  return tags3;
}
function tagsForInputs(action, inputs) {
  if (action.toLowerCase() === "docker/build-push-action" && /^(true|\$\{\{)/.test(inputs.push ?? "")) return ["docker-push"];
  return [];
}
function deployTarget(clues, commands = "") {
  for (const c of clues) {
    if (!c) continue;
    for (const [re, target] of TARGETS) if (re.test(c)) return target;
  }
  for (const [re, target] of TARGETS.slice(0, 2)) if (re.test(commands)) return target;
  return void 0;
}

// src/inventory/workflows/triggers.ts
function readTriggers(on, doc, onKey, file) {
  const at3 = yamlLine(doc, onKey) || 1;
  if (typeof on === "string") return [{ event: on, file, line: at3 }];
  if (Array.isArray(on)) return on.map((e2, i) => ({ event: String(e2), file, line: yamlLine(on, i) || at3 }));
  if (!isObj(on)) return [];
  return Object.entries(on).map(([event, cfg]) => readTrigger(event, cfg, file, yamlLine(on, event) || at3));
}
function readTrigger(event, cfg, file, line) {
  const t2 = { event, file, line };
  if (event === "schedule") {
    if (Array.isArray(cfg)) t2.cron = cfg.flatMap((c) => isObj(c) && c.cron !== void 0 ? [String(c.cron)] : []);
    return t2;
  }
  if (!isObj(cfg)) return t2;
  const set = (k, v) => {
    if (v !== void 0) t2[k] = v;
  };
  set("branches", strList(cfg.branches));
  set("branchesIgnore", strList(cfg["branches-ignore"]));
  set("tags", strList(cfg.tags));
  set("paths", strList(cfg.paths));
  set("pathsIgnore", strList(cfg["paths-ignore"]));
  set("types", strList(cfg.types));
  set("workflows", strList(cfg.workflows));
  if (isObj(cfg.inputs)) t2.inputs = keys(cfg.inputs);
  return t2;
}

// src/inventory/workflows/uses.ts
import { posix as posix6 } from "node:path";
var SHA = /^[0-9a-f]{40}$/i;
var VERSION = /^v?\d+(\.\d+)*([-+.][\w.]+)?$/;
function splitUses(uses) {
  if (uses.startsWith("./") || uses.startsWith("../")) return { action: uses, pinnedSha: false, refKind: "local" };
  if (uses.startsWith("docker://")) {
    return { action: uses, pinnedSha: uses.includes("@sha256:"), refKind: "docker" };
  }
  const at3 = uses.lastIndexOf("@");
  if (at3 < 0) return { action: uses, pinnedSha: false, refKind: "none" };
  const ref = uses.slice(at3 + 1);
  const pinned = SHA.test(ref);
  return { action: uses.slice(0, at3), ref, pinnedSha: pinned, refKind: pinned ? "sha" : VERSION.test(ref) ? "version" : "branch" };
}
function isWorkflowCall(uses) {
  const action = uses.split("@")[0];
  return action.endsWith(".yml") || action.endsWith(".yaml");
}
function localWorkflowPath(uses) {
  if (!uses.startsWith("./")) return void 0;
  return posix6.normalize(uses.split("@")[0]);
}

// src/inventory/workflows/workflow.ts
function parseWorkflow(ctx, file) {
  const parsed = ctx.yaml(file);
  if (!parsed) return void 0;
  const first = parsed.documents[0];
  if (!first) return void 0;
  const doc = first.value;
  if (!isObj(doc)) {
    ctx.diagnose({ file, line: first.line, severity: "warning", code: "workflow-not-a-map", message: "a workflow must be a mapping with `on` and `jobs`" });
    return void 0;
  }
  const onKey = "on" in doc ? "on" : "true" in doc ? "true" : void 0;
  const on = onKey ? doc[onKey] : void 0;
  if (onKey === void 0 || typeof on === "boolean" || on === null) {
    ctx.diagnose({ file, line: onKey && yamlLine(doc, onKey) || first.line, severity: "warning", code: "workflow-no-trigger", message: onKey ? "`on` names no event: the workflow never runs" : "the workflow has no `on`: GitHub rejects it" });
  }
  const wf = {
    file,
    line: yamlLine(doc, "name") || first.line,
    name: str(doc.name),
    triggers: readTriggers(on, doc, onKey ?? "on", file),
    env: keys(doc.env),
    jobs: [],
    reusable: false
  };
  wf.reusable = wf.triggers.some((t2) => t2.event === "workflow_call");
  const perms = readPermissions(doc, "permissions", file);
  if (perms) wf.permissions = perms;
  const conc = readConcurrency(doc, file);
  if (conc) wf.concurrency = conc;
  const jobs = doc.jobs;
  if (!isObj(jobs)) {
    ctx.diagnose({ file, line: yamlLine(doc, "jobs") || first.line, severity: "warning", code: "workflow-no-jobs", message: "the workflow has no `jobs` mapping" });
    return wf;
  }
  for (const [id, j] of Object.entries(jobs)) if (isObj(j)) wf.jobs.push(readJob(id, j, jobs, file));
  return wf;
}
function readPermissions(container2, key, file) {
  if (!(key in container2)) return void 0;
  const v = container2[key];
  const line = yamlLine(container2, key);
  if (v === "write-all" || v === "read-all") return { kind: v, scopes: {}, file, line };
  if (isObj(v)) {
    const scopes = {};
    for (const [k, level] of Object.entries(v)) scopes[k] = String(level);
    return { kind: Object.keys(scopes).length ? "map" : "none", scopes, file, line };
  }
  return { kind: "other", scopes: {}, file, line };
}
function readConcurrency(container2, file) {
  const v = container2.concurrency;
  if (v === void 0 || v === null) return void 0;
  const line = yamlLine(container2, "concurrency");
  if (!isObj(v)) return { group: String(v), file, line };
  const c = { group: str(v.group), file, line };
  const cancel = v["cancel-in-progress"];
  if (typeof cancel === "boolean") c.cancelInProgress = cancel;
  else if (cancel !== void 0 && cancel !== null) c.cancelInProgress = String(cancel);
  return c;
}
function readJob(id, j, jobs, file) {
  const line = yamlLine(jobs, id);
  const job = {
    id,
    file,
    line,
    column: yamlPosition(jobs, id)?.column,
    name: str(j.name),
    needs: strList(j.needs) ?? [],
    services: keys(j.services),
    serviceImages: [],
    env: keys(j.env),
    steps: [],
    tags: []
  };
  const runsOn = j["runs-on"];
  if (Array.isArray(runsOn)) job.runsOn = runsOn.map(String);
  else if (runsOn !== void 0 && runsOn !== null) job.runsOn = str(runsOn);
  if (j.if !== void 0) job.if = str(j.if);
  const env = j.environment;
  const envName = isObj(env) ? str(env.name) : str(env);
  if (envName) {
    job.environment = { name: envName, line: yamlLine(j, "environment") || line };
    if (isObj(env) && env.url !== void 0) job.environment.url = str(env.url);
  }
  const perms = readPermissions(j, "permissions", file);
  if (perms) job.permissions = perms;
  const conc = readConcurrency(j, file);
  if (conc) job.concurrency = conc;
  if (j["timeout-minutes"] !== void 0) job.timeoutMinutes = typeof j["timeout-minutes"] === "number" ? j["timeout-minutes"] : String(j["timeout-minutes"]);
  const strategy = j.strategy;
  if (isObj(strategy) && strategy.matrix !== void 0) {
    const m = strategy.matrix;
    const values = {};
    if (isObj(m)) for (const [k, v] of Object.entries(m)) values[k] = Array.isArray(v) ? v.map((x) => str(x) ?? "") : [str(v) ?? ""];
    job.matrix = { keys: Object.keys(values), values, line: yamlLine(strategy, "matrix") };
  }
  if (isObj(j.services)) {
    const svcs = j.services;
    for (const [name, s3] of Object.entries(svcs)) job.serviceImages.push({ name, image: isObj(s3) ? str(s3.image) : str(s3), line: yamlLine(svcs, name) });
  }
  if (typeof j.uses === "string") {
    job.uses = j.uses;
    if (isWorkflowCall(j.uses)) {
      const u = splitUses(j.uses);
      const path = localWorkflowPath(j.uses);
      job.call = { job: id, target: j.uses, local: u.refKind === "local", file, line: yamlLine(j, "uses") || line, with: redactedInputs(j.with), secretsInherit: j.secrets === "inherit" };
      if (path) job.call.path = path;
      if (u.ref) {
        job.call.ref = u.ref;
        job.call.pinnedSha = u.pinnedSha;
      }
    }
  }
  const steps = j.steps;
  if (Array.isArray(steps)) steps.forEach((s3, i) => isObj(s3) && job.steps.push(readStep(s3, steps, i, file)));
  const tags3 = new Set(job.steps.flatMap((s3) => s3.tags));
  classifyJob(job, tags3);
  return job;
}
function readStep(s3, steps, i, file) {
  const pos = yamlPosition(steps, i);
  const step = { file, line: pos?.line ?? 0, column: pos?.column, with: {}, env: keys(s3.env), tags: [] };
  if (s3.id !== void 0) step.id = str(s3.id);
  if (s3.name !== void 0) step.name = str(s3.name);
  if (s3.if !== void 0) step.if = str(s3.if);
  if (s3.shell !== void 0) step.shell = str(s3.shell);
  if (s3["continue-on-error"] !== void 0) step.continueOnError = s3["continue-on-error"] === true;
  step.with = redactedInputs(s3.with);
  const tags3 = [];
  if (typeof s3.uses === "string") {
    const u = splitUses(s3.uses);
    step.uses = s3.uses;
    step.action = u.action;
    if (u.ref) step.ref = u.ref;
    step.pinnedSha = u.pinnedSha;
    step.refKind = u.refKind;
    tags3.push(...tagsForUses(s3.uses), ...tagsForInputs(u.action, step.with));
  }
  if (s3.run !== void 0 && s3.run !== null) {
    step.run = String(s3.run);
    tags3.push(...tagsForRun(step.run));
  }
  step.tags = [...new Set(tags3)];
  return step;
}
function redactedInputs(v) {
  const out = {};
  if (isObj(v)) for (const [k, x] of Object.entries(v)) out[k] = String(redactValue(k, str(x) ?? ""));
  return out;
}
function classifyJob(job, tags3) {
  const commands = job.steps.map((s3) => s3.run ?? "").join("\n");
  const deployish = /deploy|release|publish|rollout|promote/i.test(`${job.id} ${job.name ?? ""}`);
  const env = job.environment && !job.environment.name.includes("${{") ? job.environment.name : void 0;
  const envTarget = env ? deployTarget([env]) : void 0;
  const guarded = envTarget === "production" || envTarget === "staging";
  if (tags3.has("deploy") || guarded || job.environment && (deployish || tags3.has("docker-push") || tags3.has("migrations")) || deployish && tags3.has("docker-push")) {
    tags3.add("deploy");
    const target = env ? envTarget ?? env : deployTarget([job.id, job.name], commands);
    if (target) {
      job.deployTarget = target;
      tags3.add(`deploy:${target}`);
    }
  }
  job.tags = [...tags3];
}

// src/inventory/workflows/index.ts
var isWorkflowFile = (f) => f.dir === ".github/workflows" && (f.ext === ".yml" || f.ext === ".yaml");
var isDependabot = (f) => f.dir === ".github" && (f.name === "dependabot.yml" || f.name === "dependabot.yaml");
var workflowsCollector = {
  key: "workflows",
  wants: (f) => isWorkflowFile(f) || isDependabot(f) || isRenovateFile(f.path) || f.path === "package.json" || isCodeqlConfig(f),
  collect(ctx) {
    const inv = { workflows: [], reusableCalls: [], codeql: [], ecosystems: [] };
    const eco = new EcosystemCollector();
    const renovate = [];
    for (const f of ctx.files) {
      eco.add(f);
      if (isWorkflowFile(f)) {
        const wf = parseWorkflow(ctx, f.path);
        if (wf) inv.workflows.push(wf);
      } else if (isDependabot(f)) inv.dependabot = readDependabot(ctx, f.path);
      else if (isRenovateFile(f.path)) renovate.push(readRenovate(ctx, f.path));
      else if (f.path === "package.json") {
        const r = readPackageJsonRenovate(ctx, f.path);
        if (r) renovate.push(r);
      }
      if (isCodeqlConfig(f)) inv.codeql.push(readCodeql(ctx, f.path));
    }
    if (renovate.length) inv.renovate = renovate.sort((a, b) => rank(a.file) - rank(b.file))[0];
    linkReusable(inv, ctx.exists.bind(ctx));
    inv.ecosystems = eco.result();
    return inv;
  },
  describe: describeWorkflows
};
function rank(file) {
  const order = ["renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json", ".renovaterc", ".renovaterc.json", ".renovaterc.json5", "package.json"];
  const i = order.indexOf(file);
  return i < 0 ? order.length : i;
}
function linkReusable(inv, exists) {
  const byFile = new Map(inv.workflows.map((w) => [w.file, w]));
  for (const w of inv.workflows) {
    for (const j of w.jobs) {
      if (!j.call) continue;
      inv.reusableCalls.push(j.call);
      if (!j.call.local || !j.call.path) continue;
      j.call.exists = exists(j.call.path);
      const called = byFile.get(j.call.path);
      if (!called || called === w) continue;
      const tags3 = new Set(j.tags);
      for (const cj of called.jobs) for (const t2 of cj.tags) tags3.add(t2);
      if (!j.deployTarget && tags3.has("deploy")) {
        const passed = j.call.with.environment ?? j.call.with.env ?? j.call.with.target;
        const target = passed && (deployTarget([passed]) ?? passed) || called.jobs.find((cj) => cj.deployTarget)?.deployTarget;
        if (target) {
          j.deployTarget = target;
          tags3.add(`deploy:${target}`);
        }
      }
      j.tags = [...tags3];
    }
  }
}

// src/inventory/nginx/index.ts
import { posix as posix8 } from "node:path";

// src/inventory/nginx/files.ts
var NGINX_DIRS = ["nginx", "sites-available", "sites-enabled", "conf.d", "openresty", "snippets"];
function inNginxDir(dir) {
  if (!dir) return false;
  const d = dir.toLowerCase();
  return NGINX_DIRS.some((n2) => d === n2 || d.endsWith("/" + n2) || d.includes(n2 + "/") || n2 === "nginx" && d.includes("nginx"));
}
function isNginxCandidate(f) {
  const ext = f.ext;
  if (ext === ".conf") return true;
  if (ext === ".template" || ext === ".j2" || ext === ".tmpl" || ext === ".erb") return f.name.includes(".conf.");
  if (ext === "" && f.dir) return inNginxDir(f.dir) && f.name !== "Dockerfile" && !f.name.startsWith(".");
  return false;
}
var NGINX_TEXT = /(^|[\s;{}])(server|http|upstream|location|events|stream)\s*[^;{}\n]*\{|^\s*(listen|proxy_pass|server_name|add_header|ssl_certificate|root|gzip|limit_req|include)\s+[^=\n]*;/m;
function looksLikeNginx(text) {
  return NGINX_TEXT.test(text);
}

// src/inventory/nginx/include.ts
import { posix as posix7 } from "node:path";
var IMAGE_PREFIXES = ["/etc/nginx/", "/usr/local/nginx/conf/", "/usr/local/openresty/nginx/conf/", "/opt/bitnami/nginx/conf/", "/usr/local/etc/nginx/", "/etc/openresty/"];
function globBody(g) {
  return g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
}
var globRe = (g) => new RegExp("^" + globBody(g) + "$");
var hasGlob = (s3) => s3.includes("*") || s3.includes("?");
var IncludeResolver = class {
  /** `suffixPool`: the files a suffix lookup may pick (nginx candidates, not the whole tree) */
  constructor(files, suffixPool) {
    this.suffixPool = suffixPool;
    for (const f of files) {
      const list4 = this.byDir.get(f.dir);
      if (list4) list4.push(f);
      else this.byDir.set(f.dir, [f]);
    }
  }
  suffixPool;
  byDir = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  resolve(pattern, fromFile, confRoot) {
    const key = `${pattern}\0${fromFile}\0${confRoot}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.lookup(pattern, posix7.dirname(fromFile), confRoot);
      this.cache.set(key, hit);
    }
    return hit;
  }
  lookup(pattern, fromDir, confRoot) {
    let rel = pattern;
    let absolute = false;
    if (pattern.startsWith("/")) {
      absolute = true;
      const prefix = IMAGE_PREFIXES.find((p) => pattern.startsWith(p));
      rel = prefix ? pattern.slice(prefix.length) : pattern.slice(1);
    }
    const bases = [confRoot, fromDir].filter((b, i, a) => a.indexOf(b) === i);
    for (const base of bases) {
      const found2 = this.match(posix7.normalize(posix7.join(base === "." ? "" : base, rel)));
      if (found2.length) return found2;
    }
    const tail = absolute && !IMAGE_PREFIXES.some((p) => pattern.startsWith(p)) ? rel.split("/").slice(-2).join("/") : rel;
    const re = new RegExp("(^|/)" + globBody(posix7.normalize(tail)) + "$");
    const found = this.suffixPool.filter((p) => re.test(p));
    if (found.length <= 1) return found;
    const score2 = (p) => commonPrefix(p, fromDir);
    const best = Math.max(...found.map(score2));
    return found.filter((p) => score2(p) === best).sort();
  }
  match(path) {
    const slash = path.lastIndexOf("/");
    const dir = slash < 0 ? "" : path.slice(0, slash);
    const name = path.slice(slash + 1);
    const dirs = hasGlob(dir) ? [...this.byDir.keys()].filter((d) => globRe(dir).test(d)) : [dir];
    const out = [];
    for (const d of dirs) {
      const list4 = this.byDir.get(d);
      if (!list4) continue;
      if (!hasGlob(name)) {
        const f = list4.find((x) => x.name === name);
        if (f) out.push(f.path);
        continue;
      }
      const re = globRe(name);
      for (const f of list4) if (!f.name.startsWith(".") && re.test(f.name)) out.push(f.path);
    }
    return out.sort();
  }
};
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// src/inventory/nginx/parse.ts
function unescape(n2, quote) {
  if (n2 === "t") return "	";
  if (n2 === "r") return "\r";
  if (n2 === "n") return "\n";
  return n2 === '"' || n2 === "'" || n2 === "\\" || n2 === quote ? n2 : "\\" + n2;
}
var Lexer = class {
  constructor(text, errors) {
    this.text = text;
    this.errors = errors;
  }
  text;
  errors;
  pos = 0;
  line = 1;
  lineStart = 0;
  next() {
    const t2 = this.text;
    for (; ; ) {
      if (this.pos >= t2.length) return void 0;
      const c2 = t2.charCodeAt(this.pos);
      if (c2 === 10) this.newline(this.pos + 1);
      else if (c2 === 32 || c2 === 9 || c2 === 13) this.pos++;
      else if (c2 === 35) {
        const nl = t2.indexOf("\n", this.pos);
        this.pos = nl < 0 ? t2.length : nl;
      } else break;
    }
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    const c = t2[this.pos];
    if (c === ";" || c === "{" || c === "}") {
      this.pos++;
      return { text: c, line, column, special: true };
    }
    if (c === '"' || c === "'") return this.quoted(c, line, column);
    let s3 = "";
    let from = this.pos;
    let inVar = false;
    while (this.pos < t2.length) {
      const ch = t2.charCodeAt(this.pos);
      if (ch === 92 && this.pos + 1 < t2.length) {
        s3 += t2.slice(from, this.pos) + unescape(t2[this.pos + 1], "");
        this.pos += 2;
        from = this.pos;
        continue;
      }
      if (ch === 123) {
        if (this.pos > from ? t2.charCodeAt(this.pos - 1) === 36 : s3.endsWith("$")) inVar = true;
        else break;
      } else if (ch === 125) {
        if (!inVar) break;
        inVar = false;
      } else if (ch === 32 || ch === 9 || ch === 13 || ch === 10 || ch === 59) break;
      this.pos++;
    }
    return { text: s3 + t2.slice(from, this.pos), line, column, special: false };
  }
  quoted(q, line, column) {
    const t2 = this.text;
    let s3 = "";
    let from = ++this.pos;
    while (this.pos < t2.length && t2[this.pos] !== q) {
      const ch = t2[this.pos];
      if (ch === "\\" && this.pos + 1 < t2.length) {
        s3 += t2.slice(from, this.pos) + unescape(t2[this.pos + 1], q);
        this.pos += 2;
        from = this.pos;
        continue;
      }
      if (ch === "\n") this.newline(this.pos + 1);
      else this.pos++;
    }
    s3 += t2.slice(from, this.pos);
    if (this.pos >= t2.length) this.errors.push({ line, column, message: `unterminated ${q === '"' ? "double" : "single"}-quoted string` });
    this.pos++;
    return { text: s3, line, column, special: false };
  }
  /** Skips a Lua body after its `{`, up to the matching `}`; false when the file ends first. */
  skipLua() {
    const t2 = this.text;
    let depth = 1;
    while (this.pos < t2.length) {
      const ch = t2[this.pos];
      if (ch === "\n") {
        this.newline(this.pos + 1);
        continue;
      }
      if (ch === "-" && t2[this.pos + 1] === "-") {
        const long = /^--\[(=*)\[/.exec(t2.slice(this.pos, this.pos + 20));
        this.skipTo(long ? `]${long[1]}]` : "\n", long ? long[0].length : 2);
        continue;
      }
      if (ch === '"' || ch === "'") {
        this.pos++;
        while (this.pos < t2.length && t2[this.pos] !== ch && t2[this.pos] !== "\n") this.pos += t2[this.pos] === "\\" ? 2 : 1;
        this.pos++;
        continue;
      }
      if (ch === "[") {
        const long = /^\[(=*)\[/.exec(t2.slice(this.pos, this.pos + 20));
        if (long) {
          this.skipTo(`]${long[1]}]`, long[0].length);
          continue;
        }
      }
      this.pos++;
      if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) return true;
    }
    return false;
  }
  skipTo(end, from) {
    const at3 = this.text.indexOf(end, this.pos + from);
    const stop = at3 < 0 ? this.text.length : end === "\n" ? at3 : at3 + end.length;
    for (let i = this.text.indexOf("\n", this.pos); i >= 0 && i < stop; i = this.text.indexOf("\n", i + 1)) this.newline(i + 1);
    this.pos = stop;
  }
  newline(next) {
    this.line++;
    this.pos = next;
    this.lineStart = next;
  }
};
function parseNginx(text, file) {
  const errors = [];
  const lex = new Lexer(text, errors);
  const parseBlock = (depth, opener) => {
    const list4 = [];
    let words = [];
    const make = () => ({ name: words[0].text, args: words.slice(1).map((w) => w.text), file, line: words[0].line, column: words[0].column });
    for (let t2 = lex.next(); t2; t2 = lex.next()) {
      if (!t2.special) {
        words.push(t2);
        continue;
      }
      if (t2.text === ";") {
        if (words.length) list4.push(make());
        words = [];
      } else if (t2.text === "{") {
        if (!words.length) {
          errors.push({ line: t2.line, column: t2.column, message: 'unexpected "{" without a directive name' });
          words = [{ text: "", line: t2.line, column: t2.column, special: false }];
        }
        const d = make();
        words = [];
        if (d.name.endsWith("_by_lua_block")) {
          if (!lex.skipLua()) errors.push({ line: d.line, column: d.column, message: `"${d.name}" block is never closed` });
          d.block = [];
        } else d.block = parseBlock(depth + 1, { text: d.name, line: d.line, column: d.column, special: true });
        list4.push(d);
      } else {
        if (words.length) errors.push({ line: words[0].line, column: words[0].column, message: `directive "${words[0].text}" is not terminated by ";"` });
        words = [];
        if (depth > 0) return list4;
        errors.push({ line: t2.line, column: t2.column, message: 'unexpected "}"' });
      }
    }
    if (words.length) errors.push({ line: words[0].line, column: words[0].column, message: `directive "${words[0].text}" is not terminated by ";" before the end of the file` });
    if (opener) errors.push({ line: opener.line, column: opener.column, message: `"${opener.text}" block opened here is never closed ("}" missing)` });
    return list4;
  };
  return { directives: parseBlock(0), errors };
}

// src/inventory/nginx/upstream.ts
var METHODS = /* @__PURE__ */ new Set(["least_conn", "ip_hash", "hash", "random", "least_time", "sticky", "ntlm"]);
function splitHostPort(address) {
  if (address.startsWith("unix:")) return { host: address };
  if (address.startsWith("[")) {
    const end = address.indexOf("]");
    const port = address.slice(end + 1).replace(/^:/, "");
    return { host: address.slice(1, end), port: port || void 0 };
  }
  const colon = address.lastIndexOf(":");
  if (colon > 0 && address.indexOf(":") === colon) return { host: address.slice(0, colon), port: address.slice(colon + 1) || void 0 };
  return { host: address };
}
function parseTarget(target) {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(target);
  const scheme = m?.[1].toLowerCase();
  let rest = m ? m[2] : target;
  if (rest.startsWith("unix:")) return { scheme, host: rest.replace(/:[^:]*$/, "") || rest };
  const slash = rest.indexOf("/");
  if (slash >= 0) rest = rest.slice(0, slash);
  return { scheme, ...splitHostPort(rest) };
}
function readUpstream(d, context) {
  const servers = [];
  let method = "round-robin";
  let keepalive;
  for (const x of d.block ?? []) {
    if (x.name === "server") {
      const address = x.args[0] ?? "";
      const opts = /* @__PURE__ */ new Map();
      for (const a of x.args.slice(1)) {
        const eq = a.indexOf("=");
        opts.set(eq < 0 ? a : a.slice(0, eq), eq < 0 ? "" : a.slice(eq + 1));
      }
      const num5 = (k) => opts.has(k) && /^\d+$/.test(opts.get(k) ?? "") ? Number(opts.get(k)) : void 0;
      servers.push({
        address,
        ...splitHostPort(address),
        weight: num5("weight"),
        maxFails: num5("max_fails"),
        failTimeout: opts.get("fail_timeout") || void 0,
        backup: opts.has("backup"),
        down: opts.has("down"),
        file: x.file,
        line: x.line,
        column: x.column
      });
    } else if (METHODS.has(x.name)) method = x.args.length ? `${x.name} ${x.args.join(" ")}` : x.name;
    else if (x.name === "keepalive" && /^\d+$/.test(x.args[0] ?? "")) keepalive = Number(x.args[0]);
  }
  return { name: d.args[0] ?? "", context, servers, method, keepalive, file: d.file, line: d.line, column: d.column };
}
function readZone(d) {
  const arg = (k) => d.args.find((a) => a.startsWith(k + "="))?.slice(k.length + 1);
  const [name, size] = (arg("zone") ?? "").split(":");
  return { directive: d.name, name, size, rate: arg("rate"), key: d.args.find((a) => !a.includes("=")), file: d.file, line: d.line, column: d.column };
}

// src/inventory/nginx/server.ts
var PASS = /* @__PURE__ */ new Set(["proxy_pass", "grpc_pass", "uwsgi_pass", "fastcgi_pass", "scgi_pass", "memcached_pass"]);
var REDIRECT_CODES = /* @__PURE__ */ new Set(["301", "302", "303", "307", "308"]);
var lastOf = (list4, name) => {
  for (let i = list4.length - 1; i >= 0; i--) if (list4[i].name === name) return list4[i];
  return void 0;
};
function setting(d) {
  return d ? { value: d.args.join(" "), file: d.file, line: d.line, column: d.column } : void 0;
}
function headers(list4, level, location2) {
  const out = [];
  for (const d of list4) {
    if (d.name === "add_header") out.push({ name: d.args[0] ?? "", value: d.args[1] ?? "", always: d.args[2] === "always", level, location: location2, file: d.file, line: d.line, column: d.column });
    else if (d.name === "more_set_headers") {
      for (const a of d.args) {
        const colon = a.indexOf(":");
        if (colon > 0 && !a.startsWith("-")) out.push({ name: a.slice(0, colon).trim(), value: a.slice(colon + 1).trim(), always: true, level, location: location2, file: d.file, line: d.line, column: d.column });
      }
    }
  }
  return out;
}
function rateLimits(list4, level, location2) {
  return list4.filter((d) => d.name === "limit_req" || d.name === "limit_conn").map((d) => ({ directive: d.name, zone: d.name === "limit_req" ? d.args.find((a) => a.startsWith("zone="))?.slice(5) : d.args[0], level, location: location2, file: d.file, line: d.line, column: d.column }));
}
function parseListen(d, ssl, http2) {
  const address = d.args[0] ?? "80";
  let host;
  let port = address;
  if (address.startsWith("unix:")) port = "";
  else if (address.startsWith("[")) {
    const end = address.indexOf("]");
    host = address.slice(1, end);
    port = address.slice(end + 2) || "80";
  } else if (address.includes(":") && !address.startsWith("$")) {
    const colon = address.lastIndexOf(":");
    host = address.slice(0, colon);
    port = address.slice(colon + 1);
  } else if (!/^\d+$/.test(address) && !address.includes("$")) {
    host = address;
    port = "80";
  }
  const has3 = (w) => d.args.includes(w);
  return {
    address,
    port,
    host,
    ssl: ssl || has3("ssl"),
    http2: http2 || has3("http2"),
    quic: has3("quic") || has3("http3"),
    defaultServer: has3("default_server") || has3("default"),
    ipv6: address.startsWith("["),
    file: d.file,
    line: d.line,
    column: d.column
  };
}
function httpsRedirect(list4) {
  return list4.find((x) => x.name === "return" && REDIRECT_CODES.has(x.args[0] ?? "") && /^https:\/\//.test(x.args[1] ?? "") || x.name === "rewrite" && /^https:\/\//.test(x.args[1] ?? ""));
}
var isSchemeTest = (d) => d.name === "if" && /\$(scheme|http_x_forwarded_proto)\b/.test(d.args.join(" "));
function readServer(d, http, context, upstreams, mentionsCrs) {
  const block = d.block ?? [];
  const own2 = block.filter((x) => !x.block);
  const pick = (name) => lastOf(own2, name) ?? lastOf(http, name);
  const sslOn = pick("ssl")?.args[0] === "on";
  const http2On = pick("http2")?.args[0] === "on";
  const listen = own2.filter((x) => x.name === "listen").map((x) => parseListen(x, sslOn, http2On));
  const cert = pick("ssl_certificate");
  const protocols = pick("ssl_protocols");
  const ciphers = pick("ssl_ciphers");
  const key = pick("ssl_certificate_key");
  const vars = /* @__PURE__ */ new Map();
  const collectSets = (l) => l.forEach((x) => (x.name === "set" && x.args[0] && vars.set(x.args[0].replace(/^\$/, ""), x.args[1] ?? ""), x.block && collectSets(x.block)));
  collectSets(block);
  const expand = (s3) => s3.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, n2) => vars.get(n2) ?? m);
  const serverHeaders = headers(own2, "server");
  const effectiveHeaders = own2.some((x) => x.name === "add_header") ? serverHeaders : [...headers(http, "http"), ...serverHeaders];
  const inheritedHeaderCount = effectiveHeaders.filter((h) => h.level !== "location").length;
  const serverLimits = ["limit_req", "limit_conn"].flatMap((name) => {
    const mine = own2.filter((x) => x.name === name);
    return mine.length ? rateLimits(mine, "server") : rateLimits(http.filter((x) => x.name === name), "http");
  });
  const locLimits = [];
  const locations = [];
  const proxies = [];
  const addProxy = (x, location2) => {
    const target = x.args[0] ?? "";
    const resolved = expand(target);
    const t2 = parseTarget(resolved);
    const variable = t2.host.includes("$");
    proxies.push({ directive: x.name, location: location2, target, scheme: t2.scheme, host: variable ? void 0 : t2.host, port: t2.port, upstream: !variable && !t2.port && upstreams.has(t2.host) ? t2.host : void 0, variable, file: x.file, line: x.line, column: x.column });
  };
  const flatten = (l) => l.flatMap((x) => x.name === "if" && x.block ? flatten(x.block) : x.block ? [] : [x]);
  const walkLocation = (x, parent) => {
    const path = x.args.join(" ");
    const body = flatten(x.block ?? []);
    const hs = headers(body, "location", path);
    const pass2 = body.find((y) => PASS.has(y.name));
    const ret = lastOf(body, "return");
    const cc = hs.find((h) => h.name.toLowerCase() === "cache-control");
    const lim = rateLimits(body, "location", path);
    locLimits.push(...lim);
    locations.push({
      path,
      parent,
      proxyPass: pass2?.args[0],
      headers: hs,
      dropsInheritedHeaders: body.some((y) => y.name === "add_header") && inheritedHeaderCount > 0,
      expires: lastOf(body, "expires")?.args.join(" "),
      cacheControl: cc?.value,
      return: ret ? { code: ret.args[0] ?? "", target: ret.args[1] } : void 0,
      rateLimits: lim,
      file: x.file,
      line: x.line,
      column: x.column
    });
    for (const y of body) if (PASS.has(y.name)) addProxy(y, path);
    for (const y of x.block ?? []) if (y.name === "location" && y.block) walkLocation(y, path);
    else if (y.name === "if" && y.block) {
      for (const z of y.block) if (z.name === "location" && z.block) walkLocation(z, path);
    }
  };
  for (const x of block) {
    if (x.name === "location" && x.block) walkLocation(x);
    else if (!x.block && PASS.has(x.name)) addProxy(x, "");
  }
  const rootLoc = block.find((x) => x.name === "location" && x.block && (x.args.join(" ") === "/" || x.args.join(" ") === "= /"));
  const redirect = httpsRedirect(own2) ?? httpsRedirect(block.filter(isSchemeTest).flatMap((x) => x.block ?? [])) ?? (rootLoc ? httpsRedirect(flatten(rootLoc.block ?? [])) : void 0);
  const everywhere = [];
  const gather = (l) => l.forEach((x) => x.block ? gather(x.block) : everywhere.push(x));
  gather(block);
  const modsec = [pick("modsecurity"), ...everywhere.filter((x) => x.name === "modsecurity")].find((x) => x?.args[0] === "on");
  const rulesFiles = [...http, ...everywhere].filter((x) => x.name === "modsecurity_rules_file").map((x) => x.args[0] ?? "");
  const crs = [...http, ...everywhere].some((x) => (x.name === "include" || x.name === "modsecurity_rules") && /crs|owasp/i.test(x.args.join(" "))) || rulesFiles.some((f) => /crs|owasp/i.test(f) || mentionsCrs(f));
  const staticCaching = !!pick("expires") && !/^(off|epoch|-1)$/.test(pick("expires")?.args[0] ?? "") || locations.some((l) => l.expires !== void 0 && !/^(off|epoch|-1|0)$/.test(l.expires) || /max-age=\d{4,}|immutable/.test(l.cacheControl ?? ""));
  const gzipTypes = pick("gzip_types");
  return {
    context,
    listen,
    serverNames: own2.filter((x) => x.name === "server_name").flatMap((x) => x.args),
    defaultServer: listen.some((l) => l.defaultServer),
    tls: cert ? { certificate: cert.args[0] ?? "", certificateKey: key?.args[0], protocols: protocols?.args, ciphers: ciphers?.args.join(" "), line: cert.line, file: cert.file, protocolsAt: protocols ? { file: protocols.file, line: protocols.line } : void 0 } : void 0,
    redirectsToHttps: redirect ? { file: redirect.file, line: redirect.line, column: redirect.column, via: redirect.name === "rewrite" ? "rewrite" : "return" } : void 0,
    locations,
    proxies,
    headers: effectiveHeaders,
    rateLimits: [...serverLimits, ...locLimits],
    gzip: pick("gzip")?.args[0] === "on",
    gzipTypes: gzipTypes?.args,
    brotli: pick("brotli")?.args[0] === "on",
    modsecurity: modsec ? { file: modsec.file, line: modsec.line, crs, rulesFiles } : void 0,
    staticCaching,
    clientMaxBodySize: setting(pick("client_max_body_size")),
    serverTokens: setting(pick("server_tokens")),
    proxyReadTimeout: setting(pick("proxy_read_timeout")),
    file: d.file,
    line: d.line,
    column: d.column
  };
}

// src/inventory/nginx/index.ts
var IMAGE_FILES = /(^|\/)(mime\.types|fastcgi_params|fastcgi\.conf|scgi_params|uwsgi_params|proxy_params|koi-utf|koi-win|win-utf|options-ssl-nginx\.conf)$|modules-enabled\/|\/etc\/letsencrypt\//;
var nginxCollector = {
  key: "nginx",
  wants: isNginxCandidate,
  collect(ctx) {
    return collectNginx(ctx);
  },
  describe: describeNginx
};
function collectNginx(ctx) {
  const candidates = [];
  for (const f of ctx.files) if (isNginxCandidate(f)) candidates.push(f.path);
  const parsed = /* @__PURE__ */ new Map();
  const load = (path, sniff) => {
    if (parsed.has(path)) return parsed.get(path);
    const text = ctx.text(path);
    if (text === void 0 || sniff && !looksLikeNginx(text)) return void 0;
    const r = parseNginx(text, path);
    for (const e2 of r.errors) ctx.diagnose({ file: path, line: e2.line, column: e2.column, severity: "error", code: "nginx-syntax", message: e2.message });
    parsed.set(path, r.directives);
    return r.directives;
  };
  for (const p of candidates) load(p, true);
  const mainDirs = /* @__PURE__ */ new Set();
  for (const p of parsed.keys()) if (p === "nginx.conf" || p.endsWith("/nginx.conf")) mainDirs.add(posix8.dirname(p));
  const confRoot = (file) => {
    for (let d = posix8.dirname(file); ; d = posix8.dirname(d)) {
      if (mainDirs.has(d)) return d;
      if (d === "." || d === "/" || d === "") return posix8.dirname(file);
    }
  };
  const resolver = new IncludeResolver(ctx.files, candidates);
  const configs = /* @__PURE__ */ new Map();
  const queue = [...parsed.keys()];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const tree = parsed.get(file) ?? [];
    const cfg = { file, root: true, includedBy: [], includes: [], topLevel: [...new Set(tree.filter((d) => d.block).map((d) => d.name))] };
    configs.set(file, cfg);
    forEachInclude(tree, (d) => {
      const pattern = d.args[0] ?? "";
      const resolved = resolver.resolve(pattern, file, confRoot(file));
      cfg.includes.push({ pattern, resolved, file, line: d.line, column: d.column });
      if (!resolved.length && !/[*?]/.test(pattern) && !IMAGE_FILES.test(pattern)) {
        ctx.diagnose({ file, line: d.line, column: d.column, severity: "notice", code: "nginx-include-missing", message: `include ${pattern}: no such file in the repository (it must come from the image or a volume)` });
      }
      for (const t2 of resolved) if (!parsed.has(t2) && load(t2, false)) queue.push(t2);
    });
  }
  for (const cfg of configs.values()) for (const inc of cfg.includes) for (const t2 of inc.resolved) {
    const target = configs.get(t2);
    if (target && t2 !== cfg.file) {
      target.root = false;
      if (!target.includedBy.includes(cfg.file)) target.includedBy.push(cfg.file);
    }
  }
  const includesOf = /* @__PURE__ */ new Map();
  for (const cfg of configs.values()) {
    const m = /* @__PURE__ */ new Map();
    forEachInclude(parsed.get(cfg.file) ?? [], (d) => m.set(d, cfg.includes.find((x) => x.line === d.line && x.column === d.column)?.resolved ?? []));
    includesOf.set(cfg.file, m);
  }
  const expand = (file, list4, stack) => {
    const out = [];
    for (const d of list4) {
      if (d.block) {
        out.push({ ...d, block: expand(file, d.block, stack) });
        continue;
      }
      out.push(d);
      if (d.name !== "include") continue;
      for (const t2 of includesOf.get(file)?.get(d) ?? []) {
        if (stack.includes(t2)) {
          ctx.diagnose({ file, line: d.line, column: d.column, severity: "error", code: "nginx-include-loop", message: `include ${d.args[0]} loops back to ${t2} (${[...stack, t2].join(" -> ")})` });
          continue;
        }
        out.push(...expand(t2, parsed.get(t2) ?? [], [...stack, t2]));
      }
    }
    return out;
  };
  const roots = [...configs.values()].filter((c) => c.root).map((c) => c.file);
  const reached = /* @__PURE__ */ new Set();
  const mark = (f) => {
    if (reached.has(f)) return;
    reached.add(f);
    for (const inc of configs.get(f)?.includes ?? []) inc.resolved.forEach(mark);
  };
  roots.forEach(mark);
  for (const f of [...configs.keys()].sort()) if (!reached.has(f)) {
    roots.push(f);
    mark(f);
  }
  const trees = roots.sort().map((f) => ({ file: f, tree: expand(f, parsed.get(f) ?? [], [f]) }));
  const inv = { configs: [...configs.values()].sort((a, b) => a.file.localeCompare(b.file)), servers: [], upstreams: [], zones: [], proxyTargets: [] };
  const seen = /* @__PURE__ */ new Set();
  const once = (d) => {
    const k = `${d.file}:${d.line}:${d.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  const visit = (list4, level, http, fn) => {
    for (const d of list4) {
      if ((d.name === "http" || d.name === "stream") && d.block && level === "main") visit(d.block, d.name, d.block.filter((x) => !x.block), fn);
      else fn(d, level === "stream" ? "stream" : "http", http);
    }
  };
  for (const { tree } of trees) {
    visit(tree, "main", tree.filter((x) => !x.block), (d, context) => {
      if (d.name === "upstream" && d.block && once(d)) inv.upstreams.push(readUpstream(d, context));
      else if ((d.name === "limit_req_zone" || d.name === "limit_conn_zone") && once(d)) inv.zones.push(readZone(d));
      else if (d.name === "server_tokens" && !d.block) inv.serverTokens = { value: d.args.join(" "), file: d.file, line: d.line, column: d.column };
    });
  }
  const upstreamNames = new Set(inv.upstreams.map((u) => u.name));
  for (const { file, tree } of trees) {
    const mentionsCrs = (rules) => resolver.resolve(rules, file, confRoot(file)).some((p) => /crs|owasp/i.test(ctx.text(p) ?? ""));
    visit(tree, "main", tree.filter((x) => !x.block), (d, context, http) => {
      if (d.name === "server" && d.block && once(d)) inv.servers.push(readServer(d, http, context, upstreamNames, mentionsCrs));
    });
  }
  for (const s3 of inv.servers) for (const p of s3.proxies) if (p.host && !p.host.startsWith("unix:")) inv.proxyTargets.push({ host: p.host, port: p.port, via: "proxy_pass", upstream: p.upstream, file: p.file, line: p.line, column: p.column });
  for (const u of inv.upstreams) for (const s3 of u.servers) if (!s3.host.startsWith("unix:")) inv.proxyTargets.push({ host: s3.host, port: s3.port, via: "upstream", upstream: u.name, file: s3.file, line: s3.line, column: s3.column });
  return inv;
}
function forEachInclude(list4, fn) {
  for (const d of list4) {
    if (d.block) forEachInclude(d.block, fn);
    else if (d.name === "include") fn(d);
  }
}
function describeNginx(inv) {
  const out = [];
  for (const s3 of inv.servers) {
    const listen = s3.listen.map((l) => `${l.address}${l.ssl ? " ssl" : ""}${l.http2 ? " http2" : ""}${l.defaultServer ? " default_server" : ""}`).join(", ") || "80 (default)";
    const bits = [`listen ${listen}`, `server_name ${s3.serverNames.join(" ") || "-"}`];
    if (s3.tls) bits.push(`TLS ${s3.tls.protocols?.join(" ") ?? "(default protocols)"}`);
    if (s3.redirectsToHttps) bits.push(`redirects to https (line ${s3.redirectsToHttps.line})`);
    if (s3.proxies.length) bits.push(`proxies to ${[...new Set(s3.proxies.map((p) => p.target))].join(", ")}`);
    const hs = s3.headers.map((h) => `${h.name}${h.always ? " always" : ""}`);
    bits.push(hs.length ? `headers ${hs.join(", ")}` : "no security headers");
    const dropped = s3.locations.filter((l) => l.dropsInheritedHeaders).map((l) => l.path);
    if (dropped.length) bits.push(`add_header in ${dropped.join(", ")} hides the server headers`);
    bits.push(s3.rateLimits.length ? `rate limited (${[...new Set(s3.rateLimits.map((r) => r.zone ?? r.directive))].join(", ")})` : "no rate limit");
    if (s3.gzip) bits.push("gzip");
    if (s3.brotli) bits.push("brotli");
    if (s3.modsecurity) bits.push(`modsecurity${s3.modsecurity.crs ? " + OWASP CRS" : ""}`);
    if (s3.staticCaching) bits.push("static caching");
    if (s3.clientMaxBodySize) bits.push(`client_max_body_size ${s3.clientMaxBodySize.value}`);
    if (s3.serverTokens) bits.push(`server_tokens ${s3.serverTokens.value}`);
    out.push(`${s3.file}:${s3.line} server: ${bits.join("; ")}`);
  }
  for (const u of inv.upstreams) out.push(`${u.file}:${u.line} upstream ${u.name}: ${u.servers.map((s3) => `${s3.address}${s3.backup ? " backup" : ""}`).join(", ") || "(no servers)"} (${u.method})`);
  for (const z of inv.zones) out.push(`${z.file}:${z.line} ${z.directive} ${z.name}${z.rate ? ` rate ${z.rate}` : ""}`);
  return out;
}

// src/inventory/monitoring/index.ts
import { posix as posix11 } from "node:path";

// src/inventory/monitoring/alertmanager.ts
var INTEGRATIONS = ["email", "slack", "pagerduty", "webhook", "opsgenie", "msteams", "msteamsv2", "telegram", "discord", "victorops", "pushover", "sns", "wechat", "webex", "jira", "rocketchat"];
function isAlertmanagerConfig(v) {
  return Array.isArray(v.receivers) && (isObj(v.route) || v.receivers.some((r) => isObj(r) && Object.keys(r).some((k) => k.endsWith("_configs"))));
}
function readAlertmanager(v, file, line, source = "config") {
  const receivers = list(v.receivers);
  const cfg = { file, line, receivers: [], inhibitRules: list(v.inhibit_rules ?? v.inhibitRules).length, source };
  if (isObj(v.route)) cfg.route = { receiver: str(v.route.receiver), routes: countRoutes(v.route), line: yamlLine(v, "route") || line };
  receivers.forEach((r, i) => {
    if (!isObj(r)) return;
    const rec = { name: str(r.name) ?? "", integrations: [], file, line: yamlLine(receivers, i) || line };
    for (const kind of INTEGRATIONS) {
      const v1 = r[`${kind}_configs`];
      const v2 = r[`${kind}Configs`];
      if (Array.isArray(v1) && v1.length || Array.isArray(v2) && v2.length) rec.integrations.push(kind);
    }
    cfg.receivers.push(rec);
  });
  return cfg;
}
function countRoutes(route, depth = 0) {
  if (depth > 50) return 0;
  let n2 = 0;
  for (const r of list(route.routes)) if (isObj(r)) n2 += 1 + countRoutes(r, depth + 1);
  return n2;
}
function readAlertmanagerResource(v, file, line) {
  if (v.kind !== "AlertmanagerConfig" || !isObj(v.spec)) return void 0;
  return readAlertmanager(v.spec, file, yamlLine(v, "kind") || line, "alertmanager-config");
}

// src/inventory/monitoring/components.ts
var BY_IMAGE = /* @__PURE__ */ new Map([
  ["prometheus", "prometheus"],
  ["prom-prometheus", "prometheus"],
  ["alertmanager", "alertmanager"],
  ["grafana", "grafana"],
  ["grafana-oss", "grafana"],
  ["grafana-enterprise", "grafana"],
  ["node-exporter", "node-exporter"],
  ["node_exporter", "node-exporter"],
  ["cadvisor", "cadvisor"],
  ["postgres-exporter", "postgres-exporter"],
  ["postgres_exporter", "postgres-exporter"],
  ["postgresql-exporter", "postgres-exporter"],
  ["redis-exporter", "redis-exporter"],
  ["redis_exporter", "redis-exporter"],
  ["mysqld-exporter", "mysqld-exporter"],
  ["mysqld_exporter", "mysqld-exporter"],
  ["mongodb-exporter", "mongodb-exporter"],
  ["mongodb_exporter", "mongodb-exporter"],
  ["blackbox-exporter", "blackbox-exporter"],
  ["blackbox_exporter", "blackbox-exporter"],
  ["pushgateway", "pushgateway"],
  ["loki", "loki"],
  ["promtail", "promtail"],
  ["fluent-bit", "fluent-bit"],
  ["fluentbit", "fluent-bit"],
  ["fluentd", "fluentd"],
  ["fluentd-kubernetes-daemonset", "fluentd"],
  ["vector", "vector"],
  ["elasticsearch", "elasticsearch"],
  ["opensearch", "opensearch"],
  ["logstash", "logstash"],
  ["kibana", "kibana"],
  ["opensearch-dashboards", "kibana"],
  ["filebeat", "filebeat"],
  ["opentelemetry-collector", "otel-collector"],
  ["opentelemetry-collector-contrib", "otel-collector"],
  ["otel-collector", "otel-collector"],
  ["otelcol", "otel-collector"],
  ["otelcol-contrib", "otel-collector"],
  ["jaeger", "jaeger"],
  ["jaeger-all-in-one", "jaeger"],
  ["jaeger-collector", "jaeger"],
  ["jaeger-query", "jaeger"],
  ["tempo", "tempo"],
  ["zipkin", "zipkin"],
  ["datadog-agent", "datadog-agent"],
  ["newrelic-infrastructure", "newrelic"],
  ["infrastructure-bundle", "newrelic"],
  ["sentry", "sentry"],
  ["sentry-self-hosted", "sentry"],
  ["grafana-agent", "grafana-agent"],
  ["agent-operator", "grafana-agent"],
  ["alloy", "alloy"],
  ["victoria-metrics", "victoria-metrics"],
  ["victoriametrics", "victoria-metrics"],
  ["vmagent", "victoria-metrics"],
  ["vmalert", "victoria-metrics"],
  ["uptime-kuma", "uptime-kuma"]
]);
var OWNED = [
  ["agent", "datadog", "datadog-agent"],
  ["all-in-one", "jaeger", "jaeger"],
  ["infrastructure", "newrelic", "newrelic"],
  ["collector", "opentelemetry", "otel-collector"]
];
function componentOf(image, name = "") {
  if (image) {
    const n2 = imageName(image);
    const hit = BY_IMAGE.get(n2);
    if (hit) return hit;
    const lower = image.toLowerCase();
    for (const [generic, owner, kind] of OWNED) if (n2 === generic && lower.includes(owner)) return kind;
  }
  return name ? BY_IMAGE.get(name.toLowerCase()) : void 0;
}
var LOG_SHIPPERS = /* @__PURE__ */ new Set(["promtail", "fluent-bit", "fluentd", "vector", "filebeat", "logstash", "grafana-agent", "alloy", "datadog-agent"]);
var TRACING = /* @__PURE__ */ new Set(["jaeger", "tempo", "zipkin", "otel-collector"]);
var SHIPPING_DRIVERS = /* @__PURE__ */ new Set(["loki", "fluentd", "gelf", "syslog", "awslogs", "gcplogs", "splunk", "journald", "logentries", "etwlogs"]);
var obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var arr = (v) => Array.isArray(v) ? v : [];
var s2 = (v) => typeof v === "string" ? v : void 0;
var n = (v) => typeof v === "number" ? v : 0;
function fromCompose(compose, out) {
  if (!obj(compose)) return;
  for (const p of arr(compose.projects)) {
    if (!obj(p)) continue;
    for (const svc of arr(p.services)) {
      if (!obj(svc)) continue;
      const name = s2(svc.name) ?? "";
      const image = s2(svc.image) ?? "";
      const file = s2(svc.file) ?? "";
      const line = n(svc.line);
      const kind = componentOf(image, name);
      if (kind) out.components.push({ kind, name, ...image ? { image } : {}, file, line, via: "compose" });
      const logging = svc.logging;
      if (obj(logging) && obj(logging.value)) {
        const driver = s2(logging.value.driver);
        if (driver && SHIPPING_DRIVERS.has(driver)) {
          out.drivers.push({ via: "logging-driver", tool: driver, service: name, destinations: destinationsOf(logging.value.options), file: s2(logging.file) ?? file, line: n(logging.line) || line });
        }
      }
    }
  }
}
function destinationsOf(options) {
  if (!obj(options)) return [];
  const out = [];
  for (const k of ["loki-url", "fluentd-address", "gelf-address", "syslog-address", "awslogs-group", "splunk-url"]) {
    const v = s2(options[k]);
    if (v) out.push(v);
  }
  return out;
}
function fromKubernetes(k8s, out) {
  if (!obj(k8s)) return;
  for (const w of arr(k8s.workloads)) {
    if (!obj(w)) continue;
    for (const c of arr(w.containers)) {
      if (!obj(c)) continue;
      const image = s2(c.image);
      const kind = image ? componentOf(image) : void 0;
      if (kind) out.components.push({ kind, name: `${s2(w.name) ?? ""}/${s2(c.name) ?? ""}`, image, file: s2(c.file) ?? s2(w.file) ?? "", line: n(c.line) || n(w.line), via: "kubernetes" });
    }
  }
}
var HELM_CHARTS = /* @__PURE__ */ new Map([
  ["kube-prometheus-stack", ["prometheus", "alertmanager", "grafana", "node-exporter"]],
  ["prometheus", ["prometheus"]],
  ["loki-stack", ["loki", "promtail"]],
  ["loki", ["loki"]],
  ["grafana", ["grafana"]],
  ["promtail", ["promtail"]],
  ["fluent-bit", ["fluent-bit"]],
  ["tempo", ["tempo"]],
  ["jaeger", ["jaeger"]],
  ["opentelemetry-collector", ["otel-collector"]],
  ["datadog", ["datadog-agent"]],
  ["elasticsearch", ["elasticsearch"]],
  ["kibana", ["kibana"]],
  ["prometheus-postgres-exporter", ["postgres-exporter"]],
  ["prometheus-redis-exporter", ["redis-exporter"]],
  ["sentry", ["sentry"]]
]);
function fromHelm(helm, out) {
  if (!obj(helm)) return;
  for (const ch of arr(helm.charts)) {
    if (!obj(ch)) continue;
    for (const dep of arr(ch.dependencies)) {
      const name = s2(dep) ?? (obj(dep) ? s2(dep.name) : void 0);
      for (const kind of name && HELM_CHARTS.get(name) || []) out.components.push({ kind, name, file: s2(ch.file) ?? "", line: obj(dep) && n(dep.line) || 1, via: "helm" });
    }
  }
}
var isLogShipper = (k) => LOG_SHIPPERS.has(k);

// src/inventory/monitoring/describe.ts
function describeMonitoring(inv) {
  const out = [];
  for (const p of inv.prometheus) {
    if (p.source !== "config") {
      out.push(`${p.file}:${p.line} ${p.jobs[0]?.name ?? p.source}`);
      continue;
    }
    out.push(`${p.file}:${p.line} prometheus${p.scrapeInterval ? ` every ${p.scrapeInterval}` : ""}: ${p.jobs.length} scrape jobs; alertmanager ${p.alertmanagers ? p.alertmanagerTargets.join(", ") || "configured" : "NOT configured"}`);
    for (const j of p.jobs) out.push(`  ${j.file}:${j.line} job ${j.name}: ${[...j.targets, ...j.discovery.map((d) => `${d} discovery`)].join(", ") || "no targets"}${j.metricsPath ? ` ${j.metricsPath}` : ""}`);
    for (const r of p.rulePatterns) out.push(`  ${p.file}:${r.line} rule_files ${r.pattern} -> ${r.matched.join(", ") || "NO file in the repository"}`);
  }
  if (inv.alertRules.length) {
    const withRunbook = inv.alertRules.filter((r) => r.runbookUrl).length;
    const unloaded = inv.alertRules.filter((r) => !r.loaded).length;
    out.push(`${inv.alertRules.length} alert rules: ${withRunbook} with runbook_url, ${inv.alertRules.length - withRunbook} without${unloaded ? `; ${unloaded} in files no Prometheus config loads` : ""}`);
    for (const r of inv.alertRules) out.push(`  ${r.file}:${r.line} alert ${r.name}${r.severity ? ` (${r.severity})` : ""}${r.for ? ` for ${r.for}` : ""}${r.runbookUrl ? "" : " \u2014 no runbook_url"}`);
  }
  if (inv.recordingRules.length) out.push(`${inv.recordingRules.length} recording rules`);
  for (const a of inv.alertmanager) {
    out.push(`${a.file}:${a.line} alertmanager: route ${a.route ? `\u2192 ${a.route.receiver ?? "?"} (${a.route.routes} sub-routes)` : "MISSING"}`);
    for (const r of a.receivers) out.push(`  ${r.file}:${r.line} receiver ${r.name}: ${r.integrations.join(", ") || "no integration (null receiver)"}`);
  }
  for (const d of inv.grafana.datasources) out.push(`${d.file}:${d.line} grafana datasource ${d.name ?? ""} (${d.type})${d.url ? ` ${d.url}` : ""}`);
  for (const p of inv.grafana.dashboardProviders) out.push(`${p.file}:${p.line} grafana dashboard provider ${p.name ?? ""}${p.path ? ` from ${p.path}` : ""}`);
  for (const d of inv.grafana.dashboards) out.push(`${d.file}:${d.line} dashboard "${d.title}": ${d.panels} panels, ${d.kind}${d.business ? ` (${d.businessSignals.slice(0, 4).join(", ")})` : ""}`);
  const byKind = /* @__PURE__ */ new Map();
  for (const c of inv.components) byKind.set(c.kind, [...byKind.get(c.kind) ?? [], `${c.file}:${c.line}`]);
  for (const [kind, where] of byKind) out.push(`${where[0]} ${kind} runs (${where.length} place${where.length === 1 ? "" : "s"}: ${where.slice(0, 3).join(", ")})`);
  for (const s3 of inv.logShippers) out.push(`${s3.file}:${s3.line} logs: ${s3.tool} ${s3.via}${s3.service ? ` for ${s3.service}` : ""}${s3.destinations.length ? ` \u2192 ${s3.destinations.join(", ")}` : ""}`);
  for (const t2 of inv.tracing) out.push(`${t2.file}:${t2.line} tracing: ${t2.tool} ${t2.via}${t2.exporters.length ? ` \u2192 ${t2.exporters.join(", ")}` : ""}`);
  return out;
}

// src/inventory/monitoring/grafana.ts
function isDatasourceProvisioning(v) {
  return Array.isArray(v.datasources) && ("apiVersion" in v || v.datasources.some((d) => isObj(d) && "type" in d));
}
function isDashboardProvisioning(v) {
  return Array.isArray(v.providers) && v.providers.some((p) => isObj(p) && isObj(p.options));
}
function readDatasources(v, file) {
  const items = list(v.datasources);
  const out = [];
  items.forEach((d, i) => {
    if (!isObj(d)) return;
    const ds = { type: str(d.type) ?? "", file, line: yamlLine(items, i) };
    if (d.name !== void 0) ds.name = str(d.name);
    if (d.url !== void 0) ds.url = str(d.url);
    if (d.uid !== void 0) ds.uid = str(d.uid);
    if (typeof d.isDefault === "boolean") ds.isDefault = d.isDefault;
    out.push(ds);
  });
  return out;
}
function readProviders(v, file) {
  const items = list(v.providers);
  const out = [];
  items.forEach((p, i) => {
    if (!isObj(p)) return;
    const prov = { file, line: yamlLine(items, i) };
    if (p.name !== void 0) prov.name = str(p.name);
    if (isObj(p.options) && p.options.path !== void 0) prov.path = str(p.options.path);
    out.push(prov);
  });
  return out;
}
var BUSINESS_WORDS = /\b(orders?|revenue|sales|signups?|sign[- ]ups?|registrations?|checkouts?|conversions?|payments?|purchases?|subscriptions?|subscribers?|carts?|customers?|churn|gmv|arpu|mrr|arr|active users|new users|users|dau|mau|bookings?|invoices?|funnel)\b/gi;
var SYSTEM_PREFIXES = ["node_", "container_", "machine_", "kube_", "kubelet_", "apiserver_", "etcd_", "coredns_", "process_", "go_", "python_", "nodejs_", "jvm_", "http_", "https_", "grpc_", "rpc_", "promhttp_", "prometheus_", "alertmanager_", "grafana_", "loki_", "promtail_", "tempo_", "pg_", "postgres_", "redis_", "mysql_", "mongodb_", "nginx_", "haproxy_", "traefik_", "envoy_", "istio_", "probe_", "blackbox_", "windows_", "elasticsearch_", "rabbitmq_", "kafka_", "celery_", "flask_", "django_", "fastapi_", "starlette_", "uvicorn_", "gunicorn_", "net_", "scrape_", "otelcol_", "jaeger_", "cortex_", "thanos_", "up", "cadvisor_", "aws_", "stackdriver_", "azure_", "dotnet_", "aspnetcore_", "ruby_", "puma_", "sidekiq_", "hikaricp_", "jdbc_", "tomcat_", "php_", "opcache_", "log_", "logs_", "db_", "sql_", "cache_", "requests_", "request_", "api_request", "api_latency", "errors_", "memory_", "cpu_", "disk_", "system_"];
var PROMQL = /* @__PURE__ */ new Set(["histogram_quantile", "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "count_over_time", "quantile_over_time", "stddev_over_time", "stdvar_over_time", "last_over_time", "present_over_time", "absent_over_time", "label_replace", "label_join", "count_values", "predict_linear", "holt_winters", "day_of_week", "day_of_month", "days_in_month", "clamp_max", "clamp_min", "sort_desc", "line_format", "label_format", "bytes_over_time", "bytes_rate", "rate_counter", "group_left", "group_right", "bool", "rate", "irate", "increase", "sum", "avg", "max", "min", "count", "by", "without", "on", "ignoring", "offset", "and", "or", "unless", "topk", "bottomk", "delta", "deriv", "abs", "time", "vector", "scalar", "absent", "changes", "resets", "round", "ceil", "floor", "sqrt", "exp", "ln", "log2", "log10", "timestamp", "quantile", "stddev", "stdvar", "group", "sort", "year", "month", "hour", "minute"]);
function metricNames(expr) {
  const cleaned = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, " ").replace(/\{[^}]*\}/g, " ").replace(/\[[^\]]*\]/g, " ").replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ").replace(/\$\w+/g, " ");
  const out = /* @__PURE__ */ new Set();
  for (const m of cleaned.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
    const name = m[0];
    if (PROMQL.has(name) || !name.includes("_") || name.includes(":") || name.startsWith("__")) continue;
    out.add(name);
  }
  return [...out];
}
var isSystemMetric = (m) => SYSTEM_PREFIXES.some((p) => m.startsWith(p));
function flattenPanels(items, out, depth = 0) {
  if (depth > 10) return;
  for (const p of items) {
    if (!isObj(p)) continue;
    if (Array.isArray(p.panels)) flattenPanels(p.panels, out, depth + 1);
    if (p.type !== "row") out.push(p);
  }
}
function dsRef(v, into) {
  if (typeof v === "string" && v) into.add(v);
  else if (isObj(v) && (v.uid !== void 0 || v.type !== void 0)) into.add(str(v.uid) ?? str(v.type));
}
function readDashboard(value, file) {
  const dash = isObj(value) && isObj(value.dashboard) ? value.dashboard : value;
  if (!isObj(dash)) return void 0;
  const top = Array.isArray(dash.panels) ? dash.panels : Array.isArray(dash.rows) ? dash.rows.flatMap((r) => isObj(r) ? list(r.panels) : []) : void 0;
  if (!top) return void 0;
  const panels = [];
  flattenPanels(top, panels);
  const datasources = /* @__PURE__ */ new Set();
  const metrics = /* @__PURE__ */ new Set();
  const words = /* @__PURE__ */ new Set();
  const scan = (text) => {
    for (const m of text.matchAll(BUSINESS_WORDS)) words.add(m[0].toLowerCase());
  };
  for (const p of panels) {
    dsRef(p.datasource, datasources);
    scan(`${str(p.title) ?? ""} ${str(p.description) ?? ""}`);
    for (const t2 of list(p.targets)) {
      if (!isObj(t2)) continue;
      dsRef(t2.datasource, datasources);
      const expr = str(t2.expr);
      const q = expr ?? str(t2.query) ?? str(t2.rawSql) ?? "";
      if (expr) for (const m of metricNames(expr)) metrics.add(m);
      scan(q.replace(/_/g, " "));
      if (t2.legendFormat !== void 0) scan(str(t2.legendFormat) ?? "");
    }
  }
  const custom = [...metrics].filter((m) => !isSystemMetric(m));
  const signals = [...words, ...custom.slice(0, 10)];
  const business = signals.length > 0;
  return {
    file,
    line: 1,
    title: str(dash.title) ?? file.slice(file.lastIndexOf("/") + 1),
    ...dash.uid !== void 0 && dash.uid !== null ? { uid: str(dash.uid) } : {},
    panels: panels.length,
    datasources: [...datasources],
    business,
    kind: business ? "business" : "system",
    businessSignals: signals,
    metrics: [...metrics]
  };
}

// src/inventory/monitoring/prometheus.ts
import { posix as posix10 } from "node:path";

// src/inventory/monitoring/glob.ts
import { posix as posix9 } from "node:path";
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        re += pattern[i + 2] === "/" ? "(?:[^/]+/)*" : ".*";
        i += pattern[i + 2] === "/" ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function resolveRuleGlob(pattern, configDir, candidates, mounts = []) {
  const tries = [];
  if (!pattern.startsWith("/")) tries.push(posix9.join(configDir, pattern));
  else {
    for (const m of mounts) {
      const target = m.target.replace(/\/$/, "");
      if (pattern === target || pattern.startsWith(target + "/")) tries.push(posix9.join(m.source, pattern.slice(target.length)));
    }
    const parts = pattern.split("/").filter(Boolean);
    for (let k = parts.length; k >= 1; k--) tries.push(posix9.join(configDir, ...parts.slice(parts.length - k)));
  }
  for (const t2 of tries) {
    const re = globToRegExp(posix9.normalize(t2).replace(/^\.\//, ""));
    const hits = candidates.filter((c) => re.test(c));
    if (hits.length) return hits;
  }
  return [];
}

// src/inventory/monitoring/prometheus.ts
function isPrometheusConfig(v) {
  return Array.isArray(v.scrape_configs) && !("clients" in v) && !("positions" in v) && !("client" in v);
}
function readPrometheus(v, file, line, rc) {
  const global = isObj(v.global) ? v.global : {};
  const cfg = {
    file,
    line,
    scrapeInterval: str(global.scrape_interval),
    evaluationInterval: str(global.evaluation_interval),
    jobs: [],
    rulePatterns: [],
    ruleFiles: [],
    alertmanagers: false,
    alertmanagerTargets: [],
    remoteWrite: [],
    source: "config"
  };
  const scrape = v.scrape_configs;
  scrape.forEach((j, i) => isObj(j) && cfg.jobs.push(readJob2(j, file, yamlLine(scrape, i) || line)));
  const dir = posix10.dirname(file);
  const rules = list(v.rule_files);
  const seen = /* @__PURE__ */ new Set();
  rules.forEach((r, i) => {
    const pattern = String(r);
    const matched = resolveRuleGlob(pattern, dir === "." ? "" : dir, rc.yamlFiles, rc.mounts);
    cfg.rulePatterns.push({ pattern, line: yamlLine(rules, i) || line, matched });
    for (const m of matched) if (!seen.has(m)) seen.add(m), cfg.ruleFiles.push(m);
  });
  if (isObj(v.alerting) && Array.isArray(v.alerting.alertmanagers)) {
    cfg.alertmanagers = v.alerting.alertmanagers.length > 0;
    for (const am of v.alerting.alertmanagers) if (isObj(am)) cfg.alertmanagerTargets.push(...staticTargets(am.static_configs));
  }
  for (const rw of list(v.remote_write)) if (isObj(rw) && rw.url !== void 0) cfg.remoteWrite.push(String(rw.url));
  return cfg;
}
function staticTargets(v) {
  return list(v).flatMap((s3) => isObj(s3) ? list(s3.targets).map(String) : []);
}
function readJob2(j, file, line) {
  const job = { name: str(j.job_name) ?? "", file, line, targets: staticTargets(j.static_configs), discovery: [] };
  for (const k of Object.keys(j)) if (k.endsWith("_sd_configs")) job.discovery.push(k.slice(0, -"_sd_configs".length));
  if (j.metrics_path !== void 0) job.metricsPath = str(j.metrics_path);
  if (j.scheme !== void 0) job.scheme = str(j.scheme);
  if (j.scrape_interval !== void 0) job.scrapeInterval = str(j.scrape_interval);
  return job;
}
function readMonitorResource(v, file, line) {
  const kind = v.kind;
  if (kind !== "ServiceMonitor" && kind !== "PodMonitor") return void 0;
  const meta = isObj(v.metadata) ? v.metadata : {};
  const spec = isObj(v.spec) ? v.spec : {};
  const endpoints = list(kind === "ServiceMonitor" ? spec.endpoints : spec.podMetricsEndpoints);
  const first = endpoints.find(isObj);
  const job = { name: `${kind} ${str(meta.name) ?? ""}`.trim(), file, line: yamlLine(v, "kind") || line, targets: [], discovery: ["kubernetes"] };
  if (first?.path !== void 0) job.metricsPath = str(first.path);
  if (first?.interval !== void 0) job.scrapeInterval = str(first.interval);
  return { file, line: job.line, jobs: [job], rulePatterns: [], ruleFiles: [], alertmanagers: false, alertmanagerTargets: [], remoteWrite: [], source: kind === "ServiceMonitor" ? "service-monitor" : "pod-monitor" };
}

// src/inventory/monitoring/rules.ts
function isRuleFile(v) {
  return Array.isArray(v.groups) && v.groups.some((g) => isObj(g) && Array.isArray(g.rules));
}
function readRuleGroups(groupsOwner, file, source, out) {
  for (const g of list(groupsOwner.groups)) {
    if (!isObj(g)) continue;
    const group = str(g.name) ?? "";
    const rules = list(g.rules);
    rules.forEach((r, i) => {
      if (!isObj(r)) return;
      const line = yamlLine(rules, i);
      if (r.record !== void 0) {
        out.records.push({ name: String(r.record), group, expr: str(r.expr) ?? "", file, line });
        return;
      }
      if (r.alert === void 0) return;
      const labels = strMap(r.labels);
      const ann = strMap(r.annotations);
      const rule = { name: String(r.alert), group, expr: str(r.expr) ?? "", labels, file, line: yamlLine(r, "alert") || line, loaded: source === "prometheus-rule", source };
      if (r.for !== void 0) rule.for = str(r.for);
      if (labels.severity !== void 0) rule.severity = labels.severity;
      if (ann.summary !== void 0) rule.summary = ann.summary;
      if (ann.description !== void 0) rule.description = ann.description;
      const runbookKey = ann.runbook_url !== void 0 ? "runbook_url" : ann.runbook !== void 0 ? "runbook" : void 0;
      if (runbookKey) {
        rule.runbookUrl = ann[runbookKey];
        rule.runbookLine = yamlLine(r.annotations, runbookKey);
      }
      out.alerts.push(rule);
    });
  }
}

// src/inventory/monitoring/shippers.ts
var TEXT_CONFIGS = /* @__PURE__ */ new Map([
  ["fluent-bit.conf", "fluent-bit"],
  ["fluentbit.conf", "fluent-bit"],
  ["td-agent-bit.conf", "fluent-bit"],
  ["fluent.conf", "fluentd"],
  ["fluentd.conf", "fluentd"],
  ["td-agent.conf", "fluentd"],
  ["vector.toml", "vector"],
  ["logstash.conf", "logstash"]
]);
function textConfigKind(f) {
  const byName = TEXT_CONFIGS.get(f.name);
  if (byName) return byName;
  if (f.ext !== ".conf" && f.ext !== ".toml") return void 0;
  const dir = f.dir.toLowerCase();
  if (f.ext === ".toml") return dir.includes("vector") ? "vector" : void 0;
  if (dir.includes("fluent-bit") || dir.includes("fluentbit")) return "fluent-bit";
  if (dir.includes("fluent")) return "fluentd";
  if (dir.includes("logstash")) return "logstash";
  return void 0;
}
function readTextConfig(kind, text, file) {
  const lines = text.split("\n");
  const dest = [];
  let first = 0;
  const hit = (name, i) => {
    if (!dest.includes(name)) dest.push(name);
    if (!first) first = i + 1;
  };
  if (kind === "fluent-bit") {
    let inOutput = false;
    lines.forEach((l, i) => {
      const t2 = l.trim();
      if (t2.startsWith("[")) inOutput = /^\[OUTPUT\]/i.test(t2);
      else if (inOutput) {
        const m = /^name\s+(\S+)/i.exec(t2);
        if (m) hit(m[1].toLowerCase(), i);
      }
    });
  } else if (kind === "fluentd") {
    let inMatch = false;
    lines.forEach((l, i) => {
      const t2 = l.trim();
      if (/^<match\b/i.test(t2)) inMatch = true;
      else if (/^<\/match>/i.test(t2)) inMatch = false;
      else if (inMatch) {
        const m = /^@type\s+(\S+)/.exec(t2);
        if (m && m[1] !== "copy") hit(m[1].toLowerCase(), i);
      }
    });
  } else if (kind === "vector") {
    let inSink = false;
    lines.forEach((l, i) => {
      const t2 = l.trim();
      if (t2.startsWith("[")) inSink = /^\[sinks\./.test(t2);
      else if (inSink) {
        const m = /^type\s*=\s*["']([\w-]+)["']/.exec(t2);
        if (m) hit(m[1], i);
      }
    });
  } else {
    let depth = 0;
    let inOutput = false;
    lines.forEach((l, i) => {
      const t2 = l.replace(/#.*/, "").trim();
      if (!inOutput && /^output\s*\{/.test(t2)) {
        inOutput = true;
        depth = 1;
        return;
      }
      if (!inOutput) return;
      const m = /^([\w-]+)\s*\{/.exec(t2);
      if (m && depth === 1 && m[1] !== "if" && m[1] !== "else") hit(m[1], i);
      depth += (t2.match(/\{/g) ?? []).length - (t2.match(/\}/g) ?? []).length;
      if (depth <= 0) inOutput = false;
    });
  }
  return { via: "config", tool: kind, destinations: dest, file, line: first || 1 };
}
function readYamlPipeline(v, file, line, shippers, tracing) {
  if (Array.isArray(v.clients) && (Array.isArray(v.scrape_configs) || isObj(v.positions))) {
    const urls = list(v.clients).flatMap((c) => isObj(c) && c.url !== void 0 ? [String(c.url)] : []);
    shippers.push({ via: "config", tool: "promtail", destinations: urls, file, line: yamlLine(v, "clients") || line });
    return true;
  }
  if (isObj(v.schema_config) || isObj(v.common) && isObj(v.common.storage) || isObj(v.ingester) && isObj(v.storage_config)) {
    const stores = list(isObj(v.schema_config) ? v.schema_config.configs : []).flatMap((c) => isObj(c) && c.object_store !== void 0 ? [String(c.object_store)] : []);
    shippers.push({ via: "config", tool: "loki", destinations: [...new Set(stores)], file, line: yamlLine(v, "schema_config") || line });
    return true;
  }
  const filebeatOut = Object.keys(v).filter((k) => k.startsWith("output.")).map((k) => k.slice(7));
  if (filebeatOut.length || ("filebeat.inputs" in v || isObj(v.filebeat)) && isObj(v.output)) {
    const dest = filebeatOut.length ? filebeatOut : Object.keys(v.output);
    const key = filebeatOut.length ? `output.${filebeatOut[0]}` : "output";
    shippers.push({ via: "config", tool: "filebeat", destinations: dest, file, line: yamlLine(v, key) || line });
    return true;
  }
  if (isObj(v.sinks) && (isObj(v.sources) || isObj(v.transforms))) {
    const sinks = v.sinks;
    const dest = Object.values(sinks).flatMap((s3) => isObj(s3) && s3.type !== void 0 ? [String(s3.type)] : []);
    shippers.push({ via: "config", tool: "vector", destinations: [...new Set(dest)], file, line: yamlLine(v, "sinks") || line });
    return true;
  }
  if (isObj(v.pipeline) && Array.isArray(v.pipeline.outputs)) {
    const dest = v.pipeline.outputs.flatMap((o) => isObj(o) && o.name !== void 0 ? [String(o.name).toLowerCase()] : []);
    shippers.push({ via: "config", tool: "fluent-bit", destinations: [...new Set(dest)], file, line: yamlLine(v.pipeline, "outputs") || line });
    return true;
  }
  if (isObj(v.receivers) && isObj(v.exporters) && isObj(v.service)) {
    const pipelines = isObj(v.service.pipelines) ? v.service.pipelines : {};
    const setup = { via: "config", tool: "otel-collector", receivers: Object.keys(v.receivers), exporters: Object.keys(v.exporters), file, line: yamlLine(v, "receivers") || line };
    tracing.push(setup);
    for (const [name, p] of Object.entries(pipelines)) {
      if (!name.startsWith("logs") || !isObj(p)) continue;
      shippers.push({ via: "config", tool: "otel-collector", destinations: list(p.exporters).map(String), file, line: yamlLine(pipelines, name) || line });
    }
    return true;
  }
  if (isObj(v.distributor) && isObj(v.storage) && isObj(v.storage.trace)) {
    tracing.push({ via: "config", tool: "tempo", receivers: isObj(v.distributor.receivers) ? Object.keys(v.distributor.receivers) : [], exporters: [str(v.storage.trace.backend) ?? ""].filter(Boolean), file, line: yamlLine(v, "distributor") || line });
    return true;
  }
  return false;
}

// src/inventory/monitoring/index.ts
var isYaml = (f) => f.ext === ".yml" || f.ext === ".yaml";
function isDashboardCandidate(f) {
  if (f.ext !== ".json") return false;
  const p = f.path.toLowerCase();
  return p.includes("dashboard") || p.includes("grafana") || p.includes("monitoring") || p.includes("observability");
}
var MARKERS = /scrape_configs|groups:|receivers:|datasources:|providers:|clients:|schema_config|storage_config|filebeat|sinks:|pipeline:|distributor:|PrometheusRule|ServiceMonitor|PodMonitor|AlertmanagerConfig/;
var monitoringCollector = {
  key: "monitoring",
  wants: (f) => isYaml(f) || isDashboardCandidate(f) || textConfigKind(f) !== void 0,
  collect(ctx, earlier) {
    const inv = { prometheus: [], alertRules: [], recordingRules: [], alertmanager: [], grafana: { datasources: [], dashboardProviders: [], dashboards: [] }, components: [], logShippers: [], logDrivers: [], tracing: [] };
    const scan = { components: [], drivers: [] };
    fromCompose(earlier.compose, scan);
    fromKubernetes(earlier.kubernetes, scan);
    fromHelm(earlier.helm, scan);
    const yamlFiles = ctx.files.filter(isYaml).map((f) => f.path);
    const rc = { yamlFiles, mounts: prometheusMounts(earlier.compose) };
    const rules = { alerts: [], records: [] };
    for (const f of ctx.files) {
      if (isYaml(f)) readYamlFile(ctx, f, inv, rules, rc);
      else if (f.ext === ".json") {
        if (!isDashboardCandidate(f)) continue;
        const d = readDashboard(ctx.json(f.path), f.path);
        if (d) inv.grafana.dashboards.push(d);
      } else {
        const kind = textConfigKind(f);
        const text = kind && ctx.text(f.path);
        const s3 = kind && text ? readTextConfig(kind, text, f.path) : void 0;
        if (s3) inv.logShippers.push(s3);
      }
    }
    const loaded = new Set(inv.prometheus.flatMap((p) => p.ruleFiles));
    for (const r of rules.alerts) if (loaded.has(r.file)) r.loaded = true;
    inv.alertRules = rules.alerts;
    inv.recordingRules = rules.records;
    inv.components = scan.components;
    for (const d of scan.drivers) {
      inv.logShippers.push(d);
      inv.logDrivers.push({ service: d.service ?? "", driver: d.tool, file: d.file, line: d.line });
    }
    for (const c of scan.components) {
      if (isLogShipper(c.kind)) inv.logShippers.push({ via: "component", tool: c.kind, service: c.name, destinations: [], file: c.file, line: c.line });
      if (TRACING.has(c.kind)) inv.tracing.push({ via: "component", tool: c.kind, receivers: [], exporters: [], file: c.file, line: c.line });
    }
    return inv;
  },
  describe: describeMonitoring
};
function readYamlFile(ctx, f, inv, rules, rc) {
  if (f.dir === ".github/workflows") return;
  const text = ctx.text(f.path);
  if (!text || !MARKERS.test(text)) return;
  if ((f.dir.endsWith("/templates") || f.dir.includes("/templates/") || f.dir === "templates") && text.includes("{{")) return;
  for (const d of ctx.yaml(f.path)?.documents ?? []) {
    if (isObj(d.value)) readDocument2(d.value, f.path, d.line, inv, rules, rc);
  }
}
function readDocument2(v, file, line, inv, rules, rc) {
  if (typeof v.kind === "string" && typeof v.apiVersion === "string") {
    if (v.kind === "PrometheusRule" && isObj(v.spec)) readRuleGroups(v.spec, file, "prometheus-rule", rules);
    const mon = readMonitorResource(v, file, line);
    if (mon) inv.prometheus.push(mon);
    const amc = readAlertmanagerResource(v, file, line);
    if (amc) inv.alertmanager.push(amc);
    return;
  }
  if (isPrometheusConfig(v)) inv.prometheus.push(readPrometheus(v, file, line, rc));
  if (isRuleFile(v)) readRuleGroups(v, file, "rule-file", rules);
  if (isAlertmanagerConfig(v)) inv.alertmanager.push(readAlertmanager(v, file, line));
  if (isDatasourceProvisioning(v)) inv.grafana.datasources.push(...readDatasources(v, file));
  if (isDashboardProvisioning(v)) inv.grafana.dashboardProviders.push(...readProviders(v, file));
  readYamlPipeline(v, file, line, inv.logShippers, inv.tracing);
}
function prometheusMounts(compose) {
  const out = [];
  if (!isObj(compose) || !Array.isArray(compose.projects)) return out;
  for (const p of compose.projects) {
    if (!isObj(p) || !Array.isArray(p.services)) continue;
    const dir = typeof p.dir === "string" ? p.dir : "";
    for (const s3 of p.services) {
      if (!isObj(s3) || componentOf(String(s3.image ?? ""), String(s3.name ?? "")) !== "prometheus" || !Array.isArray(s3.volumes)) continue;
      for (const vol of s3.volumes) {
        const [source, target] = String(vol).split(":");
        if (!source || !target || !(source.startsWith(".") || source.startsWith("/"))) continue;
        out.push({ source: posix11.normalize(posix11.join(dir, source)).replace(/^\.\/?/, ""), target });
      }
    }
  }
  return out;
}

// src/inventory/documents/kinds.ts
var KINDS = [
  { kind: "incident-response", topic: /incident|outage|postmortem|post-mortem|장애\s*대응|장애\s*처리|장애\s*조치|인시던트|비상\s*대응|사고\s*대응/, names: /incident|postmortem/i, dirs: /(^|\/)(incidents?|postmortems?)(\/|$)/i, commands: /kubectl|docker|systemctl|journalctl|curl|rollout|restart/ },
  { kind: "disaster-recovery", topic: /disaster[\s-]*recovery|\brto\b|\brpo\b|failover|재해\s*복구|재난\s*복구|재해복구/, names: /disaster|(^|[^a-z])dr[-_.]/i, commands: /pg_restore|pg_basebackup|restore|failover|velero|promote|aws\s|gcloud|kubectl/ },
  { kind: "backup-restore", topic: /backup|restore|백업|복원|복구/, names: /backup|restore/i, commands: /pg_dump|pg_restore|pg_basebackup|mysqldump|mongodump|redis-cli\s+(--rdb|save|bgsave)|velero|restic|borg|wal-g|pgbackrest|aws\s+s3\s+(cp|sync)|tar\s/ },
  { kind: "upgrade", topic: /upgrad|업그레이드|버전\s*업|migration guide|마이그레이션\s*절차/, names: /upgrad/i, commands: /alembic|migrate|helm\s+upgrade|kubectl\s+(apply|set\s+image|rollout)|docker[- ]compose|npm\s|pip\s/ },
  { kind: "maintenance", topic: /maintenance|유지\s*보수|정기\s*점검|maintenance window|점검\s*절차/, names: /maint/i, commands: /vacuum|reindex|apt|logrotate|docker\s+system\s+prune|kubectl|cron/ },
  { kind: "operations-manual", topic: /operations?\s+(manual|guide|handbook)|operator'?s?\s+guide|운영\s*(매뉴얼|메뉴얼|가이드|절차|지침)|runbook index/, names: /operations|ops[-_]?(guide|manual)|runbook/i, commands: /kubectl|docker|systemctl|journalctl|helm/ },
  { kind: "runbook", topic: /runbook|playbook|런북|대응\s*매뉴얼/, names: /runbook|playbook/i, dirs: /(^|\/)(runbooks?|playbooks?)(\/|$)/i, commands: /kubectl|docker|systemctl|curl|psql|redis-cli|helm/ },
  { kind: "security-policy", topic: /security policy|reporting (a )?vulnerabilit|report (a )?vulnerabilit|responsible disclosure|보안\s*정책|취약점\s*(신고|제보)/, names: /^security\.md$/i, policy: true },
  { kind: "privacy-policy", topic: /privacy policy|privacy notice|개인\s*정보\s*처리\s*방침|개인정보\s*보호\s*정책/, names: /privacy/i, policy: true },
  { kind: "dpia", topic: /\bdpia\b|data protection impact assessment|privacy impact assessment|개인\s*정보\s*영향\s*평가/, names: /dpia|impact[-_]assessment/i, policy: true },
  { kind: "processing-records", topic: /records? of processing|\bropa\b|processing activities|처리\s*(활동\s*)?기록/, names: /ropa|processing[-_]records/i, policy: true },
  { kind: "capacity-plan", topic: /capacity plan|capacity planning|sizing|용량\s*(계획|산정)/, names: /capacity/i },
  { kind: "release-process", topic: /release (process|procedure|checklist)|deployment (procedure|process)|배포\s*(절차|프로세스)|릴리스\s*절차/, names: /releas|deploy/i, commands: /git tag|helm|kubectl|docker push|gh release|npm publish/ },
  { kind: "on-call", topic: /on[-\s]?call|pager|escalation|온콜|에스컬레이션|당직/, names: /on-?call/i }
];
var OWNERS = /\bowner\b|on[-\s]?call|escalat|contact|responsible|담당자|책임자|연락처|에스컬레이션|온콜|당직|\bdri\b/;
var SEVERITY = /\bsev[-\s]?[0-4]\b|\bp[0-4]\b|severity|심각도|등급\s*[1-4]|긴급도/;
var RTO_RPO = /\brto\b|\brpo\b|복구\s*목표\s*(시간|시점)/;
var REPORT_TITLE = /analysis|report|assessment|review|summary|evaluation|status|분석|보고서|평가|검토|요약|현황|준비도|리포트/;
var PLAN_TITLE = /\bplan(ning)?\b|strategy|roadmap|계획|전략|로드맵/;
var REVIEW_TITLE = /readiness|production[\s-]*check|pre[\s-]*(launch|production|flight)|go[\s-]*live|launch checklist|checklist|준비\s*(상태|도)|체크\s*리스트|점검\s*(표|목록|리스트)|배포\s*전\s*점검/;

// src/inventory/documents/classify.ts
var SHELL = /* @__PURE__ */ new Set(["", "sh", "bash", "shell", "console", "zsh", "powershell", "ps1", "sql", "terminal", "cmd", "yaml", "yml"]);
var DESIGN = /* @__PURE__ */ new Set(["python", "py", "typescript", "ts", "javascript", "js", "java", "go", "kotlin"]);
function classify(path, o) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
  const title = (o.title ?? "").toLowerCase();
  const isReport = REPORT_TITLE.test(title) || REPORT_TITLE.test(name.toLowerCase().replace(/[_-]/g, " ")) || /(^|\/)(specs?|rfcs?|adr|design)\//i.test(path);
  const isPlan = PLAN_TITLE.test(title);
  const shellBlocks = o.code.filter((c) => SHELL.has(c.lang));
  const designBlocks = o.code.filter((c) => DESIGN.has(c.lang));
  const owners = OWNERS.test(o.prose);
  const severity = SEVERITY.test(o.prose);
  const rto = RTO_RPO.test(o.prose);
  const out = [];
  const lowerHeadings = o.headings.map((h) => h.text.toLowerCase());
  for (const def of KINDS) {
    const titleHit = def.topic.test(title) || !!def.names && (def.names.test(name) || !!def.dirs && def.dirs.test(dir));
    const headings = o.headings.filter((_, i) => def.topic.test(lowerHeadings[i]));
    const mentionAt = titleHit || headings.length ? -1 : o.prose.search(def.topic);
    if (!titleHit && headings.length === 0 && mentionAt < 0) continue;
    const sections = headings.map((h) => [h.line, o.headings.find((x) => x.line > h.line && x.level <= h.level)?.line ?? Infinity]);
    const central = titleHit || headings.length >= 2 || headings.length === 1 && o.headings.length <= 4;
    const commands = def.commands ? shellBlocks.filter((c) => def.commands.test(c.text)) : [];
    const steps = titleHit ? o.ordered : o.ordered.filter((s3) => sections.some(([from, to]) => s3.line > from && s3.line < to));
    const has3 = [];
    if (steps.length >= 3) has3.push("steps");
    if (commands.length) has3.push("commands");
    if (owners) has3.push("owners");
    if (severity) has3.push("severity");
    if (rto) has3.push("rto-rpo");
    const evidence = [];
    if (headings[0]) evidence.push({ line: headings[0].line, text: headings[0].text });
    else if (titleHit) evidence.push({ line: o.headings[0]?.line ?? 1, text: o.title ?? name });
    if (steps[0]) evidence.push({ line: steps[0].line, text: steps[0].text.slice(0, 80) });
    if (commands[0]) evidence.push({ line: commands[0].line, text: `${commands[0].lang || "shell"} commands` });
    const runnable = has3.includes("steps") || has3.includes("commands");
    let strength;
    if (def.policy) strength = central && o.words >= 60 && (!isReport || def.kind === "dpia") ? "procedure" : central ? "plan" : "mention";
    else if (!central) strength = "mention";
    else if (isReport) strength = titleHit ? "plan" : "mention";
    else if (designBlocks.length > shellBlocks.length && !has3.includes("steps")) strength = "plan";
    else if (isPlan && !(has3.includes("steps") && has3.includes("commands"))) strength = "plan";
    else if (def.kind === "incident-response" || def.kind === "on-call") strength = runnable && (owners || severity) ? "procedure" : "plan";
    else strength = runnable ? "procedure" : "plan";
    if (evidence.length === 0) evidence.push({ line: lineAt(o.prose, mentionAt), text: "mentioned" });
    out.push({ kind: def.kind, strength, evidence, has: has3 });
  }
  return out;
}
function detectLanguage(prose) {
  let hangul = 0;
  let latin = 0;
  const end = Math.min(prose.length, 2e4);
  for (let i = 0; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c >= 44032 && c <= 55203) hangul++;
    else if (c >= 97 && c <= 122 || c >= 65 && c <= 90) latin++;
  }
  if (hangul === 0 && latin === 0) return "other";
  return hangul * 3 >= latin * 0.5 ? "ko" : "en";
}
function lineAt(text, offset) {
  if (offset < 0) return 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// src/inventory/documents/markdown.ts
function anchorOf(text) {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}
function outlineMarkdown(text) {
  const out = { headings: [], ordered: [], bullets: [], checklist: [], code: [], commands: [], tables: [], links: [], words: 0, prose: "" };
  const lines = text.split("\n");
  const prose = [];
  let fence;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const l = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const n2 = i + 1;
    const t2 = l.trimStart();
    const c0 = t2.charCodeAt(0);
    const f = c0 === 96 || c0 === 126 ? /^(```+|~~~+)\s*([\w+-]*)/.exec(t2) : null;
    if (fence) {
      if (f && f[1].startsWith(fence.marker[0]) && f[1].length >= fence.marker.length && !f[2]) {
        out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join("\n") });
        fence = void 0;
      } else fence.body.push(l);
      continue;
    }
    if (f) {
      fence = { marker: f[1], lang: f[2] ?? "", line: n2, body: [] };
      continue;
    }
    prose.push(l);
    if (c0 === 35) {
      const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
      if (h) {
        const textH = h[2].replace(/\*\*|__|`/g, "");
        out.headings.push({ line: n2, level: h[1].length, text: textH, anchor: anchorOf(textH) });
        if (h[1].length === 1 && out.title === void 0) out.title = textH;
        continue;
      }
    } else if (c0 === 45 || c0 === 42 || c0 === 43) {
      const c = /^[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(t2);
      if (c) {
        out.checklist.push({ line: n2, checked: c[1] !== " ", text: c[2].trim() });
        continue;
      }
      const b = /^[-*+]\s+(.*)$/.exec(t2);
      if (b) out.bullets.push({ line: n2, text: b[1].trim() });
    } else if (c0 >= 48 && c0 <= 57) {
      const o = /^\d+[.)]\s+(.*)$/.exec(t2);
      if (o) out.ordered.push({ line: n2, text: o[1] });
    } else if (c0 === 124 || l.includes(" | ") && /^\s*\|?[^|]+\|/.test(l)) table(out, l, n2);
    if (l.includes("](")) for (const m of l.matchAll(/\]\(([^)\s]+)/g)) out.links.push({ line: n2, target: m[1] });
  }
  if (fence) out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join("\n") });
  out.commands = commandsOf(out.code);
  out.title ??= out.headings[0]?.text;
  out.prose = prose.join("\n").toLowerCase();
  out.words = countWords(out.prose);
  return out;
}
function table(out, l, n2) {
  const last = out.tables[out.tables.length - 1];
  if (last && last.line + last.rows === n2) {
    last.rows++;
    return;
  }
  out.tables.push({ line: n2, rows: 1, header: l.split("|").map((c) => c.trim()).filter(Boolean) });
}
var SHELL_LANGS = /* @__PURE__ */ new Set(["", "sh", "bash", "shell", "console", "zsh", "powershell", "ps1", "sql", "terminal", "cmd", "text"]);
var OPS_TOOLS = /^(?:\$\s*)?(?:sudo\s+)?(pg_dump|pg_dumpall|pg_restore|pg_basebackup|pgbackrest|psql|mysqldump|mysql|mongodump|mongorestore|redis-cli|kubectl|helm|docker(?:-compose)?|podman|alembic|flyway|liquibase|systemctl|journalctl|velero|restic|borg|wal-g|aws|gcloud|az|terraform|ansible-playbook|rsync|tar|curl|make|npm|yarn|pip|python3?|manage\.py|git|gh|crontab|certbot|nginx|ssh|scp)\b/;
function commandsOf(code) {
  const out = [];
  for (const c of code) {
    if (!SHELL_LANGS.has(c.lang)) continue;
    c.text.split("\n").forEach((l, i) => {
      const m = OPS_TOOLS.exec(l.trim());
      if (m) out.push({ line: c.line + 1 + i, tool: m[1] });
    });
  }
  return out;
}
function countWords(text) {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12288 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

// src/inventory/documents/rst.ts
var UNDERLINE = /^([=\-~^"'`#*+])\1{2,}\s*$/;
function outlineRst(text) {
  const out = { headings: [], ordered: [], bullets: [], checklist: [], code: [], commands: [], tables: [], links: [], words: 0, prose: "" };
  const lines = text.split(/\r?\n/);
  const levels = [];
  const prose = [];
  let block;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (block) {
      const indent = l.length - l.trimStart().length;
      if (l.trim() === "" || indent > 0) {
        block.body.push(l.trim());
        continue;
      }
      out.code.push({ line: block.line, lang: block.lang, text: block.body.join("\n").replace(/\s+$/, "") });
      block = void 0;
    }
    const cb = /^\.\.\s+(?:code-block|code|sourcecode)::\s*(\w*)/.exec(l);
    if (cb) {
      block = { line: i + 1, lang: cb[1].toLowerCase(), body: [] };
      continue;
    }
    if (l.trimEnd().endsWith("::") && !l.trim().startsWith("..")) {
      block = { line: i + 1, lang: "", body: [] };
      prose.push(l);
      continue;
    }
    const next = lines[i + 1] ?? "";
    const u = UNDERLINE.exec(next);
    if (l.trim() && !UNDERLINE.test(l) && u && next.trim().length >= l.trim().length) {
      if (!levels.includes(u[1])) levels.push(u[1]);
      const title = l.trim();
      out.headings.push({ line: i + 1, level: levels.indexOf(u[1]) + 1, text: title, anchor: anchorOf(title) });
      if (out.title === void 0) out.title = title;
      prose.push(l);
      i++;
      continue;
    }
    if (UNDERLINE.test(l)) continue;
    prose.push(l);
    const o = /^\s*(?:\d+|#)[.)]\s+(.*)$/.exec(l);
    if (o) out.ordered.push({ line: i + 1, text: o[1] });
    else {
      const b = /^\s*[-*+]\s+(.*)$/.exec(l);
      if (b) out.bullets.push({ line: i + 1, text: b[1] });
    }
    for (const m of l.matchAll(/`[^`<]*<([^>]+)>`_/g)) out.links.push({ line: i + 1, target: m[1] });
  }
  if (block) out.code.push({ line: block.line, lang: block.lang, text: block.body.join("\n").replace(/\s+$/, "") });
  out.commands = commandsOf(out.code);
  out.prose = prose.join("\n").toLowerCase();
  out.words = countWords(out.prose);
  return out;
}

// src/inventory/documents/index.ts
var DOC_EXT = /* @__PURE__ */ new Set([".md", ".mdx", ".markdown", ".rst"]);
var NOT_PROCEDURES = /* @__PURE__ */ new Set(["changelog", "changes", "history", "license", "licence", "code_of_conduct", "contributing", "authors", "notice", "third_party_notices"]);
var TASK_LIST = /implementation|tasks?\b|todo|progress|plan\b|guide|roadmap|구현|계획|진행|가이드|작업/;
var SKIP_DIRS2 = ["node_modules/", "vendor/", ".venv/", "site-packages/"];
var isDocsDir = (dir) => dir === "docs" || dir === "doc" || dir.startsWith("docs/") || dir.startsWith("doc/") || dir.includes("/docs/") || dir.endsWith("/docs") || dir.includes("/doc/") || dir.endsWith("/doc");
var isDoc = (f) => DOC_EXT.has(f.ext) || f.ext === ".txt" && isDocsDir(f.dir);
var skipped2 = (p) => SKIP_DIRS2.some((d) => p.startsWith(d) || p.includes("/" + d));
var documentsCollector = {
  key: "documents",
  wants: (f) => isDoc(f) && !skipped2(f.path),
  collect(ctx) {
    const documents = [];
    for (const f of ctx.files) {
      if (!isDoc(f) || skipped2(f.path)) continue;
      const text = ctx.text(f.path);
      if (text === void 0) continue;
      documents.push(analyseDocument(f, text));
    }
    return { documents };
  },
  describe(inv) {
    const out = [];
    for (const d of inv.documents) {
      const strong = d.kinds.filter((k) => k.strength !== "mention");
      if (!strong.length && !d.isChecklist) continue;
      const kinds = strong.map((k) => `${k.kind} (${k.strength}${k.has.length ? `: ${k.has.join("+")}` : ""}) at line ${k.evidence[0]?.line ?? 1}`).join(", ");
      const ticked = d.checklist.filter((c) => c.checked).length;
      out.push(`${d.path}:${strong[0]?.evidence[0]?.line ?? d.review?.line ?? 1} [${d.language}] ${d.title ?? ""} \u2014 ${kinds || "no procedure"}${d.checklist.length ? `; checklist ${ticked}/${d.checklist.length} ticked` : ""}${d.review ? " (readiness review/checklist)" : ""}`);
    }
    const mentions = inv.documents.filter((d) => d.kinds.length && d.kinds.every((k) => k.strength === "mention")).length;
    const byKind = /* @__PURE__ */ new Map();
    for (const d of inv.documents) for (const k of d.kinds) if (k.strength === "procedure") byKind.set(k.kind, (byKind.get(k.kind) ?? 0) + 1);
    out.push(`${inv.documents.length} documents in all; procedures: ${[...byKind].map(([k, n2]) => `${k} ${n2}`).join(", ") || "none"}; ${mentions} only mention operational topics`);
    return out;
  }
};
function analyseDocument(f, text) {
  const o = f.ext === ".rst" ? outlineRst(text) : outlineMarkdown(text);
  const stem = f.name.slice(0, f.name.length - f.ext.length).toLowerCase();
  const titleReview = REVIEW_TITLE.test((o.title ?? stem.replace(/[_-]/g, " ")).toLowerCase());
  const title = (o.title ?? stem.replace(/[_-]/g, " ")).toLowerCase();
  const review = titleReview && o.checklist.length >= 3 ? { line: o.headings[0]?.line ?? 1, reason: "title" } : o.checklist.length >= 20 && !TASK_LIST.test(title) && stem !== "tasks" && stem !== "todo" ? { line: o.checklist[0].line, reason: "checkboxes" } : void 0;
  return {
    path: f.path,
    title: o.title,
    language: detectLanguage(o.prose),
    kinds: NOT_PROCEDURES.has(stem) ? [] : classify(f.path, o),
    checklist: o.checklist,
    headings: o.headings,
    commands: o.commands,
    words: o.words,
    isChecklist: !!review || o.checklist.length >= 10,
    review
  };
}

// src/inventory/secrets/findings.ts
function lineOf(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// src/inventory/secrets/patterns.ts
var TOKEN_PATTERNS = [
  { kind: "private-key", re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: "aws-access-key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: "github-token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { kind: "slack-token", re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: "stripe-live-key", re: /\b[sr]k_live_[A-Za-z0-9]{16,}/ },
  { kind: "google-api-key", re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: "npm-token", re: /_authToken\s*=\s*(?!\$\{)[^\s]+/ },
  // header.payload.signature, both JSON parts starting with `{"` (eyJ)
  { kind: "jwt", re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ }
];
var COMBINED = new RegExp(TOKEN_PATTERNS.map((p) => `(${p.re.source})`).join("|"), "g");
var PREFILTER = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|xox|_live_|AIza|_authToken|eyJ/;
function findTokens(text) {
  const out = [];
  if (!PREFILTER.test(text)) return out;
  COMBINED.lastIndex = 0;
  let m;
  while (m = COMBINED.exec(text)) {
    const group = m.slice(1).findIndex((g) => g !== void 0);
    out.push({ kind: TOKEN_PATTERNS[group].kind, line: lineOf(text, m.index) });
  }
  return out;
}
function isPlaceholder(value) {
  const v = value.trim().replace(/^["']|["']$/g, "");
  return v.length < 4 || /^(change[-_]?me|your[-_ ]|<[^>]*>|x{3,}|\*{3,}|example|dummy|placeholder|todo|replace[-_]?me|secret|password|none|null|test|sample|\$\{)/i.test(v) || /change[-_]?me|replace[-_]?me|example\.com$/i.test(v);
}
function isExampleEnv(name) {
  return /(example|sample|template|dist|defaults?|tmpl)$/i.test(name) || /\.(example|sample|template|dist)\./i.test(name);
}

// src/inventory/secrets/env-files.ts
var isEnvFile = (f) => f.name === ".env" || f.name.startsWith(".env.") || f.ext === ".env";
var URL_KEY = /(url|uri|dsn|conn)/i;
var CREDENTIAL_URL = /:\/\/[^/\s:@]*:[^@\s]+@/;
function describeValue(value) {
  return isPlaceholder(value) ? "placeholder value" : `value of ${value.length} characters that looks real`;
}
function readEnvFile(f, text, findings) {
  const { values, lines } = parseEnvFile(text);
  if (isExampleEnv(f.name)) return { file: f.path, keys: [...values.keys()], lines: Object.fromEntries(lines) };
  const secretKeys = [];
  for (const [k, v] of values) {
    if (!isSecretName(k) || v === "") continue;
    if (URL_KEY.test(k) && !CREDENTIAL_URL.test(v)) continue;
    secretKeys.push(k);
    findings.push({ kind: "env-file-secret", file: f.path, line: lines.get(k) ?? 1, key: k, description: describeValue(v) });
  }
  findings.push({ kind: "committed-env-file", file: f.path, line: 1, description: `env file with ${values.size} settings (${secretKeys.length} secret-like with a value) is committed` });
  return { file: f.path, keys: values.size, secretKeys };
}

// src/inventory/secrets/leftovers.ts
var DB_EXT = /* @__PURE__ */ new Set([".db", ".sqlite", ".sqlite3", ".mdb", ".accdb", ".dump", ".bak"]);
var SWAP_EXT = /* @__PURE__ */ new Set([".swp", ".swo", ".swn"]);
var BUILD_NAMES = /* @__PURE__ */ new Set(["coverage.xml", ".coverage", ".DS_Store", "Thumbs.db", "npm-debug.log", "nohup.out"]);
function leftoverOf(f) {
  const at3 = { file: f.path, line: 0 };
  if (f.name === "Thumbs.db") return { ...at3, kind: "build-leftover", description: "generated file is committed" };
  if (DB_EXT.has(f.ext)) return { ...at3, kind: "database-file", description: `database file of ${f.size} bytes is committed` };
  if (f.ext === ".log" || f.name === "nohup.out" || isUnder(f.dir, "logs") && f.name !== ".gitkeep" && f.name !== ".gitignore" && f.name !== "README.md")
    return { ...at3, kind: "log-file", description: `log file of ${f.size} bytes is committed` };
  if (f.ext === ".pyc" || f.ext === ".pyo" || BUILD_NAMES.has(f.name) || isUnder(f.dir, "__pycache__"))
    return { ...at3, kind: "build-leftover", description: "generated file is committed" };
  if (SWAP_EXT.has(f.ext) || f.name.endsWith("~") && f.name.length > 1 || f.name.startsWith(".#") && f.name.length > 2)
    return { ...at3, kind: "editor-leftover", description: "editor swap or backup file is committed" };
  return void 0;
}
function isUnder(dir, folder) {
  return dir === folder || dir.endsWith("/" + folder) || dir.startsWith(folder + "/") || dir.includes("/" + folder + "/");
}

// src/inventory/secrets/credential-files.ts
var DEFS = [
  { what: "npm registry credential", file: (f) => f.name === ".npmrc", re: /(_authToken|_auth|_password)\s*=\s*(\S+)/g },
  { what: "PyPI password", file: (f) => f.name === ".pypirc", re: /^\s*(password)\s*[=:]\s*(\S+)/gm },
  { what: "netrc password", file: (f) => f.name === ".netrc" || f.name === "_netrc", re: /\b(password)\s+(\S+)/g },
  { what: "cloud service-account private key", file: (f) => f.ext === ".json", re: /"(private_key)"\s*:\s*"([^"]+)"/g, needle: "private_key" },
  { what: "OAuth client secret", file: (f) => f.ext === ".json" && f.name.startsWith("client_secret"), re: /"(client_secret)"\s*:\s*"([^"]+)"/g, needle: "client_secret" },
  { what: "kubeconfig credential", file: isKubeconfig, re: /^\s*(token|client-key-data|password)\s*:\s*["']?([^\s"'#]+)/gm },
  { what: "AWS secret access key", file: (f) => f.name === "credentials" && (f.dir === ".aws" || f.dir.endsWith("/.aws")), re: /^\s*(aws_secret_access_key|aws_session_token)\s*=\s*(\S+)/gm },
  { what: "container registry auth", file: (f) => f.name === ".dockercfg" || f.name === "config.json" && (f.dir === ".docker" || f.dir.endsWith("/.docker")), re: /"(auth|identitytoken)"\s*:\s*"([^"]+)"/g }
];
function isKubeconfig(f) {
  return f.name === "kubeconfig" || f.name.endsWith(".kubeconfig") || f.name.startsWith("kubeconfig.") || f.name === "config" && (f.dir === ".kube" || f.dir.endsWith("/.kube"));
}
function isCredentialFile(f) {
  return DEFS.some((d) => d.file(f));
}
var REFERENCE = /^["']?\$\{?[A-Za-z_]/;
function scanCredentialFile(f, text, out) {
  for (const d of DEFS) {
    if (!d.file(f)) continue;
    if (d.needle && !text.includes(d.needle)) continue;
    d.re.lastIndex = 0;
    for (const m of text.matchAll(d.re)) {
      const value = m[2];
      if (REFERENCE.test(value)) continue;
      out.push({
        kind: "credential-file",
        file: f.path,
        line: lineOf(text, m.index ?? 0),
        key: m[1],
        description: `${d.what}${isPlaceholder(value) ? " (placeholder value)" : ` (value of ${value.length} characters that looks real)`}`
      });
    }
  }
}

// src/inventory/secrets/settings.ts
var SECRETISH = /secret|passw|token|api[_-]?key|private[_-]?key|credential/i;
var ASSIGN = /^[ \t]*(?:export\s+|const\s+|let\s+|var\s+|readonly\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*(?::\s*str\s*)?[:=]\s*["']([^"'\n$]{8,})["']/gm;
var PATH_OR_URL = /^(https?:\/\/|\/|\.\/|~\/)/;
function scanSettings(f, text, out) {
  if (f.ext === ".json" || f.ext === ".xml" || f.name.includes("compose") || !SECRETISH.test(text)) return;
  ASSIGN.lastIndex = 0;
  for (const m of text.matchAll(ASSIGN)) {
    const key = m[1].split(".").pop() ?? m[1];
    const value = m[2];
    if (!isSecretName(key) || isPlaceholder(value) || PATH_OR_URL.test(value) && !value.includes("@")) continue;
    const index = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push({ kind: "hardcoded-secret", file: f.path, line: lineOf(text, index), key, description: `literal of ${value.length} characters assigned to a secret-like name` });
  }
}
function isTestOrDocPath(path) {
  return /(^|\/)(tests?|__tests__|spec|fixtures?|testdata|examples?|docs?)\//i.test(path) || /\.(test|spec)\.[jt]sx?$/.test(path) || /(^|\/)test_[^/]+\.py$/.test(path);
}

// src/inventory/secrets/from-earlier.ts
var isRec = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var arr2 = (v) => Array.isArray(v) ? v : [];
var str4 = (v) => typeof v === "string" ? v : void 0;
var num3 = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var URL_KEY2 = /(url|uri|dsn|conn)/i;
function composeCredentials(compose, out) {
  if (!isRec(compose)) return;
  const seen = /* @__PURE__ */ new Set();
  for (const p of arr2(compose.projects)) {
    if (!isRec(p)) continue;
    const interpolations = arr2(p.interpolations).filter(isRec);
    const interpolatedPaths = new Set(interpolations.map((i) => str4(i.path)));
    for (const i of interpolations) {
      const variable = str4(i.variable);
      const file = str4(i.file);
      const line = num3(i.line);
      const path = str4(i.path) ?? "";
      const defaultLength = num3(i.defaultLength);
      if (!variable || !file || !line || !defaultLength) continue;
      const key = path.split(".").pop() ?? "";
      if (!(isSecretName(variable) || isSecretName(key) && !URL_KEY2.test(key))) continue;
      const id = `${file}:${line}:${variable}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const source = str4(i.source);
      out.push({
        kind: "default-credential",
        file,
        line,
        column: num3(i.column),
        key: variable,
        description: `\${${variable}} falls back to a ${defaultLength}-character default written in the file (${path})${source === "default" ? "" : "; set elsewhere here, but any deployment without it gets the default"}`
      });
    }
    for (const s3 of arr2(p.services)) {
      if (!isRec(s3)) continue;
      const service = str4(s3.name) ?? "?";
      for (const e2 of arr2(s3.environment)) {
        if (!isRec(e2)) continue;
        const name = str4(e2.name);
        const file = str4(e2.file);
        const line = num3(e2.line);
        const value = e2.value;
        if (!name || !file || !line || typeof value !== "string" || value === "" || !isSecretName(name)) continue;
        if (interpolatedPaths.has(`services.${service}.environment.${name}`)) continue;
        const id = `${file}:${line}:${name}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ kind: "literal-credential", file, line, key: name, description: `literal value for ${name} in the compose environment of ${service}` });
      }
    }
  }
}
function kubernetesSecrets(k8s, out) {
  if (!isRec(k8s)) return;
  for (const o of arr2(k8s.objects)) {
    if (!isRec(o) || o.kind !== "Secret") continue;
    const keys2 = arr2(o.secretKeys).filter((k) => typeof k === "string");
    const file = str4(o.file);
    const line = num3(o.line);
    if (!keys2.length || !file || !line) continue;
    out.push({ kind: "kubernetes-secret-literal", file, line, key: keys2.join(", "), description: `Secret ${str4(o.name) ?? ""} holds ${keys2.length} literal value(s) in the repository` });
  }
}

// src/inventory/secrets/index.ts
var SCAN_CAP = 256 * 1024;
var CONFIG_EXT = /* @__PURE__ */ new Set([".yml", ".yaml", ".json", ".ini", ".toml", ".conf", ".cfg", ".properties", ".sh", ".bash", ".tf", ".tfvars", ".env", ".xml", ".py", ".js", ".ts", ".mjs", ".cjs"]);
var KEY_EXT = /* @__PURE__ */ new Set([".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk", ".asc"]);
var KEY_NAMES = /* @__PURE__ */ new Set(["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "credentials", "credentials.json"]);
var SETTINGS_SOURCE = /^(settings|config|configuration|constants|secrets?|credentials|local_settings|production|prod|base|env)(\.[\w-]+)?\.(py|js|ts|mjs|cjs)$/i;
var SOURCE_EXT = /* @__PURE__ */ new Set([".py", ".js", ".ts", ".mjs", ".cjs"]);
var VENDORED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|dist|build)\//;
function isScanned(f) {
  return f.size <= SCAN_CAP && (CONFIG_EXT.has(f.ext) || KEY_EXT.has(f.ext) || KEY_NAMES.has(f.name) || isCredentialFile(f));
}
var secretsCollector = {
  key: "secrets",
  wants: (f) => f.size <= SCAN_CAP && (isEnvFile(f) || isScanned(f)),
  collect(ctx, earlier) {
    const findings = [];
    const envFiles = [];
    const exampleEnvFiles = [];
    for (const f of ctx.files) {
      const leftover = leftoverOf(f);
      if (leftover) {
        findings.push(leftover);
        continue;
      }
      if (isEnvFile(f)) {
        const text2 = ctx.text(f.path);
        if (text2 === void 0) continue;
        const info = readEnvFile(f, text2, findings);
        if (Array.isArray(info.keys)) exampleEnvFiles.push(info);
        else envFiles.push(info);
        continue;
      }
      if (!isScanned(f) || VENDORED.test(f.path)) continue;
      const text = ctx.text(f.path);
      if (!text) continue;
      const before = findings.length;
      if (isCredentialFile(f)) scanCredentialFile(f, text, findings);
      const credentialLines = new Set(findings.slice(before).map((x) => x.line));
      const testOrDoc = isTestOrDocPath(f.path);
      for (const t2 of findTokens(text)) {
        if (credentialLines.has(t2.line) || testOrDoc && t2.kind !== "private-key") continue;
        findings.push({ kind: t2.kind === "private-key" ? "private-key" : "token", file: f.path, line: t2.line, description: t2.kind.replace(/-/g, " ") });
      }
      if (!testOrDoc && (!SOURCE_EXT.has(f.ext) || SETTINGS_SOURCE.test(f.name))) scanSettings(f, text, findings);
    }
    composeCredentials(earlier.compose, findings);
    kubernetesSecrets(earlier.kubernetes, findings);
    return { findings, envFiles, exampleEnvFiles };
  },
  describe(inv) {
    const out = inv.findings.map((s3) => `${s3.file}:${s3.line} ${s3.kind}${s3.key ? ` ${s3.key}` : ""} (${s3.description})`);
    for (const e2 of inv.exampleEnvFiles) out.push(`${e2.file}:1 example env file documenting ${e2.keys.length} variables`);
    return out;
  }
};

// src/inventory/app/routes.ts
import { posix as posix12 } from "node:path";
var lineAt2 = (text, index) => {
  let n2 = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) n2++;
  return n2;
};
var join2 = (a, b) => ("/" + [a, b].map((x) => x.replace(/^\/+|\/+$/g, "")).filter(Boolean).join("/")).replace(/\/+/g, "/");
function findRoutes(files) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const local = /* @__PURE__ */ new Map();
  const ownPrefix = /* @__PURE__ */ new Map();
  for (const f of files) {
    const list4 = [];
    if (f.text.includes("APIRouter(") || f.text.includes("Blueprint(")) for (const m of f.text.matchAll(/(\w+)\s*=\s*(?:APIRouter|Blueprint)\(([^)]*)\)/g)) {
      const p = /(?:url_)?prefix\s*=\s*["']([^"']*)["']/.exec(m[2]);
      if (p) ownPrefix.set(`${f.path}#${m[1]}`, p[1]);
    }
    if (f.text.includes("@")) for (const m of f.text.matchAll(/@(\w+)\.(get|post|put|delete|patch|head|options|api_route|route|websocket)\(\s*["']([^"']*)["']/g)) {
      list4.push({ variable: m[1], method: m[2] === "route" || m[2] === "api_route" ? "ANY" : m[2].toUpperCase(), path: m[3], line: lineAt2(f.text, m.index) });
    }
    if (!f.path.endsWith(".py") && /\.(get|post|put|delete|patch|all)\(\s*['"`]\//.test(f.text)) for (const m of f.text.matchAll(/\b(\w+)\.(get|post|put|delete|patch|all)\(\s*['"`](\/[^'"`]*)['"`]/g)) {
      if (/^(os|requests|httpx|client|session|axios|http|self|cache|redis|r|dict|config|settings|environ|params|headers|map|store)$/i.test(m[1])) continue;
      list4.push({ variable: m[1], method: m[2].toUpperCase(), path: m[3], line: lineAt2(f.text, m.index) });
    }
    local.set(f.path, list4);
  }
  const routes = [];
  const mounted = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.text.includes("include_router")) for (const m of f.text.matchAll(/\.include_router\(\s*(\w+)(?:\.router)?\s*(?:,([^)]*))?\)/g)) {
      const prefix = /prefix\s*=\s*["']([^"']*)["']/.exec(m[2] ?? "")?.[1] ?? "";
      const target = resolveImport(f, m[1], byPath);
      if (!target) continue;
      for (const r of local.get(target.file) ?? []) {
        if (r.variable !== target.variable) continue;
        mounted.add(`${target.file}#${r.variable}`);
        routes.push({ method: r.method, path: join2(join2(prefix, ownPrefix.get(`${target.file}#${r.variable}`) ?? ""), r.path), file: target.file, line: r.line });
      }
    }
    if (f.text.includes(".use(")) for (const m of f.text.matchAll(/\.use\(\s*['"`](\/[^'"`]*)['"`]\s*,\s*(\w+)\s*\)/g)) {
      const target = resolveImport(f, m[2], byPath);
      if (!target) continue;
      for (const r of local.get(target.file) ?? []) {
        mounted.add(`${target.file}#${r.variable}`);
        routes.push({ method: r.method, path: join2(m[1], r.path), file: target.file, line: r.line });
      }
    }
  }
  for (const [file, list4] of local) {
    for (const r of list4) {
      if (mounted.has(`${file}#${r.variable}`)) continue;
      routes.push({ method: r.method, path: join2(ownPrefix.get(`${file}#${r.variable}`) ?? "", r.path), file, line: r.line });
    }
  }
  return routes;
}
function resolveImport(f, name, byPath) {
  const dir = posix12.dirname(f.path);
  for (const m of f.text.matchAll(/from\s+(\.*)([\w.]*)\s+import\s+([^\n]+)/g)) {
    const names = m[3].replace(/[()]/g, "").split(",").map((s3) => s3.trim().split(/\s+as\s+/));
    const hit = names.find((n2) => (n2[1] ?? n2[0]) === name);
    if (!hit) continue;
    const dots = m[1].length;
    let base = dots ? dir : "";
    for (let i = 1; i < dots; i++) base = posix12.dirname(base);
    const mod = m[2].replace(/\./g, "/");
    for (const cand of [posix12.join(base, mod) + ".py", posix12.join(base, mod, hit[0]) + ".py", posix12.join(base, mod, "__init__.py")]) {
      const c = cand.replace(/^\.\//, "");
      if (byPath.has(c)) return { file: c, variable: c.endsWith(`/${hit[0]}.py`) ? "router" : hit[0] };
    }
    const suffix = `${mod}.py`;
    for (const p of byPath.keys()) if (p.endsWith(suffix)) return { file: p, variable: hit[0] };
  }
  for (const m of f.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+(\w+)\s+from\s+['"](\.[^'"]+)['"]/g)) {
    const [v, spec] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    if (v !== name) continue;
    const base = posix12.normalize(posix12.join(dir, spec)).replace(/\.(js|ts)$/, "");
    for (const ext of [".js", ".ts", ".mjs", "/index.js", "/index.ts"]) if (byPath.has(base + ext)) return { file: base + ext, variable: "router" };
  }
  return void 0;
}

// src/inventory/app/signals.ts
var WIRED_USES = [
  { kind: "security-headers", name: "helmet", re: /\.use\(\s*helmet\s*\(/, needle: "helmet" },
  { kind: "security-headers", name: "flask-talisman", re: /\bTalisman\s*\(\s*app/, needle: "Talisman" },
  { kind: "security-headers", name: "secure", re: /\bsecure\.(Secure|framework)\b|SecureHeaders\s*\(/, needle: "ecure" },
  { kind: "rate-limit", name: "express-rate-limit", re: /\.use\([^)]*rateLimit\s*\(|rateLimit\(\{/, needle: "rateLimit" },
  { kind: "rate-limit", name: "slowapi", re: /app\.state\.limiter\s*=|@limiter\.limit\(/, needle: "limit" },
  { kind: "rate-limit", name: "flask-limiter", re: /\bLimiter\s*\(\s*(app|get_remote_address)/, needle: "Limiter" },
  { kind: "rate-limit", name: "fastapi-limiter", re: /FastAPILimiter\.init\(|RateLimiter\s*\(\s*times/, needle: "Limiter" },
  { kind: "structured-logging", name: "structlog", re: /structlog\.(configure|get_logger)\(/, needle: "structlog" },
  { kind: "structured-logging", name: "python-json-logger", re: /jsonlogger\.JsonFormatter\(|JsonFormatter\s*\(/, needle: "JsonFormatter" },
  { kind: "structured-logging", name: "loguru serialize", re: /logger\.add\([^)]*serialize\s*=\s*True/, needle: "serialize" },
  { kind: "structured-logging", name: "pino", re: /\bpino\s*\(|require\(['"]pino['"]\)|from ['"]pino['"]/, needle: "pino" },
  { kind: "structured-logging", name: "winston json", re: /format\.json\s*\(/, needle: "format.json" },
  { kind: "log-level-config", name: "LOG_LEVEL", re: /(os\.getenv|os\.environ\.get|environ\[|process\.env\.)\(?\s*['"]?LOG_LEVEL/, needle: "LOG_LEVEL" },
  { kind: "error-tracker", name: "sentry", re: /sentry_sdk\.init\(|Sentry\.init\(/, needle: "entry" },
  { kind: "error-tracker", name: "rollbar/bugsnag", re: /rollbar\.init\(|Bugsnag\.start\(|bugsnag\.configure\(/, needle: "ugsnag" },
  { kind: "tracing", name: "opentelemetry", re: /(FastAPIInstrumentor|FlaskInstrumentor|DjangoInstrumentor)\.?\w*\(|TracerProvider\s*\(|NodeSDK\s*\(|@opentelemetry\/sdk-node/, needle: /Instrumentor|TracerProvider|NodeSDK|opentelemetry/ },
  { kind: "metrics", name: "prometheus", re: /Instrumentator\(\)|make_asgi_app\(|start_http_server\(|prometheus_client\.(Counter|Histogram|Gauge)\(|\b(Counter|Histogram|Gauge)\(\s*['"][a-z_]+['"]|new client\.(Counter|Histogram|Gauge)|collectDefaultMetrics\(/, needle: /Instrumentator|make_asgi_app|start_http_server|prometheus|Counter|Histogram|Gauge|collectDefaultMetrics/ },
  { kind: "cache", name: "redis", re: /redis\.(Redis|from_url|StrictRedis)\(|aioredis\.|createClient\(|new Redis\(|@cache(d|able)?\b|lru_cache|FastAPICache\.init/, needle: /redis|Redis|createClient|@cache|lru_cache|FastAPICache/ },
  { kind: "cors", name: "cors", re: /CORSMiddleware|\.use\(\s*cors\s*\(|CORS\s*\(\s*app/, needle: /CORS|cors/ },
  { kind: "compression", name: "compression", re: /GZipMiddleware|\.use\(\s*compression\s*\(|Compress\s*\(\s*app/, needle: /GZip|ompress/ },
  { kind: "retry", name: "retries", re: /@retry\b|tenacity|backoff\.on_exception|Retry\(\s*total|axios-retry|p-retry/, needle: /retry|tenacity|backoff|Retry/ },
  { kind: "circuit-breaker", name: "circuit breaker", re: /circuitbreaker|CircuitBreaker|pybreaker|opossum/, needle: /ircuit|pybreaker|opossum/ },
  { kind: "audit-log", name: "audit log", re: /audit_log|AuditLog|auditLogger|log_audit/, needle: /udit/ }
];
var HEADER_SETTERS = [
  { kind: "security-headers", re: /Strict-Transport-Security|Content-Security-Policy|X-Frame-Options/ },
  { kind: "rate-limit", re: /X-RateLimit-|Too Many Requests|status_code\s*=\s*429|HTTP_429/ }
];
var FRAMEWORKS = [
  { name: "fastapi", re: /\bFastAPI\s*\(/, needle: "FastAPI" },
  { name: "flask", re: /\bFlask\s*\(\s*__name__/, needle: "Flask" },
  { name: "django", re: /django\.core\.(wsgi|asgi)|DJANGO_SETTINGS_MODULE/, needle: "jango" },
  { name: "starlette", re: /\bStarlette\s*\(/, needle: "Starlette" },
  { name: "streamlit", re: /^\s*(import streamlit|from streamlit)/m, needle: "streamlit" },
  { name: "express", re: /\bexpress\s*\(\s*\)/, needle: "express" },
  { name: "fastify", re: /\bfastify\s*\(\s*[{)]|Fastify\s*\(/, needle: "astify" },
  { name: "nestjs", re: /NestFactory\.create/, needle: "NestFactory" },
  { name: "koa", re: /new Koa\s*\(/, needle: "Koa" },
  { name: "nextjs", re: /from ['"]next\/(server|app)/, needle: "next/" }
];
var HEALTH_PATH = /^\/?(api\/(v\d+\/)?)?(health|healthz|healthcheck|ready|readyz|readiness|live|livez|liveness|ping|status)\/?$/i;
var METRICS_PATH = /\/metrics\/?$/;
var VERSIONED = /\/v\d+(\/|$)/;
var DATA_SUBJECT = [
  { kind: "export", re: /(export|download)[-_/]?(my[-_/]?)?(data|account)|\/gdpr\/export|\/me\/export|data[-_]?portability/i },
  { kind: "erasure", re: /(delete|erase|remove)[-_/]?(my[-_/]?)?(account|data|user|me)|\/gdpr\/(delete|erase)|right[-_]to[-_]be[-_]forgotten/i }
];

// src/inventory/app/hints.ts
var lineAt3 = (text, index) => {
  let n2 = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) n2++;
  return n2;
};
function registeredNames(sources2, loaded) {
  const out = /* @__PURE__ */ new Set();
  for (const s3 of sources2) {
    if (!loaded.has(s3.path)) continue;
    const t2 = s3.text;
    if (t2.includes("add_middleware") || t2.includes(".use(") || t2.includes("wsgi_app")) {
      for (const m of t2.matchAll(/add_middleware\(\s*(\w+)|\.use\(\s*(?:['"`][^'"`]*['"`]\s*,\s*)?(\w+)|wsgi_app\s*=\s*(\w+)\(/g)) out.add(m[1] ?? m[2] ?? m[3]);
    }
    if (t2.includes("MIDDLEWARE")) {
      const block = /MIDDLEWARE\s*=\s*[[(]([^\])]*)[\])]/.exec(t2);
      if (block) for (const m of block[1].matchAll(/['"][\w.]*\.(\w+)['"]/g)) out.add(m[1]);
    }
  }
  return out;
}
var has2 = (text, needle) => typeof needle === "string" ? text.includes(needle) : needle.test(text);
function findHints(sources2, loaded, registered) {
  const out = [];
  for (const s3 of sources2) {
    const isLoaded = loaded.has(s3.path);
    for (const u of WIRED_USES) {
      if (!has2(s3.text, u.needle)) continue;
      const m = u.re.exec(s3.text);
      if (m) out.push({ kind: u.kind, name: u.name, file: s3.path, line: lineAt3(s3.text, m.index), wired: isLoaded });
    }
    for (const h of HEADER_SETTERS) {
      const m = h.re.exec(s3.text);
      if (!m) continue;
      const { name, inlineMiddleware } = enclosingDefinition(s3.text, m.index);
      out.push({ kind: h.kind, name, file: s3.path, line: lineAt3(s3.text, m.index), wired: isLoaded && (inlineMiddleware || registered.has(name)) });
    }
  }
  return out;
}
function enclosingDefinition(text, index) {
  const before = text.slice(0, index);
  let def;
  for (const m of before.matchAll(/^[ \t]*(@\w+\.middleware\([^)]*\)[ \t]*\n)?[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/gm)) def = m;
  if (def?.[1]) return { name: def[2], inlineMiddleware: true };
  let top;
  for (const m of before.matchAll(/^(?:class[ \t]+(\w+)|(?:async[ \t]+)?def[ \t]+(\w+)|(?:export[ \t]+)?(?:default[ \t]+)?(?:async[ \t]+)?function[ \t]+(\w+)|(?:export[ \t]+)?(?:const|let)[ \t]+(\w+)[ \t]*=|(?:export[ \t]+)?class[ \t]+(\w+))/gm)) top = m;
  const inlineUse = /\.use\(\s*(?:async\s*)?(?:function\s*\w*)?\(\s*\w+\s*,\s*\w+\s*,\s*\w+\s*\)/.test(before.slice(-600));
  if (inlineUse) return { name: "inline", inlineMiddleware: true };
  return { name: top?.[1] ?? top?.[2] ?? top?.[3] ?? top?.[4] ?? top?.[5] ?? "inline", inlineMiddleware: false };
}

// src/inventory/app/imports.ts
import { posix as posix13 } from "node:path";
function importGraph(files) {
  const paths = new Set(files.map((f) => f.path));
  const bySuffix = /* @__PURE__ */ new Map();
  for (const p of paths) {
    if (!p.endsWith(".py")) continue;
    const parts = p.slice(0, -3).split("/");
    if (parts[parts.length - 1] === "__init__") parts.pop();
    for (let i = Math.max(0, parts.length - 4); i < parts.length; i++) {
      const k = parts.slice(i).join(".");
      const list4 = bySuffix.get(k);
      if (list4) list4.push(p);
      else bySuffix.set(k, [p]);
    }
  }
  const graph = /* @__PURE__ */ new Map();
  for (const f of files) {
    const out = /* @__PURE__ */ new Set();
    if (f.path.endsWith(".py")) pythonImports(f, paths, bySuffix, out);
    else jsImports(f, paths, out);
    out.delete(f.path);
    graph.set(f.path, [...out]);
  }
  return graph;
}
var PY_FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+\(?([^\n)]*)/gm;
var PY_IMPORT = /^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)/gm;
function pythonImports(f, paths, bySuffix, out) {
  const dir = posix13.dirname(f.path);
  const add = (mod) => {
    const hit = nearest(bySuffix.get(mod), f.path);
    if (hit) out.add(hit);
    return !!hit;
  };
  for (const m of f.text.matchAll(PY_FROM)) {
    const dots = m[1].length;
    const names = m[3].split(",").map((s3) => s3.trim().split(/\s+/)[0]).filter((s3) => /^\w+$/.test(s3));
    if (dots) {
      let base = dir === "." ? "" : dir;
      for (let i = 1; i < dots; i++) base = base.includes("/") ? posix13.dirname(base) : "";
      const mod = posix13.join(base, m[2].replace(/\./g, "/"));
      for (const cand of [`${mod}.py`, `${mod}/__init__.py`]) if (paths.has(cand)) out.add(cand);
      for (const n2 of names) if (paths.has(posix13.join(mod, `${n2}.py`))) out.add(posix13.join(mod, `${n2}.py`));
    } else if (m[2]) {
      add(m[2]);
      for (const n2 of names) add(`${m[2]}.${n2}`);
    }
  }
  for (const m of f.text.matchAll(PY_IMPORT)) for (const mod of m[1].split(",")) add(mod.trim());
}
function nearest(cands, from) {
  if (!cands?.length) return void 0;
  if (cands.length === 1) return cands[0];
  let best = cands[0];
  let bestScore = -1;
  for (const c of cands) {
    let i = 0;
    while (i < c.length && i < from.length && c[i] === from[i]) i++;
    if (i > bestScore) [best, bestScore] = [c, i];
  }
  return best;
}
var JS_IMPORT = /(?:require\(\s*|import\(\s*|from\s+|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
var JS_EXT = ["", ".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", "/index.js", "/index.ts"];
function jsImports(f, paths, out) {
  const dir = posix13.dirname(f.path);
  for (const m of f.text.matchAll(JS_IMPORT)) {
    const base = posix13.normalize(posix13.join(dir, m[1]));
    const stem = base.replace(/\.(js|mjs|cjs)$/, "");
    for (const ext of JS_EXT) {
      if (paths.has(base + ext)) {
        out.add(base + ext);
        break;
      }
      if (ext && paths.has(stem + ext)) {
        out.add(stem + ext);
        break;
      }
    }
  }
}
function reachableFrom(entries, graph) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...entries];
  while (stack.length) {
    const p = stack.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    for (const q of graph.get(p) ?? []) if (!seen.has(q)) stack.push(q);
  }
  return seen;
}

// src/inventory/app/entries.ts
var ENTRY_NAMES = /* @__PURE__ */ new Set(["main.py", "app.py", "manage.py", "wsgi.py", "asgi.py", "server.js", "server.ts", "server.mjs", "main.ts", "main.js", "app.js", "app.ts"]);
function findEntries(sources2, creators, commands) {
  const out = /* @__PURE__ */ new Map();
  for (const c of creators) if (c.name !== "streamlit" && !out.has(c.file)) out.set(c.file, { file: c.file, line: c.line, reason: `creates the ${c.name} app` });
  for (const s3 of sources2) {
    const name = s3.path.slice(s3.path.lastIndexOf("/") + 1);
    if (ENTRY_NAMES.has(name) && !out.has(s3.path)) out.set(s3.path, { file: s3.path, line: 1, reason: `named ${name}` });
  }
  const byPath = new Set(sources2.map((s3) => s3.path));
  for (const c of commands) {
    for (const target of commandTargets(c.text)) {
      const file = locate(target, c.dir, byPath);
      if (file && !out.has(file)) out.set(file, { file, line: 1, reason: `started by ${c.file}:${c.line}` });
    }
  }
  return [...out.values()];
}
function commandTargets(text) {
  const out = [];
  for (const m of text.matchAll(/(?:^|\s)([A-Za-z_][\w.]*):[A-Za-z_]\w*(?:\(\))?(?=\s|$|["'])/g)) out.push(m[1].replace(/\./g, "/") + ".py");
  for (const m of text.matchAll(/(?:^|\s)-m\s+([A-Za-z_][\w.]*)/g)) if (!/^(uvicorn|gunicorn|hypercorn|flask|pip|http\.server)$/.test(m[1])) out.push(m[1].replace(/\./g, "/") + ".py");
  for (const m of text.matchAll(/(?:^|\s)([\w./-]+\.(?:py|js|mjs|cjs|ts))(?=\s|$|["'])/g)) out.push(m[1].replace(/^\.\//, ""));
  return out;
}
var BY_NAME2 = /* @__PURE__ */ new WeakMap();
function byBaseName(paths) {
  let m = BY_NAME2.get(paths);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const p of paths) {
      const n2 = p.slice(p.lastIndexOf("/") + 1);
      const list4 = m.get(n2);
      if (list4) list4.push(p);
      else m.set(n2, [p]);
    }
    BY_NAME2.set(paths, m);
  }
  return m;
}
function locate(target, dir, paths) {
  if (dir && paths.has(`${dir}/${target}`)) return `${dir}/${target}`;
  if (paths.has(target)) return target;
  const ts = target.replace(/^(dist|build|out)\//, "src/").replace(/\.js$/, ".ts");
  if (dir && paths.has(`${dir}/${ts}`)) return `${dir}/${ts}`;
  for (const p of byBaseName(paths).get(target.slice(target.lastIndexOf("/") + 1)) ?? []) if (p.endsWith("/" + target) && (!dir || p.startsWith(dir + "/"))) return p;
  return void 0;
}

// src/inventory/app/commands.ts
var isRec2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var arr3 = (v) => Array.isArray(v) ? v : [];
var str5 = (v) => typeof v === "string" ? v : void 0;
var num4 = (v) => typeof v === "number" ? v : void 0;
var dirOf = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
function startCommands(earlier) {
  const out = [];
  const dockerfiles = earlier.dockerfiles;
  if (isRec2(dockerfiles)) {
    for (const d of arr3(dockerfiles.files)) {
      if (!isRec2(d)) continue;
      const file = str5(d.file);
      const stages = arr3(d.stages).filter(isRec2);
      const final = stages[stages.length - 1];
      if (!file || !final) continue;
      const parts = [final.entrypoint, final.cmd].filter(isRec2);
      const line = num4(parts[parts.length - 1]?.line);
      const text = parts.map((p) => str5(p.value) ?? "").join(" ").trim();
      if (text && line) out.push({ text: unjson(text), file, line, dir: dirOf(file) });
    }
  }
  const compose = earlier.compose;
  if (isRec2(compose)) {
    for (const p of arr3(compose.projects)) {
      if (!isRec2(p)) continue;
      for (const s3 of arr3(p.services)) {
        if (!isRec2(s3)) continue;
        const text = [str5(s3.entrypoint), str5(s3.command)].filter(Boolean).join(" ");
        const file = str5(s3.file);
        const line = num4(s3.line);
        const build = isRec2(s3.build) ? str5(s3.build.context) : void 0;
        if (text && file && line) out.push({ text, file, line, dir: build ? build.replace(/^\.\/?/, "").replace(/\/$/, "") : dirOf(file) });
      }
    }
  }
  return out;
}
function unjson(text) {
  if (!text.startsWith("[")) return text;
  try {
    const v = JSON.parse(text);
    if (Array.isArray(v)) return v.map(String).join(" ");
  } catch {
  }
  return text;
}

// src/inventory/app/servers.ts
var SERVERS = [
  { name: "gunicorn", re: /\bgunicorn\b/, workers: /(?:-w|--workers)[\s=]+(\d+)/ },
  { name: "uvicorn", re: /\buvicorn\b/, workers: /--workers[\s=]+(\d+)/ },
  { name: "hypercorn", re: /\bhypercorn\b/, workers: /(?:-w|--workers)[\s=]+(\d+)/ },
  { name: "waitress", re: /\bwaitress-serve\b/ },
  { name: "daphne", re: /\bdaphne\b/ },
  { name: "pm2-runtime", re: /\bpm2(-runtime)?\b/, workers: /(?:-i|--instances)[\s=]+(\d+|max)/ },
  { name: "node", re: /(^|\s)node\s+[\w./-]+\.(m?js|cjs)\b/ },
  { name: "next start", re: /\bnext\s+start\b/ },
  { name: "flask dev server", re: /\bflask\s+run\b/ },
  { name: "django runserver", re: /\bmanage\.py\s+runserver\b/ },
  { name: "streamlit", re: /\bstreamlit\s+run\b/ }
];
var DEV = /--reload\b|--debug\b|\bflask\s+run\b|\brunserver\b|\bnodemon\b|\bnpm\s+run\s+dev\b|\bts-node\b/;
function serversFrom(commands) {
  const out = [];
  for (const c of commands) {
    const s3 = SERVERS.find((x) => x.re.test(c.text));
    if (!s3) continue;
    const w = s3.workers?.exec(c.text)?.[1];
    out.push({ name: s3.name, file: c.file, line: c.line, wired: true, workers: w === void 0 ? void 0 : w === "max" ? 0 : Number(w), dev: DEV.test(c.text) });
  }
  return out;
}

// src/inventory/app/migrations.ts
function findMigrations(files) {
  const found = /* @__PURE__ */ new Map();
  const add = (tool, dir) => {
    const k = `${tool}:${dir}`;
    const e2 = found.get(k) ?? { tool, dir, versions: 0 };
    e2.versions++;
    found.set(k, e2);
  };
  for (const f of files) {
    const d = f.dir;
    if (f.ext === ".py" && f.name !== "__init__.py" && d.endsWith("versions") && /(^|\/)(alembic|migrations)\/versions$/.test(d)) add("alembic", d);
    else if (f.ext === ".py" && d.endsWith("migrations") && /^\d{4}_\w+\.py$/.test(f.name)) add("django", d);
    else if (f.name === "migration.sql" && d.includes("prisma/migrations/")) add("prisma", d.slice(0, d.lastIndexOf("/")));
    else if (f.ext === ".sql" && /^[VU]\d+(_\d+)*__.+\.sql$/.test(f.name)) add("flyway", d);
    else if (d.endsWith("db/migrate") && f.ext === ".rb") add("rails", d);
    else if (d.endsWith("migrations") && /^\d{8,}[-_].+\.(js|ts|sql)$/.test(f.name)) add("knex/typeorm/sql", d);
    else if (f.name === "changelog.xml" || f.name.startsWith("db.changelog")) add("liquibase", d);
  }
  return [...found.values()];
}

// src/inventory/app/index.ts
var SRC_EXT = /* @__PURE__ */ new Set([".py", ".js", ".ts", ".mjs", ".cjs"]);
var MAX_FILES = 4e3;
var MAX_BYTES = 256 * 1024;
var SKIP_DIRS3 = /* @__PURE__ */ new Set(["test", "tests", "__tests__", "spec", "specs", "e2e", "fixtures", "fixture", "migrations", "alembic", "versions", "dist", "build", "coverage", ".next", "static", "public", "node_modules", "vendor", "venv", ".venv", "site-packages", "third_party"]);
var DEP_FILES = /* @__PURE__ */ new Set(["requirements.txt", "pyproject.toml", "Pipfile", "package.json"]);
function isSource(f) {
  if (!SRC_EXT.has(f.ext) || f.size > MAX_BYTES) return false;
  if (f.dir) {
    for (const part of f.dir.split("/")) if (SKIP_DIRS3.has(part)) return false;
  }
  const n2 = f.name;
  if (n2.includes(".test.") || n2.includes(".spec.") || n2.endsWith(".d.ts") || n2.includes(".min.") || n2.includes(".config.")) return false;
  return !(f.ext === ".py" && (n2.startsWith("test_") || n2 === "conftest.py" || n2.endsWith("_test.py")));
}
var appCollector = {
  key: "app",
  wants: (f) => isSource(f) || DEP_FILES.has(f.name),
  collect(ctx, earlier) {
    const sources2 = [];
    for (const f of ctx.files) {
      if (sources2.length >= MAX_FILES) break;
      if (!isSource(f)) continue;
      const text = ctx.text(f.path);
      if (text !== void 0) sources2.push({ path: f.path, text });
    }
    const frameworks = [];
    for (const s3 of sources2) {
      for (const fw of FRAMEWORKS) {
        if (!s3.text.includes(fw.needle)) continue;
        const m = fw.re.exec(s3.text);
        if (m) frameworks.push({ name: fw.name, file: s3.path, line: lineAt3(s3.text, m.index) });
      }
    }
    const commands = startCommands(earlier);
    const entries = findEntries(sources2, frameworks, commands);
    const graph = importGraph(sources2);
    const loaded = entries.length ? reachableFrom(entries.map((e2) => e2.file), graph) : new Set(sources2.map((s3) => s3.path));
    const hints = findHints(sources2, loaded, registeredNames(sources2, loaded));
    const routes = findRoutes(sources2);
    const prefixes = /* @__PURE__ */ new Map();
    for (const r of routes) {
      const m = /^(.*?\/v\d+)(\/|$)/.exec(r.path);
      if (m && VERSIONED.test(r.path) && !prefixes.has(m[1])) prefixes.set(m[1], r);
    }
    const dataSubjectEndpoints = [];
    for (const r of routes) {
      const d = DATA_SUBJECT.find((x) => x.re.test(r.path) || x.kind === "erasure" && r.method === "DELETE" && /\/(me|users?\/[{:<]?\w*[}>]?|account)\/?$/.test(r.path));
      if (d) dataSubjectEndpoints.push({ ...r, purpose: d.kind });
    }
    const servers = [...serversFrom(commands), ...dependencyServers(ctx.files, (p) => ctx.text(p))];
    return {
      frameworks,
      entries,
      routes,
      healthEndpoints: routes.filter((r) => HEALTH_PATH.test(r.path)),
      metricsEndpoints: routes.filter((r) => METRICS_PATH.test(r.path)),
      versionedPrefixes: [...prefixes].map(([prefix, r]) => ({ prefix, file: r.file, line: r.line })),
      dataSubjectEndpoints,
      hints,
      servers,
      migrations: findMigrations(ctx.files),
      filesRead: sources2.length
    };
  },
  describe(inv) {
    const out = [];
    for (const f of inv.frameworks) out.push(`${f.file}:${f.line} ${f.name} app`);
    for (const e2 of inv.entries) out.push(`${e2.file}:${e2.line} entry module (${e2.reason})`);
    out.push(`${inv.routes.length} routes in ${inv.filesRead} source files${inv.versionedPrefixes.length ? `; versioned prefixes ${inv.versionedPrefixes.map((p) => p.prefix).join(", ")}` : ""}`);
    for (const r of inv.healthEndpoints) out.push(`${r.file}:${r.line} health endpoint ${r.method} ${r.path}`);
    for (const r of inv.metricsEndpoints) out.push(`${r.file}:${r.line} metrics endpoint ${r.method} ${r.path}`);
    for (const r of inv.dataSubjectEndpoints) out.push(`${r.file}:${r.line} data-subject ${r.purpose} endpoint ${r.method} ${r.path}`);
    for (const h of inv.hints) out.push(`${h.file}:${h.line} ${h.kind}: ${h.name} \u2014 ${h.wired ? "wired" : "present, NOT wired into the app"}`);
    for (const s3 of inv.servers) out.push(`${s3.file}:${s3.line} server ${s3.name}${s3.workers !== void 0 ? ` (${s3.workers || "auto"} workers)` : ""}${s3.dev ? " in development mode" : ""}${s3.wired ? "" : " (dependency only)"}`);
    for (const m of inv.migrations) out.push(`${m.dir}: ${m.tool} migrations (${m.versions} versions)`);
    return out;
  }
};
function dependencyServers(files, text) {
  const out = [];
  for (const f of files) {
    if (f.name !== "requirements.txt" && f.name !== "pyproject.toml" && f.name !== "Pipfile") continue;
    const t2 = text(f.path);
    if (!t2 || !/gunicorn|hypercorn|waitress/.test(t2)) continue;
    const m = /^\s*["']?(gunicorn|hypercorn|waitress)\b/im.exec(t2);
    if (m) out.push({ name: m[1].toLowerCase(), file: f.path, line: lineAt3(t2, m.index), wired: false, dev: false });
  }
  return out;
}

// src/engine/inventory.ts
var COLLECTORS = [
  composeCollector,
  dockerfileCollector,
  kubernetesCollector,
  helmCollector,
  workflowsCollector,
  nginxCollector,
  documentsCollector,
  appCollector,
  monitoringCollector,
  secretsCollector
];
async function buildInventory(source, options = {}) {
  const { files, found, diagnostics } = await runCollectors(source, COLLECTORS, options);
  let bytes = 0;
  for (const f of files) bytes += f.size;
  return {
    schemaVersion: 1,
    source: source.label,
    files: { count: files.length, bytes, list: files },
    ...found,
    diagnostics: dedupe(diagnostics)
  };
}
async function runCollectors(source, collectors, options = {}) {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const listing = await source.list();
  const diagnostics = [...listing.diagnostics];
  const contents = source.readSync ? /* @__PURE__ */ new Map() : await source.read(wantedPaths(listing.files, opts, collectors));
  const ctx = new ScanContext(listing.files, contents, opts, diagnostics, source.readSync?.bind(source));
  const found = {};
  const profile = process.env.READINESS_GATE_PROFILE ? (key, t0) => process.stderr.write(`${key}: ${(performance.now() - t0).toFixed(1)} ms
`) : void 0;
  for (const c of collectors) {
    const t0 = performance.now();
    try {
      found[c.key] = c.collect(ctx, found);
      profile?.(c.key, t0);
    } catch (err) {
      diagnostics.push({ file: ".", severity: "error", code: "collector-failed", message: `${c.key}: ${err.stack ?? err}` });
      found[c.key] = void 0;
    }
  }
  return { files: listing.files, found, diagnostics };
}
function wantedPaths(files, opts = DEFAULT_OPTIONS, collectors = COLLECTORS) {
  return files.filter((f) => f.size <= opts.maxFileBytes && collectors.some((c) => c.wants(f))).map((f) => f.path);
}
function dedupe(list4) {
  const seen = /* @__PURE__ */ new Set();
  return list4.filter((d) => {
    const k = `${d.file}:${d.line ?? 0}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/report/inventory-text.ts
var TITLES = {
  compose: "Compose projects",
  dockerfiles: "Dockerfiles",
  kubernetes: "Kubernetes",
  helm: "Helm charts",
  workflows: "Workflows and dependency updates",
  nginx: "nginx",
  monitoring: "Monitoring",
  documents: "Documents",
  secrets: "Secrets and leftovers",
  app: "Application code"
};
function renderInventoryText(inv) {
  const out = [];
  out.push(`Inventory of ${inv.source}: ${inv.files.count} files, ${formatBytes(inv.files.bytes)}`);
  for (const c of COLLECTORS) {
    const value = inv[c.key];
    if (value === void 0) continue;
    const lines = c.describe(value);
    out.push("", `## ${TITLES[c.key] ?? c.key}`);
    if (lines.length === 0) out.push("  (none found)");
    else for (const l of lines) out.push(`  ${l}`);
  }
  if (inv.diagnostics.length) {
    out.push("", `## Diagnostics (${inv.diagnostics.length})`);
    for (const d of inv.diagnostics) {
      const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file;
      out.push(`  ${d.severity.padEnd(7)} ${where}: ${d.message}`);
    }
  }
  return out.join("\n") + "\n";
}

// checklists/insitechart.yml
var insitechart_default = `# yaml-language-server: $schema=../schemas/checklist.schema.json
# The built-in checklist: the InsiteChart production readiness review, item by item.
# Derived from the review's own checklist (section 4) and the gaps its sections 2-3 list; ids are
# stable and shared with reports, configuration and tests.
#
# weight: from the risk grade of section 5 (high 3, medium 2, low 1) unless stated.
# stage:  when the review's schedule (section 6) plans the item: short-term = weeks 1-2 (production
#         environment, basic monitoring, CI/CD, basic security), mid-term = weeks 3-4 (high
#         availability, performance, advanced security, operating procedures), long-term = weeks
#         5-8 (orchestration, service mesh, autoscaling, advanced monitoring).
# groups: the areas section 7 sets bars on; an item can count towards several.
# match:  the review's own checklist wording, to recognise markdown checklists in a repository.
version: 1
id: insitechart
stages:
  - id: short-term
    ko: \uB2E8\uAE30
    en: Short term (weeks 1-2)
    bars:
      - {scope: overall, min: 80}
      - {scope: basic-monitoring, min: 100}
      - {scope: basic-security, min: 70}
    targets: {incident-response-minutes: 30, deployment-success-percent: 95, availability-percent: 99}
  - id: mid-term
    ko: \uC911\uAE30
    en: Mid term (weeks 3-4)
    bars:
      - {scope: high-availability, min: 100}
      - {scope: performance, min: 90}
      - {scope: advanced-security, min: 80}
    targets: {incident-response-minutes: 15, deployment-success-percent: 98, availability-percent: 99.5}
  - id: long-term
    ko: \uC7A5\uAE30
    en: Long term (weeks 5-8)
    bars:
      - {scope: orchestration, min: 100}
      - {scope: advanced-monitoring, min: 90}
      - {scope: overall, min: 100}
    targets: {incident-response-minutes: 5, deployment-success-percent: 99, availability-percent: 99.9}
groups:
  basic-monitoring: {ko: \uAE30\uBCF8 \uBAA8\uB2C8\uD130\uB9C1, en: Basic monitoring}
  basic-security: {ko: \uAE30\uBCF8 \uBCF4\uC548, en: Basic security}
  high-availability: {ko: \uACE0\uAC00\uC6A9\uC131, en: High availability}
  performance: {ko: \uC131\uB2A5 \uCD5C\uC801\uD654, en: Performance}
  advanced-security: {ko: \uACE0\uAE09 \uBCF4\uC548, en: Advanced security}
  orchestration: {ko: \uCEE8\uD14C\uC774\uB108 \uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158, en: Container orchestration}
  advanced-monitoring: {ko: \uACE0\uAE09 \uBAA8\uB2C8\uD130\uB9C1, en: Advanced monitoring}
  procedures: {ko: \uC6B4\uC601 \uC808\uCC28, en: Operating procedures}
sections:
  - id: infra.server
    ko: \uC11C\uBC84 \uC778\uD504\uB77C
    en: Server infrastructure
    ref: "4.1.1"
    items:
      - id: server-capacity
        ko: \uC11C\uBC84 \uC0AC\uC591 \uD655\uC778 (CPU, \uBA54\uBAA8\uB9AC, \uB514\uC2A4\uD06C)
        en: Server sizing confirmed (CPU, memory, disk)
        risk: medium
        evidence: CPU/memory requests and limits declared for every service (compose deploy.resources or mem_limit/cpus; Kubernetes resources.requests/limits); a capacity plan document
        weight: 2
        stage: short-term
        match: ["\uC11C\uBC84 \uC0AC\uC591 \uD655\uC778 (CPU, \uBA54\uBAA8\uB9AC, \uB514\uC2A4\uD06C)"]
      - id: os-hardening
        ko: \uC6B4\uC601\uCCB4\uC81C \uBCF4\uC548 \uC124\uC815 \uC644\uB8CC
        en: Operating system hardened
        risk: medium
        evidence: images run as a non-root USER; minimal or pinned base images (slim, alpine, distroless, digest); Kubernetes securityContext (runAsNonRoot, readOnlyRootFilesystem, allowPrivilegeEscalation false, dropped capabilities); no privileged containers
        attest: true
        weight: 2
        stage: short-term
        groups: [advanced-security]
        match: ["\uC6B4\uC601\uCCB4\uC81C \uBCF4\uC548 \uC124\uC815 \uC644\uB8CC"]
      - id: firewall
        ko: \uBC29\uD654\uBCBD \uC124\uC815 \uC644\uB8CC
        en: Firewall configured
        risk: high
        evidence: datastores (postgres, redis, ...) not published on host ports in production compose; Kubernetes NetworkPolicy with default deny; security-group / firewall rules in infrastructure code
        attest: true
        weight: 3
        stage: short-term
        groups: [basic-security]
        match: ["\uBC29\uD654\uBCBD \uC124\uC815 \uC644\uB8CC"]
      - id: tls-certificates
        ko: SSL/TLS \uC778\uC99D\uC11C \uC124\uCE58 \uC644\uB8CC
        en: SSL/TLS certificates installed
        risk: high
        evidence: nginx server blocks listening 443 ssl with ssl_certificate and modern ssl_protocols; HTTP redirected to HTTPS; Ingress tls with cert-manager Issuer/Certificate; Traefik/Caddy ACME resolver
        weight: 3
        stage: short-term
        groups: [basic-security]
        match: ["SSL/TLS \uC778\uC99D\uC11C \uC124\uCE58 \uC644\uB8CC"]
      - id: domain-dns
        ko: \uB3C4\uBA54\uC778 \uC124\uC815 \uBC0F DNS \uC124\uC815 \uC644\uB8CC
        en: Domain and DNS configured
        risk: medium
        evidence: a real server_name / Ingress host (not localhost or _); external-dns annotations; DNS records in infrastructure code
        attest: true
        weight: 2
        stage: short-term
        match: ["\uB3C4\uBA54\uC778 \uC124\uC815 \uBC0F DNS \uC124\uC815 \uC644\uB8CC"]
      - id: backup-system
        ko: \uBC31\uC5C5 \uC2DC\uC2A4\uD15C \uAD6C\uCD95 \uC644\uB8CC
        en: Backup system in place
        risk: high
        evidence: a scheduled backup job (Kubernetes CronJob running pg_dump/wal-g/pgbackrest, a backup service in compose, Velero Schedule, CloudNativePG ScheduledBackup), backup scripts wired to a schedule
        weight: 3
        stage: mid-term
        groups: [procedures]
        match: ["\uBC31\uC5C5 \uC2DC\uC2A4\uD15C \uAD6C\uCD95 \uC644\uB8CC"]

  - id: infra.network
    ko: \uB124\uD2B8\uC6CC\uD06C \uC778\uD504\uB77C
    en: Network infrastructure
    ref: "4.1.2"
    items:
      - id: load-balancer
        ko: \uB85C\uB4DC \uBC38\uB7F0\uC11C \uC124\uC815 \uC644\uB8CC
        en: Load balancer configured
        risk: high
        evidence: nginx/HAProxy/Traefik upstream with more than one backend or replicas behind it; Kubernetes Service type LoadBalancer or Ingress in front of a Deployment with replicas > 1
        weight: 3
        stage: mid-term
        groups: [high-availability]
        match: ["\uB85C\uB4DC \uBC38\uB7F0\uC11C \uC124\uC815 \uC644\uB8CC"]
      - id: cdn
        ko: CDN \uC124\uC815 \uC644\uB8CC
        en: CDN configured
        risk: low
        evidence: CDN resources in infrastructure code (CloudFront, Cloudflare, Fastly); a CDN/asset URL setting; cache-control headers for static assets
        attest: true
        weight: 1
        stage: long-term
        match: ["CDN \uC124\uC815 \uC644\uB8CC"]
      - id: ddos-protection
        ko: DDoS \uBC29\uC9C0 \uC124\uC815 \uC644\uB8CC
        en: DDoS protection configured
        risk: medium
        evidence: nginx limit_req/limit_conn zones; ingress rate-limit annotations; a provider DDoS/WAF service in infrastructure code; application rate limiting only counts as partial
        weight: 2
        stage: mid-term
        groups: [advanced-security]
        match: ["DDoS \uBC29\uC9C0 \uC124\uC815 \uC644\uB8CC"]
      - id: network-bandwidth
        ko: \uB124\uD2B8\uC6CC\uD06C \uB300\uC5ED\uD3ED \uD655\uBCF4 \uC644\uB8CC
        en: Network bandwidth secured
        risk: low
        evidence: "nothing in a repository shows it; attestation only"
        attest: true
        weight: 1
        stage: long-term
        match: ["\uB124\uD2B8\uC6CC\uD06C \uB300\uC5ED\uD3ED \uD655\uBCF4 \uC644\uB8CC"]
      - id: internal-network-security
        ko: \uB0B4\uBD80 \uB124\uD2B8\uC6CC\uD06C \uBCF4\uC548 \uC124\uC815 \uC644\uB8CC
        en: Internal network secured
        risk: medium
        evidence: compose networks marked internal for datastores; NetworkPolicies between services; authenticated datastores (redis requirepass from a secret, not a default); mTLS / service mesh
        weight: 2
        stage: mid-term
        groups: [advanced-security]
        match: ["\uB0B4\uBD80 \uB124\uD2B8\uC6CC\uD06C \uBCF4\uC548 \uC124\uC815 \uC644\uB8CC"]

  - id: infra.database
    ko: \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uC778\uD504\uB77C
    en: Database infrastructure
    ref: "4.1.3"
    items:
      - id: db-tuning
        ko: \uD504\uB85C\uB355\uC158 \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uCD5C\uC801\uD654 \uC644\uB8CC
        en: Production database tuned
        risk: low
        evidence: postgresql.conf or server flags (shared_buffers, max_connections, effective_cache_size, work_mem); a connection pooler (pgbouncer, pgpool); indexes in migrations
        weight: 1
        stage: short-term
        groups: [performance]
        match: ["\uD504\uB85C\uB355\uC158 \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uCD5C\uC801\uD654 \uC644\uB8CC"]
      - id: db-replication
        ko: \uBCF5\uC81C\uBCF8 \uC124\uC815 \uC644\uB8CC
        en: Database replication configured
        risk: high
        evidence: a replica / standby (primary_conninfo, streaming replication images, Patroni, CloudNativePG Cluster instances > 1, Bitnami postgresql architecture replication, managed database with multi-AZ in infrastructure code)
        weight: 3
        stage: mid-term
        groups: [high-availability]
        match: ["\uBCF5\uC81C\uBCF8 \uC124\uC815 \uC644\uB8CC"]
      - id: db-backup-policy
        ko: \uBC31\uC5C5 \uC815\uCC45 \uC218\uB9BD \uC644\uB8CC
        en: Backup policy defined
        risk: high
        evidence: a schedule plus retention for backups (retention settings, keep-last/keep-days, lifecycle rules) in configuration, or a backup policy document stating frequency, retention, storage location and restore testing
        weight: 3
        stage: mid-term
        groups: [procedures]
        match: ["\uBC31\uC5C5 \uC815\uCC45 \uC218\uB9BD \uC644\uB8CC"]
      - id: db-recovery-procedure
        ko: \uC7A5\uC560 \uBCF5\uAD6C \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC
        en: Database failure recovery procedure defined
        risk: high
        evidence: a restore runbook or restore script (pg_restore, point-in-time recovery steps), failover procedure
        weight: 3
        stage: mid-term
        groups: [procedures]
        match: ["\uC7A5\uC560 \uBCF5\uAD6C \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC"]
      - id: db-monitoring
        ko: \uBAA8\uB2C8\uD130\uB9C1 \uC124\uC815 \uC644\uB8CC
        en: Database monitoring configured
        risk: medium
        evidence: postgres_exporter / redis_exporter services or sidecars, scrape jobs for them, database alert rules
        weight: 2
        stage: mid-term
        groups: [advanced-monitoring]
        match: ["\uBAA8\uB2C8\uD130\uB9C1 \uC124\uC815 \uC644\uB8CC"]

  - id: app.backend
    ko: \uBC31\uC5D4\uB4DC \uC560\uD50C\uB9AC\uCF00\uC774\uC158
    en: Backend application
    ref: "4.2.1"
    items:
      - id: prod-env-config
        ko: \uD504\uB85C\uB355\uC158 \uD658\uACBD \uBCC0\uC218 \uC124\uC815 \uC644\uB8CC
        en: Production environment variables set
        risk: high
        evidence: every variable documented in a committed example file (.env.example); production values injected from secrets (Kubernetes Secret/ExternalSecret/SealedSecret, CI secrets, a vault), not defaulted in compose (\`\${JWT_SECRET_KEY:-your-secret-key}\` is a failure); DEBUG off in production; no real .env committed
        weight: 3
        stage: short-term
        groups: [basic-security]
        match: ["\uD504\uB85C\uB355\uC158 \uD658\uACBD \uBCC0\uC218 \uC124\uC815 \uC644\uB8CC"]
      - id: prod-logging
        ko: \uD504\uB85C\uB355\uC158\uC6A9 \uB85C\uAE45 \uC124\uC815 \uC644\uB8CC
        en: Production logging configured
        risk: medium
        evidence: structured (JSON) logging, a configurable log level, log rotation or a logging driver with max-size in compose
        weight: 2
        stage: short-term
        match: ["\uD504\uB85C\uB355\uC158\uC6A9 \uB85C\uAE45 \uC124\uC815 \uC644\uB8CC"]
      - id: error-recovery
        ko: \uC5D0\uB7EC \uCC98\uB9AC \uBC0F \uBCF5\uAD6C \uBA54\uCEE4\uB2C8\uC998 \uC644\uB8CC
        en: Error handling and recovery in place
        risk: medium
        evidence: restart policies, healthchecks used by depends_on, liveness probes, an error tracker (Sentry DSN), retries/circuit breakers in clients
        weight: 2
        stage: short-term
        match: ["\uC5D0\uB7EC \uCC98\uB9AC \uBC0F \uBCF5\uAD6C \uBA54\uCEE4\uB2C8\uC998 \uC644\uB8CC"]
      - id: api-versioning
        ko: API \uBC84\uC804 \uAD00\uB9AC \uC644\uB8CC
        en: API versioning in place
        risk: low
        evidence: versioned route prefixes (/api/v1), versioned OpenAPI documents, a deprecation policy
        weight: 1
        stage: short-term
        match: ["API \uBC84\uC804 \uAD00\uB9AC \uC644\uB8CC"]
      - id: backend-performance
        ko: \uC131\uB2A5 \uCD5C\uC801\uD654 \uC644\uB8CC
        en: Backend performance optimised
        risk: low
        evidence: caching layer configured, production server with workers (gunicorn/uvicorn workers), load tests (locust, k6) with thresholds run in CI
        weight: 1
        stage: mid-term
        groups: [performance]
        match: ["\uC131\uB2A5 \uCD5C\uC801\uD654 \uC644\uB8CC"]

  - id: app.frontend
    ko: \uD504\uB860\uD2B8\uC5D4\uB4DC \uC560\uD50C\uB9AC\uCF00\uC774\uC158
    en: Frontend application
    ref: "4.2.2"
    items:
      - id: frontend-build
        ko: \uD504\uB85C\uB355\uC158\uC6A9 \uBE4C\uB4DC \uCD5C\uC801\uD654 \uC644\uB8CC
        en: Production build optimised
        risk: low
        evidence: a multi-stage frontend Dockerfile producing a production build; NODE_ENV=production; for Streamlit, production server settings (headless, no dev reload, XSRF protection on)
        weight: 1
        stage: short-term
        groups: [performance]
        match: ["\uD504\uB85C\uB355\uC158\uC6A9 \uBE4C\uB4DC \uCD5C\uC801\uD654 \uC644\uB8CC"]
      - id: asset-optimization
        ko: \uC790\uC0B0 \uCD5C\uC801\uD654 \uC644\uB8CC
        en: Assets optimised (minification)
        risk: low
        evidence: bundler minification; gzip/brotli in the web server; long-lived cache headers for hashed assets
        weight: 1
        stage: mid-term
        groups: [performance]
        match: ["\uC790\uC0B0 \uCD5C\uC801\uD654 \uC644\uB8CC"]
      - id: browser-compat-tests
        ko: \uBE0C\uB77C\uC6B0\uC800 \uD638\uD658\uC131 \uD14C\uC2A4\uD2B8 \uC644\uB8CC
        en: Browser compatibility tested
        risk: low
        evidence: Playwright/Cypress/Selenium/WebdriverIO configuration with more than one browser, run in CI; a browserslist
        weight: 1
        stage: mid-term
        match: ["\uBE0C\uB77C\uC6B0\uC800 \uD638\uD658\uC131 \uD14C\uC2A4\uD2B8 \uC644\uB8CC"]
      - id: frontend-cdn
        ko: CDN \uD1B5\uD569 \uC644\uB8CC
        en: CDN integrated
        risk: low
        evidence: static assets served from a CDN origin or asset prefix setting
        attest: true
        weight: 1
        stage: long-term
        match: ["CDN \uD1B5\uD569 \uC644\uB8CC"]
      - id: frontend-performance
        ko: \uC131\uB2A5 \uCD5C\uC801\uD654 \uC644\uB8CC
        en: Frontend performance optimised
        risk: low
        evidence: Lighthouse CI or web-vitals budgets in CI; caching of data calls
        weight: 1
        stage: mid-term
        groups: [performance]
        match: ["\uC131\uB2A5 \uCD5C\uC801\uD654 \uC644\uB8CC"]

  - id: security.app
    ko: \uC560\uD50C\uB9AC\uCF00\uC774\uC158 \uBCF4\uC548
    en: Application security
    ref: "4.3.1"
    items:
      - id: waf
        ko: WAF \uC124\uC815 \uC644\uB8CC
        en: WAF configured
        risk: medium
        evidence: ModSecurity/Coraza with the OWASP core rule set in nginx or ingress; a cloud WAF in infrastructure code
        attest: true
        weight: 2
        stage: short-term
        groups: [basic-security, advanced-security]
        match: ["WAF \uC124\uC815 \uC644\uB8CC"]
      - id: intrusion-detection
        ko: \uCE68\uC785 \uD0D0\uC9C0 \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC
        en: Intrusion detection in place
        risk: medium
        evidence: Falco, Wazuh, Suricata, CrowdSec or fail2ban deployed by the repository's manifests
        attest: true
        weight: 2
        stage: short-term
        groups: [basic-security, advanced-security]
        match: ["\uCE68\uC785 \uD0D0\uC9C0 \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC"]
      - id: security-scanning
        ko: \uBCF4\uC548 \uC2A4\uCE90\uB2DD \uC790\uB3D9\uD654 \uC644\uB8CC
        en: Security scanning automated
        risk: medium
        evidence: workflows running CodeQL, Semgrep, Bandit, Trivy/Grype image scans, gitleaks/trufflehog, OWASP ZAP on pull requests or on a schedule
        weight: 2
        stage: short-term
        groups: [basic-security, advanced-security]
        match: ["\uBCF4\uC548 \uC2A4\uCE90\uB2DD \uC790\uB3D9\uD654 \uC644\uB8CC"]
      - id: vulnerability-management
        ko: \uCDE8\uC57D\uC810 \uAD00\uB9AC \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC
        en: Vulnerability management in place
        risk: medium
        evidence: Dependabot or Renovate configuration covering the ecosystems present (pip, npm, docker, github-actions); scan results uploaded as SARIF; a SECURITY.md with a reporting route
        weight: 2
        stage: short-term
        groups: [advanced-security]
        match: ["\uCDE8\uC57D\uC810 \uAD00\uB9AC \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC"]
      - id: security-policy
        ko: \uBCF4\uC548 \uC815\uCC45 \uC218\uB9BD \uC644\uB8CC
        en: Security policy defined
        risk: medium
        evidence: SECURITY.md; security headers (HSTS, CSP, X-Frame-Options) in the web server or middleware; least-privilege workflow permissions
        weight: 2
        stage: short-term
        groups: [advanced-security]
        match: ["\uBCF4\uC548 \uC815\uCC45 \uC218\uB9BD \uC644\uB8CC"]

  - id: security.privacy
    ko: \uAC1C\uC778\uC815\uBCF4\uBCF4\uD638
    en: Privacy
    ref: "4.3.2"
    items:
      - id: gdpr-compliance
        ko: \uC644\uC804\uD55C GDPR \uC900\uC218 \uC644\uB8CC
        en: Full GDPR compliance
        risk: medium
        evidence: the four items below together, plus consent handling and data retention settings; otherwise attestation by the data protection officer
        attest: true
        weight: 2
        stage: mid-term
        match: ["\uC644\uC804\uD55C GDPR \uC900\uC218 \uC644\uB8CC"]
      - id: processing-records
        ko: \uB370\uC774\uD130 \uCC98\uB9AC \uAE30\uB85D \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC
        en: Records of processing activities kept
        risk: medium
        evidence: a records-of-processing document (ROPA), or an audit log of personal-data processing in the code
        attest: true
        weight: 2
        stage: mid-term
        match: ["\uB370\uC774\uD130 \uCC98\uB9AC \uAE30\uB85D \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC"]
      - id: privacy-impact-assessment
        ko: \uAC1C\uC778\uC815\uBCF4 \uC601\uD5A5 \uD3C9\uAC00 \uC644\uB8CC
        en: Privacy impact assessment done
        risk: medium
        evidence: a DPIA document in the repository
        attest: true
        weight: 2
        stage: mid-term
        match: ["\uAC1C\uC778\uC815\uBCF4 \uC601\uD5A5 \uD3C9\uAC00 \uC644\uB8CC"]
      - id: data-subject-rights
        ko: \uB370\uC774\uD130 \uC8FC\uCCB4 \uAD8C\uB9AC \uAD00\uB9AC \uC644\uB8CC
        en: Data subject rights handled
        risk: medium
        evidence: endpoints or jobs for access/export, rectification and erasure of a person's data
        weight: 2
        stage: mid-term
        match: ["\uB370\uC774\uD130 \uC8FC\uCCB4 \uAD8C\uB9AC \uAD00\uB9AC \uC644\uB8CC"]
      - id: privacy-policy
        ko: \uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC \uC815\uCC45 \uC644\uB8CC
        en: Privacy policy published
        risk: medium
        evidence: PRIVACY.md or a privacy policy page in the frontend
        weight: 2
        stage: mid-term
        match: ["\uAC1C\uC778\uC815\uBCF4 \uCC98\uB9AC \uC815\uCC45 \uC644\uB8CC"]

  - id: ops.monitoring
    ko: \uBAA8\uB2C8\uD130\uB9C1
    en: Monitoring
    ref: "4.4.1"
    items:
      - id: monitoring-dashboard
        ko: \uC2E4\uC2DC\uAC04 \uBAA8\uB2C8\uD130\uB9C1 \uB300\uC2DC\uBCF4\uB4DC \uAD6C\uD604 \uC644\uB8CC
        en: Real-time monitoring dashboard
        risk: medium
        evidence: Grafana with provisioned dashboards (dashboard JSON committed), scraping real targets
        weight: 2
        stage: short-term
        groups: [basic-monitoring, advanced-monitoring]
        match: ["\uC2E4\uC2DC\uAC04 \uBAA8\uB2C8\uD130\uB9C1 \uB300\uC2DC\uBCF4\uB4DC \uAD6C\uD604 \uC644\uB8CC"]
      - id: alerting
        ko: \uC790\uB3D9 \uC54C\uB9BC \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC
        en: Automatic alerting
        risk: medium
        evidence: Prometheus alerting rules (or PrometheusRule objects) and an Alertmanager configuration with a real receiver
        weight: 2
        stage: short-term
        groups: [basic-monitoring, advanced-monitoring]
        match: ["\uC790\uB3D9 \uC54C\uB9BC \uC2DC\uC2A4\uD15C \uAD6C\uD604 \uC644\uB8CC"]
      - id: centralized-logging
        # the review writes "\uC9D1\uC911\u5316\u7BA1\u7406" (a stray Chinese \u5316\u7BA1\u7406 for \uAD00\uB9AC); the label says it in Korean,
        # match keeps the review's spelling so its own checklist is still recognised
        ko: \uB85C\uADF8 \uC9D1\uC911 \uAD00\uB9AC \uAD6C\uD604 \uC644\uB8CC
        en: Centralised log management
        risk: medium
        evidence: Loki/Promtail, Elasticsearch/Fluentd/Fluent Bit, Vector or a remote logging driver collecting every service's logs
        weight: 2
        stage: short-term
        groups: [basic-monitoring, advanced-monitoring]
        match: ["\uB85C\uADF8 \uC9D1\uC911 \uAD00\uB9AC \uAD6C\uD604 \uC644\uB8CC", "\uB85C\uADF8 \uC9D1\uC911\u5316\u7BA1\u7406 \uAD6C\uD604 \uC644\uB8CC"]
      - id: performance-monitoring
        ko: \uC131\uB2A5 \uBAA8\uB2C8\uD130\uB9C1 \uAC15\uD654 \uC644\uB8CC
        en: Performance monitoring
        risk: low
        evidence: metrics endpoints scraped (prometheus client, /metrics), tracing (OpenTelemetry, Jaeger, Tempo), APM agents
        weight: 1
        stage: long-term
        groups: [advanced-monitoring]
        match: ["\uC131\uB2A5 \uBAA8\uB2C8\uD130\uB9C1 \uAC15\uD654 \uC644\uB8CC"]
      - id: business-metrics
        ko: \uBE44\uC988\uB2C8\uC2A4 \uBA54\uD2B8\uB9AD \uBD84\uC11D \uAD6C\uD604 \uC644\uB8CC
        en: Business metrics analysed
        risk: low
        evidence: custom application metrics or business dashboards beyond system metrics
        attest: true
        weight: 1
        stage: long-term
        groups: [advanced-monitoring]
        match: ["\uBE44\uC988\uB2C8\uC2A4 \uBA54\uD2B8\uB9AD \uBD84\uC11D \uAD6C\uD604 \uC644\uB8CC"]

  - id: ops.procedures
    ko: \uC6B4\uC601 \uC808\uCC28
    en: Operating procedures
    ref: "4.4.2"
    items:
      - id: incident-response
        ko: \uC7A5\uC560 \uB300\uC751 \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC
        en: Incident response procedure
        risk: high
        evidence: an incident response runbook (severity levels, on-call, escalation, communication), linked from alert rules (runbook_url annotations)
        weight: 3
        stage: mid-term
        groups: [procedures]
        match: ["\uC7A5\uC560 \uB300\uC751 \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC"]
      - id: maintenance-procedure
        ko: \uC720\uC9C0\uBCF4\uC218 \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC
        en: Maintenance procedure
        risk: medium
        evidence: a maintenance document (windows, dependency updates, routine tasks)
        weight: 2
        stage: mid-term
        groups: [procedures]
        match: ["\uC720\uC9C0\uBCF4\uC218 \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC"]
      - id: upgrade-procedure
        ko: \uC5C5\uADF8\uB808\uC774\uB4DC \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC
        en: Upgrade procedure
        risk: medium
        evidence: an upgrade/release procedure document; database migrations run as a deployment step
        weight: 2
        stage: mid-term
        groups: [procedures]
        match: ["\uC5C5\uADF8\uB808\uC774\uB4DC \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC"]
      - id: disaster-recovery
        ko: \uC7AC\uD574 \uBCF5\uAD6C \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC
        en: Disaster recovery procedure
        risk: high
        evidence: a disaster recovery plan with RTO/RPO and restore steps, ideally a restore drill in a workflow
        weight: 3
        stage: mid-term
        groups: [procedures]
        match: ["\uC7AC\uD574 \uBCF5\uAD6C \uC808\uCC28 \uC218\uB9BD \uC644\uB8CC"]
      - id: operations-manual
        ko: \uC6B4\uC601 \uB9E4\uB274\uC5BC \uC791\uC131 \uC644\uB8CC
        en: Operations manual written
        risk: medium
        evidence: an operations manual / runbook index for operators
        weight: 2
        stage: mid-term
        groups: [procedures]
        match: ["\uC6B4\uC601 \uB9E4\uB274\uC5BC \uC791\uC131 \uC644\uB8CC"]

  - id: platform
    ko: \uCEE8\uD14C\uC774\uB108\uD654 \uBC0F \uC624\uCF00\uC2A4\uD2B8\uB808\uC774\uC158
    en: Containers and orchestration
    ref: "2.1.1, 2.1.2, 3.2.2, 3.2.3"
    items:
      - id: prod-dockerfiles
        ko: \uD504\uB85C\uB355\uC158 \uD658\uACBD\uC6A9 Dockerfile \uCD5C\uC801\uD654
        en: Production-grade Dockerfiles
        risk: medium
        evidence: multi-stage builds, pinned base images, non-root USER, HEALTHCHECK or orchestrator probes, a .dockerignore, no dev servers (--reload) in CMD
        weight: 2
        stage: short-term
        match: ["\uD504\uB85C\uB355\uC158 \uD658\uACBD\uC6A9 Dockerfile \uCD5C\uC801\uD654"]
      - id: k8s-manifests
        ko: Kubernetes \uBC30\uD3EC \uB9E4\uB2C8\uD398\uC2A4\uD2B8
        en: Kubernetes deployment manifests
        risk: low
        evidence: Deployments/StatefulSets/Services for the services in compose, as plain manifests, kustomize or a Helm chart
        weight: 1
        stage: long-term
        groups: [orchestration]
        match: ["Kubernetes \uBC30\uD3EC \uB9E4\uB2C8\uD398\uC2A4\uD2B8"]
      - id: resource-limits
        ko: \uCEE8\uD14C\uC774\uB108 \uB9AC\uC18C\uC2A4 \uC81C\uD55C \uC124\uC815
        en: Container resource limits
        risk: medium
        evidence: CPU and memory limits on every production container (compose deploy.resources.limits or mem_limit/cpus; Kubernetes resources.limits)
        weight: 2
        stage: short-term
        groups: [orchestration]
        match: ["\uCEE8\uD14C\uC774\uB108 \uB9AC\uC18C\uC2A4 \uC81C\uD55C \uC124\uC815"]
      - id: healthchecks
        ko: \uD5EC\uC2A4\uCCB4\uD06C \uAC15\uD654
        en: Health checks hardened
        risk: medium
        evidence: a healthcheck for every long-running service (compose healthcheck with interval/timeout/retries; Kubernetes readiness and liveness probes)
        weight: 2
        stage: short-term
        groups: [orchestration]
        match: ["\uD5EC\uC2A4\uCCB4\uD06C \uAC15\uD654"]
      - id: high-availability
        ko: \uB2E4\uC911 \uC778\uC2A4\uD134\uC2A4 \uBC30\uD3EC (\uB2E8\uC77C \uC7A5\uC560\uC810 \uC81C\uAC70)
        en: Multiple instances (no single point of failure)
        risk: high
        evidence: more than one replica for each stateless service (deploy.replicas, Deployment replicas or an HPA minReplicas >= 2), PodDisruptionBudgets, anti-affinity; no container_name pinning a service to one instance
        weight: 3
        stage: mid-term
        groups: [high-availability]
        match: ["\uB2E4\uC911 \uC778\uC2A4\uD134\uC2A4 \uBC30\uD3EC (\uB2E8\uC77C \uC7A5\uC560\uC810 \uC81C\uAC70)"]
      - id: autoscaling
        ko: \uC790\uB3D9 \uC2A4\uCF00\uC77C\uB9C1
        en: Autoscaling
        risk: low
        evidence: HorizontalPodAutoscaler / KEDA ScaledObject for the stateless services
        weight: 1
        stage: long-term
        groups: [orchestration]
        match: ["\uC790\uB3D9 \uC2A4\uCF00\uC77C\uB9C1"]
      - id: service-mesh
        ko: \uC11C\uBE44\uC2A4 \uBA54\uC2DC
        en: Service mesh
        risk: low
        evidence: Istio/Linkerd/Consul resources or injection annotations
        weight: 1
        stage: long-term
        groups: [orchestration]
        match: ["\uC11C\uBE44\uC2A4 \uBA54\uC2DC"]
      - id: db-migrations
        ko: \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uB9C8\uC774\uADF8\uB808\uC774\uC158 \uC2A4\uD06C\uB9BD\uD2B8
        en: Database migrations
        risk: medium
        evidence: a migrations tool with versions (Alembic, Flyway, Prisma, Django) and a step that runs them on deploy
        weight: 2
        stage: short-term
        match: ["\uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uB9C8\uC774\uADF8\uB808\uC774\uC158 \uC2A4\uD06C\uB9BD\uD2B8"]
      - id: no-committed-secrets
        ko: \uC800\uC7A5\uC18C\uC5D0 \uBE44\uBC00 \uC815\uBCF4 \uC5C6\uC74C
        en: No secrets committed
        risk: high
        evidence: no .env files with values, private keys, database files or hard-coded default passwords/keys tracked in the repository
        weight: 3
        stage: short-term
        groups: [basic-security]
        match: ["\uC800\uC7A5\uC18C\uC5D0 \uBE44\uBC00 \uC815\uBCF4 \uC5C6\uC74C"]

  - id: delivery
    ko: \uBC30\uD3EC \uD30C\uC774\uD504\uB77C\uC778
    en: Delivery pipeline
    ref: "3.1.2, 3.1.3, 3.2.1"
    items:
      - id: ci-tests
        ko: \uD1B5\uD569 \uD14C\uC2A4\uD2B8 \uC2A4\uC704\uD2B8\uC640 CI
        en: Tests run in CI on every change
        risk: high
        evidence: a workflow on pull_request/push that runs the test suites of the services present
        weight: 3
        stage: short-term
        match: ["\uD1B5\uD569 \uD14C\uC2A4\uD2B8 \uC2A4\uC704\uD2B8\uC640 CI"]
      - id: test-env-deploy
        ko: \uC790\uB3D9\uD654\uB41C \uD14C\uC2A4\uD2B8 \uD658\uACBD \uBC30\uD3EC
        en: Automated deployment to a test environment
        risk: medium
        evidence: a workflow deploying to a staging/test environment (GitHub environments, deploy jobs)
        weight: 2
        stage: short-term
        match: ["\uC790\uB3D9\uD654\uB41C \uD14C\uC2A4\uD2B8 \uD658\uACBD \uBC30\uD3EC"]
      - id: prod-deploy
        ko: \uC790\uB3D9\uD654\uB41C \uD504\uB85C\uB355\uC158 \uBC30\uD3EC
        en: Automated production deployment
        risk: high
        evidence: a deploy workflow to production guarded by a protected environment (required reviewers) or a GitOps controller (Argo CD / Flux resources)
        weight: 3
        stage: short-term
        match: ["\uC790\uB3D9\uD654\uB41C \uD504\uB85C\uB355\uC158 \uBC30\uD3EC"]
      - id: rollback
        ko: \uBC30\uD3EC \uB864\uBC31 \uC790\uB3D9\uD654
        en: Automated rollback
        risk: medium
        evidence: a rollback workflow or step, Helm --atomic, Argo Rollouts / Flagger analysis with abort, kubectl rollout undo in the pipeline
        weight: 2
        stage: short-term
        match: ["\uBC30\uD3EC \uB864\uBC31 \uC790\uB3D9\uD654"]
      - id: progressive-delivery
        ko: \uBE14\uB8E8-\uADF8\uB9B0 / \uCE74\uB098\uB9AC \uBC30\uD3EC \uC804\uB7B5
        en: Blue-green or canary deployment
        risk: low
        evidence: Argo Rollouts/Flagger canary or blueGreen strategies, weighted routing, two colour environments
        weight: 1
        stage: long-term
        match: ["\uBE14\uB8E8-\uADF8\uB9B0 / \uCE74\uB098\uB9AC \uBC30\uD3EC \uC804\uB7B5"]
`;

// schemas/checklist.schema.json
var checklist_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://readiness-gate.dev/schemas/checklist.schema.json",
  title: "Readiness Gate checklist",
  type: "object",
  additionalProperties: false,
  required: ["version", "id", "stages", "sections"],
  properties: {
    version: { const: 1 },
    id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
    stages: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "ko", "en", "bars"],
        properties: {
          id: { type: "string" },
          ko: { type: "string" },
          en: { type: "string" },
          bars: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["scope", "min"],
              properties: { scope: { type: "string" }, min: { type: "number", minimum: 0, maximum: 100 } }
            }
          },
          targets: {
            type: "object",
            additionalProperties: false,
            properties: {
              "incident-response-minutes": { type: "number", exclusiveMinimum: 0 },
              "deployment-success-percent": { type: "number", minimum: 0, maximum: 100 },
              "availability-percent": { type: "number", minimum: 0, maximum: 100 }
            }
          }
        }
      }
    },
    groups: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["ko", "en"],
        properties: { ko: { type: "string" }, en: { type: "string" } }
      }
    },
    sections: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "ko", "en", "items"],
        properties: {
          id: { type: "string" },
          ko: { type: "string" },
          en: { type: "string" },
          ref: { type: "string" },
          items: { type: "array", minItems: 1, items: { $ref: "#/definitions/item" } }
        }
      }
    }
  },
  definitions: {
    item: {
      type: "object",
      additionalProperties: false,
      required: ["id", "ko", "en", "risk"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
        ko: { type: "string" },
        en: { type: "string" },
        ref: { type: "string" },
        risk: { enum: ["high", "medium", "low"] },
        weight: { type: "number", exclusiveMinimum: 0 },
        stage: { enum: ["short-term", "mid-term", "long-term"] },
        groups: { type: "array", items: { type: "string" }, uniqueItems: true },
        attest: { type: "boolean" },
        evidence: { type: "string" },
        match: { type: "array", items: { type: "string" } }
      }
    }
  }
};

// src/checklist/validate.ts
var import_ajv = __toESM(require_ajv(), 1);
var ajv = new import_ajv.default.default({ allErrors: true, strict: false, verbose: true });
var compiled = /* @__PURE__ */ new WeakMap();
function closest(word, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function distance(a, b) {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
function locate2(doc, pointer, extraKey) {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extraKey !== void 0) parts.push(extraKey);
  let container2 = doc;
  let best = yamlPosition(doc) ?? { line: 1, column: 1 };
  for (const p of parts) {
    if (container2 === null || typeof container2 !== "object") break;
    const key = Array.isArray(container2) ? Number(p) : p;
    best = yamlPosition(container2, key) ?? best;
    container2 = container2[p];
  }
  return best;
}
function validateWithSchema(schema, doc, file) {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e2) => toError(e2, doc, file));
}
function toError(e2, doc, file) {
  let message = e2.message ?? "is invalid";
  let extra;
  if (e2.keyword === "additionalProperties") {
    extra = String(e2.params.additionalProperty);
    const allowed = Object.keys(e2.parentSchema?.properties ?? {});
    const hint = closest(extra, allowed);
    message = `unknown key "${extra}"${hint ? ` (did you mean "${hint}"?)` : ""}`;
  } else if (e2.keyword === "enum") {
    message = `must be one of ${e2.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (e2.keyword === "required") {
    message = `missing required key "${e2.params.missingProperty}"`;
  }
  const pos = locate2(doc, e2.instancePath, extra);
  return { file, line: pos.line, column: pos.column, field: e2.instancePath + (extra ? `/${extra}` : ""), message };
}

// src/checklist/load.ts
var BUILTIN_CHECKLISTS = {
  insitechart: { text: insitechart_default, file: "checklists/insitechart.yml" }
};
var DEFAULT_WEIGHT = { high: 3, medium: 2, low: 1 };
function loadChecklist(text, file) {
  const parsed = parseYaml(text, file);
  if (parsed.errors.length) return { errors: parsed.errors.map((e2) => ({ file, line: e2.line, column: e2.column, field: "", message: `invalid YAML: ${e2.message}` })) };
  const doc = parsed.documents[0]?.value;
  const errors = validateWithSchema(checklist_schema_default, doc, file);
  if (errors.length) return { errors };
  const raw = doc;
  const items = /* @__PURE__ */ new Map();
  const semantic = [];
  const groups = raw.groups ?? {};
  raw.sections.forEach(
    (s3, si) => s3.items.forEach((it, ii) => {
      const at3 = yamlPosition(s3.items[ii], "id") ?? { line: 1, column: 1 };
      if (items.has(it.id)) semantic.push({ file, ...at3, field: `/sections/${si}/items/${ii}/id`, message: `duplicate item id "${it.id}"` });
      for (const g of it.groups ?? []) if (!(g in groups)) semantic.push({ file, ...at3, field: `/sections/${si}/items/${ii}/groups`, message: `unknown group "${g}"` });
      items.set(it.id, { ...it, weight: it.weight ?? DEFAULT_WEIGHT[it.risk], stage: it.stage ?? "long-term", groups: it.groups ?? [], attest: it.attest ?? false, match: it.match ?? [it.ko], section: s3.id });
    })
  );
  const sectionIds = new Set(raw.sections.map((s3) => s3.id));
  raw.stages.forEach(
    (st, i) => st.bars.forEach((b, j) => {
      if (b.scope !== "overall" && !(b.scope in groups) && !sectionIds.has(b.scope)) {
        const at3 = yamlPosition(st.bars[j], "scope") ?? { line: 1, column: 1 };
        semantic.push({ file, ...at3, field: `/stages/${i}/bars/${j}/scope`, message: `bar scope "${b.scope}" is neither overall, a group nor a section` });
      }
    })
  );
  if (semantic.length) return { errors: semantic };
  return {
    checklist: {
      id: raw.id,
      stages: raw.stages,
      groups,
      sections: raw.sections.map((s3) => ({ id: s3.id, ko: s3.ko, en: s3.en, ref: s3.ref, items: s3.items.map((it) => items.get(it.id)) })),
      items
    },
    errors: []
  };
}
var builtin;
function loadBuiltinChecklist(name = "insitechart") {
  if (name === "insitechart" && builtin) return builtin;
  const src = BUILTIN_CHECKLISTS[name];
  if (!src) throw new Error(`no built-in checklist "${name}"`);
  const r = loadChecklist(src.text, src.file);
  if (!r.checklist) throw new Error(`built-in checklist is invalid: ${r.errors.map((e2) => `${e2.file}:${e2.line} ${e2.message}`).join("; ")}`);
  if (name === "insitechart") builtin = r.checklist;
  return r.checklist;
}

// src/checks/check.ts
function defineCheck(check) {
  return check;
}
function at2(file, line, message) {
  return { file, line: line ?? 0, message };
}
function absent(lookedFor, where) {
  return { file: ".", line: 0, message: `not found: ${lookedFor} (looked in ${where})` };
}
function judgement(status, summary, evidence, remedy) {
  return remedy ? { status, summary, evidence, remedy } : { status, summary, evidence };
}
var pass = (summary, evidence) => judgement("pass", summary, evidence);
var partial = (summary, evidence, remedy) => judgement("partial", summary, evidence, remedy);
var fail = (summary, evidence, remedy) => judgement("fail", summary, evidence, remedy);
var unverified = (summary, evidence, remedy) => judgement("unverified", summary, evidence, remedy);
var notApplicable = (summary) => judgement("not-applicable", summary, []);
function list3(names, max = 6) {
  const shown2 = names.slice(0, max);
  const rest = names.length - shown2.length;
  if (shown2.length <= 1) return shown2.join("");
  const head = shown2.slice(0, -1).join(", ");
  return rest > 0 ? `${shown2.join(", ")} and ${rest} more` : `${head} and ${shown2[shown2.length - 1]}`;
}

// src/checks/items/gdpr-compliance.ts
function gdprFrom(parts) {
  return defineCheck({
    id: "gdpr-compliance",
    docs: {
      motivation: "Full GDPR compliance is records of processing, an impact assessment, data subject rights and a published policy together \u2014 or a DPO's sign-off.",
      implementation: "Combines the four privacy items: all pass -> pass; some evidence -> partial; nothing -> unverified (needs the data protection officer's attestation)."
    },
    judge(view) {
      const results = parts.map((c) => ({ id: c.id, j: c.judge(view) }));
      const ev = results.flatMap((r) => r.j.evidence.slice(0, 2).map((e2) => ({ ...e2, message: `${r.id}: ${e2.message}` })));
      const passed = results.filter((r) => r.j.status === "pass").map((r) => r.id);
      const shown2 = results.filter((r) => r.j.status === "pass" || r.j.status === "partial");
      const remedy = `complete ${results.filter((r) => r.j.status !== "pass").map((r) => r.id).join(", ")}, add consent handling and data retention settings, or attest compliance by the data protection officer`;
      if (passed.length === parts.length) return pass("every privacy item is in place", ev);
      if (shown2.length) return partial(`${passed.length} of ${parts.length} privacy items are in place`, ev, remedy);
      return unverified("nothing in the repository shows GDPR compliance", ev, remedy);
    }
  });
}

// src/checks/items/alerting.ts
var alerting_default = defineCheck({
  id: "alerting",
  docs: {
    motivation: "Nobody watches dashboards at 3 a.m.; alerts must reach a person.",
    implementation: "Prometheus alerting rules (or PrometheusRule objects) plus an Alertmanager configuration with at least one receiver that has an integration (Slack, PagerDuty, email ...); a null receiver does not count."
  },
  judge(view) {
    const m = view.inv.monitoring;
    const rules = m.alertRules;
    const receivers = m.alertmanager.flatMap((a) => a.receivers.map((r) => ({ ...r, file: a.file })));
    const real = receivers.filter((r) => r.integrations.length);
    const ev = [...rules.slice(0, 5).map((r) => at2(r.file, r.line, `alert ${r.name}${r.severity ? ` (${r.severity})` : ""}`)), ...receivers.map((r) => at2(r.file, r.line, `receiver ${r.name}: ${r.integrations.join(", ") || "no integration"}`))];
    const remedy = "write Prometheus alerting rules for availability, errors and saturation, and route them through Alertmanager to a receiver people watch (slack_configs / pagerduty_configs / email_configs)";
    if (rules.length && real.length) return pass(`${rules.length} alert rules reach ${real.map((r) => r.name).join(", ")}`, ev);
    if (rules.length || receivers.length) return partial(rules.length ? "alert rules exist but no receiver delivers them" : "Alertmanager is configured but there are no alert rules", ev, remedy);
    return fail("no automatic alerting", [absent("alerting rules and an Alertmanager receiver", "Prometheus, Alertmanager and Kubernetes files")], remedy);
  }
});

// src/checks/items/api-versioning.ts
var api_versioning_default = defineCheck({
  id: "api-versioning",
  docs: {
    motivation: "Clients break when an API changes under them; a version in the path lets old and new live side by side.",
    implementation: "Versioned route prefixes (/api/v1) found in the application routes, versioned OpenAPI documents."
  },
  judge(view) {
    if (view.inv.app.routes.length === 0 && !view.inv.files.list.some((f) => /openapi|swagger/i.test(f.name))) return notApplicable("no HTTP API found in the code");
    const v = view.inv.app.versionedPrefixes;
    if (v.length) return pass(`routes are versioned (${v.map((x) => x.prefix).join(", ")})`, v.map((x) => at2(x.file, x.line, `routes under ${x.prefix}`)));
    return fail("the API routes carry no version", [absent("a versioned prefix such as /api/v1", `${view.inv.app.routes.length} routes`)], 'mount the API routers under a version prefix (`app.include_router(router, prefix="/api/v1")`) and keep a deprecation policy');
  }
});

// src/checks/items/asset-optimization.ts
var asset_optimization_default = defineCheck({
  id: "asset-optimization",
  docs: {
    motivation: "Compressed, minified, long-cached assets are the cheapest performance win there is.",
    implementation: "gzip/brotli and long-lived cache headers in the web server; bundler production builds (vite/webpack/next) that minify; FastAPI/Express compression middleware counts partly."
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable("no frontend in the repository");
    const web = view.inv.nginx.servers.filter((s3) => s3.gzip || s3.brotli).map((s3) => at2(s3.file, s3.line, `${s3.brotli ? "brotli" : "gzip"} compression`));
    const cache = view.inv.nginx.servers.filter((s3) => s3.staticCaching).map((s3) => at2(s3.file, s3.line, "long-lived cache headers"));
    const bundler = view.inv.files.list.filter((f) => /^(vite|webpack|next|nuxt|rollup)\.config\./.test(f.name)).map((f) => at2(f.path, 0, "bundler production build (minified)"));
    const app = view.inv.app.hints.filter((h) => h.kind === "compression" && h.wired).map((h) => at2(h.file, h.line, `${h.name} middleware`));
    const remedy = "serve the frontend assets compressed (nginx `gzip on; gzip_types ...` or brotli) with long-lived cache headers for hashed files (`expires 1y` / `Cache-Control: public, max-age=31536000, immutable`)";
    if ((web.length || bundler.length) && cache.length) return pass("assets are compressed and cached", [...web, ...cache, ...bundler]);
    if (web.length || cache.length || bundler.length || app.length) return partial("assets are partly optimised", [...web, ...cache, ...bundler, ...app], remedy);
    return fail("no asset optimisation", [absent("compression, minification or cache headers", "web server and bundler configuration")], remedy);
  }
});

// src/checks/view.ts
var ROLE_BY_NAME = [
  [/^(postgres(ql)?|mysql|mariadb|mongo(db)?|cockroach(db)?|timescaledb(-ha)?|mssql|oracle|cassandra|scylla|clickhouse|influxdb|couchdb|neo4j|cnpg|pgvector|postgis|supabase-db)/, "database"],
  [/^(redis|memcached|valkey|keydb|dragonfly)/, "cache"],
  [/^(rabbitmq|kafka|zookeeper|nats|activemq|pulsar|redpanda|mosquitto|emqx)/, "queue"],
  [/^(elasticsearch|opensearch|meilisearch|typesense|solr)/, "search"],
  [/^(nginx|traefik|haproxy|caddy|envoy|apache|httpd|openresty|kong)/, "proxy"]
];
function roleOf2(image, name) {
  const n2 = image ? imageName(image) : "";
  if (image && componentOf(image, name)) return "monitoring";
  for (const [re, role] of ROLE_BY_NAME) if (re.test(n2) || re.test(name.toLowerCase())) return role;
  return "app";
}
var isStateless = (s3) => s3.role === "app" || s3.role === "proxy";
var isDatastore = (s3) => s3.role === "database" || s3.role === "cache" || s3.role === "queue" || s3.role === "search";
function buildView(inv) {
  let services = [];
  const dockerfiles = new Map(inv.dockerfiles.files.map((d) => [d.file, d]));
  for (const p of inv.compose.projects) {
    if (p.productionFiles.every((f) => {
      const r = roleOf(f.slice(f.lastIndexOf("/") + 1));
      return r === "test" || r === "development";
    })) continue;
    if (p.files.every((f) => f.role === "test" || f.role === "development")) continue;
    for (const s3 of p.services) {
      if (s3.profiles.length) continue;
      const image = s3.image;
      services.push({
        name: s3.name,
        platform: "compose",
        file: s3.file,
        line: s3.line,
        image,
        role: roleOf2(image, s3.name),
        replicas: s3.replicas?.value ?? 1,
        replicasAt: s3.replicas ? { file: s3.replicas.file, line: s3.replicas.line } : { file: s3.file, line: s3.line },
        limits: s3.limits ? { cpu: s3.limits.value.cpus, memory: s3.limits.value.memory, at: { file: s3.limits.file, line: s3.limits.line } } : void 0,
        healthcheck: s3.healthcheck && !s3.healthcheck.disabled ? { at: { file: s3.healthcheck.file, line: s3.healthcheck.line }, kind: "compose healthcheck", path: pathIn(s3.healthcheck.test?.join(" ")) } : void 0,
        published: s3.ports.filter((x) => x.published).map((x) => ({ port: x.published, hostIp: x.hostIp, at: { file: s3.locs.ports?.file ?? s3.file, line: x.line } })),
        containerName: s3.containerName ? { file: s3.containerName.file, line: s3.containerName.line } : void 0,
        dockerfile: s3.build?.dockerfile ? dockerfiles.get(s3.build.dockerfile) : void 0,
        compose: s3
      });
    }
  }
  const hpaFor = new Map(inv.kubernetes.hpas.map((h) => [h.target, h]));
  for (const w of inv.kubernetes.workloads) {
    const main = w.containers.filter((c) => !c.init);
    const c0 = main[0];
    const probe2 = c0?.probes.readiness ?? c0?.probes.liveness;
    const limited = main.every((c) => c.resources?.limits?.memory || c.resources?.limits?.cpu);
    const isJob = w.kind === "CronJob" || w.kind === "Job";
    services.push({
      name: w.name,
      platform: "kubernetes",
      file: w.file,
      line: w.line,
      image: c0?.image,
      role: isJob ? "job" : roleOf2(c0?.image, w.name),
      replicas: w.kind === "DaemonSet" ? 2 : w.replicas ?? 1,
      replicasAt: { file: w.file, line: w.replicasLine ?? w.line },
      minReplicas: hpaFor.get(w.name)?.min,
      limits: limited && c0?.resources ? { cpu: c0.resources.limits?.cpu, memory: c0.resources.limits?.memory, at: { file: c0.file, line: c0.resources.line || c0.line } } : void 0,
      healthcheck: probe2 ? { at: { file: c0.file, line: probe2.line || c0.line }, kind: `${probe2.type} probe`, path: probe2.path } : void 0,
      published: [],
      workload: w
    });
  }
  for (const c of inv.helm.charts) {
    const dep = c.emits.find((e2) => (e2.kind === "Deployment" || e2.kind === "StatefulSet") && e2.enabledInProduction);
    if (!dep) continue;
    const v = c.values;
    const replicas = Number(v.replicaCount?.value ?? 1);
    const hpa = c.emits.find((e2) => e2.kind === "HorizontalPodAutoscaler" && e2.enabledInProduction);
    const limits = v["resources.limits.memory"] ?? v["resources.limits.cpu"];
    services.push({
      name: c.name ?? c.dir,
      platform: "helm",
      file: dep.file,
      line: dep.line,
      image: v["image.repository"] ? String(v["image.repository"].value) : void 0,
      role: roleOf2(v["image.repository"] ? String(v["image.repository"].value) : void 0, c.name ?? ""),
      replicas,
      replicasAt: v.replicaCount ? { file: v.replicaCount.file, line: v.replicaCount.line } : { file: c.file, line: 1 },
      minReplicas: hpa ? Number(v["autoscaling.minReplicas"]?.value ?? 1) : void 0,
      limits: limits ? { cpu: v["resources.limits.cpu"] ? String(v["resources.limits.cpu"].value) : void 0, memory: v["resources.limits.memory"] ? String(v["resources.limits.memory"].value) : void 0, at: { file: limits.file, line: limits.line } } : void 0,
      healthcheck: c.templateProbes.readiness || c.templateProbes.liveness ? { at: { file: dep.file, line: dep.line }, kind: "probe in chart templates" } : void 0,
      published: [],
      chart: c
    });
  }
  const seen = /* @__PURE__ */ new Set();
  services = services.filter((s3) => {
    const k = `${s3.platform}:${s3.workload?.namespace ?? ""}:${s3.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const pkgFront = inv.files.list.some((f) => f.name === "package.json" && /(^|\/)(frontend|web|client|ui|app)$/.test(f.dir));
  const hasFrontend = pkgFront || inv.app.frameworks.some((f) => f.name === "streamlit" || f.name === "nextjs") || services.some((s3) => /front|web-?ui|^ui$|^web$|client|dashboard|streamlit/.test(s3.name)) || inv.files.list.some((f) => /^(vite|next|nuxt|angular|svelte)\.config\.|^angular\.json$/.test(f.name));
  return {
    inv,
    services,
    hasDeployment: services.length > 0 || inv.dockerfiles.files.length > 0,
    hasFrontend,
    hasDatabase: services.some((s3) => s3.role === "database") || inv.kubernetes.objects.some((o) => o.category === "cloudnative-pg" || o.category === "postgres-operator")
  };
}
function pathIn(cmd2) {
  const m = cmd2 ? /https?:\/\/[^/\s]+(\/[^\s"'|]*)/.exec(cmd2) : null;
  return m?.[1];
}

// src/checks/items/autoscaling.ts
var autoscaling_default = defineCheck({
  id: "autoscaling",
  docs: {
    motivation: "Load changes faster than people can resize services.",
    implementation: "HorizontalPodAutoscalers or KEDA ScaledObjects (or Helm autoscaling switched on in production values) for the stateless services."
  },
  judge(view) {
    const stateless = view.services.filter((s3) => isStateless(s3) && s3.platform !== "compose");
    const hpas = view.inv.kubernetes.hpas;
    const helm = view.inv.helm.charts.flatMap((c) => c.emits.filter((e2) => e2.kind === "HorizontalPodAutoscaler"));
    const on = helm.filter((e2) => e2.enabledInProduction);
    const ev = [...hpas.map((h) => at2(h.file, h.line, `autoscaler for ${h.target} (${h.min ?? 1}..${h.max})`)), ...helm.map((e2) => at2(e2.file, e2.line, `chart autoscaling ${e2.enabledInProduction ? "on" : "off"} in production values`))];
    const covered = stateless.filter((s3) => hpas.some((h) => h.target === s3.name) || s3.minReplicas !== void 0);
    const remedy = "add HorizontalPodAutoscalers (or KEDA ScaledObjects) for the stateless services with minReplicas >= 2";
    if ((hpas.length || on.length) && covered.length >= stateless.filter((s3) => s3.platform === "kubernetes").length) return pass("stateless services scale automatically", ev);
    if (hpas.length || helm.length) return partial("autoscaling covers only part of the services or is switched off", ev, remedy);
    return fail("nothing scales automatically", [absent("HorizontalPodAutoscaler, KEDA ScaledObject or Helm autoscaling", "Kubernetes and Helm files")], remedy);
  }
});

// src/checks/helpers.ts
function bestDoc(view, kinds) {
  const rank2 = { procedure: 0, plan: 1, mention: 2 };
  let best;
  for (const d of view.inv.documents.documents) {
    for (const k of d.kinds) {
      if (!kinds.includes(k.kind)) continue;
      if (!best || rank2[k.strength] < rank2[best.strength]) best = { path: d.path, strength: k.strength, line: k.evidence[0]?.line ?? 1, has: k.has, title: d.title };
    }
  }
  return best;
}
function judgeProcedure(view, kinds, what, remedy, extra = []) {
  const d = bestDoc(view, kinds);
  const titled = !!d && KINDS.some((k) => kinds.includes(k.kind) && (k.topic.test((d.title ?? "").toLowerCase()) || !!k.names?.test(d.path.slice(d.path.lastIndexOf("/") + 1))));
  if (d?.strength === "procedure" && !titled) return partial(`${what} is a section of ${d.path}, not a procedure of its own`, [at2(d.path, d.line, `${what} steps inside "${d.title ?? d.path}"`), ...extra], remedy);
  if (d?.strength === "procedure") return pass(`${what}: ${d.path} has the steps${d.has.length ? ` (${d.has.join(", ")})` : ""}`, [at2(d.path, d.line, `${what} (${d.has.join(", ") || "procedure"})`), ...extra]);
  if (d?.strength === "plan") return partial(`${what} is planned or described, not written as a procedure (${d.path})`, [at2(d.path, d.line, `describes ${what} without runnable steps, owners or commands`), ...extra], remedy);
  const mention = d ? [at2(d.path, d.line, `only mentions ${what}`)] : [];
  return fail(`no ${what} in the repository`, [...mention, absent(`${/^[aeiou]/.test(what) ? "an" : "a"} ${what} document (headings on the topic with ordered steps, commands or owners)`, `${view.inv.documents.documents.length} markdown documents`), ...extra], remedy);
}
function attestOnly(what) {
  return unverified(`${what} cannot be shown by a repository`, [absent(`evidence of ${what}`, "the repository (this needs an attestation)")], `attest ${what} in .github/readiness.yml (who, when, link to evidence, expiry)`);
}
function allJobs(view) {
  return view.inv.workflows.workflows.flatMap((w) => w.jobs);
}
function stepsTagged(view, tag) {
  return allJobs(view).flatMap((j) => j.steps.filter((s3) => s3.tags.some((t2) => typeof tag === "string" ? t2 === tag : tag.test(t2))));
}
function share(items, ok, texts, evidence) {
  const good = items.filter(ok);
  const bad = items.filter((s3) => !ok(s3));
  const ev = [...bad.map((s3) => evidence(s3, false)), ...good.map((s3) => evidence(s3, true))];
  if (items.length && bad.length === 0) return pass(texts.all, ev);
  const names = bad.map((s3) => s3.name);
  if (good.length) return partial(texts.some(names), ev, texts.remedy(names));
  return fail(texts.none, ev.length ? ev : [absent("production services", "compose, Kubernetes and Helm files")], texts.remedy(names));
}

// src/checks/items/backend-performance.ts
var backend_performance_default = defineCheck({
  id: "backend-performance",
  docs: {
    motivation: "Performance claims need a cache, a production server with workers, and load tests that keep them true.",
    implementation: "A caching layer in use, a production server with several workers (gunicorn, uvicorn --workers), load tests (locust, k6) run in CI with thresholds."
  },
  judge(view) {
    const cache = view.inv.app.hints.filter((h) => h.kind === "cache");
    const cmds = view.services.map((s3) => `${s3.compose?.command ?? ""} ${s3.dockerfile?.stages.at(-1)?.cmd?.value ?? ""}`).join("\n");
    const workers = /gunicorn|--workers[ =]\d|-w \d|WEB_CONCURRENCY|uvicorn\.workers/.test(cmds) || view.inv.app.hints.some((h) => h.kind === "production-server");
    const loadCi = stepsTagged(view, "load-test");
    const loadFiles = view.inv.files.list.filter((f) => /locustfile|k6|\.jmx$|artillery/i.test(f.name));
    const ev = [
      ...cache.slice(0, 3).map((h) => at2(h.file, h.line, `cache: ${h.name}`)),
      ...workers ? [at2(".", 0, "a production server with several workers")] : [],
      ...loadCi.map((s3) => at2(s3.file, s3.line, "load test runs in CI")),
      ...loadFiles.slice(0, 3).map((f) => at2(f.path, 0, "load test"))
    ];
    const remedy = "run the API under a production server with several workers (gunicorn -k uvicorn.workers.UvicornWorker -w N, or uvicorn --workers N), and run the load tests (locust/k6) in CI with thresholds";
    if (cache.length && workers && loadCi.length) return pass("caching, worker processes and load tests in CI", ev);
    if (ev.length) return partial(`performance work is partial: ${[!cache.length && "no cache", !workers && "single-process server", !loadCi.length && (loadFiles.length ? "load tests not run in CI" : "no load tests")].filter(Boolean).join(", ")}`, ev, remedy);
    return fail("no backend performance measures", [absent("caching, worker processes or load tests", "code, Dockerfiles and workflows")], remedy);
  }
});

// src/checks/items/backup-system.ts
var BACKUP = /pg_dump|pg_basebackup|pgbackrest|wal-g|barman|mysqldump|mongodump|velero|restic|borg|backup/i;
var backup_system_default = defineCheck({
  id: "backup-system",
  docs: {
    motivation: "Data that is not backed up on a schedule is lost at the first disk failure or bad migration.",
    implementation: "Scheduled backups: Kubernetes CronJobs running pg_dump/wal-g/pgbackrest, Velero Schedules, CloudNativePG ScheduledBackups, a backup service in compose, a scheduled workflow running backups; backup scripts without a schedule count partly."
  },
  judge(view) {
    const cron = view.inv.kubernetes.workloads.filter((w) => w.kind === "CronJob" && (BACKUP.test(w.commands) || BACKUP.test(w.name)));
    const crs = view.inv.kubernetes.objects.filter((o) => o.category === "velero" && o.kind === "Schedule" || o.category === "cloudnative-pg" && o.kind === "ScheduledBackup");
    const composeBackup = view.services.filter((s3) => /backup/i.test(s3.name) || /backup/i.test(s3.image ?? ""));
    const scheduled = stepsTagged(view, "backup").filter((st) => view.inv.workflows.workflows.some((w) => w.file === st.file && w.triggers.some((t2) => t2.event === "schedule")));
    const ev = [
      ...cron.map((w) => at2(w.file, w.line, `CronJob ${w.name} (${w.schedule}) runs a backup`)),
      ...crs.map((o) => at2(o.file, o.line, `${o.kind} ${o.name ?? ""}`)),
      ...composeBackup.map((s3) => at2(s3.file, s3.line, `backup service ${s3.name}`)),
      ...scheduled.map((s3) => at2(s3.file, s3.line, "scheduled workflow runs a backup"))
    ];
    if (ev.length) return pass("backups run on a schedule", ev);
    const scripts = view.inv.files.list.filter((f) => /backup/i.test(f.name) && /\.(sh|py|ps1)$/.test(f.name));
    const doc = bestDoc(view, ["backup-restore"]);
    const remedy = "schedule backups of every datastore: a CronJob running pg_dump/wal-g to object storage (Kubernetes), a backup service such as postgres-backup-local in the production compose file, or a Velero/CloudNativePG schedule; keep the retention with it";
    if (scripts.length) return partial("backups are scripted but nothing runs them on a schedule", [...scripts.map((f) => at2(f.path, 0, "backup script, not scheduled")), ...doc ? [at2(doc.path, doc.line, `backup document (${doc.strength})`)] : []], remedy);
    return fail("no backup system", [...doc ? [at2(doc.path, doc.line, doc.strength === "procedure" ? "manual backup commands in a document, run by nobody on a schedule" : `backups are only ${doc.strength === "plan" ? "planned" : "mentioned"} here`)] : [], absent("a scheduled backup (CronJob, Velero/CloudNativePG schedule, backup service, scheduled workflow)", "Kubernetes manifests, compose files and workflows")], remedy);
  }
});

// src/checks/items/browser-compat-tests.ts
var browser_compat_tests_default = defineCheck({
  id: "browser-compat-tests",
  docs: {
    motivation: "What works in one browser breaks in another; only tests across browsers in CI keep it working.",
    implementation: "Playwright/Cypress/Selenium/WebdriverIO configuration, more than one browser project, and a workflow that runs it; a browserslist counts partly."
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable("no frontend in the repository");
    const configs = view.inv.files.list.filter((f) => /^(playwright|cypress|wdio)\.conf(ig)?\.[cm]?[jt]s$|^\.browserslistrc$|^cypress\.json$/.test(f.name));
    const ci = stepsTagged(view, "e2e");
    const multi = ci.some((s3) => /--project[= ]\S+.*--project|--browser/.test(s3.run ?? "")) || configs.some((f) => f.name.startsWith("playwright"));
    const ev = [...configs.map((f) => at2(f.path, 0, "browser test configuration")), ...ci.map((s3) => at2(s3.file, s3.line, "browser tests run in CI"))];
    const remedy = "add Playwright (or Cypress) tests with chromium, firefox and webkit projects and run them in the pull request workflow";
    if (ci.length && multi) return pass("browser tests run in CI across browsers", ev);
    if (ev.length) return partial(ci.length ? "browser tests run in CI in one browser only" : "browser tests exist but CI does not run them", ev, remedy);
    return fail("no browser compatibility tests", [absent("Playwright/Cypress/Selenium configuration or CI steps", "the repository and its workflows")], remedy);
  }
});

// src/checks/items/business-metrics.ts
var business_metrics_default = defineCheck({
  id: "business-metrics",
  docs: {
    motivation: "System metrics say the servers are up; business metrics say the product works.",
    implementation: "Dashboards whose panels show business figures (orders, signups, conversions ...); custom application metrics count partly."
  },
  judge(view) {
    const dash = view.inv.monitoring.grafana.dashboards.filter((d) => d.business);
    if (dash.length) return pass("business dashboards are committed", dash.map((d) => at2(d.file, 1, `dashboard "${d.title}"`)));
    const custom = view.inv.app.hints.filter((h) => h.kind === "metrics" && h.wired);
    if (custom.length) return partial("the application exports metrics, but no business dashboard uses them", custom.map((h) => at2(h.file, h.line, `${h.name}`)), "add dashboards of business figures (active users, requests per feature, conversions) built on the application metrics");
    return attestOnly("business metrics analysis");
  }
});

// src/checks/items/cdn.ts
var CDN_IAC = /cloudfront|cloudflare|fastly|akamai|azurerm_cdn|google_compute_backend_bucket|bunnycdn/i;
var cdn_default = defineCheck({
  id: "cdn",
  docs: {
    motivation: "A CDN keeps static traffic and its spikes away from the origin servers.",
    implementation: "CDN resources in infrastructure code (CloudFront, Cloudflare, Fastly); long-lived cache headers for static assets count partly."
  },
  judge(view) {
    const iac = view.inv.files.list.filter((f) => (f.ext === ".tf" || f.ext === ".yaml" || f.ext === ".yml" || f.ext === ".json") && CDN_IAC.test(f.path));
    if (iac.length) return pass("a CDN is defined in the repository", iac.slice(0, 5).map((f) => at2(f.path, 0, "CDN configuration")));
    const cache = view.inv.nginx.servers.filter((s3) => s3.staticCaching);
    if (cache.length) return partial("static assets carry cache headers a CDN can use, but no CDN is defined", cache.map((s3) => at2(s3.file, s3.line, "long-lived cache headers for static assets")), "define the CDN (CloudFront/Cloudflare/Fastly) in infrastructure code or attest it");
    return attestOnly("the CDN setup");
  }
});

// src/checks/items/centralized-logging.ts
var SHIPPERS = /* @__PURE__ */ new Set(["loki", "promtail", "fluent-bit", "fluentd", "vector", "elasticsearch", "logstash", "filebeat", "datadog-agent", "grafana-agent", "alloy", "otel-collector"]);
var centralized_logging_default = defineCheck({
  id: "centralized-logging",
  docs: {
    motivation: "Logs left on each container vanish with it and cannot be searched across services.",
    implementation: "Loki/Promtail, Elasticsearch/Fluentd/Fluent Bit, Vector or a remote logging driver (loki, fluentd, gelf, awslogs ...) collecting the services' logs."
  },
  judge(view) {
    const comps = view.inv.monitoring.components.filter((c) => SHIPPERS.has(c.kind));
    const drivers = view.inv.monitoring.logDrivers;
    const ev = [...comps.map((c) => at2(c.file, c.line, `${c.kind} (${c.via})`)), ...drivers.map((d) => at2(d.file, d.line, `${d.service} ships logs with ${d.driver}`))];
    const remedy = "collect every service's logs centrally: Loki + Promtail (or the loki logging driver) in the production compose file, or Fluent Bit / Vector to Elasticsearch or a hosted log service";
    const store = comps.some((c) => ["loki", "elasticsearch", "datadog-agent"].includes(c.kind)) || drivers.length > 0;
    const shipper = comps.some((c) => !["loki", "elasticsearch"].includes(c.kind)) || drivers.length > 0;
    if (store && shipper) return pass("logs are collected centrally", ev);
    if (ev.length) return partial("a log store or shipper is missing", ev, remedy);
    const appLogs = view.inv.app.hints.filter((h) => h.kind === "structured-logging");
    return fail("logs are not collected centrally", [...appLogs.map((h) => at2(h.file, h.line, `${h.name} logs locally only`)), absent("a log shipper or store (Loki, Fluent Bit, Vector, ELK) or a remote logging driver", "compose, Kubernetes and Helm files")], remedy);
  }
});

// src/checks/items/ci-tests.ts
var ci_tests_default = defineCheck({
  id: "ci-tests",
  docs: {
    motivation: "Tests that do not run on every change stop protecting anything.",
    implementation: "A workflow triggered by pull_request or push with steps that run the test suites; tests in the repository that no workflow runs fail with their location."
  },
  judge(view) {
    const wfs = view.inv.workflows.workflows.filter((w) => w.triggers.some((t2) => t2.event === "pull_request" || t2.event === "push" || t2.event === "merge_group"));
    const steps = wfs.flatMap((w) => w.jobs.flatMap((j) => j.steps.filter((s3) => s3.tags.includes("test"))));
    const tests = view.inv.files.list.filter((f) => /(^|\/)(tests?|__tests__|spec)\//.test(f.path) || /(^test_.*\.py|_test\.go|\.(test|spec)\.[jt]sx?)$/.test(f.name));
    const ev = steps.map((s3) => at2(s3.file, s3.line, `runs tests: ${(s3.run ?? s3.uses ?? "").split("\n").find((l) => /test/.test(l))?.trim().slice(0, 80) ?? ""}`));
    const remedy = "run the test suites in a workflow on every pull request and push (e.g. `pytest` for the Python services, `npm test` for the Node ones), with the services they need (postgres, redis) as job services";
    if (steps.length) {
      const testDirs = [...new Set(tests.map((f) => f.path.split("/")[0]))];
      return pass(`tests run on every change (${steps.length} steps)`, [...ev, ...testDirs.slice(0, 3).map((d) => at2(d, 0, "test suite"))]);
    }
    if (wfs.length) return partial("workflows run on changes, but none runs the tests", [...wfs.map((w) => at2(w.file, 1, `workflow ${w.name ?? ""} runs no tests`)), ...tests[0] ? [at2(tests[0].path, 0, `${tests.length} test files`)] : []], remedy);
    return fail(tests.length ? `${tests.length} test files exist but no workflow runs them` : "no tests run in CI", [...tests[0] ? [at2(tests[0].path, 0, `${tests.length} test files, never run in CI`)] : [], absent("a workflow on pull_request/push running tests", ".github/workflows")], remedy);
  }
});

// src/checks/items/data-subject-rights.ts
var data_subject_rights_default = defineCheck({
  id: "data-subject-rights",
  docs: {
    motivation: "People may ask for their data and for its erasure; the system must be able to do both.",
    implementation: "Endpoints or jobs for access/export and for erasure of a person's data, found in the application routes."
  },
  judge(view) {
    if (view.inv.app.routes.length === 0) return notApplicable("no HTTP API found in the code");
    const ds = view.inv.app.dataSubjectEndpoints;
    const exp = ds.filter((d) => d.purpose === "export");
    const era = ds.filter((d) => d.purpose === "erasure");
    const ev = ds.map((d) => at2(d.file, d.line, `${d.method} ${d.path} (${d.purpose})`));
    const remedy = `add ${[!exp.length && "a data export endpoint (GET /api/v1/me/export)", !era.length && "an erasure endpoint (DELETE /api/v1/me) that removes or anonymises the person's data"].filter(Boolean).join(" and ")}`;
    if (exp.length && era.length) return pass("people can export and erase their data", ev);
    if (ds.length) return partial(`only ${exp.length ? "export" : "erasure"} is implemented`, ev, remedy);
    return fail("no data subject endpoints", [absent("export or erasure endpoints", `${view.inv.app.routes.length} routes`)], remedy);
  }
});

// src/checks/items/db-backup-policy.ts
var RETENTION = /retention|keep[-_](last|days|daily|weekly|monthly)|BACKUP_KEEP|ttl|retain/i;
var db_backup_policy_default = defineCheck({
  id: "db-backup-policy",
  docs: {
    motivation: "A backup without a defined schedule, retention and storage place is not a policy anyone can rely on.",
    implementation: "A schedule plus retention in configuration (CloudNativePG retentionPolicy, Velero ttl, BACKUP_KEEP_* of a backup service) or a backup policy document with frequency, retention, location and restore tests."
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable("no database is deployed");
    const ev = [];
    for (const o of view.inv.kubernetes.objects) if (o.category === "velero" && o.kind === "Schedule" || o.category === "cloudnative-pg" && (o.kind === "ScheduledBackup" || o.kind === "Cluster")) ev.push(at2(o.file, o.line, `${o.kind} ${o.name ?? ""}`));
    for (const s3 of view.services) {
      const e2 = s3.compose?.environment.find((x) => RETENTION.test(x.name) && /backup|keep/i.test(x.name));
      if (e2) ev.push(at2(e2.file, e2.line, `${s3.name}: ${e2.name}`));
    }
    const found = bestDoc(view, ["backup-restore", "disaster-recovery"]);
    const doc = found && /backup|restore|recovery|백업|복구|복원/i.test(`${found.title ?? ""} ${found.path}`) ? found : void 0;
    if (ev.length && (ev.length > 1 || doc)) return pass("backups have a schedule and a retention", [...ev, ...doc ? [at2(doc.path, doc.line, `backup document (${doc.strength})`)] : []]);
    const remedy = "define the backup schedule, retention (e.g. keep 7 daily, 4 weekly), storage location and restore tests next to the backup job, or in a backup policy document";
    if (ev.length || doc?.strength === "procedure") return partial("backups are configured or described, but the policy (retention, schedule, storage) is incomplete", [...ev, ...doc ? [at2(doc.path, doc.line, `backup document (${doc.strength})`)] : []], remedy);
    return fail("no backup policy", [...doc ? [at2(doc.path, doc.line, `backups are only ${doc.strength === "plan" ? "planned" : "mentioned"} here`)] : [], absent("backup retention and schedule", "Kubernetes, compose and documents")], remedy);
  }
});

// src/checks/items/db-migrations.ts
var MIGRATE = /alembic upgrade|manage\.py migrate|prisma migrate deploy|flyway migrate|knex migrate|db:migrate|typeorm migration:run/;
var db_migrations_default = defineCheck({
  id: "db-migrations",
  docs: {
    motivation: "Schema changes must be versioned and applied the same way on every deploy.",
    implementation: "A migrations tool with versions (Alembic, Django, Prisma, Flyway ...) and a step that runs them on deploy: a workflow step, a compose command or entrypoint, a Kubernetes Job or init container, a Helm hook."
  },
  judge(view) {
    if (!view.hasDatabase && !view.inv.app.migrations.length) return notApplicable("no database is deployed");
    const tools = view.inv.app.migrations.map((m) => at2(m.dir, 0, `${m.tool} migrations (${m.versions} versions)`));
    const runs = [
      ...stepsTagged(view, "migrations").map((s3) => at2(s3.file, s3.line, "migrations run in the deploy workflow")),
      ...view.services.filter((s3) => MIGRATE.test(`${s3.compose?.command ?? ""} ${s3.compose?.entrypoint ?? ""}`) || s3.workload && MIGRATE.test(s3.workload.commands)).map((s3) => at2(s3.file, s3.line, `${s3.name} runs migrations on start`)),
      ...view.inv.dockerfiles.files.filter((d) => d.stages.some((st) => MIGRATE.test(`${st.cmd?.value ?? ""} ${st.entrypoint?.value ?? ""}`))).map((d) => at2(d.file, 1, "image runs migrations on start"))
    ];
    const remedy = "run the migrations as a deployment step (`alembic upgrade head` in the deploy job, a Kubernetes Job/Helm pre-upgrade hook, or the container entrypoint) so every environment gets the same schema";
    if (tools.length && runs.length) return pass("migrations are versioned and applied on deploy", [...tools, ...runs]);
    if (tools.length) return partial("migrations exist but nothing applies them on deploy", [...tools, absent("a step that runs the migrations", "workflows, compose commands, Kubernetes jobs")], remedy);
    return fail("no database migrations", [absent("a migrations tool with versions", "the repository")], "version the schema with a migrations tool (Alembic for SQLAlchemy) and apply it on deploy");
  }
});

// src/checks/items/db-monitoring.ts
var db_monitoring_default = defineCheck({
  id: "db-monitoring",
  docs: {
    motivation: "Connection exhaustion, replication lag and full disks show in database metrics long before users notice.",
    implementation: "postgres/redis/mysqld exporters in compose or Kubernetes, scrape jobs for them, database alert rules."
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable("no database is deployed");
    const exporters = view.inv.monitoring.components.filter((c) => /exporter$/.test(c.kind) && c.kind !== "node-exporter" && c.kind !== "blackbox-exporter");
    const jobs = view.inv.monitoring.prometheus.flatMap((p) => p.jobs.filter((j) => /postgres|pg|redis|mysql|mongo|database|db/i.test(j.name + j.targets.join(" "))).map((j) => at2(p.file, j.line, `scrape job ${j.name}`)));
    const rules = view.inv.monitoring.alertRules.filter((r) => /pg_|postgres|redis_|mysql_|mongodb_/i.test(r.expr + r.name)).map((r) => at2(r.file, r.line, `alert ${r.name}`));
    const ev = [...exporters.map((c) => at2(c.file, c.line, `${c.kind} (${c.name})`)), ...jobs, ...rules];
    if (exporters.length && jobs.length) return pass("database metrics are exported and scraped", ev);
    const remedy = "run postgres_exporter / redis_exporter beside the datastores, scrape them from Prometheus and add alert rules for connections, replication lag and disk";
    if (ev.length) return partial("database monitoring is incomplete", ev, remedy);
    return fail("databases are not monitored", [absent("database exporters, scrape jobs or alert rules", "compose, Kubernetes and Prometheus configuration")], remedy);
  }
});

// src/checks/items/db-recovery-procedure.ts
var db_recovery_procedure_default = defineCheck({
  id: "db-recovery-procedure",
  docs: {
    motivation: "Restoring a database under pressure without written steps is how outages become data loss.",
    implementation: "A restore runbook (pg_restore, point-in-time recovery, failover steps) or a restore script in the repository; plans and strategy documents count partly."
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable("no database is deployed");
    const scripts = view.inv.files.list.filter((f) => /restore|recover|failover/i.test(f.name) && /\.(sh|py|ps1)$/.test(f.name));
    if (scripts.length) return pass("a restore script is in the repository", scripts.map((f) => at2(f.path, 0, "restore script")));
    return judgeProcedure(view, ["backup-restore", "disaster-recovery"], "database restore procedure", "write a restore runbook: where the backups are, the pg_restore / point-in-time recovery commands, how to verify the data and who does it; test it on a schedule");
  }
});

// src/checks/items/db-replication.ts
var REPLICATION = /POSTGRES(QL)?_REPLICATION_MODE|REPLICATION_MODE|primary_conninfo|hot_standby|patroni|repmgr/i;
var db_replication_default = defineCheck({
  id: "db-replication",
  docs: {
    motivation: "A single database instance is a single point of failure for every request.",
    implementation: "A standby or replica: replication settings (Bitnami REPLICATION_MODE, primary_conninfo, Patroni, repmgr), more than one database replica, CloudNativePG Cluster instances > 1, Helm values architecture: replication, managed databases with multi-AZ in infrastructure code."
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable("no database is deployed");
    const ev = [];
    const dbs = view.services.filter((s3) => s3.role === "database");
    for (const s3 of dbs) {
      if (s3.replicas > 1) ev.push(at2(s3.replicasAt.file, s3.replicasAt.line, `${s3.name} runs ${s3.replicas} instances`));
      const env = s3.compose?.environment.find((e2) => REPLICATION.test(e2.name) || REPLICATION.test(e2.value ?? ""));
      if (env) ev.push(at2(env.file, env.line, `${s3.name} replication setting ${env.name}`));
      if (/patroni|repmgr|spilo/.test(s3.image ?? "")) ev.push(at2(s3.file, s3.line, `${s3.name} runs a replication manager`));
    }
    for (const o of view.inv.kubernetes.objects) if (o.category === "cloudnative-pg" && o.kind === "Cluster") ev.push(at2(o.file, o.line, `CloudNativePG Cluster ${o.name ?? ""}`));
    for (const c of view.inv.helm.charts) if (c.values.architecture?.value === "replication") ev.push(at2(c.values.architecture.file, c.values.architecture.line, "database chart architecture: replication"));
    for (const f of view.inv.files.list) if (f.ext === ".tf" && /rds|database|sql/i.test(f.path)) ev.push(at2(f.path, 0, "managed database in infrastructure code (check multi_az)"));
    if (ev.length) return pass("the database has a replica or standby", ev);
    return fail("the database is a single instance with no replica", [...dbs.map((s3) => at2(s3.file, s3.line, `${s3.name}: one instance, no replication`)), absent("a replica or standby", "compose, Kubernetes, Helm and infrastructure files")], "run a streaming replica (e.g. bitnami/postgresql with POSTGRESQL_REPLICATION_MODE=master/slave, CloudNativePG with instances: 2+) or use a managed database with a standby");
  }
});

// src/checks/items/db-tuning.ts
var TUNING = /shared_buffers|max_connections|effective_cache_size|work_mem|maintenance_work_mem|max_wal_size|innodb_buffer_pool_size|maxmemory/;
var db_tuning_default = defineCheck({
  id: "db-tuning",
  docs: {
    motivation: "Database defaults are sized for a laptop; production needs memory and connection settings of its own.",
    implementation: "PostgreSQL/MySQL settings in the production command or environment (shared_buffers, max_connections ...), a postgresql.conf in the repository, a connection pooler (pgbouncer, pgpool), CloudNativePG parameters."
  },
  judge(view) {
    if (!view.hasDatabase) return notApplicable("no database is deployed");
    const ev = [];
    for (const s3 of view.services.filter((x) => x.role === "database")) {
      const c = s3.compose;
      if (c && (TUNING.test(c.command ?? "") || c.environment.some((e2) => TUNING.test(e2.value ?? "")))) {
        const e2 = c.environment.find((x) => TUNING.test(x.value ?? ""));
        ev.push(at2(e2?.file ?? c.locs.command?.file ?? s3.file, e2?.line ?? c.locs.command?.line ?? s3.line, `${s3.name} is started with tuned settings`));
      }
      if (s3.workload && TUNING.test(s3.workload.commands)) ev.push(at2(s3.file, s3.line, `${s3.name} is started with tuned settings`));
    }
    for (const f of view.inv.files.list) if (/^(postgresql|my)\.cnf$|^postgresql\.conf$/.test(f.name)) ev.push(at2(f.path, 0, "database configuration file"));
    for (const s3 of view.services) if (/pgbouncer|pgpool|odyssey|pgcat/.test(s3.image ?? s3.name)) ev.push(at2(s3.file, s3.line, `connection pooler ${s3.name}`));
    for (const o of view.inv.kubernetes.objects) if (o.category === "cloudnative-pg" && o.kind === "Cluster") ev.push(at2(o.file, o.line, `CloudNativePG Cluster ${o.name ?? ""} (parameters managed by the operator)`));
    if (ev.length) return pass("the production database is tuned", ev);
    return fail("the database runs with default settings", [absent("database settings (shared_buffers, max_connections ...) or a connection pooler", "production compose, Kubernetes and config files")], "set the database memory and connection parameters for production (postgresql.conf mounted into the container, or `command: postgres -c shared_buffers=... -c max_connections=...`) and add a pooler such as pgbouncer");
  }
});

// src/checks/items/ddos-protection.ts
var ddos_protection_default = defineCheck({
  id: "ddos-protection",
  docs: {
    motivation: "Without limits at the edge, one client can exhaust the application for everyone.",
    implementation: "nginx limit_req/limit_conn, ingress rate-limit annotations, provider DDoS/WAF services in infrastructure code; rate limiting inside the application counts only partly (the request has already reached it)."
  },
  judge(view) {
    const edge = view.inv.nginx.servers.flatMap((s3) => s3.rateLimits.map((r) => at2(r.file, r.line, `${r.directive} in front of ${s3.serverNames.join(" ") || "the server"}`)));
    const ing = view.inv.kubernetes.ingresses.filter((i) => Object.keys(i.annotations).some((k) => /limit-(rps|rpm|connections)|rate-limit|ratelimit/.test(k))).map((i) => at2(i.file, i.line, `Ingress ${i.name} rate-limit annotations`));
    const iac = view.inv.files.list.filter((f) => f.ext === ".tf" && /shield|waf|ddos|armor/i.test(f.path)).map((f) => at2(f.path, 0, "provider DDoS protection"));
    if (edge.length || ing.length || iac.length) return pass("requests are limited before they reach the application", [...edge, ...ing, ...iac]);
    const app = view.inv.app.hints.filter((h) => h.kind === "rate-limit");
    const wired = app.filter((h) => h.wired);
    const remedy = "limit requests at the edge: `limit_req_zone` + `limit_req` (and `limit_conn`) in nginx, rate-limit annotations on the Ingress, or the provider's DDoS protection";
    if (wired.length) return partial("only the application limits request rates", wired.map((h) => at2(h.file, h.line, `application rate limiting (${h.name})`)), remedy);
    return fail("no rate limiting or DDoS protection", [...app.map((h) => at2(h.file, h.line, `${h.name} is defined but not wired into the app`)), absent("limit_req/limit_conn, ingress rate limits or a provider DDoS service", "nginx, Kubernetes and infrastructure files")], remedy);
  }
});

// src/checks/items/disaster-recovery.ts
var disaster_recovery_default = defineCheck({
  id: "disaster-recovery",
  docs: {
    motivation: "Losing a region, a cluster or the database needs a plan with recovery objectives and rehearsed steps.",
    implementation: "A disaster recovery plan with RTO/RPO and restore steps or commands; strategy documents without steps count partly."
  },
  judge: (view) => judgeProcedure(view, ["disaster-recovery"], "disaster recovery procedure", "write a disaster recovery plan: RTO and RPO, where backups live, the restore and failover steps with commands, who decides, and a restore drill on a schedule")
});

// src/checks/items/domain-dns.ts
var LOCAL = /^(_|localhost|127\.|0\.0\.0\.0|\d+\.\d+\.\d+\.\d+|.*\.local|example\.(com|org)|.*\.example\.com|\$.*)$/;
var domain_dns_default = defineCheck({
  id: "domain-dns",
  docs: {
    motivation: "Users reach the service by name; a configuration that only knows localhost has not been set up for a domain.",
    implementation: "Real host names in nginx server_name and Ingress hosts, external-dns annotations, DNS records in infrastructure code."
  },
  judge(view) {
    const hosts = [
      ...view.inv.nginx.servers.flatMap((s3) => s3.serverNames.filter((n2) => !LOCAL.test(n2)).map((n2) => at2(s3.file, s3.line, `server_name ${n2}`))),
      ...view.inv.kubernetes.ingresses.flatMap((i) => i.hosts.filter((h) => !LOCAL.test(h)).map((h) => at2(i.file, i.line, `Ingress host ${h}`))),
      ...view.inv.kubernetes.objects.filter((o) => Object.keys(o.annotations).some((k) => k.startsWith("external-dns"))).map((o) => at2(o.file, o.line, "external-dns annotation")),
      ...view.inv.files.list.filter((f) => f.ext === ".tf" && /dns|route53|record/i.test(f.path)).map((f) => at2(f.path, 0, "DNS records as infrastructure code"))
    ];
    if (hosts.length) return pass("the configuration serves a real domain", hosts);
    return attestOnly("the domain and DNS setup");
  }
});

// src/checks/items/error-recovery.ts
var error_recovery_default = defineCheck({
  id: "error-recovery",
  docs: {
    motivation: "Failures happen; services must restart, wait for healthy dependencies and report errors somewhere people look.",
    implementation: "Restart policies on every production service, depends_on with service_healthy, liveness probes, an error tracker (Sentry), retries or circuit breakers in clients."
  },
  judge(view) {
    const svcs = view.services.filter((s3) => s3.role !== "job");
    const restarting = svcs.filter((s3) => s3.platform !== "compose" || ["always", "unless-stopped", "on-failure"].includes(s3.compose?.restart?.value ?? "") || s3.compose?.locs["deploy.restart_policy"]);
    const noRestart = svcs.filter((s3) => !restarting.includes(s3));
    const healthyDeps = view.services.flatMap((s3) => (s3.compose?.dependsOn ?? []).filter((d) => d.condition === "service_healthy").map((d) => ({ s: s3, d })));
    const tracker = view.inv.app.hints.filter((h) => h.kind === "error-tracker" && h.wired);
    const resilience = view.inv.app.hints.filter((h) => h.kind === "retry" || h.kind === "circuit-breaker");
    const ev = [
      ...noRestart.map((s3) => at2(s3.file, s3.line, `${s3.name} has no restart policy`)),
      ...restarting.filter((s3) => s3.compose?.restart).map((s3) => at2(s3.compose.restart.file, s3.compose.restart.line, `${s3.name}: restart ${s3.compose.restart.value}`)),
      ...healthyDeps.slice(0, 5).map(({ s: s3, d }) => at2(s3.file, s3.line, `${s3.name} waits for ${d.service} to be healthy`)),
      ...tracker.map((h) => at2(h.file, h.line, `error tracker ${h.name}`)),
      ...resilience.slice(0, 3).map((h) => at2(h.file, h.line, h.name))
    ];
    const remedy = `give ${noRestart.length ? noRestart.map((s3) => s3.name).join(", ") : "every service"} a restart policy, wait on healthy dependencies (depends_on condition: service_healthy) and report errors to a tracker (sentry_sdk.init with a DSN from the environment)`;
    if (svcs.length && !noRestart.length && tracker.length) return pass("services restart on failure and errors are tracked", ev);
    if (restarting.length || tracker.length || resilience.length) return partial(`recovery is partial: ${[noRestart.length && `${noRestart.length} services without restart policy`, !tracker.length && "no error tracker"].filter(Boolean).join(", ")}`, ev, remedy);
    return fail("no error recovery mechanisms", ev.length ? ev : [absent("restart policies or an error tracker", "compose, Kubernetes and application code")], remedy);
  }
});

// src/checks/items/firewall.ts
var firewall_default = defineCheck({
  id: "firewall",
  docs: {
    motivation: "A database or cache published on the host is one scan away from the internet.",
    implementation: "Flags datastores that publish host ports in the production compose model (unless bound to 127.0.0.1); looks for Kubernetes default-deny NetworkPolicies and firewall rules in infrastructure code."
  },
  judge(view) {
    const exposed = view.services.filter((s3) => isDatastore(s3)).flatMap((s3) => s3.published.filter((p) => !/^(127\.|localhost|::1)/.test(p.hostIp ?? "")).map((p) => ({ s: s3, p })));
    const deny = view.inv.kubernetes.networkPolicies.filter((n2) => n2.defaultDeny);
    const iac = view.inv.files.list.filter((f) => f.ext === ".tf" && /firewall|security_group|sg\b|network/i.test(f.path));
    if (exposed.length) {
      return fail(
        `${exposed.length} datastore port${exposed.length > 1 ? "s are" : " is"} published on the host`,
        exposed.map(({ s: s3, p }) => at2(p.at.file, p.at.line, `${s3.name} publishes host port ${p.port}`)),
        `remove the \`ports:\` of ${[...new Set(exposed.map((e2) => e2.s.name))].join(", ")} from the production model (they are reachable on the compose network), or bind them to 127.0.0.1, and keep firewall rules in the repository`
      );
    }
    if (deny.length) return pass("a default-deny NetworkPolicy restricts traffic", deny.map((n2) => at2(n2.file, n2.line, `NetworkPolicy ${n2.name} denies by default`)));
    if (iac.length) return pass("firewall rules are kept as infrastructure code", iac.slice(0, 3).map((f) => at2(f.path, 0, "firewall / security group rules")));
    const datastores = view.services.filter(isDatastore);
    if (datastores.length) return partial("no datastore is published on the host, but no firewall rules are in the repository", [...datastores.map((s3) => at2(s3.file, s3.line, `${s3.name} is not published`)), absent("NetworkPolicy or firewall rules", "Kubernetes manifests and infrastructure code")], "add a default-deny NetworkPolicy (Kubernetes) or keep the host firewall rules in the repository, or attest them");
    return attestOnly("the firewall configuration");
  }
});

// src/checks/items/frontend-build.ts
var FRONT = /front|web|ui|client|dashboard|streamlit/i;
var frontend_build_default = defineCheck({
  id: "frontend-build",
  docs: {
    motivation: "The frontend must ship as a production build, not a development server, from a Dockerfile that exists.",
    implementation: "The frontend service's Dockerfile: it must exist, build in stages for bundled frontends (NODE_ENV=production), and run no dev server; Streamlit needs headless production settings (.streamlit/config.toml or --server.headless)."
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable("no frontend in the repository");
    const fronts = view.services.filter((s3) => FRONT.test(s3.name));
    const ev = [];
    const problems = [];
    for (const s3 of fronts) {
      const b = s3.compose?.build;
      if (b && !b.dockerfileExists) {
        ev.push(at2(b.file, b.line, `${s3.name} builds from ${b.dockerfile}, which does not exist`));
        problems.push(`add ${b.dockerfile} (or point build.dockerfile at the existing frontend Dockerfile)`);
        continue;
      }
      const d = s3.dockerfile;
      if (!d) continue;
      const cmd2 = d.stages.at(-1)?.cmd;
      if (d.final.devServer) {
        ev.push(at2(d.file, d.final.devServer.line, `${s3.name} runs a development server (${d.final.devServer.what})`));
        problems.push(`serve ${s3.name} from a production build`);
      } else ev.push(at2(d.file, cmd2?.line ?? 1, `${s3.name}: ${d.final.multiStage ? "multi-stage build" : "single-stage image"}, ${cmd2?.value ?? "no CMD"}`));
    }
    const streamlitCfg = view.inv.files.list.find((f) => f.path === ".streamlit/config.toml" || f.path.endsWith("/.streamlit/config.toml"));
    if (streamlitCfg) ev.push(at2(streamlitCfg.path, 0, "Streamlit server settings"));
    const remedy = problems.length ? problems.join("; ") : "build the frontend in a multi-stage Dockerfile that produces a production build (NODE_ENV=production, or Streamlit with --server.headless=true and XSRF protection on)";
    if (problems.length) return fail("the frontend has no working production build", ev, remedy);
    if (fronts.some((s3) => s3.dockerfile)) return pass("the frontend ships as a production image", ev);
    return partial("a frontend exists but no production image builds it", ev.length ? ev : [absent("a frontend Dockerfile used by the deployment", "compose, Kubernetes and Dockerfiles")], remedy);
  }
});

// src/checks/items/frontend-cdn.ts
var frontend_cdn_default = defineCheck({
  id: "frontend-cdn",
  docs: {
    motivation: "Static assets served from a CDN load faster everywhere and spare the origin.",
    implementation: "An asset prefix / public path pointing at a CDN origin (assetPrefix, publicPath, STATIC_URL on a CDN host), or CDN resources in infrastructure code."
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable("no frontend in the repository");
    const env = view.services.flatMap((s3) => (s3.compose?.environment ?? []).filter((e2) => /(CDN|ASSET|STATIC)_?(URL|PREFIX|HOST)/i.test(e2.name) && /^https?:\/\//.test(e2.value ?? "")).map((e2) => at2(e2.file, e2.line, `${e2.name} points at ${e2.value}`)));
    const iac = view.inv.files.list.filter((f) => (f.ext === ".tf" || f.ext === ".json") && CDN_IAC.test(f.path)).map((f) => at2(f.path, 0, "CDN configuration"));
    if (env.length || iac.length) return pass("frontend assets are served through a CDN", [...env, ...iac]);
    return attestOnly("the CDN integration of the frontend");
  }
});

// src/checks/items/frontend-performance.ts
var frontend_performance_default = defineCheck({
  id: "frontend-performance",
  docs: {
    motivation: "Frontend speed regresses silently unless a budget is measured on every change.",
    implementation: "Lighthouse CI or web-vitals budgets in CI; a web-vitals or caching library in the frontend counts partly."
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable("no frontend in the repository");
    const lh = stepsTagged(view, "lighthouse").map((s3) => at2(s3.file, s3.line, "Lighthouse runs in CI"));
    const cfg = view.inv.files.list.filter((f) => /^(lighthouserc|\.lighthouserc)(\.\w+)?$|^budget\.json$/.test(f.name)).map((f) => at2(f.path, 0, "performance budget"));
    const cache = view.inv.app.hints.filter((h) => h.kind === "cache" && /front|web|ui|app\.py|streamlit/i.test(h.file)).map((h) => at2(h.file, h.line, `frontend caching (${h.name})`));
    const remedy = "measure the frontend in CI with Lighthouse CI (lighthouserc with budgets) or web-vitals thresholds, and cache data calls in the frontend";
    if (lh.length) return pass("frontend performance is measured in CI", [...lh, ...cfg]);
    if (cfg.length || cache.length) return partial("some frontend performance work, not measured in CI", [...cfg, ...cache], remedy);
    return fail("frontend performance is not measured", [absent("Lighthouse CI, web-vitals budgets or frontend caching", "workflows and frontend code")], remedy);
  }
});

// src/checks/items/healthchecks.ts
var healthchecks_default = defineCheck({
  id: "healthchecks",
  docs: {
    motivation: "Orchestrators only restart and route around what they can see is unhealthy.",
    implementation: "A healthcheck or readiness/liveness probe on every long-running production service; the probed path must be a route the code serves, and a Dockerfile HEALTHCHECK must not contradict the orchestrator's probe."
  },
  judge(view) {
    const svcs = view.services.filter((s3) => s3.role !== "job");
    const j = share(
      svcs,
      (s3) => !!s3.healthcheck || !!s3.dockerfile?.final.hasHealthcheck,
      {
        all: `every production service has a health check`,
        some: (bad) => `${bad.length} of ${svcs.length} services have no health check: ${bad.join(", ")}`,
        none: "no production service has a health check",
        remedy: (bad) => `add a healthcheck (test, interval, timeout, retries) to ${bad.join(", ")} in compose, or readiness and liveness probes in Kubernetes`
      },
      (s3, ok) => ok ? s3.healthcheck ? at2(s3.healthcheck.at.file, s3.healthcheck.at.line, `${s3.name}: ${s3.healthcheck.kind}${s3.healthcheck.path ? ` on ${s3.healthcheck.path}` : ""}`) : at2(s3.dockerfile.file, 1, `${s3.name}: Dockerfile HEALTHCHECK`) : at2(s3.file, s3.line, `${s3.name} has no health check`)
    );
    const served = view.inv.app.routes.map((r) => r.path.replace(/\/$/, "") || "/");
    const cross = [];
    if (served.length) {
      for (const s3 of svcs) {
        const path = s3.healthcheck?.path?.split("?")[0].replace(/\/$/, "");
        if (path && !served.includes(path)) cross.push(at2(s3.healthcheck.at.file, s3.healthcheck.at.line, `${s3.name} probes ${path}, which no route in the code serves`));
        const dockerPath = /https?:\/\/[^/\s]+(\/[^\s"'|]*)/.exec(s3.dockerfile?.stages.at(-1)?.healthcheck?.command ?? "")?.[1]?.replace(/\/$/, "");
        if (dockerPath && path && dockerPath !== path) cross.push(at2(s3.dockerfile.file, s3.dockerfile.stages.at(-1).healthcheck.line, `Dockerfile HEALTHCHECK probes ${dockerPath} while ${s3.platform} probes ${path} (${s3.healthcheck.at.file}:${s3.healthcheck.at.line})`));
      }
    }
    if (cross.length && j.status === "pass") return partial("every service has a health check, but some check paths are wrong", [...cross, ...j.evidence], "point the health checks at a route the service serves (e.g. /health) and keep the Dockerfile HEALTHCHECK and the orchestrator probe on the same path");
    return cross.length ? { ...j, evidence: [...cross, ...j.evidence] } : j;
  }
});

// src/checks/items/high-availability.ts
var high_availability_default = defineCheck({
  id: "high-availability",
  docs: {
    motivation: "One instance of a service is one crash away from an outage.",
    implementation: "More than one replica for every stateless service (deploy.replicas, Deployment replicas or an HPA minReplicas >= 2); container_name pins a compose service to one instance and is reported; PodDisruptionBudgets and anti-affinity count beside it."
  },
  judge(view) {
    const svcs = view.services.filter(isStateless);
    const n2 = (s3) => Math.max(s3.replicas, s3.minReplicas ?? 0);
    const j = share(
      svcs,
      (s3) => n2(s3) >= 2 && !s3.containerName,
      {
        all: `every stateless service runs at least two instances`,
        some: (bad) => `${bad.length} of ${svcs.length} stateless services run a single instance: ${bad.join(", ")}`,
        none: `every service runs a single instance`,
        remedy: (bad) => `run at least two instances of ${bad.join(", ")}: remove \`container_name\` and set \`deploy.replicas: 2\` in the production compose file (behind a load balancer), or replicas/HPA minReplicas >= 2 with a PodDisruptionBudget in Kubernetes`
      },
      (s3, ok) => ok ? at2(s3.replicasAt.file, s3.replicasAt.line, `${s3.name}: ${n2(s3)} instances`) : s3.containerName ? at2(s3.containerName.file, s3.containerName.line, `${s3.name}: container_name pins it to one instance`) : at2(s3.replicasAt.file, s3.replicasAt.line, `${s3.name}: ${n2(s3)} instance`)
    );
    const pdb = view.inv.kubernetes.pdbs.map((p) => at2(p.file, p.line, `PodDisruptionBudget ${p.name}`));
    if (j.status === "pass" && view.inv.kubernetes.workloads.length && !pdb.length) return partial("services are replicated, but no PodDisruptionBudget keeps them up during node maintenance", j.evidence, "add PodDisruptionBudgets (minAvailable: 1) for the replicated Deployments");
    return { ...j, evidence: [...j.evidence, ...pdb] };
  }
});

// src/checks/items/incident-response.ts
var incident_response_default = defineCheck({
  id: "incident-response",
  docs: {
    motivation: "In an outage people follow what is written: severities, who is on call, how to escalate and communicate.",
    implementation: "An incident response runbook with steps and owners or severity levels; alert rules' runbook_url links are checked against the repository (a link to a runbook that does not exist is reported)."
  },
  judge(view) {
    const extra = [];
    for (const r of view.inv.monitoring.alertRules) {
      if (!r.runbookUrl) continue;
      const m = /\/blob\/[^/]+\/(.+?)(#.*)?$/.exec(r.runbookUrl) ?? /^(?:\.\/)?([^:]+\.md)(#.*)?$/.exec(r.runbookUrl);
      if (!m) continue;
      const path = decodeURIComponent(m[1]);
      if (!view.inv.files.list.some((f) => f.path === path)) extra.push(at2(r.file, r.line, `alert ${r.name} links runbook ${path}, which is not in the repository`));
      else extra.push(at2(r.file, r.line, `alert ${r.name} links runbook ${path}`));
    }
    const j = judgeProcedure(view, ["incident-response", "on-call", "runbook"], "incident response procedure", "write an incident response runbook: severity levels, who is on call and how to reach them, escalation, first steps per alert and communication; link it from each alert rule (runbook_url)", extra);
    if (j.status === "pass" && extra.some((e2) => e2.message.includes("not in the repository"))) {
      return { ...j, status: "partial", summary: "an incident procedure exists, but alert rules link runbooks that are missing", remedy: "add the runbooks the alert rules link to, or fix their runbook_url" };
    }
    return j;
  }
});

// src/checks/items/internal-network-security.ts
var internal_network_security_default = defineCheck({
  id: "internal-network-security",
  docs: {
    motivation: "Inside the network, a datastore without authentication or isolation is open to every compromised neighbour.",
    implementation: "Kubernetes NetworkPolicies, compose networks marked internal for datastores, service mesh mTLS; datastores whose password falls back to a default written in the compose file fail."
  },
  judge(view) {
    const pols = view.inv.kubernetes.networkPolicies.map((n2) => at2(n2.file, n2.line, `NetworkPolicy ${n2.name}`));
    const mtls = view.inv.kubernetes.objects.filter((o) => o.kind === "PeerAuthentication" || o.category === "linkerd").map((o) => at2(o.file, o.line, `${o.kind} (mTLS)`));
    const internal = view.inv.compose.projects.flatMap((p) => p.networks.filter((n2) => n2.internal).map((n2) => at2(n2.file, 0, `network ${n2.name} is internal`)));
    const datastores = view.services.filter(isDatastore);
    const defaulted = view.inv.compose.projects.flatMap((p) => p.interpolations.filter((i) => isSecretName(i.variable) && i.defaultLength && datastores.some((d) => i.path.startsWith(`services.${d.name}.`))));
    const remedy = "isolate the datastores: a compose network with `internal: true` for postgres/redis, NetworkPolicies between services in Kubernetes, and datastore passwords that come from secrets with no default in the compose file";
    if (defaulted.length) return fail("datastore credentials fall back to defaults written in the compose file", defaulted.map((i) => at2(i.file, i.line, `\${${i.variable}} has a default at ${i.path}`)), remedy);
    if (pols.length || mtls.length || internal.length) return pass("internal traffic is restricted", [...pols, ...mtls, ...internal]);
    if (datastores.length) return partial("datastores require credentials, but the internal network is flat", [...datastores.map((d) => at2(d.file, d.line, `${d.name} shares a flat network with every service`)), absent("internal networks or NetworkPolicies", "compose and Kubernetes files")], remedy);
    return fail("nothing restricts internal traffic", [absent("NetworkPolicies, internal compose networks or mTLS", "compose and Kubernetes files")], remedy);
  }
});

// src/checks/items/intrusion-detection.ts
var IDS = /falco|wazuh|suricata|crowdsec|fail2ban|ossec|tetragon|snort/i;
var intrusion_detection_default = defineCheck({
  id: "intrusion-detection",
  docs: {
    motivation: "Attacks that get through must at least be noticed.",
    implementation: "Falco, Wazuh, Suricata, CrowdSec, fail2ban or Tetragon deployed by the repository's compose, Kubernetes or Helm files."
  },
  judge(view) {
    const hits = [
      ...view.services.filter((s3) => IDS.test(s3.image ?? "") || IDS.test(s3.name)).map((s3) => at2(s3.file, s3.line, `${s3.name} (${s3.image ?? "intrusion detection"})`)),
      ...view.inv.helm.charts.filter((c) => c.dependencies.some((d) => IDS.test(d)) || IDS.test(c.name ?? "")).map((c) => at2(c.file, 1, `chart ${c.name}`)),
      ...view.inv.files.list.filter((f) => /(^|\/)(falco_rules|jail\.local|crowdsec)/i.test(f.path)).map((f) => at2(f.path, 0, "intrusion detection rules"))
    ];
    if (hits.length) return pass("intrusion detection is deployed", hits);
    return attestOnly("intrusion detection");
  }
});

// src/checks/items/k8s-manifests.ts
var k8s_manifests_default = defineCheck({
  id: "k8s-manifests",
  docs: {
    motivation: "The review plans Kubernetes as the target platform: the services need manifests.",
    implementation: "Deployments/StatefulSets as plain manifests, kustomize overlays or a Helm chart."
  },
  judge(view) {
    const k = view.inv.kubernetes;
    const ev = [...k.workloads.slice(0, 8).map((w) => at2(w.file, w.line, `${w.kind} ${w.name}${w.via ? ` via ${w.via}` : ""}`)), ...view.inv.helm.charts.map((c) => at2(c.file, 1, `Helm chart ${c.name ?? ""}`))];
    if (ev.length) return pass("Kubernetes manifests exist", ev);
    return fail("no Kubernetes manifests", [absent("Deployments, kustomize overlays or a Helm chart", "the repository")], `write Deployments and Services for ${view.services.map((s3) => s3.name).join(", ") || "the services"} (kustomize base + production overlay, or a Helm chart)`);
  }
});

// src/checks/items/load-balancer.ts
var load_balancer_default = defineCheck({
  id: "load-balancer",
  docs: {
    motivation: "A load balancer only balances when there is more than one backend behind it.",
    implementation: "nginx/HAProxy upstreams with several servers or in front of replicated services; Kubernetes Services of type LoadBalancer or Ingresses in front of Deployments with more than one replica."
  },
  judge(view) {
    const multi = view.inv.nginx.upstreams.filter((u) => u.servers.filter((s3) => !s3.backup).length > 1);
    const replicated = view.services.filter((s3) => isStateless(s3) && Math.max(s3.replicas, s3.minReplicas ?? 0) > 1);
    const k8sFront = [...view.inv.kubernetes.services.filter((s3) => s3.type === "LoadBalancer"), ...view.inv.kubernetes.ingresses];
    const proxies = view.services.filter((s3) => s3.role === "proxy");
    const ev = [
      ...multi.map((u) => at2(u.file, u.line, `upstream ${u.name} balances ${u.servers.length} servers (${u.method})`)),
      ...k8sFront.map((x) => at2(x.file, x.line, `${"type" in x ? `Service ${x.name} (${x.type})` : `Ingress ${x.name}`}`)),
      ...replicated.map((s3) => at2(s3.replicasAt.file, s3.replicasAt.line, `${s3.name}: ${Math.max(s3.replicas, s3.minReplicas ?? 0)} replicas`))
    ];
    const known = /* @__PURE__ */ new Set([...view.inv.compose.projects.flatMap((p) => p.services.flatMap((s3) => [s3.name, s3.containerName?.value ?? ""])), ...view.inv.kubernetes.services.map((s3) => s3.name)]);
    const upstreamNames = new Set(view.inv.nginx.upstreams.map((u) => u.name));
    const dangling = view.services.length || view.inv.kubernetes.services.length ? view.inv.nginx.proxyTargets.filter((t2) => !t2.host.includes("$") && !upstreamNames.has(t2.host) && !known.has(t2.host.split(".")[0]) && !/^(localhost|127\.|unix:|\d+\.\d+)/.test(t2.host)) : [];
    const danglingEv = dangling.map((t2) => at2(t2.file, t2.line, `nginx sends traffic to ${t2.host}, which no compose service or Kubernetes Service is called`));
    if (danglingEv.length && (multi.length || k8sFront.length && replicated.length)) return partial("traffic is balanced, but some nginx targets name no service", [...danglingEv, ...ev], `point ${dangling.map((t2) => t2.host).join(", ")} at the services that exist (compose service names or Kubernetes Service names)`);
    ev.unshift(...danglingEv);
    if (multi.length || k8sFront.length && replicated.length) return pass("traffic is balanced across several instances", ev);
    const remedy = "put the stateless services behind a load balancer with at least two instances each: an nginx `upstream` with several servers (or compose `deploy.replicas` behind the proxy), or a Kubernetes Ingress/Service in front of Deployments with replicas >= 2";
    if (proxies.length || k8sFront.length || view.inv.nginx.upstreams.length) {
      return partial("a proxy or ingress is in front, but every backend is a single instance", [...ev, ...proxies.map((s3) => at2(s3.file, s3.line, `${s3.name} proxies to single instances`)), ...view.inv.nginx.upstreams.map((u) => at2(u.file, u.line, `upstream ${u.name} has one server`))], remedy);
    }
    return fail("no load balancer in front of the services", [absent("an upstream with several servers, a LoadBalancer Service or an Ingress", "nginx, compose and Kubernetes files"), ...view.services.filter(isStateless).map((s3) => at2(s3.file, s3.line, `${s3.name} is reached directly`))], remedy);
  }
});

// src/checks/items/maintenance-procedure.ts
var maintenance_procedure_default = defineCheck({
  id: "maintenance-procedure",
  docs: {
    motivation: "Routine work (updates, clean-ups, maintenance windows) done from memory is done differently every time.",
    implementation: "A maintenance document with steps or commands (windows, dependency updates, routine tasks)."
  },
  judge: (view) => judgeProcedure(view, ["maintenance"], "maintenance procedure", "write a maintenance procedure: the maintenance window, routine tasks (dependency and image updates, log and disk clean-up, certificate renewal) with their commands, and who does them")
});

// src/checks/items/monitoring-dashboard.ts
var monitoring_dashboard_default = defineCheck({
  id: "monitoring-dashboard",
  docs: {
    motivation: "Operators need to see the system's state at a glance, from real metrics.",
    implementation: "Grafana running with provisioned data sources and dashboards committed as JSON; Prometheus scraping real targets."
  },
  judge(view) {
    const m = view.inv.monitoring;
    const grafana = m.components.filter((c) => c.kind === "grafana");
    const dash = m.grafana.dashboards;
    const sources2 = m.grafana.datasources;
    const ev = [...grafana.map((c) => at2(c.file, c.line, `grafana (${c.via})`)), ...sources2.map((d) => at2(d.file, d.line, `${d.type} data source`)), ...dash.map((d) => at2(d.file, 1, `dashboard "${d.title}" (${d.panels} panels)`))];
    const remedy = "run Grafana with provisioned data sources (provisioning/datasources) and commit the dashboards as JSON (provisioning/dashboards), fed by Prometheus";
    if (grafana.length && dash.length) return pass("Grafana runs with committed dashboards", ev);
    if (ev.length || m.prometheus.length) return partial(grafana.length ? "Grafana runs but no dashboard is committed" : "dashboards or metrics exist but nothing serves them", ev.length ? ev : m.prometheus.map((p) => at2(p.file, 1, "Prometheus configuration")), remedy);
    return fail("no monitoring dashboard", [absent("Grafana and dashboard JSON", "compose, Kubernetes and the repository")], remedy);
  }
});

// src/checks/items/network-bandwidth.ts
var network_bandwidth_default = defineCheck({
  id: "network-bandwidth",
  docs: {
    motivation: "Bandwidth is bought from the provider; only a person can confirm it.",
    implementation: "Nothing in a repository shows it: unverified unless attested."
  },
  judge: () => attestOnly("the network bandwidth")
});

// src/checks/items/no-committed-secrets.ts
var SERIOUS = /* @__PURE__ */ new Set(["committed-env-file", "env-file-secret", "default-credential", "literal-credential", "kubernetes-secret-literal", "hardcoded-secret", "private-key", "token", "database-file"]);
var no_committed_secrets_default = defineCheck({
  id: "no-committed-secrets",
  docs: {
    motivation: "Anything committed is public to everyone who ever clones the repository, forever.",
    implementation: "Committed env files with values, private keys, token-shaped strings, hard-coded secrets, default credentials in compose, literal Kubernetes Secrets and database files fail; logs and build leftovers are partial. Values are never printed."
  },
  judge(view) {
    const f = view.inv.secrets.findings;
    const serious = f.filter((x) => SERIOUS.has(x.kind) && !(x.kind === "env-file-secret" && x.description.startsWith("placeholder")));
    const minor = f.filter((x) => !serious.includes(x));
    const ev = [...serious, ...minor].map((x) => at2(x.file, x.line, `${x.kind}${x.key ? ` ${x.key}` : ""}: ${x.description}`));
    const files = [...new Set(serious.map((x) => x.file))];
    if (serious.length) return fail(`${serious.length} secrets or credentials are committed (${files.slice(0, 4).join(", ")}${files.length > 4 ? " ..." : ""})`, ev, `remove ${files.slice(0, 5).join(", ")} from the repository (git rm --cached, add to .gitignore), rotate every value they held, drop the defaults of secret variables in compose, and keep secrets in CI secrets or a secret store`);
    if (minor.length) return partial("no secrets, but logs or build leftovers are committed", ev, `remove ${[...new Set(minor.map((x) => x.file))].slice(0, 5).join(", ")} and ignore them in .gitignore`);
    return pass("no secrets, credentials or leftovers are committed", [at2(".", 0, `${view.inv.files.count} files checked for env files, keys, tokens and default credentials`)]);
  }
});

// src/checks/items/operations-manual.ts
var operations_manual_default = defineCheck({
  id: "operations-manual",
  docs: {
    motivation: "Operators need one place that says how the system is run, checked and fixed.",
    implementation: "An operations manual or runbook index with commands for operators; analysis reports and plans count partly."
  },
  judge: (view) => judgeProcedure(view, ["operations-manual", "runbook"], "operations manual", "write an operations manual: architecture at a glance, how to start/stop/scale each service, health checks, logs and dashboards, common failures and their fixes, and links to the runbooks")
});

// src/checks/items/os-hardening.ts
var os_hardening_default = defineCheck({
  id: "os-hardening",
  docs: {
    motivation: "Containers running as root on floating base images turn any application bug into a host-level incident.",
    implementation: "Reads the final stage of each production Dockerfile (USER, pinned base) and Kubernetes securityContext (runAsNonRoot, allowPrivilegeEscalation, readOnlyRootFilesystem, dropped capabilities, privileged)."
  },
  judge(view) {
    const ev = [];
    let good = 0;
    let bad = 0;
    const prodDockerfiles = new Set(view.services.map((s3) => s3.dockerfile?.file).filter(Boolean));
    for (const d of view.inv.dockerfiles.files) {
      if (prodDockerfiles.size && !prodDockerfiles.has(d.file)) continue;
      const ok = !d.final.runsAsRoot && d.final.pinned;
      ok ? good++ : bad++;
      const line = d.final.userLine ?? d.stages[d.final.stage]?.line ?? 1;
      ev.push(at2(d.file, line, ok ? `runs as a non-root user on ${d.final.baseImage}` : `${d.final.runsAsRoot ? "runs as root" : "non-root"}${d.final.pinned ? "" : `, base image ${d.final.baseImage} is not pinned`}`));
    }
    for (const s3 of view.services) {
      if (s3.compose?.privileged) {
        bad++;
        ev.push(at2(s3.file, s3.line, `${s3.name} runs privileged`));
      }
      const w = s3.workload;
      if (!w) continue;
      for (const c of w.containers.filter((x) => !x.init)) {
        const sc = c.securityContext;
        const nonRoot = sc?.runAsNonRoot ?? w.podSecurityContext?.runAsNonRoot;
        const ok = !!nonRoot && sc?.allowPrivilegeEscalation === false && !sc?.privileged;
        ok ? good++ : bad++;
        ev.push(at2(c.file, sc?.line || c.line, ok ? `${w.name}/${c.name}: non-root, no privilege escalation${sc?.readOnlyRootFilesystem ? ", read-only root" : ""}` : `${w.name}/${c.name}: securityContext lacks runAsNonRoot and allowPrivilegeEscalation: false`));
      }
    }
    if (good + bad === 0) return attestOnly("the hardening of the servers");
    const remedy = "run every image as a non-root USER on a pinned base (a version tag or digest, slim/distroless), and set runAsNonRoot, allowPrivilegeEscalation: false, readOnlyRootFilesystem and capabilities.drop [ALL] in Kubernetes; attest the host OS hardening";
    if (bad === 0) return pass("every production image and pod runs unprivileged on a pinned base", ev);
    if (good) return partial(`${bad} of ${good + bad} images or containers run as root, privileged or on floating bases`, ev, remedy);
    return fail("no production image or pod is hardened", ev, remedy);
  }
});

// src/checks/items/performance-monitoring.ts
var performance_monitoring_default = defineCheck({
  id: "performance-monitoring",
  docs: {
    motivation: "Latency and throughput have to be measured where the requests are served.",
    implementation: "Application metrics endpoints (/metrics, prometheus clients) that a Prometheus scrape job reads; tracing (OpenTelemetry, Jaeger, Tempo) or APM agents."
  },
  judge(view) {
    const endpoints = view.inv.app.metricsEndpoints.filter((r) => /^\/metrics\/?$/.test(r.path));
    const clients = view.inv.app.hints.filter((h) => h.kind === "metrics" && h.wired);
    const tracing = [...view.inv.app.hints.filter((h) => h.kind === "tracing"), ...view.inv.monitoring.components.filter((c) => ["jaeger", "tempo", "zipkin", "otel-collector", "datadog-agent", "newrelic"].includes(c.kind))];
    const scraped = view.inv.monitoring.prometheus.flatMap((p) => p.jobs.map((j) => ({ p, j })));
    const ev = [...endpoints.map((r) => at2(r.file, r.line, `${r.method} ${r.path}`)), ...clients.map((h) => at2(h.file, h.line, `${h.name} metrics`)), ...scraped.slice(0, 5).map(({ p, j }) => at2(p.file, j.line, `scrape job ${j.name}`)), ...tracing.map((t2) => at2(t2.file, t2.line, `tracing: ${"kind" in t2 ? t2.kind : ""}`))];
    const remedy = "expose request metrics (prometheus-fastapi-instrumentator / prom-client) on /metrics, scrape them from Prometheus, and trace requests with OpenTelemetry";
    if ((endpoints.length || clients.length) && scraped.length) return pass("application metrics are exported and scraped", ev);
    if (tracing.length && scraped.length) return pass("requests are traced and metrics scraped", ev);
    if (ev.length) return partial(endpoints.length || clients.length ? "metrics are exposed but nothing scrapes them" : "performance data is partly collected", ev, remedy);
    return fail("no performance monitoring", [absent("metrics endpoints, scrape jobs or tracing", "application code and monitoring configuration")], remedy);
  }
});

// src/checks/items/privacy-impact-assessment.ts
var privacy_impact_assessment_default = defineCheck({
  id: "privacy-impact-assessment",
  docs: {
    motivation: "High-risk processing needs a data protection impact assessment before it goes live.",
    implementation: "A DPIA document in the repository."
  },
  judge(view) {
    const d = bestDoc(view, ["dpia"]);
    if (d?.strength === "procedure") return pass("a privacy impact assessment is in the repository", [at2(d.path, d.line, "DPIA")]);
    if (d?.strength === "plan") return partial("a privacy impact assessment is planned, not done", [at2(d.path, d.line, "DPIA mentioned or planned")], "complete the DPIA (processing, necessity, risks, measures) and keep it with the code");
    return attestOnly("the privacy impact assessment");
  }
});

// src/checks/items/privacy-policy.ts
var privacy_policy_default = defineCheck({
  id: "privacy-policy",
  docs: {
    motivation: "Users must be told what is done with their data before they hand it over.",
    implementation: "PRIVACY.md or a privacy policy page; a specification that describes a policy counts only partly."
  },
  judge: (view) => judgeProcedure(view, ["privacy-policy"], "privacy policy", "publish a privacy policy (PRIVACY.md and a page in the frontend): what data, why, how long, who receives it, and how to exercise rights")
});

// src/checks/items/processing-records.ts
var processing_records_default = defineCheck({
  id: "processing-records",
  docs: {
    motivation: "GDPR article 30 requires records of what personal data is processed, why and where.",
    implementation: "A records-of-processing document (ROPA), or an audit log of personal-data processing wired in the code."
  },
  judge(view) {
    const d = bestDoc(view, ["processing-records"]);
    if (d?.strength === "procedure") return pass("records of processing are kept", [at2(d.path, d.line, "records of processing")]);
    const audit = view.inv.app.hints.filter((h) => h.kind === "audit-log");
    if (audit.length || d?.strength === "plan") return partial("processing is partly recorded", [...audit.map((h) => at2(h.file, h.line, `audit log ${h.name}${h.wired ? "" : " (not wired)"}`)), ...d ? [at2(d.path, d.line, "records of processing are planned")] : []], "keep a records-of-processing document (purpose, categories of data, recipients, retention) and log access to personal data");
    return attestOnly("the records of processing activities");
  }
});

// src/checks/items/prod-deploy.ts
var prod_deploy_default = defineCheck({
  id: "prod-deploy",
  docs: {
    motivation: "Manual production deploys are unrepeatable and unreviewed.",
    implementation: "A deploy workflow job bound to a production environment (where required reviewers protect it), or a GitOps controller (Argo CD Applications, Flux Kustomizations/HelmReleases) for production."
  },
  judge(view) {
    const jobs = allJobs(view).filter((j) => j.tags.includes("deploy"));
    const prodEnv = jobs.filter((j) => /prod|live/i.test(j.environment?.name ?? ""));
    const gitops = view.inv.kubernetes.objects.filter((o) => o.category === "argo-cd" && o.kind === "Application" || o.category === "flux" && /Kustomization|HelmRelease/.test(o.kind));
    const ev = [...prodEnv.map((j) => at2(j.file, j.environment.line, `job ${j.id} deploys to environment ${j.environment.name}`)), ...gitops.map((o) => at2(o.file, o.line, `${o.kind} ${o.name ?? ""} (GitOps)`))];
    const remedy = "deploy production from a workflow job with `environment: production` (protected by required reviewers) or through a GitOps controller (Argo CD / Flux)";
    if (ev.length) return pass("production is deployed automatically behind an environment or GitOps", ev);
    if (jobs.length) return partial("a deploy job exists, but it is not bound to a protected production environment", jobs.map((j) => at2(j.file, j.line, `job ${j.id} deploys without a production environment`)), remedy);
    return fail("production deployment is manual", [absent("a production deploy job or GitOps resources", ".github/workflows and Kubernetes manifests")], remedy);
  }
});

// src/checks/items/prod-dockerfiles.ts
var prod_dockerfiles_default = defineCheck({
  id: "prod-dockerfiles",
  docs: {
    motivation: "A production image is small, pinned, unprivileged, health-checked and free of development servers.",
    implementation: "For each Dockerfile the deployment builds: multi-stage, pinned base, non-root USER, HEALTHCHECK (or an orchestrator probe), a .dockerignore, no dev server in CMD; a compose build that points at a missing Dockerfile fails with both locations."
  },
  judge(view) {
    const ev = [];
    const missing = view.services.filter((s3) => s3.compose?.build && !s3.compose.build.dockerfileExists);
    for (const s3 of missing) ev.push(at2(s3.compose.build.file, s3.compose.build.line, `${s3.name} builds ${s3.compose.build.dockerfile}, which does not exist`));
    const used = /* @__PURE__ */ new Map();
    for (const s3 of view.services) if (s3.dockerfile) used.set(s3.dockerfile.file, used.get(s3.dockerfile.file) || !!s3.healthcheck);
    const files = used.size ? view.inv.dockerfiles.files.filter((d) => used.has(d.file)) : view.inv.dockerfiles.files;
    let good = 0;
    const gaps = /* @__PURE__ */ new Set();
    for (const d of files) {
      const problems = [];
      if (!d.final.multiStage) problems.push("single stage");
      if (!d.final.pinned) problems.push(`unpinned base ${d.final.baseImage}`);
      if (d.final.runsAsRoot) problems.push("runs as root");
      if (!d.final.hasHealthcheck && !used.get(d.file)) problems.push("no HEALTHCHECK");
      if (!d.dockerignore) problems.push("no .dockerignore");
      if (d.final.devServer) problems.push(`dev server (${d.final.devServer.what}) at line ${d.final.devServer.line}`);
      problems.forEach((p) => gaps.add(p.replace(/ .*$/, "") === "unpinned" ? "pin base images" : p));
      if (problems.length === 0) good++;
      ev.push(at2(d.file, d.final.devServer?.line ?? d.stages[d.final.stage]?.line ?? 1, problems.length ? problems.join(", ") : "multi-stage, pinned, non-root, health-checked"));
    }
    const remedy = `${missing.length ? `add ${missing.map((s3) => s3.compose.build.dockerfile).join(", ")} or fix build.dockerfile; ` : ""}build in stages (builder + slim runtime), pin the base image by version or digest, run as a non-root USER, add a HEALTHCHECK, a .dockerignore, and no --reload/dev servers in CMD`;
    if (!files.length && !missing.length) return fail("no Dockerfiles", [absent("Dockerfiles", "the repository")], "containerise the services with production Dockerfiles");
    if (missing.length) return { ...fail(`${missing.length} service${missing.length > 1 ? "s build" : " builds"} from a Dockerfile that does not exist`, ev, remedy), blocks: true };
    if (good === files.length) return pass("every production Dockerfile follows the production practices", ev);
    return partial(`${files.length - good} of ${files.length} Dockerfiles miss production practices`, ev, remedy);
  }
});

// src/checks/items/prod-env-config.ts
var prod_env_config_default = defineCheck({
  id: "prod-env-config",
  docs: {
    motivation: "Production settings must come from the environment or a secret store, documented, never defaulted to a development value.",
    implementation: "Fails on committed env files with real values, secrets that fall back to defaults written in compose (`${JWT_SECRET_KEY:-your-secret-key}`) and DEBUG on in production; passes with an example env file documenting the variables and secrets injected from secrets (Kubernetes Secret refs, ExternalSecret, CI secrets)."
  },
  judge(view) {
    const bad = [];
    for (const f of view.inv.secrets.findings) {
      if (f.kind === "committed-env-file") bad.push(at2(f.file, f.line, f.description));
      if (f.kind === "default-credential") bad.push(at2(f.file, f.line, `${f.key} falls back to a default written in the compose file`));
      if (f.kind === "literal-credential") bad.push(at2(f.file, f.line, `${f.key} is a literal in compose`));
    }
    for (const s3 of view.services) {
      const d = s3.compose?.environment.find((e2) => /^(DEBUG|FLASK_DEBUG|APP_DEBUG)$/i.test(e2.name) && /^(1|true|yes|on)$/i.test(e2.value ?? ""));
      if (d) bad.push(at2(d.file, d.line, `${s3.name}: ${d.name} is on in production`));
      for (const c of s3.workload?.containers ?? []) for (const e2 of c.env.filter((x) => x.literalSecret)) bad.push(at2(c.file, e2.line, `${s3.name}: ${e2.name} is a literal in the manifest`));
    }
    const examples = view.inv.secrets.exampleEnvFiles;
    const fromSecrets = view.inv.kubernetes.workloads.flatMap((w) => w.containers.flatMap((c) => c.env.filter((e2) => e2.fromSecret))).length + view.inv.kubernetes.objects.filter((o) => o.category === "external-secrets" || o.category === "sealed-secrets").length;
    const good = [...examples.map((e2) => at2(e2.file, 1, `documents ${e2.keys.length} variables`)), ...fromSecrets ? [at2(".", 0, `${fromSecrets} settings injected from secrets`)] : []];
    const remedy = "remove the committed .env (and rotate what it held), drop the `:-default` from secret variables in compose so a missing value fails (`${JWT_SECRET_KEY:?set JWT_SECRET_KEY}`), turn DEBUG off in the production file, and document every variable in .env.example";
    if (bad.length) return fail(`${bad.length} production setting${bad.length > 1 ? "s are" : " is"} committed, defaulted or in debug mode`, [...bad, ...good], remedy);
    if (examples.length || fromSecrets) return pass("production settings are documented and injected, with no defaults for secrets", good);
    return partial("no committed values or defaults, but the variables are not documented", [absent("an example env file (.env.example)", "the repository")], "document every variable the services read in .env.example");
  }
});

// src/checks/items/prod-logging.ts
var prod_logging_default = defineCheck({
  id: "prod-logging",
  docs: {
    motivation: "Logs are the first thing read in an incident: they must be structured, levelled and bounded in size.",
    implementation: "Structured (JSON) logging wired into the application, a configurable log level, and log rotation (compose logging driver options max-size, or a log shipper)."
  },
  judge(view) {
    const structured = view.inv.app.hints.filter((h) => h.kind === "structured-logging");
    const level = view.inv.app.hints.filter((h) => h.kind === "log-level-config");
    const levelEnv = view.services.flatMap((s3) => (s3.compose?.environment ?? []).filter((e2) => /^LOG_LEVEL$/i.test(e2.name)).map((e2) => at2(e2.file, e2.line, `${s3.name}: LOG_LEVEL=${e2.value}`)));
    const rotated = view.services.filter((s3) => s3.compose?.logging?.value.options["max-size"] || s3.compose?.logging && s3.compose.logging.value.driver !== "json-file");
    const shipped = view.inv.monitoring.logDrivers.length + view.inv.monitoring.components.filter((c) => ["promtail", "fluent-bit", "fluentd", "vector", "filebeat", "alloy", "grafana-agent"].includes(c.kind)).length;
    const ev = [
      ...structured.map((h) => at2(h.file, h.line, `${h.name} ${h.wired ? "structured logging" : "defined but not wired"}`)),
      ...level.map((h) => at2(h.file, h.line, "log level read from the environment")),
      ...levelEnv.slice(0, 5),
      ...rotated.map((s3) => at2(s3.compose.logging.file, s3.compose.logging.line, `${s3.name}: logging ${s3.compose.logging.value.driver ?? ""} ${s3.compose.logging.value.options["max-size"] ? `max-size ${s3.compose.logging.value.options["max-size"]}` : ""}`))
    ];
    const hasStructured = structured.some((h) => h.wired);
    const hasLevel = level.length > 0 || levelEnv.length > 0;
    const bounded = rotated.length > 0 || shipped > 0 || view.inv.kubernetes.workloads.length > 0;
    const remedy = 'log JSON (structlog / python-json-logger / pino) with the level from LOG_LEVEL, and bound local logs: `logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}` on every production compose service (or ship them to a log store)';
    if (hasStructured && hasLevel && bounded) return pass("logs are structured, levelled and bounded", ev);
    if (hasStructured || hasLevel || bounded) return partial(`production logging is incomplete: ${[!hasStructured && "not structured", !hasLevel && "no configurable level", !bounded && "no rotation"].filter(Boolean).join(", ")}`, ev.length ? ev : [absent("structured logging", "application code")], remedy);
    return fail("no production logging setup", [absent("structured logging, a log level setting or log rotation", "application code and compose files")], remedy);
  }
});

// src/checks/items/progressive-delivery.ts
var progressive_delivery_default = defineCheck({
  id: "progressive-delivery",
  docs: {
    motivation: "Canary and blue-green releases expose a change to a few users before all of them.",
    implementation: "Argo Rollouts or Flagger canary/blueGreen strategies, weighted routing (Istio VirtualService weights), two colour environments."
  },
  judge(view) {
    const rollouts = view.inv.kubernetes.workloads.filter((w) => w.strategy === "canary" || w.strategy === "blueGreen").map((w) => at2(w.file, w.line, `${w.kind} ${w.name}: ${w.strategy}`));
    const flagger = view.inv.kubernetes.objects.filter((o) => o.category === "flagger").map((o) => at2(o.file, o.line, `Flagger ${o.kind} ${o.name ?? ""}`));
    const colours = view.services.filter((s3) => /(^|-)(blue|green|canary)($|-)/.test(s3.name)).map((s3) => at2(s3.file, s3.line, `${s3.name}`));
    const ev = [...rollouts, ...flagger, ...colours];
    if (ev.length) return pass("releases go out progressively", ev);
    return fail("releases go to everyone at once", [absent("canary or blue-green strategies", "Kubernetes manifests and compose files")], "release with a canary or blue-green strategy (Argo Rollouts or Flagger on Kubernetes; two colour stacks behind the proxy with compose)");
  }
});

// src/checks/items/resource-limits.ts
var resource_limits_default = defineCheck({
  id: "resource-limits",
  docs: {
    motivation: "A container without limits can take the whole host down with it.",
    implementation: "CPU and memory limits on every long-running production container: compose deploy.resources.limits (or mem_limit/cpus) in the production model, Kubernetes resources.limits, Helm values."
  },
  judge(view) {
    const svcs = view.services.filter((s3) => s3.role !== "job");
    return share(
      svcs,
      (s3) => !!s3.limits,
      {
        all: `all ${svcs.length} production services have CPU and memory limits`,
        some: (bad) => `${bad.length} of ${svcs.length} services run without limits: ${bad.join(", ")}`,
        none: "no production service has resource limits",
        remedy: (bad) => `add \`deploy.resources.limits\` (cpus, memory) to services ${bad.join(", ")} in the production compose file, or resources.limits in their Kubernetes manifests`
      },
      (s3, ok) => ok ? at2(s3.limits.at.file, s3.limits.at.line, `${s3.name}: cpu ${s3.limits.cpu ?? "-"}, memory ${s3.limits.memory ?? "-"}`) : at2(s3.file, s3.line, `${s3.name} has no limits`)
    );
  }
});

// src/checks/items/rollback.ts
var rollback_default = defineCheck({
  id: "rollback",
  docs: {
    motivation: "A bad release has to be undone in minutes, without improvising.",
    implementation: "A rollback workflow or step (helm rollback, kubectl rollout undo), helm --atomic, Argo Rollouts / Flagger analysis that aborts."
  },
  judge(view) {
    const steps = [...stepsTagged(view, "rollback"), ...stepsTagged(view, "atomic-deploy")].map((s3) => at2(s3.file, s3.line, s3.tags.includes("atomic-deploy") ? "helm --atomic rolls back a failed release" : "rollback step"));
    const progressive = view.inv.kubernetes.objects.filter((o) => o.category === "argo-rollouts" || o.category === "flagger").map((o) => at2(o.file, o.line, `${o.kind} ${o.name ?? ""} aborts on failed analysis`));
    const wf = view.inv.workflows.workflows.filter((w) => /rollback|revert/i.test(`${w.file} ${w.name ?? ""}`)).map((w) => at2(w.file, 1, "rollback workflow"));
    const ev = [...steps, ...progressive, ...wf];
    if (ev.length) return pass("failed deployments roll back automatically or with one step", ev);
    return fail("no automated rollback", [absent("helm --atomic, rollback steps or progressive delivery with analysis", "workflows and Kubernetes manifests")], "make the deploy roll back on failure (helm upgrade --atomic, or a workflow_dispatch rollback job running `kubectl rollout undo` / redeploying the previous image tag)");
  }
});

// src/checks/items/security-policy.ts
var HEADER = /strict-transport-security|content-security-policy|x-frame-options|x-content-type-options/i;
var security_policy_default = defineCheck({
  id: "security-policy",
  docs: {
    motivation: "A security policy is both the promise (SECURITY.md) and its enforcement (security headers, least-privilege automation).",
    implementation: "SECURITY.md with a reporting route; security headers in the web server or in middleware that is actually registered (defined-but-unused middleware counts only partly); workflows declaring least-privilege `permissions`."
  },
  judge(view) {
    const doc = view.inv.documents.documents.find((d) => d.kinds.some((k) => k.kind === "security-policy" && k.strength !== "mention"));
    const webHeaders = view.inv.nginx.servers.flatMap((s3) => s3.headers.filter((h) => HEADER.test(h.name)).map((h) => at2(h.file, h.line, `${h.name} set by nginx`)));
    const mw = view.inv.app.hints.filter((h) => h.kind === "security-headers");
    const wired = mw.filter((h) => h.wired);
    const unwired = mw.filter((h) => !h.wired);
    const wfs = view.inv.workflows.workflows;
    const scoped = wfs.filter((w) => w.permissions !== void 0 || w.jobs.every((j) => j.permissions !== void 0));
    const parts = [!!doc, webHeaders.length > 0 || wired.length > 0, ...wfs.length ? [scoped.length === wfs.length] : []];
    const ev = [
      ...doc ? [at2(doc.path, 1, "security policy document")] : [absent("SECURITY.md", "the repository")],
      ...webHeaders,
      ...wired.map((h) => at2(h.file, h.line, `${h.name} sets security headers`)),
      ...unwired.map((h) => at2(h.file, h.line, `${h.name} would set security headers but is never registered in the app`)),
      ...wfs.filter((w) => !scoped.includes(w)).map((w) => at2(w.file, 1, "workflow without a `permissions` block (the token gets the default scopes)"))
    ];
    const remedy = [!doc && "add SECURITY.md with the reporting route and supported versions", !parts[1] && (unwired.length ? `register ${unwired.map((h) => h.name).join(", ")} in the app (app.add_middleware(...)) or set the headers in nginx` : "send HSTS, CSP and X-Frame-Options from nginx or middleware"), wfs.length > 0 && scoped.length < wfs.length && "declare `permissions:` (read-only by default) in every workflow"].filter(Boolean).join("; ");
    const count = parts.filter(Boolean).length;
    if (count === parts.length) return pass("a security policy is written down and enforced", ev);
    if (count > 0 || unwired.length) return partial("the security policy is incomplete", ev, remedy);
    return fail("no security policy", ev, remedy);
  }
});

// src/checks/items/security-scanning.ts
var security_scanning_default = defineCheck({
  id: "security-scanning",
  docs: {
    motivation: "Vulnerable code and images are cheapest to stop at the pull request.",
    implementation: "Workflow steps running code scanning (CodeQL, Semgrep, Bandit), image or dependency scanning (Trivy, Grype, Snyk, pip-audit, npm audit, dependency-review) or secret scanning (gitleaks, trufflehog), on pull requests, pushes or a schedule."
  },
  judge(view) {
    const scans = /* @__PURE__ */ new Map();
    for (const w of view.inv.workflows.workflows) {
      if (!w.triggers.some((t2) => /pull_request|push|schedule|merge_group/.test(t2.event))) continue;
      for (const j of w.jobs) for (const s3 of j.steps) for (const t2 of s3.tags) if (t2.startsWith("security-scan:") && !scans.has(t2)) scans.set(t2, { file: s3.file, line: s3.line });
    }
    const kinds = [...scans.keys()].map((k) => k.slice("security-scan:".length));
    const sast = kinds.some((k) => /codeql|semgrep|bandit|snyk|gosec/.test(k));
    const deps = kinds.some((k) => /trivy|grype|snyk|pip-audit|npm|yarn|dependency-review|osv|safety|govulncheck/.test(k));
    const ev = [...scans].map(([t2, l]) => at2(l.file, l.line, `${t2.slice(14)} runs on every change`));
    const remedy = "scan in CI on every pull request: CodeQL or Semgrep for the code, and Trivy/Grype for the images and dependencies (upload the SARIF to code scanning)";
    if (sast && deps) return pass(`code and dependencies are scanned (${kinds.join(", ")})`, ev);
    if (kinds.length) return partial(`only ${sast ? "code" : "dependencies or secrets"} are scanned (${kinds.join(", ")})`, ev, remedy);
    return fail("no security scanning in CI", [absent("CodeQL, Semgrep, Trivy, Grype, Snyk or similar steps", `${view.inv.workflows.workflows.length} workflows`)], remedy);
  }
});

// src/checks/items/server-capacity.ts
var server_capacity_default = defineCheck({
  id: "server-capacity",
  docs: {
    motivation: "Without declared CPU and memory, nobody knows what the servers must provide and one service can starve the others.",
    implementation: "Reads resource limits of every long-running production service (compose deploy.resources / mem_limit, Kubernetes and Helm resources) and capacity-plan documents."
  },
  judge(view) {
    const svcs = view.services.filter((s3) => s3.role !== "job");
    const sized = svcs.filter((s3) => s3.limits);
    const unsized = svcs.filter((s3) => !s3.limits);
    const plan = bestDoc(view, ["capacity-plan"]);
    const ev = [
      ...unsized.map((s3) => at2(s3.file, s3.line, `${s3.name}: no CPU/memory declared`)),
      ...sized.map((s3) => at2(s3.limits.at.file, s3.limits.at.line, `${s3.name}: cpu ${s3.limits.cpu ?? "-"}, memory ${s3.limits.memory ?? "-"}`)),
      ...plan && plan.strength !== "mention" ? [at2(plan.path, plan.line, "capacity plan")] : []
    ];
    const remedy = `declare CPU and memory for ${list3(unsized.map((s3) => s3.name))} (compose deploy.resources.limits/reservations in the production file; Kubernetes resources.requests/limits) and write down the server sizing they add up to`;
    if (svcs.length && unsized.length === 0) return pass(`all ${svcs.length} production services declare their CPU and memory`, ev);
    if (sized.length || plan?.strength === "procedure") return partial(`${sized.length} of ${svcs.length} services declare CPU and memory`, ev, remedy);
    return fail("no service declares the CPU and memory it needs", ev, remedy);
  }
});

// src/checks/items/service-mesh.ts
var service_mesh_default = defineCheck({
  id: "service-mesh",
  docs: {
    motivation: "A mesh gives mutual TLS, retries and traffic control between services without code changes.",
    implementation: "Istio, Linkerd or Consul resources, or sidecar injection annotations."
  },
  judge(view) {
    const objs = view.inv.kubernetes.objects.filter((o) => o.category === "istio" || o.category === "linkerd" || Object.keys(o.annotations).some((k) => /linkerd\.io\/inject|sidecar\.istio\.io\/inject/.test(k)) || o.labels["istio-injection"] === "enabled");
    if (objs.length) return pass("a service mesh is configured", objs.map((o) => at2(o.file, o.line, `${o.kind} ${o.name ?? ""}`)));
    return fail("no service mesh", [absent("Istio/Linkerd/Consul resources or injection annotations", "Kubernetes manifests")], "adopt a service mesh (Linkerd or Istio) for mTLS and traffic policies once the services run on Kubernetes");
  }
});

// src/checks/items/test-env-deploy.ts
var TEST_ENV = /stag|test|qa|dev|preview|uat|sandbox/i;
var test_env_deploy_default = defineCheck({
  id: "test-env-deploy",
  docs: {
    motivation: "Changes should land in a production-like environment before production.",
    implementation: "A workflow job that deploys to a staging/test environment (GitHub environment names, deploy jobs), or GitOps applications for a staging overlay."
  },
  judge(view) {
    const jobs = allJobs(view).filter((j) => j.tags.includes("deploy") && TEST_ENV.test(`${j.environment?.name ?? ""} ${j.id}`));
    const gitops = view.inv.kubernetes.objects.filter((o) => (o.category === "argo-cd" || o.category === "flux") && TEST_ENV.test(`${o.name ?? ""} ${o.namespace ?? ""}`));
    const ev = [...jobs.map((j) => at2(j.file, j.environment?.line ?? j.line, `job ${j.id} deploys to ${j.environment?.name ?? "a test environment"}`)), ...gitops.map((o) => at2(o.file, o.line, `${o.kind} ${o.name ?? ""}`))];
    if (ev.length) return pass("changes are deployed to a test environment automatically", ev);
    return fail("no automated deployment to a test environment", [absent("a deploy job with a staging/test environment", ".github/workflows and GitOps resources")], "add a workflow job with `environment: staging` that deploys every merge to main (docker compose over SSH, helm upgrade, or a GitOps staging overlay)");
  }
});

// src/checks/items/tls-certificates.ts
var tls_certificates_default = defineCheck({
  id: "tls-certificates",
  docs: {
    motivation: "Without TLS, credentials and session tokens cross the network in clear text.",
    implementation: "nginx servers listening with ssl and a certificate (modern ssl_protocols, HTTP redirected to HTTPS); Ingress tls with cert-manager issuers; Traefik/Caddy ACME labels in compose."
  },
  judge(view) {
    const ng = view.inv.nginx.servers;
    const tls = ng.filter((s3) => s3.tls && s3.listen.some((l) => l.ssl));
    const redirect = ng.find((s3) => s3.redirectsToHttps);
    const ing = view.inv.kubernetes.ingresses.filter((i) => i.tlsHosts.length);
    const issuers = view.inv.kubernetes.objects.filter((o) => o.category === "cert-manager");
    const acme = view.services.filter((s3) => Object.keys(s3.compose?.labels ?? {}).some((k) => /certresolver|tls/.test(k)) || /caddy/.test(s3.image ?? ""));
    const ev = [
      ...tls.map((s3) => at2(s3.file, s3.tls.line, `listens ${s3.listen.map((l) => l.port).join(",")} ssl with ${s3.tls.protocols?.join(" ") ?? "default protocols"}`)),
      ...redirect ? [at2(redirect.file, redirect.redirectsToHttps.line, "HTTP redirected to HTTPS")] : [],
      ...ing.map((i) => at2(i.file, i.line, `Ingress ${i.name} terminates TLS for ${i.tlsHosts.join(", ")}`)),
      ...issuers.map((o) => at2(o.file, o.line, `${o.kind} ${o.name ?? ""}`)),
      ...acme.map((s3) => at2(s3.file, s3.line, `${s3.name} obtains certificates automatically`))
    ];
    const weak = tls.filter((s3) => s3.tls.protocols?.some((p) => /SSLv|TLSv1(\.1)?$/.test(p)));
    if (tls.length && !weak.length || ing.length || acme.length) return pass("TLS is terminated with a certificate in the repository configuration", ev);
    if (tls.length) return partial("TLS is configured but allows outdated protocols", [...ev, ...weak.map((s3) => at2(s3.file, s3.tls.line, `ssl_protocols ${s3.tls.protocols.join(" ")}`))], "set `ssl_protocols TLSv1.2 TLSv1.3;` and redirect HTTP to HTTPS");
    const http = ng.filter((s3) => !s3.tls);
    return fail("no TLS termination in the repository", [...http.map((s3) => at2(s3.file, s3.line, `server listens ${s3.listen.map((l) => l.port).join(",") || "80"} without ssl`)), absent("a TLS listener (nginx `listen 443 ssl` + ssl_certificate, Ingress tls, Traefik/Caddy ACME)", "nginx, Kubernetes and compose files")], "terminate TLS in front of the services: nginx `listen 443 ssl` with ssl_certificate from Let's Encrypt (certbot) and an HTTP->HTTPS redirect, or Ingress tls with a cert-manager ClusterIssuer");
  }
});

// src/checks/items/upgrade-procedure.ts
var upgrade_procedure_default = defineCheck({
  id: "upgrade-procedure",
  docs: {
    motivation: "Upgrades (of the application, its database schema, its dependencies) need an order of steps and a way back.",
    implementation: "An upgrade or release procedure document; database migrations run as a deployment step count as evidence beside it."
  },
  judge(view) {
    const mig = stepsTagged(view, "migrations").map((s3) => at2(s3.file, s3.line, "migrations run as a deployment step"));
    return judgeProcedure(view, ["upgrade", "release-process"], "upgrade procedure", "write an upgrade procedure: order of steps (backup, migrate, deploy, verify), the commands, and how to roll back; run the database migrations as a deployment step", mig);
  }
});

// src/checks/items/vulnerability-management.ts
var DEPENDABOT_NAME = { "docker-compose": "docker" };
var vulnerability_management_default = defineCheck({
  id: "vulnerability-management",
  docs: {
    motivation: "Known vulnerabilities are fixed by updating; without automated updates they pile up unseen.",
    implementation: "Dependabot or Renovate configuration compared with the ecosystems the repository uses (pip, npm, docker, github-actions ...): an ecosystem with no update configuration is reported with both locations; a SECURITY.md with a reporting route counts too."
  },
  judge(view) {
    const used = view.inv.workflows.ecosystems;
    const dep = view.inv.workflows.dependabot;
    const ren = view.inv.workflows.renovate;
    const policy = view.inv.documents.documents.find((d) => d.kinds.some((k) => k.kind === "security-policy" && k.strength === "procedure"));
    const ev = policy ? [at2(policy.path, 1, "security policy with a reporting route")] : [];
    const remedy = (missing2) => `add ${missing2.length ? missing2.map((m) => `\`package-ecosystem: ${m}\``).join(", ") + " to .github/dependabot.yml" : "a .github/dependabot.yml (or Renovate) covering every ecosystem"} with a weekly schedule, and a SECURITY.md saying how to report vulnerabilities`;
    if (ren) return pass("Renovate keeps dependencies up to date", [at2(ren.file, ren.line, `renovate${ren.extends.length ? ` (${ren.extends.join(", ")})` : ""} covers every manager it detects`), ...ev]);
    if (!dep) return fail("no automated dependency updates", [absent(".github/dependabot.yml or renovate.json", "the repository"), ...used.slice(0, 6).map((u) => at2(".", 0, `${u.ecosystem} used in ${u.dirs.slice(0, 3).join(", ")}`)), ...ev], remedy(used.map((u) => DEPENDABOT_NAME[u.ecosystem] ?? u.ecosystem)));
    const covered = new Set(dep.updates.map((u) => u.ecosystem));
    const missing = [...new Set(used.map((u) => DEPENDABOT_NAME[u.ecosystem] ?? u.ecosystem))].filter((e2) => !covered.has(e2) && !(e2 === "pip" && covered.has("uv")));
    const updEv = dep.updates.map((u) => at2(dep.file, u.line, `${u.ecosystem} in ${u.directory}${u.schedule ? ` (${u.schedule})` : ""}`));
    if (!missing.length) return pass("Dependabot covers every ecosystem in use", [...updEv, ...ev]);
    const missEv = missing.map((m) => {
      const u = used.find((x) => (DEPENDABOT_NAME[x.ecosystem] ?? x.ecosystem) === m);
      return at2(dep.file, 1, `${m} is used in ${u.dirs.slice(0, 3).join(", ")} but Dependabot has no entry for it`);
    });
    return partial(`Dependabot misses ${missing.join(", ")}`, [...missEv, ...updEv, ...ev], remedy(missing));
  }
});

// src/checks/items/waf.ts
var waf_default = defineCheck({
  id: "waf",
  docs: {
    motivation: "A WAF stops the common attack classes (injection, traversal, scanners) before they reach the code.",
    implementation: "ModSecurity/Coraza on in nginx or the ingress with the OWASP Core Rule Set; a cloud WAF in infrastructure code. Where the repository holds a web tier without one, it fails; with no web tier at all it needs an attestation."
  },
  judge(view) {
    const ms = view.inv.nginx.servers.filter((s3) => s3.modsecurity);
    const ing = view.inv.kubernetes.ingresses.filter((i) => Object.entries(i.annotations).some(([k, v]) => /modsecurity|enable-owasp-core-rules|waf/i.test(k) && v !== "false"));
    const iac = view.inv.files.list.filter((f) => f.ext === ".tf" && /waf/i.test(f.path));
    const images = view.services.filter((s3) => /modsecurity|coraza|owasp/i.test(s3.image ?? ""));
    const crs = ms.filter((s3) => s3.modsecurity.crs);
    const ev = [...ms.map((s3) => at2(s3.file, s3.modsecurity.line, `modsecurity on${s3.modsecurity.crs ? " with the OWASP CRS" : ""}`)), ...ing.map((i) => at2(i.file, i.line, `Ingress ${i.name} WAF annotations`)), ...iac.map((f) => at2(f.path, 0, "cloud WAF")), ...images.map((s3) => at2(s3.file, s3.line, `${s3.name} runs a WAF image`))];
    if (crs.length || ing.length || iac.length || images.length) return pass("a WAF filters traffic", ev);
    const remedy = "enable ModSecurity (or Coraza) with the OWASP Core Rule Set in the nginx in front of the services (`modsecurity on; modsecurity_rules_file ...crs-setup.conf`), or the ingress WAF annotations, or a cloud WAF in infrastructure code";
    if (ms.length) return partial("ModSecurity is on without the OWASP Core Rule Set", ev, remedy);
    if (view.inv.nginx.servers.length || view.inv.kubernetes.ingresses.length || view.services.some((s3) => s3.published.length)) return fail("the web tier has no WAF", [absent("ModSecurity/Coraza, WAF annotations or a cloud WAF", "nginx, ingress and infrastructure files")], remedy);
    return attestOnly("the web application firewall");
  }
});

// src/checks/registry.ts
var BASE = [
  alerting_default,
  api_versioning_default,
  asset_optimization_default,
  autoscaling_default,
  backend_performance_default,
  backup_system_default,
  browser_compat_tests_default,
  business_metrics_default,
  cdn_default,
  centralized_logging_default,
  ci_tests_default,
  data_subject_rights_default,
  db_backup_policy_default,
  db_migrations_default,
  db_monitoring_default,
  db_recovery_procedure_default,
  db_replication_default,
  db_tuning_default,
  ddos_protection_default,
  disaster_recovery_default,
  domain_dns_default,
  error_recovery_default,
  firewall_default,
  frontend_build_default,
  frontend_cdn_default,
  frontend_performance_default,
  healthchecks_default,
  high_availability_default,
  incident_response_default,
  internal_network_security_default,
  intrusion_detection_default,
  k8s_manifests_default,
  load_balancer_default,
  maintenance_procedure_default,
  monitoring_dashboard_default,
  network_bandwidth_default,
  no_committed_secrets_default,
  operations_manual_default,
  os_hardening_default,
  performance_monitoring_default,
  privacy_impact_assessment_default,
  privacy_policy_default,
  processing_records_default,
  prod_deploy_default,
  prod_dockerfiles_default,
  prod_env_config_default,
  prod_logging_default,
  progressive_delivery_default,
  resource_limits_default,
  rollback_default,
  security_policy_default,
  security_scanning_default,
  server_capacity_default,
  service_mesh_default,
  test_env_deploy_default,
  tls_certificates_default,
  upgrade_procedure_default,
  vulnerability_management_default,
  waf_default
];
var CHECKS = new Map(
  [...BASE, gdprFrom([processing_records_default, privacy_impact_assessment_default, data_subject_rights_default, privacy_policy_default])].map((c) => [c.id, c])
);

// src/checks/judge.ts
function judgeAll(inv, checklist) {
  const view = buildView(inv);
  const findings = [];
  for (const item of checklist.items.values()) {
    const check = CHECKS.get(item.id);
    if (!check) {
      findings.push({ id: item.id, status: "unverified", summary: "no built-in check judges this item", evidence: [{ file: ".", line: 0, message: "judged by configuration only (attestation or custom check)" }], remedy: "attest the item or add a custom check for it" });
      continue;
    }
    try {
      findings.push({ id: item.id, ...check.judge(view) });
    } catch (err) {
      findings.push({ id: item.id, status: "unverified", summary: `the check failed: ${err.message}`, evidence: [{ file: ".", line: 0, message: `internal error in check ${item.id}` }], remedy: "report this as a bug of Readiness Gate" });
    }
  }
  return { findings, view };
}

// src/checks/claims.ts
var norm = (s3) => s3.replace(/[`*_~\s]+/g, " ").replace(/[.:]$/, "").trim().toLowerCase();
function matchClaims(checklist, docs, items) {
  const phrases = [];
  for (const it of checklist.items.values()) for (const m of [...it.match, it.ko, it.en]) phrases.push([norm(m), it.id]);
  const status = new Map(items.map((i) => [i.id, i.status]));
  const out = [];
  for (const d of docs) {
    for (const c of d.checklist) {
      const t2 = norm(c.text);
      const hit = phrases.find(([p]) => t2 === p || p.length > 6 && t2.includes(p));
      if (!hit) continue;
      const st = status.get(hit[1]);
      if (!st || st === "not-applicable") continue;
      const disagrees = c.checked && (st === "fail" || st === "unverified") || !c.checked && st === "pass";
      out.push({ item: hit[1], file: d.path, line: c.line, checked: c.checked, status: st, text: c.text, disagrees });
    }
  }
  return out;
}

// src/score/attest.ts
function effectiveStatus(item, finding, attestation) {
  const canAttest = item.attest && attestation && (finding.status === "unverified" || finding.status === "partial");
  if (!canAttest) return { status: finding.status, attested: false, evidence: finding.evidence };
  return { status: "pass", attested: true, evidence: [...finding.evidence, attestation.evidence] };
}

// src/i18n/gate.ts
var pct = (n2) => n2 === null ? "n/a" : `${n2.toFixed(1)}%`;
function describeGate(d, r, w, stage = (id) => id, scope = (id) => id) {
  if (r.verdict === "nothing-to-judge") return w.nothing;
  const o = d.options;
  if (o.failOn === "never") return w.never(pct(r.score));
  if (d.causes.length) {
    return d.causes.map((c) => {
      switch (c.kind) {
        case "blocking": {
          const shown2 = c.ids.slice(0, 5).join(", ");
          return w.blocking(c.ids.length, c.ids.length > 5 ? w.more(shown2, c.ids.length - 5) : shown2);
        }
        case "min-score":
          return w.below(pct(c.score), c.min);
        case "stage":
          return w.stageUnmet(stage(c.stage), c.bars.map((b) => `${scope(b.scope)} ${pct(b.current)} < ${b.required}%`).join(", "));
        case "unknown-stage":
          return w.unknownStage(c.stage);
      }
    }).join("; ");
  }
  const parts = [w.readiness(pct(r.score))];
  if (o.failOn !== "score") parts.push(w.noBlocking);
  if (o.failOn !== "blocking" && o.stage) parts.push(w.stageMet(stage(o.stage)));
  if (o.failOn !== "blocking" && o.minScore !== void 0) parts.push(w.minMet(o.minScore));
  return parts.join(", ");
}
var GATE_EN = {
  nothing: "nothing to judge: the repository has no deployment files",
  never: (s3) => `report only (fail-on: never); readiness ${s3}`,
  readiness: (s3) => `readiness ${s3}`,
  noBlocking: "no blocking risks",
  stageMet: (st) => `stage ${st} met`,
  minMet: (min) => `minimum ${min}% met`,
  blocking: (n2, ids) => `${n2} blocking risk${n2 === 1 ? "" : "s"}: ${ids}`,
  below: (s3, min) => `readiness ${s3} is below the minimum ${min}%`,
  stageUnmet: (st, bars) => `stage ${st} not met: ${bars}`,
  unknownStage: (st) => `stage "${st}" is not in the checklist`,
  more: (shown2, rest) => `${shown2} and ${rest} more`
};
var GATE_KO = {
  nothing: "\uD3C9\uAC00 \uB300\uC0C1 \uC5C6\uC74C: \uC800\uC7A5\uC18C\uC5D0 \uBC30\uD3EC \uD30C\uC77C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
  never: (s3) => `\uBCF4\uACE0 \uC804\uC6A9 (fail-on: never), \uC900\uBE44\uB3C4 ${s3}`,
  readiness: (s3) => `\uC900\uBE44\uB3C4 ${s3}`,
  noBlocking: "\uCC28\uB2E8 \uC704\uD5D8 \uC5C6\uC74C",
  stageMet: (st) => `${st} \uBAA9\uD45C \uB2EC\uC131`,
  minMet: (min) => `\uCD5C\uC18C ${min}% \uCDA9\uC871`,
  blocking: (n2, ids) => `\uCC28\uB2E8 \uC704\uD5D8 ${n2}\uAC74: ${ids}`,
  below: (s3, min) => `\uC900\uBE44\uB3C4 ${s3}\uAC00 \uCD5C\uC18C ${min}%\uC5D0 \uBBF8\uB2EC`,
  stageUnmet: (st, bars) => `${st} \uBAA9\uD45C \uBBF8\uB2EC: ${bars}`,
  unknownStage: (st) => `\uCCB4\uD06C\uB9AC\uC2A4\uD2B8\uC5D0 \uC5C6\uB294 \uB2E8\uACC4 "${st}"`,
  more: (shown2, rest) => `${shown2} \uC678 ${rest}\uAC74`
};

// src/score/gate.ts
var DEFAULT_GATE = { failOn: "blocking" };
function decideGate(r, options = DEFAULT_GATE) {
  const causes = [];
  if (r.verdict === "scored" && options.failOn !== "never") {
    if ((options.failOn === "blocking" || options.failOn === "both") && r.blocking.length) {
      causes.push({ kind: "blocking", ids: [...r.blocking] });
    }
    if (options.failOn === "score" || options.failOn === "both") {
      if (options.minScore !== void 0 && (r.score ?? 0) < options.minScore) {
        causes.push({ kind: "min-score", score: r.score, min: options.minScore });
      }
      if (options.stage) {
        const i = r.stage.stages.findIndex((s3) => s3.id === options.stage);
        if (i < 0) causes.push({ kind: "unknown-stage", stage: options.stage });
        else if (!r.stage.stages[i].met) {
          const bars = r.stage.stages.slice(0, i + 1).flatMap((s3) => s3.bars.filter((b) => !b.met));
          causes.push({ kind: "stage", stage: options.stage, bars: bars.map((b) => ({ scope: b.scope, current: b.current, required: b.required })) });
        }
      }
    }
  }
  const decision = { passed: causes.length === 0, reason: "", options, causes };
  decision.reason = describeGate(decision, r, GATE_EN);
  return decision;
}

// src/score/points.ts
var POINTS = {
  pass: 1,
  partial: 0.5,
  fail: 0,
  unverified: 0,
  "not-applicable": null
};
function emptyCounts() {
  return { pass: 0, partial: 0, fail: 0, unverified: 0, "not-applicable": 0 };
}
function percent(earned, possible) {
  if (possible <= 0) return null;
  return Math.floor(earned * 1e3 / possible + 1e-9) / 10;
}
function tally(items) {
  const counts = emptyCounts();
  let earned = 0;
  let possible = 0;
  for (const it of items) {
    counts[it.status]++;
    if (it.points === null) continue;
    earned += it.points * it.weight;
    possible += it.weight;
  }
  return { earned, possible, score: percent(earned, possible), counts };
}

// src/score/risks.ts
var GRADES = ["high", "medium", "low"];
function isRisk(item) {
  return item.status === "fail" || item.status === "unverified" && item.risk === "high";
}
function isBlocking(item, blockOn) {
  return item.status === "fail" && blockOn.includes(item.risk);
}
function collectRisks(items) {
  const out = { high: [], medium: [], low: [] };
  const ranked = items.map((it, index) => ({ it, index })).filter(({ it }) => isRisk(it)).sort((a, b) => Number(b.it.blocking) - Number(a.it.blocking) || b.it.weight - a.it.weight || a.index - b.index);
  for (const { it } of ranked) out[it.risk].push({ id: it.id, grade: it.risk, status: it.status, blocking: it.blocking });
  return out;
}
function blockingIds(risks) {
  return GRADES.flatMap((g) => risks[g].filter((r) => r.blocking).map((r) => r.id));
}

// src/score/stages.ts
function raisers(items) {
  return items.filter((it) => it.points !== null && it.points < 1).map((it) => ({ id: it.id, status: it.status, gain: it.weight * (1 - (it.points ?? 0)) })).sort((a, b) => b.gain - a.gain);
}
function evaluateBar(scope, required, s3) {
  const { earned, possible, score: score2 } = s3.tally;
  const met = score2 === null || score2 >= required;
  const raise = raisers(s3.items);
  let enough = 0;
  if (!met) {
    let e2 = earned;
    for (const r of raise) {
      enough++;
      e2 += r.gain;
      if ((percent(e2, possible) ?? 0) >= required) break;
    }
  }
  return { scope, kind: s3.kind, ko: s3.ko, en: s3.en, required, current: score2, met, raise, enough };
}
function evaluateStages(stages, resolve, judged) {
  let allBefore = true;
  const results = stages.map((st) => {
    const bars = st.bars.map((b) => evaluateBar(b.scope, b.min, resolve(b.scope)));
    const barsMet = judged && bars.every((b) => b.met);
    allBefore = allBefore && barsMet;
    const r = { id: st.id, ko: st.ko, en: st.en, barsMet, met: allBefore, bars };
    if (st.targets) r.targets = st.targets;
    return r;
  });
  if (!judged) return { met: null, next: null, stages: results, gaps: [] };
  const metStages = results.filter((r) => r.met);
  const next = results.find((r) => !r.met);
  return {
    met: metStages.length ? metStages[metStages.length - 1].id : null,
    next: next?.id ?? null,
    stages: results,
    gaps: next ? next.bars.filter((b) => !b.met) : []
  };
}

// src/score/score.ts
var NO_FINDING = "no check judged this item";
function scoreItem(item, finding, opts, blockOn) {
  const judged = finding ?? { id: item.id, status: "unverified", summary: NO_FINDING, evidence: [] };
  const eff = effectiveStatus(item, judged, opts.attestations?.[item.id]);
  const scored = {
    id: item.id,
    section: item.section,
    ko: item.ko,
    en: item.en,
    risk: item.risk,
    weight: item.weight,
    stage: item.stage,
    groups: item.groups,
    status: eff.status,
    judged: judged.status,
    attested: eff.attested,
    missing: !finding,
    points: POINTS[eff.status],
    blocking: false,
    summary: judged.summary,
    evidence: eff.evidence
  };
  scored.blocking = isBlocking(scored, blockOn) || eff.status === "fail" && judged.blocks === true;
  if (judged.remedy && eff.status !== "pass" && eff.status !== "not-applicable") scored.remedy = judged.remedy;
  return scored;
}
function score(checklist, findings, opts) {
  const blockOn = opts.blockOn ?? ["high"];
  const byId = /* @__PURE__ */ new Map();
  const unknownFindings = [];
  for (const f of findings) {
    if (checklist.items.has(f.id)) byId.set(f.id, f);
    else unknownFindings.push(f.id);
  }
  const items = [...checklist.items.values()].map((it) => scoreItem(it, byId.get(it.id), opts, blockOn));
  const itemById2 = new Map(items.map((it) => [it.id, it]));
  const overall = tally(items);
  const verdict = opts.nothingToJudge || overall.possible === 0 ? "nothing-to-judge" : "scored";
  const sections = checklist.sections.map((s3) => {
    const its = s3.items.map((i) => itemById2.get(i.id));
    const out = { id: s3.id, ko: s3.ko, en: s3.en, ...tally(its), items: its.map((i) => i.id) };
    if (s3.ref) out.ref = s3.ref;
    return out;
  });
  const groupItems = new Map(Object.keys(checklist.groups).map((g) => [g, []]));
  for (const it of items) for (const g of it.groups) groupItems.get(g)?.push(it);
  const groups = Object.entries(checklist.groups).map(([id, label2]) => {
    const its = groupItems.get(id);
    return { id, ko: label2.ko, en: label2.en, ...tally(its), items: its.map((i) => i.id) };
  });
  const resolve = (scope) => {
    if (scope === "overall") return { kind: "overall", ko: "\uC804\uCCB4", en: "overall", tally: overall, items };
    const g = groups.find((x) => x.id === scope);
    if (g) return { kind: "group", ko: g.ko, en: g.en, tally: g, items: groupItems.get(scope) };
    const s3 = sections.find((x) => x.id === scope);
    if (s3) return { kind: "section", ko: s3.ko, en: s3.en, tally: s3, items: s3.items.map((i) => itemById2.get(i)) };
    return { kind: "group", ko: scope, en: scope, tally: tally([]), items: [] };
  };
  const stage = evaluateStages(checklist.stages, resolve, verdict === "scored");
  if (verdict !== "scored") for (const it of items) it.blocking = false;
  const risks = verdict === "scored" ? collectRisks(items) : { high: [], medium: [], low: [] };
  const blocking = blockingIds(risks);
  const base = { verdict, score: verdict === "scored" ? overall.score : null, blocking, stage };
  return {
    checklist: checklist.id,
    ...base,
    overall,
    sections,
    groups,
    items,
    risks,
    gate: decideGate(base, opts.gate ?? DEFAULT_GATE),
    unknownFindings
  };
}

// src/engine/review.ts
async function runReview(source, opts) {
  const checklist = opts.checklist ?? loadBuiltinChecklist();
  const inventory = await buildInventory(source, opts.inventory);
  const { findings, view } = judgeAll(inventory, checklist);
  const report = score(checklist, findings, { nothingToJudge: !view.hasDeployment, gate: opts.gate });
  const claims = matchClaims(checklist, inventory.documents.documents, findings);
  return { inventory, findings, report, claims };
}

// src/i18n/en.ts
var en = {
  title: "Production readiness review",
  readiness: "Readiness",
  byArea: "Readiness by area",
  area: "Area",
  items: "Items",
  blockingRisks: "Blocking risks",
  blocking: "blocking",
  gateWords: GATE_EN,
  noBlocking: "No blocking risks.",
  done: "Done",
  notDone: "Not done",
  notApplicable: "Not applicable",
  none: "none",
  remedy: "Remedy",
  attested: "attested",
  missingCheck: "no check",
  status: { pass: "pass", partial: "partial", fail: "fail", unverified: "unverified", "not-applicable": "not applicable" },
  grade: { high: "High risk", medium: "Medium risk", low: "Low risk" },
  risks: "Risks",
  noRisks: "No risks found.",
  stages: "Stages",
  stageMet: "Stage met",
  noStageMet: "no stage met yet",
  allStagesMet: "every stage is met",
  nextStage: "Next stage",
  met: "met",
  notMet: "not met",
  standsBefore: (stage) => `What stands before ${stage}`,
  raiseWith: "raise with",
  enough: (n2) => `${n2} item${n2 === 1 ? "" : "s"} would be enough`,
  targets: "Operational targets",
  targetLines: (t2) => [
    ...t2["incident-response-minutes"] !== void 0 ? [`incident response within ${t2["incident-response-minutes"]} min`] : [],
    ...t2["deployment-success-percent"] !== void 0 ? [`deployment success \u2265 ${t2["deployment-success-percent"]}%`] : [],
    ...t2["availability-percent"] !== void 0 ? [`availability \u2265 ${t2["availability-percent"]}%`] : []
  ],
  targetsNote: "measured in operation, not from the repository",
  gate: "Gate",
  gatePassed: "passed",
  gateFailed: "failed",
  nothingToJudge: "Nothing to judge",
  nothingToJudgeDetail: "The repository has no deployment files (compose, Dockerfiles, Kubernetes, workflows), so there is no readiness to score.",
  moreEvidence: (n2) => `\u2026 and ${n2} more`,
  fullAt: (url) => `The full review is in the [job summary](${url}).`,
  truncated: (omitted, limit) => `Truncated: ${omitted} part${omitted === 1 ? "" : "s"} left out to stay under ${limit.toLocaleString("en-US")} characters. Run the CLI or use the JSON report for everything.`,
  overall: "Overall"
};

// src/i18n/ko.ts
var ko = {
  title: "\uD504\uB85C\uB355\uC158 \uBC30\uD3EC \uC900\uBE44 \uC0C1\uD0DC \uAC80\uD1A0",
  readiness: "\uC900\uBE44\uB3C4",
  byArea: "\uC601\uC5ED\uBCC4 \uC900\uBE44\uB3C4",
  area: "\uC601\uC5ED",
  items: "\uD56D\uBAA9",
  blockingRisks: "\uCC28\uB2E8 \uC704\uD5D8",
  blocking: "\uBC30\uD3EC \uCC28\uB2E8",
  gateWords: GATE_KO,
  noBlocking: "\uCC28\uB2E8 \uC704\uD5D8\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
  done: "\uC644\uB8CC\uB41C \uD56D\uBAA9",
  notDone: "\uBBF8\uC644\uB8CC\uB41C \uD56D\uBAA9",
  notApplicable: "\uD574\uB2F9 \uC5C6\uC74C",
  none: "\uC5C6\uC74C",
  remedy: "\uC644\uD654 \uC804\uB7B5",
  attested: "\uD655\uC778\uC11C",
  missingCheck: "\uC810\uAC80 \uC5C6\uC74C",
  status: { pass: "\uC644\uB8CC", partial: "\uBD80\uBD84 \uC644\uB8CC", fail: "\uBBF8\uC644\uB8CC", unverified: "\uD655\uC778 \uBD88\uAC00", "not-applicable": "\uD574\uB2F9 \uC5C6\uC74C" },
  grade: { high: "\uACE0\uC704\uD5D8", medium: "\uC911\uC704\uD5D8", low: "\uC800\uC704\uD5D8" },
  risks: "\uC704\uD5D8 \uD3C9\uAC00",
  noRisks: "\uC2DD\uBCC4\uB41C \uC704\uD5D8\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
  stages: "\uB2E8\uACC4\uBCC4 \uBAA9\uD45C",
  stageMet: "\uB2EC\uC131 \uB2E8\uACC4",
  noStageMet: "\uB2EC\uC131\uD55C \uB2E8\uACC4 \uC5C6\uC74C",
  allStagesMet: "\uBAA8\uB4E0 \uB2E8\uACC4 \uB2EC\uC131",
  nextStage: "\uB2E4\uC74C \uB2E8\uACC4",
  met: "\uB2EC\uC131",
  notMet: "\uBBF8\uB2EC",
  standsBefore: (stage) => `${stage} \uB2EC\uC131\uAE4C\uC9C0 \uB0A8\uC740 \uACFC\uC81C`,
  raiseWith: "\uAC1C\uC120 \uD56D\uBAA9",
  enough: (n2) => `${n2}\uAC1C \uD56D\uBAA9\uC73C\uB85C \uCDA9\uBD84`,
  targets: "\uC6B4\uC601\uC801 \uC9C0\uD45C",
  targetLines: (t2) => [
    ...t2["incident-response-minutes"] !== void 0 ? [`\uC7A5\uC560 \uB300\uC751 \uC2DC\uAC04: ${t2["incident-response-minutes"]}\uBD84 \uC774\uB0B4`] : [],
    ...t2["deployment-success-percent"] !== void 0 ? [`\uBC30\uD3EC \uC131\uACF5\uB960: ${t2["deployment-success-percent"]}% \uC774\uC0C1`] : [],
    ...t2["availability-percent"] !== void 0 ? [`\uC2DC\uC2A4\uD15C \uAC00\uC6A9\uC131: ${t2["availability-percent"]}% \uC774\uC0C1`] : []
  ],
  targetsNote: "\uC800\uC7A5\uC18C\uAC00 \uC544\uB2C8\uB77C \uC6B4\uC601 \uC911\uC5D0 \uCE21\uC815",
  gate: "\uAC8C\uC774\uD2B8",
  gatePassed: "\uD1B5\uACFC",
  gateFailed: "\uC2E4\uD328",
  nothingToJudge: "\uD3C9\uAC00 \uB300\uC0C1 \uC5C6\uC74C",
  nothingToJudgeDetail: "\uC800\uC7A5\uC18C\uC5D0 \uBC30\uD3EC \uD30C\uC77C(compose, Dockerfile, Kubernetes, \uC6CC\uD06C\uD50C\uB85C)\uC774 \uC5C6\uC5B4 \uC900\uBE44\uB3C4\uB97C \uC0B0\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
  moreEvidence: (n2) => `\u2026 \uC678 ${n2}\uAC74`,
  fullAt: (url) => `\uC804\uCCB4 \uAC80\uD1A0\uB294 [\uC791\uC5C5 \uC694\uC57D](${url})\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.`,
  truncated: (omitted, limit) => `\uC0DD\uB7B5\uB428: ${limit.toLocaleString("en-US")}\uC790 \uC81C\uD55C\uC744 \uB118\uC9C0 \uC54A\uB3C4\uB85D ${omitted}\uAC1C \uBD80\uBD84\uC744 \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uB0B4\uC6A9\uC740 CLI \uB610\uB294 JSON \uBCF4\uACE0\uC11C\uB97C \uC0AC\uC6A9\uD558\uC2ED\uC2DC\uC624.`,
  overall: "\uC804\uCCB4"
};

// src/i18n/index.ts
function messages(lang) {
  return lang === "ko" ? ko : en;
}
function label(thing, lang) {
  return lang === "ko" ? thing.ko : thing.en;
}

// src/report/escape.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var ZWSP = "&#8203;";
function plain(text) {
  return text.replace(/\r\n|[\r\n\t]/g, " ").replace(CONTROL, "\uFFFD");
}
function escapeMarkdown(text) {
  return plain(text).replace(/[\\`*_{}[\]()#+\-.!|~]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, `@${ZWSP}`).replace(/\\#(?=\d)/g, `\\#${ZWSP}`);
}
function codeSpan(text, inTable = false) {
  const t2 = plain(text);
  const longest = Math.max(0, ...(t2.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = t2.startsWith("`") || t2.endsWith("`") || t2.startsWith(" ") && t2.endsWith(" ") && t2.trim() ? " " : "";
  return `${fence}${pad}${inTable ? t2.replace(/\|/g, "\\|") : t2}${pad}${fence}`;
}
function clip(text, max) {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? "")) cut--;
  return `${text.slice(0, cut)}\u2026`;
}

// src/report/review-bar.ts
var EIGHTHS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];
function bar(score2, width = 20) {
  if (score2 === null) return "\xB7".repeat(width);
  const clamped = Math.min(100, Math.max(0, score2));
  const eighths = Math.floor(clamped / 100 * width * 8 + 1e-9);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8];
  return "\u2588".repeat(full) + part + "\u2591".repeat(width - full - (part ? 1 : 0));
}

// src/report/review-parts.ts
function pct2(score2) {
  return score2 === null ? "n/a" : `${score2.toFixed(1)}%`;
}
function location(e2) {
  if (!e2.file || e2.file === ".") return "";
  if (!e2.line) return e2.file;
  return e2.column ? `${e2.file}:${e2.line}:${e2.column}` : `${e2.file}:${e2.line}`;
}
function splitSections(report) {
  const byId = new Map(report.items.map((it) => [it.id, it]));
  return report.sections.map((section) => {
    const its = section.items.map((id) => byId.get(id));
    return {
      section,
      done: its.filter((i) => i.status === "pass"),
      notDone: its.filter((i) => i.status !== "pass" && i.status !== "not-applicable"),
      notApplicable: its.filter((i) => i.status === "not-applicable")
    };
  });
}
function itemById(report) {
  return new Map(report.items.map((it) => [it.id, it]));
}
function stageName(report, id, lang) {
  const st = id ? report.stage.stages.find((s3) => s3.id === id) : void 0;
  return st ? label(st, lang) : null;
}
function doneRatio(s3) {
  const applicable = s3.counts.pass + s3.counts.partial + s3.counts.fail + s3.counts.unverified;
  return `${s3.counts.pass}/${applicable}`;
}
var EVIDENCE_PER_ITEM = { text: 20, markdown: 10 };
var MESSAGE_MAX = 300;
var STATUS_MARK = {
  pass: "\u2713",
  partial: "\u25D0",
  fail: "\u2717",
  unverified: "?",
  "not-applicable": "\u2013"
};
function displayWidth(text) {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    w += c >= 4352 && c <= 4447 || c >= 11904 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65280 && c <= 65376 ? 2 : 1;
  }
  return w;
}
function padEnd(text, width) {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
function gateReason(report, lang) {
  const m = messages(lang);
  const stage = (id) => stageName(report, id, lang) ?? id;
  const labels = /* @__PURE__ */ new Map([["overall", m.overall.toLowerCase()]]);
  for (const g of report.groups) labels.set(g.id, label(g, lang));
  for (const s3 of report.sections) if (!labels.has(s3.id)) labels.set(s3.id, label(s3, lang));
  return describeGate(report.gate, report, m.gateWords, lang === "en" ? void 0 : stage, lang === "en" ? void 0 : (id) => labels.get(id) ?? id);
}

// src/report/review-text.ts
var t = (s3) => plain(clip(s3, MESSAGE_MAX));
function tags(it, m) {
  const parts = [m.status[it.status], m.grade[it.risk]];
  if (it.blocking) parts.push(m.blocking);
  if (it.attested) parts.push(m.attested);
  if (it.missing) parts.push(m.missingCheck);
  return `[${parts.join(" \xB7 ")}]`;
}
function itemLines(it, lang, m, pad) {
  const out = [`${pad}${STATUS_MARK[it.status]} ${it.id}  ${t(label(it, lang))}  ${tags(it, m)}`];
  const inner = `${pad}    `;
  if (it.summary) out.push(`${inner}${t(it.summary)}`);
  const shown2 = it.evidence.slice(0, EVIDENCE_PER_ITEM.text);
  for (const e2 of shown2) {
    const loc = location(e2);
    out.push(`${inner}${loc ? `${t(loc)}  ` : ""}${t(e2.message)}`);
  }
  if (it.evidence.length > shown2.length) out.push(`${inner}${m.moreEvidence(it.evidence.length - shown2.length)}`);
  if (it.remedy) out.push(`${inner}${m.remedy}: ${t(it.remedy)}`);
  return out;
}
function barLine(b, lang, m) {
  const scope = b.kind === "overall" ? m.overall : label(b, lang);
  return `${b.met ? "\u2713" : "\u2717"} ${t(scope)} ${pct2(b.current)} / ${b.required}%`;
}
function gapLines(b, report, lang, m, pad) {
  const items = itemById(report);
  const out = [`${pad}${barLine(b, lang, m)}  (${m.enough(b.enough)})`];
  for (const r of b.raise.slice(0, Math.max(b.enough, 3))) {
    const it = items.get(r.id);
    out.push(`${pad}    ${STATUS_MARK[r.status]} ${r.id}  ${t(label(it, lang))}  +${r.gain}`);
  }
  if (b.raise.length > Math.max(b.enough, 3)) out.push(`${pad}    ${m.moreEvidence(b.raise.length - Math.max(b.enough, 3))}`);
  return out;
}
function renderText(report, lang = "en", opts = {}) {
  const m = messages(lang);
  const width = opts.width ?? 20;
  const out = [`${m.title} (${t(report.checklist)})`, ""];
  if (report.verdict === "nothing-to-judge") {
    out.push(`${m.readiness}: ${m.nothingToJudge}`, m.nothingToJudgeDetail, "", `${m.gate}: ${m.gatePassed} \u2014 ${t(gateReason(report, lang))}`);
    return out.join("\n") + "\n";
  }
  const met = stageName(report, report.stage.met, lang) ?? m.noStageMet;
  const next = stageName(report, report.stage.next, lang) ?? m.allStagesMet;
  out.push(
    `${m.readiness} ${pct2(report.score)}  ${bar(report.score, width)}`,
    `${m.stageMet}: ${met} \xB7 ${m.nextStage}: ${next}`,
    `${m.gate}: ${report.gate.passed ? m.gatePassed : m.gateFailed} \u2014 ${t(gateReason(report, lang))}`,
    "",
    m.blockingRisks
  );
  const items = itemById(report);
  if (report.blocking.length) for (const id of report.blocking) out.push(...itemLines(items.get(id), lang, m, "  "));
  else out.push(`  ${m.noBlocking}`);
  out.push("", m.byArea);
  const names = report.sections.map((s3) => t(label(s3, lang)));
  const nameWidth = Math.max(...[...names, m.overall].map(displayWidth));
  report.sections.forEach((s3, i) => out.push(`  ${padEnd(names[i], nameWidth)}  ${pct2(s3.score).padStart(6)}  ${bar(s3.score, width)}  ${doneRatio(s3)}`));
  out.push(`  ${padEnd(m.overall, nameWidth)}  ${pct2(report.score).padStart(6)}  ${bar(report.score, width)}  ${doneRatio(report.overall)}`);
  for (const { section, done, notDone, notApplicable: notApplicable2 } of splitSections(report)) {
    out.push("", `${t(label(section, lang))}  ${pct2(section.score)}`);
    out.push(`  ${m.done}`);
    if (done.length) for (const it of done) out.push(...itemLines(it, lang, m, "    "));
    else out.push(`    ${m.none}`);
    out.push(`  ${m.notDone}`);
    if (notDone.length) for (const it of notDone) out.push(...itemLines(it, lang, m, "    "));
    else out.push(`    ${m.none}`);
    if (notApplicable2.length) out.push(`  ${m.notApplicable}: ${notApplicable2.map((i) => i.id).join(", ")}`);
  }
  out.push("", m.stages);
  for (const st of report.stage.stages) {
    out.push(`  ${st.met ? "\u2713" : "\u2717"} ${t(label(st, lang))}: ${st.met ? m.met : m.notMet}`);
    for (const b of st.bars) out.push(`      ${barLine(b, lang, m)}`);
  }
  const nextStage = report.stage.stages.find((s3) => s3.id === report.stage.next);
  if (nextStage) {
    out.push("", `${m.standsBefore(t(label(nextStage, lang)))}`);
    for (const b of report.stage.gaps) out.push(...gapLines(b, report, lang, m, "  "));
    if (nextStage.targets) {
      out.push(`  ${m.targets} (${m.targetsNote}):`);
      for (const line of m.targetLines(nextStage.targets)) out.push(`    ${line}`);
    }
  }
  out.push("", m.risks);
  for (const grade of ["high", "medium", "low"]) {
    const rs = report.risks[grade];
    out.push(`  ${m.grade[grade]} (${rs.length})`);
    for (const r of rs) {
      const it = items.get(r.id);
      out.push(`    ${STATUS_MARK[r.status]} ${r.id}  ${t(label(it, lang))}  ${tags(it, m)}`);
    }
  }
  return out.join("\n") + "\n";
}

// src/report/review-fit.ts
function fitBlocks(blocks, limit, note, sep2 = "\n") {
  const all = blocks.map((b) => b.text).join(sep2);
  if (all.length <= limit) return all;
  const kept = blocks.slice();
  let omitted = 0;
  const size = () => kept.reduce((n2, b) => n2 + b.text.length + sep2.length, 0);
  for (let i = kept.length - 1; i >= 0 && size() + note(omitted + 1).length > limit; i--) {
    if (kept[i].keep) continue;
    kept.splice(i, 1);
    omitted++;
  }
  const tail = note(Math.max(omitted, 1));
  let text = kept.map((b) => b.text).join(sep2);
  if (text.length + sep2.length + tail.length > limit) {
    const room = Math.max(0, limit - tail.length - sep2.length);
    const cut = text.lastIndexOf("\n", room);
    text = text.slice(0, cut > 0 ? cut : room);
  }
  return `${text}${sep2}${tail}`.slice(0, limit);
}

// src/report/review-markdown.ts
var DEFAULT_MARKDOWN_LIMIT = 65536;
var MARK = { pass: "\u2705", partial: "\u{1F7E1}", fail: "\u274C", unverified: "\u2754", "not-applicable": "\u2796" };
var e = (s3) => escapeMarkdown(clip(s3, MESSAGE_MAX));
function tags2(it, m) {
  const parts = [m.status[it.status], m.grade[it.risk]];
  if (it.blocking) parts.push(`**${m.blocking}**`);
  if (it.attested) parts.push(m.attested);
  if (it.missing) parts.push(m.missingCheck);
  return parts.join(", ");
}
function itemBlock(it, lang, m) {
  const out = [`- ${MARK[it.status]} **${e(label(it, lang))}** (${codeSpan(it.id)}; ${tags2(it, m)})${it.summary ? ` \u2014 ${e(it.summary)}` : ""}`];
  const shown2 = it.evidence.slice(0, EVIDENCE_PER_ITEM.markdown);
  for (const ev of shown2) {
    const loc = location(ev);
    out.push(`  - ${loc ? `${codeSpan(clip(loc, MESSAGE_MAX))} ` : ""}${e(ev.message)}`);
  }
  if (it.evidence.length > shown2.length) out.push(`  - ${e(m.moreEvidence(it.evidence.length - shown2.length))}`);
  if (it.remedy) out.push(`  - **${m.remedy}**: ${e(it.remedy)}`);
  return out.join("\n");
}
function barText(b, lang, m) {
  const scope = b.kind === "overall" ? m.overall : label(b, lang);
  return `${b.met ? "\u2705" : "\u274C"} ${e(scope)} ${pct2(b.current)} / ${b.required}%`;
}
function renderMarkdown(report, lang = "en", opts = {}) {
  const m = messages(lang);
  const limit = opts.limit ?? DEFAULT_MARKDOWN_LIMIT;
  const h = (n2) => "#".repeat(Math.min(6, (opts.level ?? 2) + n2 - 1));
  const blocks = [];
  const keep = (text) => blocks.push({ text, keep: true });
  const drop = (text) => blocks.push({ text, keep: false });
  keep(`${h(1)} ${m.title} (${e(report.checklist)})
`);
  if (report.verdict === "nothing-to-judge") {
    keep(`**${m.readiness}: ${m.nothingToJudge}** \u2014 ${m.nothingToJudgeDetail}
`);
    keep(`**${m.gate}**: \u2705 ${m.gatePassed} \u2014 ${e(gateReason(report, lang))}
`);
    return fitBlocks(blocks, limit, (n2) => `
> ${m.truncated(n2, limit)}${opts.fullAt ? ` ${m.fullAt(opts.fullAt)}` : ""}
`);
  }
  const met = stageName(report, report.stage.met, lang);
  const next = stageName(report, report.stage.next, lang);
  keep(
    [
      `**${m.readiness}: ${pct2(report.score)}** \`${bar(report.score)}\``,
      "",
      `**${m.stageMet}**: ${met ? e(met) : m.noStageMet} \xB7 **${m.nextStage}**: ${next ? e(next) : m.allStagesMet}`,
      "",
      `**${m.gate}**: ${report.gate.passed ? `\u2705 ${m.gatePassed}` : `\u274C ${m.gateFailed}`} \u2014 ${e(gateReason(report, lang))}`,
      ""
    ].join("\n")
  );
  const items = itemById(report);
  keep(`${h(2)} ${m.blockingRisks}

${report.blocking.length ? report.blocking.map((id) => itemBlock(items.get(id), lang, m)).join("\n") : m.noBlocking}
`);
  const rows = report.sections.map((s3) => `| ${e(label(s3, lang))} | ${pct2(s3.score)} | \`${bar(s3.score, 10)}\` | ${doneRatio(s3)} |`);
  rows.push(`| **${m.overall}** | **${pct2(report.score)}** | \`${bar(report.score, 10)}\` | ${doneRatio(report.overall)} |`);
  keep(`${h(2)} ${m.byArea}

| ${m.area} | ${m.readiness} | | ${m.items} |
|---|---:|---|---:|
${rows.join("\n")}
`);
  const stageLines = report.stage.stages.map((st) => `- ${st.met ? "\u2705" : "\u274C"} **${e(label(st, lang))}**: ${st.met ? m.met : m.notMet} \u2014 ${st.bars.map((b) => barText(b, lang, m)).join(" \xB7 ")}`);
  const nextStage = report.stage.stages.find((s3) => s3.id === report.stage.next);
  if (nextStage) {
    stageLines.push("", `**${m.standsBefore(e(label(nextStage, lang)))}**`, "");
    for (const b of report.stage.gaps) {
      const raise = b.raise.slice(0, Math.max(b.enough, 3)).map((r) => `${codeSpan(r.id)} (${m.status[r.status]}, +${r.gain})`);
      stageLines.push(`- ${barText(b, lang, m)} \u2014 ${m.raiseWith}: ${raise.join(", ")}${b.raise.length > raise.length ? ` ${e(m.moreEvidence(b.raise.length - raise.length))}` : ""} (${m.enough(b.enough)})`);
    }
    if (nextStage.targets) stageLines.push(`- ${m.targets} (${m.targetsNote}): ${m.targetLines(nextStage.targets).map(e).join(" \xB7 ")}`);
  }
  keep(`${h(2)} ${m.stages}

${stageLines.join("\n")}
`);
  const riskLines = [];
  for (const grade of ["high", "medium", "low"]) {
    const rs = report.risks[grade];
    riskLines.push(`- **${m.grade[grade]}** (${rs.length})${rs.length ? ": " : ""}${rs.map((r) => `${MARK[r.status]} ${e(label(items.get(r.id), lang))} ${codeSpan(r.id)}${r.blocking ? ` **${m.blocking}**` : ""}`).join(" \xB7 ")}`);
  }
  keep(`${h(2)} ${m.risks}

${riskLines.join("\n")}
`);
  for (const { section, done, notDone, notApplicable: notApplicable2 } of splitSections(report)) {
    const parts = [`${h(2)} ${e(label(section, lang))} \u2014 ${pct2(section.score)}
`];
    parts.push(`**${m.notDone}**

${notDone.length ? notDone.map((it) => itemBlock(it, lang, m)).join("\n") : m.none}
`);
    parts.push(`<details><summary>${m.done} (${done.length})</summary>

${done.length ? done.map((it) => itemBlock(it, lang, m)).join("\n") : m.none}

</details>
`);
    if (notApplicable2.length) parts.push(`${m.notApplicable}: ${notApplicable2.map((i) => codeSpan(i.id)).join(", ")}
`);
    drop(parts.join("\n"));
  }
  return fitBlocks(blocks, limit, (n2) => `
> ${m.truncated(n2, limit)}${opts.fullAt ? ` ${m.fullAt(opts.fullAt)}` : ""}
`);
}

// src/report/review-json.ts
var REPORT_SCHEMA_VERSION = 1;
var tallyJson = (t2) => ({ score: t2.score, earned: t2.earned, possible: t2.possible, counts: { ...t2.counts } });
var barJson = (b) => ({ ...b, raise: b.raise.map((r) => ({ ...r })) });
function toReportJson(r) {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    checklist: r.checklist,
    verdict: r.verdict,
    score: r.score,
    overall: tallyJson(r.overall),
    sections: r.sections.map((s3) => ({ id: s3.id, ko: s3.ko, en: s3.en, ...s3.ref ? { ref: s3.ref } : {}, ...tallyJson(s3), items: [...s3.items] })),
    groups: r.groups.map((g) => ({ id: g.id, ko: g.ko, en: g.en, ...tallyJson(g), items: [...g.items] })),
    items: r.items.map((it) => ({
      id: it.id,
      section: it.section,
      ko: it.ko,
      en: it.en,
      status: it.status,
      judged: it.judged,
      risk: it.risk,
      weight: it.weight,
      stage: it.stage,
      groups: [...it.groups],
      blocking: it.blocking,
      attested: it.attested,
      missing: it.missing,
      points: it.points,
      summary: it.summary,
      evidence: it.evidence.map((e2) => ({ file: e2.file, line: e2.line, ...e2.column ? { column: e2.column } : {}, message: e2.message })),
      ...it.remedy ? { remedy: it.remedy } : {}
    })),
    blocking: [...r.blocking],
    risks: {
      high: r.risks.high.map(({ id, status, blocking }) => ({ id, status, blocking })),
      medium: r.risks.medium.map(({ id, status, blocking }) => ({ id, status, blocking })),
      low: r.risks.low.map(({ id, status, blocking }) => ({ id, status, blocking }))
    },
    stage: {
      met: r.stage.met,
      next: r.stage.next,
      stages: r.stage.stages.map((s3) => ({ id: s3.id, ko: s3.ko, en: s3.en, barsMet: s3.barsMet, met: s3.met, bars: s3.bars.map(barJson), ...s3.targets ? { targets: { ...s3.targets } } : {} })),
      gaps: r.stage.gaps.map(barJson)
    },
    gate: { passed: r.gate.passed, reason: r.gate.reason, ...r.gate.options, causes: structuredClone(r.gate.causes) },
    unknownFindings: [...r.unknownFindings]
  };
}
function renderJson(r, pretty = true) {
  return JSON.stringify(toReportJson(r), null, pretty ? 2 : void 0) + "\n";
}

// src/report/claims-text.ts
function renderClaims(claims, lang, format) {
  const wrong = claims.filter((c) => c.disagrees);
  if (claims.length === 0) return "";
  const title = lang === "ko" ? `\uCCB4\uD06C\uB9AC\uC2A4\uD2B8 \uC8FC\uC7A5\uACFC \uC800\uC7A5\uC18C\uC758 \uBD88\uC77C\uCE58 (${wrong.length}/${claims.length})` : `Checklist claims that disagree with the repository (${wrong.length} of ${claims.length} boxes)`;
  const line = (c) => lang === "ko" ? `${c.file}:${c.line} [${c.checked ? "x" : " "}] ${c.text} \u2014 \uADFC\uAC70 \uD310\uC815: ${c.status} (${c.item})` : `${c.file}:${c.line} [${c.checked ? "x" : " "}] ${c.text} \u2014 evidence says ${c.status} (${c.item})`;
  if (format === "markdown") {
    return [`## ${title}`, "", ...wrong.length ? wrong.map((c) => `- ${escapeMarkdown(line(c))}`) : [lang === "ko" ? "- \uBAA8\uB4E0 \uCCB4\uD06C \uC0C1\uD0DC\uAC00 \uADFC\uAC70\uC640 \uC77C\uCE58\uD569\uB2C8\uB2E4." : "- every box agrees with the evidence"], ""].join("\n");
  }
  return [title, ...wrong.length ? wrong.map((c) => `  ${line(c)}`) : [lang === "ko" ? "  \uBAA8\uB4E0 \uCCB4\uD06C \uC0C1\uD0DC\uAC00 \uADFC\uAC70\uC640 \uC77C\uCE58\uD569\uB2C8\uB2E4." : "  every box agrees with the evidence"], ""].join("\n");
}

// src/cli.ts
var USAGE = `Usage: readiness-gate <command> [DIR] [options]

Commands:
  scan [DIR]        the production readiness review (the default command)
                    --format text|markdown|json   (default text)
                    --lang en|ko                  (default en)
                    --stage short-term|mid-term|long-term   the stage to meet (default short-term)
                    --min-score N                 also require an overall score of N percent
                    --fail-on blocking|score|both|never     what fails the bar (default both)
  inventory [DIR]   list what the repository holds for a production review
                    --json   the full inventory as JSON

Exit codes: 0 the bar is met, 1 it is not, 2 usage or unreadable input.

DIR defaults to the current directory.
`;
var UsageError = class extends Error {
};
var BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["json", "help"]);
function parseArgs(argv) {
  const positional = [];
  const flags = /* @__PURE__ */ new Map();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h") flags.set("help", true);
    else if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags.set(name, a.slice(eq + 1));
      else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
      else {
        const v = argv[i + 1];
        if (v === void 0 || v.startsWith("--")) throw new UsageError(`option --${name} needs a value`);
        flags.set(name, v);
        i++;
      }
    } else positional.push(a);
  }
  const command2 = positional[0] === "scan" || positional[0] === "inventory" || positional[0] === "help" ? positional.shift() : "scan";
  const dir = positional.shift() ?? ".";
  if (positional.length) throw new UsageError(`unexpected argument: ${positional[0]}`);
  return { command: command2, dir, flags };
}
async function runCli(argv, io) {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    io.err(`${err.message}

${USAGE}`);
    return 2;
  }
  if (parsed.flags.has("help") || parsed.command === "help") {
    io.out(USAGE);
    return 0;
  }
  if (!existsSync2(parsed.dir) || !statSync2(parsed.dir).isDirectory()) {
    io.err(`not a directory: ${parsed.dir}
`);
    return 2;
  }
  switch (parsed.command) {
    case "inventory": {
      const inv = await buildInventory(new FsSource(parsed.dir));
      io.out(parsed.flags.has("json") ? JSON.stringify(inv, null, 2) + "\n" : renderInventoryText(inv));
      return 0;
    }
    case "scan": {
      let gate;
      let format;
      let lang;
      try {
        ({ gate, format, lang } = scanOptions(parsed.flags));
      } catch (err) {
        io.err(`${err.message}

${USAGE}`);
        return 2;
      }
      const review = await runReview(new FsSource(parsed.dir), { gate });
      const { report, claims } = review;
      if (format === "json") io.out(renderJson(report) + "\n");
      else if (format === "markdown") io.out(renderMarkdown(report, lang) + "\n" + renderClaims(claims, lang, "markdown"));
      else io.out(renderText(report, lang) + "\n" + renderClaims(claims, lang, "text"));
      return report.gate.passed ? 0 : 1;
    }
    default:
      io.err(`unknown command: ${parsed.command}

${USAGE}`);
      return 2;
  }
}
var STAGES = ["short-term", "mid-term", "long-term"];
var FAIL_ON = ["blocking", "score", "both", "never"];
function scanOptions(flags) {
  const str6 = (k, def) => {
    const v = flags.get(k);
    return v === void 0 ? def : String(v);
  };
  const format = str6("format", "text");
  if (!["text", "markdown", "json"].includes(format)) throw new UsageError(`--format must be text, markdown or json, not "${format}"`);
  const lang = str6("lang", "en");
  if (lang !== "en" && lang !== "ko") throw new UsageError(`--lang must be en or ko, not "${lang}"`);
  const stage = str6("stage", "short-term");
  if (!STAGES.includes(stage)) throw new UsageError(`--stage must be one of ${STAGES.join(", ")}, not "${stage}"`);
  const failOn = str6("fail-on", "both");
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  let minScore;
  if (flags.has("min-score")) {
    minScore = Number(flags.get("min-score"));
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100) throw new UsageError(`--min-score must be a number from 0 to 100`);
  }
  return { gate: { stage, minScore, failOn }, format, lang };
}

// src/cli-main.ts
runCli(process.argv.slice(2), {
  out: (t2) => process.stdout.write(t2),
  err: (t2) => process.stderr.write(t2)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`readiness-gate: ${err.stack ?? err}
`);
    process.exitCode = 2;
  }
);
