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
  } catch (e) {
    throw mod = 0, e;
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
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
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
        sources
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
        (_, index, str3) => index + 6 < str3.length ? str3.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
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
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
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
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
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
      const { source, sources } = extractBrackets(pattern);
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
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
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
    var parentOf = (path) => {
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
        const str3 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str3, "i") : new RegExp(str3);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str3) => {
      let count = 0;
      while (str3[str3.length - count - 1] === ESCAPE) {
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
        const parentPath = parentOf(path);
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
      const makePosix = (str3) => /^\\\\\?\\/.test(str3) || /["<>|\u0000-\u001F]+/u.test(str3) ? str3 : str3.replace(/\\/g, "/");
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
    if (entries.some((e) => e.name === ".gitignore" && e.isFile())) {
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
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container2.push([keys[0], object[keys[0]]]);
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
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
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
  constructor(tags) {
    const compiledTags = compileTags(tags);
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
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
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
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
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
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
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
function hasBit(mask2, bit) {
  return (mask2 & 1 << bit) !== 0;
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
  const child = container2[key];
  return child !== null && typeof child === "object" ? META.get(child)?.tag : void 0;
}
function setKey(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
function resolveScalar(text, style, tag) {
  if (tag) {
    if (tag === "!!str" || tag === "!" || tag === "tag:yaml.org,2002:str") return text;
    if (tag === "!!int" || tag === "!!float") {
      const n = Number(text);
      return Number.isNaN(n) ? text : n;
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
  const tagOf = (e) => e.tagStart >= 0 ? text.slice(e.tagStart, e.tagEnd) : void 0;
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
    const obj = top.value;
    if (key === "<<" && value !== null && typeof value === "object") {
      (top.merges ??= []).push(value);
      return;
    }
    if (top.explicit.has(key)) {
      const pos = index.position(top.keyOffset);
      out.warnings.push({ message: `duplicate key "${key}"`, line: pos.line, column: pos.column });
    }
    top.explicit.add(key);
    setKey(obj, key, value);
    top.meta.keys[key] = top.keyOffset;
    if (tag) (top.meta.memberTags ??= {})[key] = tag;
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    switch (e.type) {
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
        const isMap2 = e.type === 3;
        const meta = { index, at: e.start, ...isMap2 ? { keys: {} } : { items: [] } };
        const tag = tagOf(e);
        if (tag) meta.tag = tag;
        const value = isMap2 ? {} : [];
        META.set(value, meta);
        if (docStart < 0) docStart = e.start;
        stack.push({
          kind: isMap2 ? "map" : "seq",
          value,
          meta,
          anchor: e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : void 0,
          weight: 1,
          hasKey: false,
          explicit: isMap2 ? /* @__PURE__ */ new Set() : void 0
        });
        break;
      }
      case 4: {
        const tag = tagOf(e);
        const raw = e.fast && e.style === 1 ? text.slice(e.valueStart, e.valueEnd) : getScalarValue(text, e);
        const value = resolveScalar(raw, e.style, tag);
        if (docStart < 0) docStart = Math.max(e.valueStart, lastEnd);
        lastEnd = e.valueEnd;
        if (e.anchorStart >= 0) anchors.set(text.slice(e.anchorStart, e.anchorEnd), { value, weight: 1 });
        add(value, 1, e.valueStart, tag);
        break;
      }
      case 5: {
        const name = text.slice(e.anchorStart, e.anchorEnd);
        const target = anchors.get(name);
        if (!target) {
          const pos = index.position(e.anchorStart);
          throw Object.assign(new Error(`unknown alias "${name}"`), { mark: { line: pos.line - 1, column: pos.column - 1 }, reason: `unknown alias "${name}"` });
        }
        if (docStart < 0) docStart = e.anchorStart;
        add(target.value, target.weight, e.anchorStart - 1);
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
  const obj = frame.value;
  const sources = [];
  for (const m of frame.merges) {
    if (Array.isArray(m)) sources.push(...m);
    else sources.push(m);
  }
  for (const src of sources) {
    if (src === null || typeof src !== "object" || Array.isArray(src)) continue;
    const srcMeta = META.get(src);
    for (const k of Object.keys(src)) {
      if (frame.explicit.has(k) || Object.prototype.hasOwnProperty.call(obj, k)) continue;
      setKey(obj, k, src[k]);
      const off = srcMeta?.keys?.[k];
      if (off !== void 0) frame.meta.keys[k] = off;
      const t = srcMeta?.memberTags?.[k];
      if (t) (frame.meta.memberTags ??= {})[k] = t;
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
      for (const e of result.errors) this.diagnose({ file: path, line: e.line, column: e.column, severity: "error", code: "yaml-syntax", message: `invalid YAML: ${e.message}` });
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
      const at = /position (\d+)/.exec(msg);
      const line = at ? text.slice(0, Number(at[1])).split("\n").length : 1;
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
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

// src/inventory/compose/index.ts
import { posix as posix3 } from "node:path";

// src/inventory/compose/merge.ts
var REPLACE = /* @__PURE__ */ new Set(["command", "entrypoint", "image", "container_name", "user", "working_dir", "restart"]);
var APPEND_UNIQUE = /* @__PURE__ */ new Set(["ports", "expose", "dns", "dns_search", "tmpfs", "cap_add", "cap_drop", "security_opt", "external_links", "env_file", "devices", "profiles", "group_add", "dns_opt", "links"]);
var BY_TARGET = /* @__PURE__ */ new Set(["volumes", "secrets", "configs"]);
var KEY_VALUE = /* @__PURE__ */ new Set(["environment", "labels", "extra_hosts", "sysctls", "annotations"]);
function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function keyValueMap(v, sep2 = "=") {
  if (isMap(v)) return v;
  const out = {};
  if (Array.isArray(v)) {
    for (const item of v) {
      const s2 = String(item);
      const i = s2.indexOf(sep2);
      if (i < 0) out[s2] = null;
      else out[s2.slice(0, i)] = s2.slice(i + 1);
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
  const s2 = String(item);
  const parts = s2.split(":");
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
function mergeService(base, over, tagOf = () => void 0) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const tag = tagOf(over, k);
    if (tag === "!reset") {
      delete out[k];
      continue;
    }
    const prev = out[k];
    if (tag === "!override" || prev === void 0 || REPLACE.has(k)) out[k] = v;
    else if (APPEND_UNIQUE.has(k) && Array.isArray(prev) && Array.isArray(v)) out[k] = appendUnique(prev, v);
    else if (BY_TARGET.has(k) && Array.isArray(prev) && Array.isArray(v)) out[k] = mergeByTarget(prev, v);
    else if (isMap(prev) && isMap(v)) out[k] = k === "healthcheck" ? mergeHealthcheck(prev, v) : deepMerge(prev, v);
    else out[k] = v;
  }
  return out;
}
function mergeHealthcheck(a, b) {
  return { ...a, ...b };
}
function deepMerge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isMap(prev) && isMap(v) ? deepMerge(prev, v) : v;
  }
  return out;
}

// src/inventory/compose/files.ts
var BASE_ORDER = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
function isComposeFile(f) {
  if (f.ext !== ".yml" && f.ext !== ".yaml") return false;
  const n = f.name.toLowerCase();
  return n.startsWith("docker-compose") || n.startsWith("compose.") || n.startsWith("compose-") || n.startsWith("docker_compose");
}
function overlayName(name) {
  const n = name.toLowerCase().replace(/\.(ya?ml)$/, "");
  const m = /^(?:docker[-_]compose|compose)(?:[._-](.+))?$/.exec(n);
  return m?.[1] ?? n;
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
    const list = byDir.get(f.dir) ?? [];
    list.push(f);
    byDir.set(f.dir, list);
  }
  const groups = [];
  for (const [dir, list] of [...byDir].sort(([a], [b]) => a.localeCompare(b))) {
    const names = new Map(list.map((f) => [f.name.toLowerCase(), f]));
    const baseName = BASE_ORDER.find((b) => names.has(b));
    const base = baseName ? names.get(baseName).path : void 0;
    groups.push({
      dir,
      base,
      files: list.map((f) => ({ path: f.path, role: f.path === base ? "base" : BASE_ORDER.includes(f.name.toLowerCase()) ? "other" : roleOf(f.name) })).sort((a, b) => a.role === "base" ? -1 : b.role === "base" ? 1 : a.path.localeCompare(b.path))
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
    const files = [...l.matchAll(/(?:-f|--file)[\s=]+["']?([^\s"';|&]+)/g)].map((m) => m[1]);
    if (files.length) out.push({ files, line: i + 1 });
  }
  return out;
}

// src/inventory/compose/project.ts
import { posix } from "node:path";

// src/inventory/secret-names.ts
var SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|signing[_-]?key|encryption[_-]?key|client[_-]?secret|dsn|database[_-]?url|db[_-]?url|redis[_-]?url|connection[_-]?string|conn[_-]?str|jwt)/i;
var NOT_SECRET = /(_file|_path|_length|_len|_expire|_expires|_expiry|_ttl|_timeout|_algorithm|_alg|_type|_enabled|_url_file|token_url|_header|_name|_user(name)?$)/i;
function isSecretName(name) {
  return SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}
var REDACTED = "***";

// src/inventory/compose/interpolate.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolate(input, env, mask2) {
  const subs = [];
  const value = run(input, env, subs, 0);
  if (!mask2 || !subs.some((s2) => mask2(s2.variable))) return { value, substitutions: subs };
  const masked = run(input, new MaskedEnv(env, mask2), [], 0);
  return { value: masked, substitutions: subs };
}
var MASK = "***";
var MaskedEnv = class extends Map {
  constructor(env, mask2) {
    super();
    this.env = env;
    this.mask = mask2;
  }
  env;
  mask;
  get(name) {
    return this.mask(name) ? MASK : this.env.get(name);
  }
};
function run(s2, env, subs, base) {
  if (!s2.includes("$")) return s2;
  let out = "";
  let i = 0;
  while (i < s2.length) {
    const c = s2[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = s2[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const end = matchingBrace(s2, i + 1);
      if (end < 0) {
        out += s2.slice(i);
        break;
      }
      out += braced(s2.slice(i + 2, end), env, subs, base + i);
      i = end + 1;
      continue;
    }
    const m = NAME.exec(s2.slice(i + 1));
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
function matchingBrace(s2, open) {
  let depth = 0;
  for (let j = open; j < s2.length; j++) {
    if (s2[j] === "{") depth++;
    else if (s2[j] === "}" && --depth === 0) return j;
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
      return "";
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

// src/inventory/compose/project.ts
var mask = (name) => isSecretName(name);
function interpolateTree(node, env, file, path, container2, key) {
  if (typeof node === "string") {
    if (!node.includes("$")) return node;
    const r = interpolate(node, env.env, mask);
    const pos = container2 ? yamlPosition(container2, key) : void 0;
    for (const s2 of r.substitutions) {
      env.interpolations.push({
        variable: s2.variable,
        file,
        line: pos?.line ?? 0,
        column: pos?.column ?? 0,
        path,
        source: s2.source,
        required: s2.required,
        ...s2.defaultLength !== void 0 ? { defaultLength: s2.defaultLength } : {}
      });
      if (s2.error) env.ctx.diagnose({ file, line: pos?.line, column: pos?.column, severity: "error", code: "compose-required-variable", message: `${s2.error} (at ${path})` });
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
function fieldLocs(raw, file, prefix = "", depth = 0, out = /* @__PURE__ */ new Map()) {
  if (!isMap(raw)) return out;
  for (const k of Object.keys(raw)) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.set(p, { file, line: yamlLine(raw, k) });
    const v = raw[k];
    if (depth < 3 && isMap(v)) fieldLocs(v, file, p, depth + 1, out);
    if (Array.isArray(v) && (k === "environment" || k === "labels")) {
      v.forEach((item, i) => {
        const name = String(item).split("=")[0];
        out.set(`${p}.${name}`, { file, line: yamlLine(v, i) });
      });
    }
  }
  return out;
}
function resolveBuild(config, baseDir) {
  const b = config.build;
  if (!isMap(b)) return config;
  const ctx = typeof b.context === "string" ? b.context : ".";
  if (/^(https?:|git@|git:|github\.com)/.test(ctx)) return { ...config, build: { ...b, remote: true } };
  const context = posix.normalize(posix.join(baseDir || ".", ctx));
  return { ...config, build: { ...b, context: context === "" ? "." : context } };
}
function loadComposeFile(env, path, stack = []) {
  const parsed = env.ctx.yaml(path);
  if (!parsed) return void 0;
  const doc = parsed.documents[0]?.value;
  const file = { path, services: /* @__PURE__ */ new Map(), networks: {}, volumes: {} };
  if (doc === null || doc === void 0) return file;
  if (!isMap(doc)) {
    env.ctx.diagnose({ file: path, line: parsed.documents[0].line, severity: "error", code: "compose-invalid", message: "a compose file must be a mapping" });
    return file;
  }
  const rawServices = doc.services;
  const interpolated = interpolateTree(doc, env, path, "");
  if (isMap(interpolated.networks)) file.networks = interpolated.networks;
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
    let own = {
      config: resolveBuild(normaliseService(cfg), env.projectDir),
      locs: fieldLocs(raw, path),
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
      const { extends: _drop, ...rest } = own.config;
      own = base ? mergeLoaded(base, { ...own, config: rest }) : { ...own, config: rest };
    }
    resolving.delete(name);
    file.services.set(name, own);
    return own;
  };
  for (const name of Object.keys(services)) resolve(name);
  return file;
}
function mergeLoaded(base, over) {
  const tagOf = (_c, key) => isMap(over.raw) ? yamlTag(over.raw, key) : void 0;
  const config = mergeService(base.config, over.config, tagOf);
  const locs = new Map(base.locs);
  for (const [k, v] of over.locs) locs.set(k, v);
  for (const k of locs.keys()) if (!(k.split(".")[0] in config)) locs.delete(k);
  return { config, locs, file: base.file, line: base.line };
}
function projectEnv(ctx, dir) {
  const p = dir ? `${dir}/.env` : ".env";
  const text = ctx.text(p);
  return text === void 0 ? /* @__PURE__ */ new Map() : parseEnvFile(text).values;
}

// src/inventory/compose/service.ts
import { posix as posix2 } from "node:path";

// src/inventory/image-ref.ts
function parseImageRef(raw) {
  const s2 = raw.trim();
  const templated = /\$\{|\{\{|\$[A-Za-z_]/.test(s2);
  let rest = s2;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
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
  return { raw: s2, registry, repository: rest, tag, digest, floating: !digest && (!tag || tag === "latest"), templated };
}
function imageName(raw) {
  const r = parseImageRef(raw).repository;
  return r.slice(r.lastIndexOf("/") + 1).toLowerCase();
}

// src/inventory/compose/service.ts
var str = (v) => v === void 0 || v === null ? void 0 : Array.isArray(v) ? v.join(" ") : String(v);
function cmd(v) {
  if (Array.isArray(v)) return v.map((x) => /\s/.test(String(x)) ? JSON.stringify(String(x)) : String(x)).join(" ");
  return str(v);
}
function parsePort(p, line) {
  if (isMap(p)) {
    if (p.target === void 0) return void 0;
    return { target: String(p.target), published: str(p.published), hostIp: str(p.host_ip), protocol: str(p.protocol) ?? "tcp", line };
  }
  let s2 = String(p);
  let protocol = "tcp";
  const slash = s2.lastIndexOf("/");
  if (slash > 0) {
    protocol = s2.slice(slash + 1);
    s2 = s2.slice(0, slash);
  }
  let hostIp;
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(s2);
  if (v6) {
    hostIp = v6[1];
    s2 = v6[2];
  }
  const parts = s2.split(":");
  if (parts.length === 3) return { hostIp: parts[0], published: parts[1] || void 0, target: parts[2], protocol, line };
  if (parts.length === 2) return { hostIp, published: parts[0] || void 0, target: parts[1], protocol, line };
  return { target: parts[0], protocol, line };
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
function toService(ctx, name, s2) {
  const c = s2.config;
  const locs = Object.fromEntries(s2.locs);
  const at = (path) => s2.locs.get(path) ?? { file: s2.file, line: s2.line };
  const own = { file: s2.file, line: s2.line };
  const env = keyValueMap(c.environment);
  const deploy = isMap(c.deploy) ? c.deploy : {};
  const deployRes = isMap(deploy.resources) ? deploy.resources : {};
  let limits = located(resources(deployRes.limits), s2.locs.get("deploy.resources.limits"), own);
  if (!limits && (c.mem_limit !== void 0 || c.cpus !== void 0)) {
    limits = located({ memory: str(c.mem_limit), cpus: str(c.cpus) }, s2.locs.get("mem_limit") ?? s2.locs.get("cpus"), own);
  }
  const hc = isMap(c.healthcheck) ? c.healthcheck : void 0;
  const test = hc?.test;
  const image = str(c.image);
  const service = {
    name,
    file: s2.file,
    line: s2.line,
    image,
    imageRef: image ? parseImageRef(image) : void 0,
    build: isMap(c.build) ? buildOf(ctx, c.build, at("build")) : void 0,
    ports: (Array.isArray(c.ports) ? c.ports : []).map((p) => parsePort(p, at("ports").line)).filter((p) => !!p),
    expose: (Array.isArray(c.expose) ? c.expose : []).map(String),
    environment: Object.entries(env).map(([k, v]) => {
      const value = v === null ? null : String(v);
      const shown = value !== null && value !== "" && isSecretName(k) && !value.includes("***") ? REDACTED : value;
      const l = at(`environment.${k}`);
      return { name: k, value: shown, file: l.file, line: l.line };
    }),
    envFiles: (Array.isArray(c.env_file) ? c.env_file : c.env_file !== void 0 ? [c.env_file] : []).map((e) => isMap(e) ? String(e.path) : String(e)),
    command: cmd(c.command),
    entrypoint: cmd(c.entrypoint),
    healthcheck: hc ? {
      test: Array.isArray(test) ? test.map(String) : test !== void 0 && test !== null ? [String(test)] : void 0,
      interval: str(hc.interval),
      timeout: str(hc.timeout),
      retries: hc.retries === void 0 ? void 0 : Number(hc.retries),
      startPeriod: str(hc.start_period),
      disabled: hc.disable === true || Array.isArray(test) && test[0] === "NONE",
      file: at("healthcheck").file,
      line: at("healthcheck").line
    } : void 0,
    restart: located(str(c.restart), s2.locs.get("restart"), own),
    replicas: located(deploy.replicas === void 0 ? void 0 : Number(deploy.replicas), s2.locs.get("deploy.replicas"), own),
    limits,
    reservations: located(resources(deployRes.reservations), s2.locs.get("deploy.resources.reservations"), own),
    containerName: located(str(c.container_name), s2.locs.get("container_name"), own),
    networks: Array.isArray(c.networks) ? c.networks.map(String) : isMap(c.networks) ? Object.keys(c.networks) : [],
    volumes: (Array.isArray(c.volumes) ? c.volumes : []).map((v) => isMap(v) ? `${v.source ?? ""}:${v.target ?? ""}` : String(v)),
    dependsOn: isMap(c.depends_on) ? Object.entries(c.depends_on).map(([k, v]) => ({ service: k, condition: isMap(v) ? String(v.condition ?? "service_started") : "service_started" })) : [],
    logging: isMap(c.logging) ? located({ driver: str(c.logging.driver), options: Object.fromEntries(Object.entries(isMap(c.logging.options) ? c.logging.options : {}).map(([k, v]) => [k, String(v)])) }, s2.locs.get("logging"), own) : void 0,
    user: str(c.user),
    readOnly: c.read_only === true,
    privileged: c.privileged === true,
    capDrop: (Array.isArray(c.cap_drop) ? c.cap_drop : []).map(String),
    securityOpt: (Array.isArray(c.security_opt) ? c.security_opt : []).map(String),
    labels: Object.fromEntries(Object.entries(keyValueMap(c.labels)).map(([k, v]) => [k, v === null ? "" : String(v)])),
    profiles: (Array.isArray(c.profiles) ? c.profiles : []).map(String),
    locs
  };
  return service;
}
function buildOf(ctx, b, loc) {
  const context = str(b.context) ?? ".";
  const remote = b.remote === true;
  const inline = typeof b.dockerfile_inline === "string";
  let dockerfile;
  let exists = true;
  if (!remote && !inline) {
    const rel = str(b.dockerfile) ?? "Dockerfile";
    dockerfile = posix2.normalize(posix2.join(context, rel)).replace(/^\.\//, "");
    exists = ctx.exists(dockerfile);
  }
  return { context, dockerfile, dockerfileExists: exists, inline, remote, file: loc.file, line: loc.line };
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
  describe(inv) {
    const out = [];
    for (const p of inv.projects) {
      out.push(`${p.dir || "."}: project "${p.name}" \u2014 files ${p.files.map((f) => `${f.path} (${f.role})`).join(", ")}`);
      out.push(`  production model: ${p.productionFiles.join(" + ")}${p.productionSource === "base-only" ? " (no production overlay found)" : ""}`);
      for (const s2 of p.services) {
        const bits = [s2.image ?? (s2.build ? `build ${s2.build.dockerfile ?? s2.build.context}` : "no image")];
        if (s2.build && !s2.build.dockerfileExists) bits.push(`MISSING ${s2.build.dockerfile}`);
        if (s2.ports.length) bits.push(`ports ${s2.ports.map((x) => x.published ? `${x.published}:${x.target}` : x.target).join(",")}`);
        bits.push(`replicas ${s2.replicas?.value ?? 1}`);
        if (s2.containerName) bits.push(`container_name ${s2.containerName.value}`);
        bits.push(s2.limits ? `limits ${[s2.limits.value.cpus && `cpus=${s2.limits.value.cpus}`, s2.limits.value.memory && `mem=${s2.limits.value.memory}`].filter(Boolean).join(" ")}` : "no limits");
        bits.push(s2.healthcheck ? s2.healthcheck.disabled ? "healthcheck disabled" : "healthcheck" : "no healthcheck");
        out.push(`  ${s2.file}:${s2.line} ${s2.name}: ${bits.join(", ")}`);
      }
      const defaults = p.interpolations.filter((i) => i.source === "default");
      for (const i of defaults) out.push(`  ${i.file}:${i.line} \${${i.variable}} falls back to the default written in the file (${i.path})`);
    }
    return out;
  }
};
function fileSetsIn(ctx) {
  const out = [];
  for (const f of ctx.files) {
    if (!SCRIPT(f.name, f.ext)) continue;
    const text = ctx.text(f.path);
    if (!text) continue;
    for (const s2 of findFileSets(text)) {
      const resolved = s2.files.map((x) => {
        const local = posix3.normalize(posix3.join(f.dir || ".", x));
        return ctx.exists(local) ? local : posix3.normalize(x);
      });
      out.push({ files: resolved, file: f.path, line: s2.line });
    }
  }
  return out;
}
function buildProject(ctx, dir, base, files, sets) {
  const paths = new Set(files.map((f) => f.path));
  const fileSets = sets.filter((s2) => s2.files.some((f) => paths.has(f)));
  let productionFiles;
  let productionSource;
  const configured = ctx.options.composeProductionOverlays?.map((p) => posix3.normalize(posix3.join(dir || ".", p))).filter((p) => paths.has(p));
  const prodOverlays = files.filter((f) => f.role === "production").map((f) => f.path);
  const prodSet = fileSets.find((s2) => s2.files.includes(base) && s2.files.some((f) => prodOverlays.includes(f)));
  if (configured?.length) {
    productionFiles = [base, ...configured.filter((p) => p !== base)];
    productionSource = "configured";
  } else if (prodSet) {
    productionFiles = prodSet.files.filter((f) => paths.has(f));
    productionSource = "file-set";
  } else if (prodOverlays.length) {
    productionFiles = [base, ...prodOverlays];
    productionSource = "overlay";
  } else {
    productionFiles = [base];
    productionSource = "base-only";
  }
  if (ctx.options.composeApplyOverride) {
    const override = files.find((f) => /\.override\.ya?ml$/i.test(f.path));
    if (override && !productionFiles.includes(override.path)) productionFiles.splice(1, 0, override.path);
  }
  const env = { ctx, env: projectEnv(ctx, dir), projectDir: dir, interpolations: [], seen: /* @__PURE__ */ new Set() };
  const merged = /* @__PURE__ */ new Map();
  let networks = {};
  for (const path of productionFiles) {
    const loaded = loadComposeFile(env, path);
    if (!loaded) continue;
    networks = deepMerge(networks, loaded.networks);
    for (const [name2, svc] of loaded.services) {
      const prev = merged.get(name2);
      merged.set(name2, prev ? mergeLoaded(prev, svc) : svc);
    }
  }
  for (const f of files) if (!productionFiles.includes(f.path)) loadComposeFile(env, f.path);
  const name = (dir ? dir.slice(dir.lastIndexOf("/") + 1) : "root").toLowerCase();
  return {
    name,
    dir,
    files,
    productionFiles,
    productionSource,
    fileSets,
    services: [...merged].map(([n, s2]) => toService(ctx, n, s2)),
    networks: Object.entries(networks).map(([n, v]) => ({ name: n, internal: isMap(v) && v.internal === true, file: base })),
    interpolations: env.interpolations
  };
}

// src/inventory/dockerfile/parse.ts
function parseDockerfile(text) {
  const lines = text.split(/\r?\n/);
  let escape = "\\";
  for (const l of lines) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l);
    if (!m) break;
    if (m[1].toLowerCase() === "escape") escape = m[2];
  }
  const out = [];
  let i = 0;
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
    while (true) {
      const t = line.replace(/\s+$/, "");
      if (t.endsWith(escape) && i + 1 < lines.length) {
        body += t.slice(0, -escape.length) + " ";
        i++;
        while (i < lines.length && /^\s*#/.test(lines[i])) i++;
        line = lines[i] ?? "";
        continue;
      }
      body += line;
      break;
    }
    i++;
    const m = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(body);
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    let args = m[2].trim();
    const heredocs = [];
    if (keyword === "RUN" || keyword === "COPY" || keyword === "ADD") {
      for (const h of args.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
        const strip = h[1] === "-";
        const name = h[3];
        const bodyLines = [];
        while (i < lines.length && (strip ? lines[i].replace(/^\t+/, "") : lines[i]) !== name) {
          bodyLines.push(strip ? lines[i].replace(/^\t+/, "") : lines[i]);
          i++;
        }
        i++;
        heredocs.push({ name, body: bodyLines.join("\n") });
      }
    }
    const flags = {};
    while (true) {
      const f = /^--([a-zA-Z-]+)(?:=(\S*))?\s*/.exec(args);
      if (!f) break;
      flags[f[1]] = f[2] ?? "true";
      args = args.slice(f[0].length);
    }
    let json;
    if (args.startsWith("[")) {
      try {
        const v = JSON.parse(args);
        if (Array.isArray(v) && v.every((x) => typeof x === "string")) json = v;
      } catch {
      }
    }
    out.push({ keyword, args, json, flags, heredocs, line: start });
  }
  return { instructions: out, escape };
}

// src/inventory/dockerfile/index.ts
function isDockerfile(f) {
  const n = f.name.toLowerCase();
  return n === "dockerfile" || n === "containerfile" || n.startsWith("dockerfile.") || n.endsWith(".dockerfile") || n.startsWith("dockerfile-") || n.endsWith("-dockerfile");
}
var DEV_SERVERS = [
  [/--reload\b/, "--reload"],
  [/\bflask\s+run\b/, "flask run"],
  [/\bmanage\.py\s+runserver\b/, "manage.py runserver"],
  [/\bnpm\s+(run\s+)?(dev|start:dev|serve)\b/, "npm run dev"],
  [/\b(yarn|pnpm)\s+(run\s+)?dev\b/, "yarn dev"],
  [/\bnext\s+dev\b/, "next dev"],
  [/\bvite(\s|$)(?!build|preview)/, "vite dev server"],
  [/\bnodemon\b/, "nodemon"],
  [/\bng\s+serve\b/, "ng serve"],
  [/\brails\s+s(erver)?\b.*-e\s+development/, "rails development"],
  [/\bwebpack-dev-server\b/, "webpack-dev-server"],
  [/--debug\b/, "--debug"]
];
function substituteArgs(s2, args) {
  return s2.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, a, def, b) => {
    const name = a ?? b;
    return args.get(name) ?? def ?? m;
  });
}
function commandText(ins) {
  return ins.json ? { value: ins.json.join(" "), exec: true } : { value: ins.args, exec: false };
}
function analyseDockerfile(file, text, dockerignore) {
  const { instructions } = parseDockerfile(text);
  const globalArgs = /* @__PURE__ */ new Map();
  const stages = [];
  let cur;
  for (const ins of instructions) {
    if (ins.keyword === "ARG" && !cur) {
      const [name, ...rest] = ins.args.split("=");
      if (rest.length) globalArgs.set(name.trim(), rest.join("=").replace(/^["']|["']$/g, ""));
      continue;
    }
    if (ins.keyword === "FROM") {
      const m = /^(\S+)(?:\s+as\s+(\S+))?/i.exec(ins.args);
      const from = substituteArgs(m?.[1] ?? "", globalArgs);
      const fromStage = stages.some((s2) => s2.name && s2.name.toLowerCase() === from.toLowerCase());
      cur = {
        name: m?.[2],
        index: stages.length,
        from,
        fromRef: fromStage || from === "scratch" ? void 0 : parseImageRef(from),
        fromStage,
        line: ins.line,
        expose: [],
        env: [],
        args: [],
        copies: [],
        runs: []
      };
      stages.push(cur);
      continue;
    }
    if (!cur) continue;
    switch (ins.keyword) {
      case "USER":
        cur.user = { value: ins.args.trim(), line: ins.line };
        break;
      case "HEALTHCHECK": {
        const none = /^NONE\b/i.test(ins.args);
        const cmd2 = /\bCMD\s+(.*)$/is.exec(ins.args)?.[1];
        cur.healthcheck = { none, command: cmd2, line: ins.line, options: ins.flags };
        break;
      }
      case "EXPOSE":
        for (const p of ins.args.split(/\s+/).filter(Boolean)) cur.expose.push({ port: p, line: ins.line });
        break;
      case "CMD":
        cur.cmd = { ...commandText(ins), line: ins.line };
        break;
      case "ENTRYPOINT":
        cur.entrypoint = { ...commandText(ins), line: ins.line };
        break;
      case "ENV": {
        const names = ins.args.includes("=") ? [...ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g)].map((x) => x[1]) : [ins.args.split(/\s+/)[0]];
        for (const n of names) cur.env.push({ name: n, line: ins.line, secretLike: isSecretName(n) });
        break;
      }
      case "ARG": {
        const n = ins.args.split("=")[0].trim();
        cur.args.push({ name: n, line: ins.line, secretLike: isSecretName(n) });
        break;
      }
      case "COPY":
      case "ADD":
        cur.copies.push({ from: ins.flags.from, url: ins.keyword === "ADD" && /\bhttps?:\/\//.test(ins.args), line: ins.line });
        break;
      case "WORKDIR":
        cur.workdir = ins.args;
        break;
      case "RUN":
        cur.runs.push({ line: ins.line, text: ins.heredocs.length ? `${ins.args}
${ins.heredocs.map((h) => h.body).join("\n")}` : ins.args });
        break;
    }
  }
  const finalStage = stages[stages.length - 1];
  let user = finalStage?.user;
  for (let s2 = finalStage; !user && s2?.fromStage; ) {
    s2 = stages.find((x) => x.name?.toLowerCase() === s2.from.toLowerCase());
    user = s2?.user;
  }
  let health = finalStage?.healthcheck;
  let baseRef = finalStage?.fromRef;
  for (let s2 = finalStage; s2?.fromStage; ) {
    s2 = stages.find((x) => x.name?.toLowerCase() === s2.from.toLowerCase());
    health ??= s2?.healthcheck;
    baseRef = s2?.fromRef;
  }
  const launch = [finalStage?.entrypoint, finalStage?.cmd].filter((x) => !!x);
  let devServer;
  for (const l of launch) {
    const hit = DEV_SERVERS.find(([re]) => re.test(l.value));
    if (hit) devServer = { what: hit[1], line: l.line };
  }
  const u = user?.value.split(":")[0];
  return {
    file,
    stages,
    final: {
      stage: stages.length - 1,
      multiStage: stages.length > 1,
      runsAsRoot: !u || u === "root" || u === "0",
      userLine: user?.line,
      hasHealthcheck: !!health && !health.none,
      pinned: !!baseRef && !baseRef.templated && (!!baseRef.digest || !!baseRef.tag && baseRef.tag !== "latest"),
      baseImage: baseRef?.raw ?? finalStage?.from,
      devServer
    },
    dockerignore
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
      const ignore2 = ctx.exists(f.dir ? `${f.dir}/.dockerignore` : ".dockerignore") || ctx.exists(`${f.path}.dockerignore`);
      const info = analyseDockerfile(f.path, text, ignore2);
      if (info.stages.length === 0) ctx.diagnose({ file: f.path, line: 1, severity: "warning", code: "dockerfile-no-from", message: "no FROM instruction: not a Dockerfile?" });
      files.push(info);
    }
    return { files };
  },
  describe(inv) {
    return inv.files.map((d) => {
      const f = d.final;
      const st = d.stages[f.stage];
      const bits = [
        `FROM ${f.baseImage ?? "?"}${f.pinned ? "" : " (not pinned)"}`,
        `${d.stages.length} stage${d.stages.length === 1 ? "" : "s"}`,
        f.runsAsRoot ? "runs as root" : `USER ${st?.user?.value ?? "(inherited)"}`,
        f.hasHealthcheck ? "HEALTHCHECK" : "no HEALTHCHECK"
      ];
      if (st?.expose.length) bits.push(`EXPOSE ${st.expose.map((e) => e.port).join(" ")}`);
      if (st?.cmd) bits.push(`CMD ${st.cmd.value}`);
      if (f.devServer) bits.push(`DEV SERVER (${f.devServer.what}) at line ${f.devServer.line}`);
      bits.push(d.dockerignore ? ".dockerignore" : "no .dockerignore");
      return `${d.file}:${st?.line ?? 1} ${bits.join(", ")}`;
    });
  }
};

// src/inventory/kubernetes/objects.ts
var CATEGORY = [
  [/^cert-manager\.io\//, "cert-manager"],
  [/^argoproj\.io\/.*:(Application|ApplicationSet|AppProject)$/, "argo-cd"],
  [/^argoproj\.io\/.*:(Rollout|AnalysisTemplate|ClusterAnalysisTemplate|Experiment)$/, "argo-rollouts"],
  [/^(kustomize|helm|source|notification|image)\.toolkit\.fluxcd\.io\//, "flux"],
  [/^flagger\.app\//, "flagger"],
  [/^monitoring\.coreos\.com\//, "prometheus-operator"],
  [/^postgresql\.cnpg\.io\//, "cloudnative-pg"],
  [/^velero\.io\//, "velero"],
  [/^keda\.sh\//, "keda"],
  [/^(networking|security)\.istio\.io\//, "istio"],
  [/^(linkerd\.io|policy\.linkerd\.io)\//, "linkerd"],
  [/^external-secrets\.io\//, "external-secrets"],
  [/^bitnami\.com\/.*:SealedSecret$/, "sealed-secrets"],
  [/^(acid\.zalan\.do|postgres-operator\.crunchydata\.com)\//, "postgres-operator"],
  [/^externaldns\.k8s\.io\//, "external-dns"]
];
var POD_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod", "Rollout", "DeploymentConfig"]);
var s = (v) => v === void 0 || v === null ? void 0 : String(v);
var strMap = (v) => isMap(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {};
function isManifest(v) {
  return isMap(v) && typeof v.apiVersion === "string" && typeof v.kind === "string";
}
function expandLists(doc) {
  if (/List$/.test(String(doc.kind)) && Array.isArray(doc.items)) return doc.items.filter(isManifest);
  return [doc];
}
function describeObject(o, file, fallbackLine, via) {
  const meta = isMap(o.metadata) ? o.metadata : {};
  const obj = {
    apiVersion: String(o.apiVersion),
    kind: String(o.kind),
    name: s(meta.name),
    namespace: s(meta.namespace),
    file,
    line: yamlLine(o, "kind") || fallbackLine,
    labels: strMap(meta.labels),
    annotations: strMap(meta.annotations)
  };
  if (via) obj.via = via;
  const key = `${obj.apiVersion}:${obj.kind}`;
  const cat = CATEGORY.find(([re]) => re.test(key));
  if (cat) obj.category = cat[1];
  if (obj.kind === "Secret") {
    const keys = [...Object.keys(isMap(o.data) ? o.data : {}), ...Object.keys(isMap(o.stringData) ? o.stringData : {})];
    if (keys.length) obj.secretKeys = keys;
  }
  Object.defineProperty(obj, "raw", { value: o, enumerable: false });
  return obj;
}
function rawOf(o) {
  return o.raw;
}
function probe(p, container2, key) {
  if (!isMap(p)) return void 0;
  const line = yamlLine(container2, key);
  if (isMap(p.httpGet)) return { type: "httpGet", path: s(p.httpGet.path), port: s(p.httpGet.port), line };
  if (isMap(p.tcpSocket)) return { type: "tcpSocket", port: s(p.tcpSocket.port), line };
  if (isMap(p.exec)) return { type: "exec", line };
  if (isMap(p.grpc)) return { type: "grpc", port: s(p.grpc.port), line };
  return { type: "unknown", line };
}
function resources2(r, c) {
  if (!isMap(r)) return void 0;
  const pick = (v) => isMap(v) ? { cpu: s(v.cpu), memory: s(v.memory) } : void 0;
  return { requests: pick(r.requests), limits: pick(r.limits), line: yamlLine(c, "resources") };
}
function container(c, file, fallback, init) {
  const sc = isMap(c.securityContext) ? c.securityContext : void 0;
  const caps = sc && isMap(sc.capabilities) && Array.isArray(sc.capabilities.drop) ? sc.capabilities.drop.map(String) : [];
  const env = Array.isArray(c.env) ? c.env : [];
  const image = s(c.image);
  return {
    name: s(c.name) ?? "",
    image,
    imageRef: image ? parseImageRef(image) : void 0,
    file,
    line: yamlLine(c, "name") || fallback,
    init,
    resources: resources2(c.resources, c),
    probes: { liveness: probe(c.livenessProbe, c, "livenessProbe"), readiness: probe(c.readinessProbe, c, "readinessProbe"), startup: probe(c.startupProbe, c, "startupProbe") },
    securityContext: sc ? {
      runAsNonRoot: sc.runAsNonRoot,
      runAsUser: sc.runAsUser,
      readOnlyRootFilesystem: sc.readOnlyRootFilesystem,
      allowPrivilegeEscalation: sc.allowPrivilegeEscalation,
      privileged: sc.privileged,
      capabilitiesDrop: caps,
      line: yamlLine(c, "securityContext")
    } : void 0,
    env: env.filter(isMap).map((e, i) => {
      const fromSecret = isMap(e.valueFrom) && isMap(e.valueFrom.secretKeyRef);
      const name = String(e.name ?? "");
      return { name, fromSecret, literalSecret: !fromSecret && e.value !== void 0 && e.value !== "" && isSecretName(name), line: yamlLine(env, i) };
    }),
    ports: (Array.isArray(c.ports) ? c.ports : []).filter(isMap).map((p) => String(p.containerPort ?? p.name ?? ""))
  };
}
function podSpecOf(o) {
  const spec = isMap(o.spec) ? o.spec : void 0;
  if (!spec) return void 0;
  if (o.kind === "Pod") return { spec, owner: o };
  if (o.kind === "CronJob") {
    const jt = isMap(spec.jobTemplate) && isMap(spec.jobTemplate.spec) ? spec.jobTemplate.spec : void 0;
    const t2 = jt && isMap(jt.template) ? jt.template : void 0;
    return t2 && isMap(t2.spec) ? { spec: t2.spec, template: t2, owner: o } : void 0;
  }
  const t = isMap(spec.template) ? spec.template : void 0;
  return t && isMap(t.spec) ? { spec: t.spec, template: t, owner: o } : void 0;
}
function workloadOf(obj) {
  if (!POD_KINDS.has(obj.kind)) return void 0;
  const o = rawOf(obj);
  const pod = podSpecOf(o);
  if (!pod) return void 0;
  const spec = isMap(o.spec) ? o.spec : {};
  const containers = [
    ...(Array.isArray(pod.spec.initContainers) ? pod.spec.initContainers : []).filter(isMap).map((c) => container(c, obj.file, obj.line, true)),
    ...(Array.isArray(pod.spec.containers) ? pod.spec.containers : []).filter(isMap).map((c) => container(c, obj.file, obj.line, false))
  ];
  const psc = isMap(pod.spec.securityContext) ? pod.spec.securityContext : void 0;
  const aff = isMap(pod.spec.affinity) ? pod.spec.affinity : void 0;
  const strategy = isMap(spec.strategy) ? s(spec.strategy.type) ?? Object.keys(spec.strategy).find((k) => k === "canary" || k === "blueGreen") : void 0;
  return {
    kind: obj.kind,
    name: obj.name ?? "",
    namespace: obj.namespace,
    file: obj.file,
    line: obj.line,
    replicas: typeof spec.replicas === "number" ? spec.replicas : void 0,
    replicasLine: spec.replicas !== void 0 ? yamlLine(spec, "replicas") || obj.line : void 0,
    strategy,
    containers,
    podSecurityContext: psc ? { runAsNonRoot: psc.runAsNonRoot, runAsUser: psc.runAsUser } : void 0,
    antiAffinity: !!aff && isMap(aff.podAntiAffinity),
    topologySpread: Array.isArray(pod.spec.topologySpreadConstraints) && pod.spec.topologySpreadConstraints.length > 0,
    labels: obj.labels,
    schedule: obj.kind === "CronJob" ? s(spec.schedule) : void 0,
    commands: containers.map((c) => JSON.stringify(rawContainer(pod.spec, c.name))).join("\n"),
    via: obj.via
  };
}
function rawContainer(spec, name) {
  const all = [...Array.isArray(spec.initContainers) ? spec.initContainers : [], ...Array.isArray(spec.containers) ? spec.containers : []];
  const c = all.find((x) => isMap(x) && x.name === name);
  return isMap(c) ? [c.command, c.args] : null;
}

// src/inventory/kubernetes/kustomize.ts
import { posix as posix4 } from "node:path";
var KUSTOMIZATION_NAMES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
function clone(v) {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(clone);
  const out = {};
  for (const k of Object.keys(v)) out[k] = clone(v[k]);
  return out;
}
function patchFiles(dir, k) {
  if (!isMap(k)) return [];
  const at = (p) => posix4.normalize(posix4.join(dir || ".", p)).replace(/^\.\/?/, "");
  const out = [];
  for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
    for (const p of Array.isArray(k[key]) ? k[key] : []) {
      if (typeof p === "string" && !p.includes("\n")) out.push(at(p));
      else if (isMap(p) && typeof p.path === "string") out.push(at(p.path));
    }
  }
  return out;
}
function kustomizationFile(ctx, dir) {
  for (const n of KUSTOMIZATION_NAMES) {
    const p = dir ? `${dir}/${n}` : n;
    if (ctx.exists(p)) return p;
  }
  return void 0;
}
var RENDERED = /* @__PURE__ */ new WeakMap();
function renderKustomization(ctx, dir, stack = [], refs = /* @__PURE__ */ new Set()) {
  let memo = RENDERED.get(ctx);
  if (!memo) RENDERED.set(ctx, memo = /* @__PURE__ */ new Map());
  const done = memo.get(dir);
  if (done) return done.map(copyObject);
  const out = renderUncached(ctx, dir, stack, refs);
  memo.set(dir, out);
  return out.map(copyObject);
}
function copyObject(o) {
  const c = { ...o, labels: { ...o.labels }, annotations: { ...o.annotations } };
  Object.defineProperty(c, "raw", { value: clone(rawOf(o)), enumerable: false });
  return c;
}
function renderUncached(ctx, dir, stack, refs) {
  const file = kustomizationFile(ctx, dir);
  if (!file) return [];
  if (stack.includes(dir)) {
    ctx.diagnose({ file, line: 1, severity: "error", code: "kustomize-loop", message: `kustomization resources loop: ${[...stack, dir].join(" -> ")}` });
    return [];
  }
  const k = ctx.yaml(file)?.documents[0]?.value;
  if (!isMap(k)) return [];
  const at = (p) => posix4.normalize(posix4.join(dir || ".", p)).replace(/^\.\/?/, "");
  let objects = [];
  const load = (entry, list, i) => {
    const rel = String(entry);
    if (/^(https?:|git@|github\.com|ssh:)/.test(rel) || rel.includes("?ref=")) {
      ctx.diagnose({ file, line: yamlLine(list, i), severity: "notice", code: "kustomize-remote", message: `remote resource not fetched: ${rel}` });
      return;
    }
    const p = at(rel);
    if (kustomizationFile(ctx, p)) {
      refs.add(p);
      objects.push(...renderKustomization(ctx, p, [...stack, dir], refs));
    } else if (ctx.exists(p)) {
      for (const d of ctx.yaml(p)?.documents ?? []) if (isManifest(d.value)) for (const o of expandLists(d.value)) objects.push(describeObject(clone(o), p, yamlLine(o, "kind") || d.line, dir));
    } else ctx.diagnose({ file, line: yamlLine(list, i), severity: "error", code: "kustomize-missing", message: `resource ${rel} does not exist` });
  };
  for (const key of ["resources", "bases"]) {
    const list = Array.isArray(k[key]) ? k[key] : [];
    list.forEach((e, i) => load(e, list, i));
  }
  const components = Array.isArray(k.components) ? k.components : [];
  components.forEach((c, i) => {
    const p = at(String(c));
    refs.add(p);
    const ck = kustomizationFile(ctx, p);
    const cv = ck ? ctx.yaml(ck)?.documents[0]?.value : void 0;
    if (isMap(cv)) {
      const extra = renderKustomization(ctx, p, [...stack, dir], refs).filter((o) => !objects.some((x) => x.kind === o.kind && x.name === o.name));
      objects.push(...extra);
      objects = applyTransforms(ctx, p, cv, objects);
    } else ctx.diagnose({ file, line: yamlLine(components, i), severity: "error", code: "kustomize-missing", message: `component ${c} does not exist` });
  });
  const rendered = applyTransforms(ctx, dir, k, objects);
  for (const o of rendered) o.via = dir;
  return rendered;
}
function applyTransforms(ctx, dir, k, input) {
  const file = kustomizationFile(ctx, dir) ?? dir;
  const at = (p) => posix4.normalize(posix4.join(dir || ".", p)).replace(/^\.\/?/, "");
  let objects = input;
  const patches = [];
  const addPatchText = (text, target, line, pfile) => {
    if (text === void 0) return;
    const trimmed = text.trim();
    const docs = trimmed.startsWith("-") || trimmed.startsWith("[") ? [ctxParse(ctx, pfile, text)] : ctxParseAll(ctx, pfile, text);
    for (const d of docs) if (d !== void 0) patches.push({ patch: d, target, line, file: pfile, json: Array.isArray(d) });
  };
  const list = (key) => Array.isArray(k[key]) ? k[key] : [];
  list("patches").forEach((p, i) => {
    const line = yamlLine(list("patches"), i);
    if (typeof p === "string") addPatchText(ctx.text(at(p)), void 0, line, at(p));
    else if (isMap(p)) {
      const target = isMap(p.target) ? p.target : void 0;
      if (typeof p.path === "string") addPatchText(ctx.text(at(p.path)), target, line, at(p.path));
      else if (typeof p.patch === "string") addPatchText(p.patch, target, line, file);
    }
  });
  list("patchesStrategicMerge").forEach((p, i) => addPatchText(typeof p === "string" && !p.includes("\n") ? ctx.text(at(p)) : String(p), void 0, yamlLine(list("patchesStrategicMerge"), i), typeof p === "string" && !p.includes("\n") ? at(p) : file));
  list("patchesJson6902").forEach((p, i) => {
    if (isMap(p) && typeof p.path === "string") addPatchText(ctx.text(at(p.path)), isMap(p.target) ? p.target : void 0, yamlLine(list("patchesJson6902"), i), at(p.path));
  });
  for (const p of patches) {
    const matches = objects.filter((o) => matchesTarget(o, p.target ?? (isMap(p.patch) ? targetOfPatch(p.patch) : void 0)));
    if (matches.length === 0) {
      ctx.diagnose({ file: p.file, line: p.line, severity: "warning", code: "kustomize-patch-no-target", message: "patch matches no resource" });
      continue;
    }
    for (const o of matches) {
      const raw = rawOf(o);
      if (p.json) applyJson6902(raw, p.patch);
      else strategicMerge(raw, p.patch);
    }
  }
  const ns = typeof k.namespace === "string" ? k.namespace : void 0;
  const prefix = typeof k.namePrefix === "string" ? k.namePrefix : "";
  const suffix = typeof k.nameSuffix === "string" ? k.nameSuffix : "";
  const labels = { ...isMap(k.commonLabels) ? k.commonLabels : {} };
  for (const l of list("labels")) if (isMap(l) && isMap(l.pairs)) Object.assign(labels, l.pairs);
  const images = list("images").filter(isMap);
  const replicas = list("replicas").filter(isMap);
  for (const o of objects) {
    const raw = rawOf(o);
    const meta = raw.metadata = isMap(raw.metadata) ? raw.metadata : {};
    if (ns && o.kind !== "Namespace" && !/^Cluster/.test(o.kind)) meta.namespace = ns;
    if (prefix || suffix) {
      if (o.kind !== "Namespace" && o.kind !== "CustomResourceDefinition") meta.name = `${prefix}${meta.name ?? ""}${suffix}`;
    }
    if (Object.keys(labels).length) {
      meta.labels = { ...isMap(meta.labels) ? meta.labels : {}, ...labels };
      const spec = isMap(raw.spec) ? raw.spec : void 0;
      const tmpl = spec && isMap(spec.template) ? spec.template : void 0;
      if (tmpl) {
        const tm = tmpl.metadata = isMap(tmpl.metadata) ? tmpl.metadata : {};
        tm.labels = { ...isMap(tm.labels) ? tm.labels : {}, ...labels };
      }
    }
    for (const c of allContainers(raw)) {
      const img = String(c.image ?? "");
      const repo = img.replace(/@.*$/, "").replace(/:[^:/]+$/, "");
      const rule = images.find((im) => im.name === repo || im.name === img);
      if (!rule) continue;
      const newName = rule.newName ? String(rule.newName) : repo;
      c.image = rule.digest ? `${newName}@${rule.digest}` : `${newName}:${rule.newTag ?? (img.includes(":") ? img.slice(img.lastIndexOf(":") + 1) : "latest")}`;
    }
    const r = replicas.find((x) => x.name === (isMap(raw.metadata) ? raw.metadata.name : void 0) || x.name === o.name);
    if (r && isMap(raw.spec) && /^(Deployment|StatefulSet|ReplicaSet|ReplicationController|Rollout)$/.test(o.kind)) raw.spec.replicas = Number(r.count);
  }
  return objects.map((o) => reDescribe(o));
}
function reDescribe(o) {
  const d = describeObject(rawOf(o), o.file, o.line, o.via);
  d.line = o.line;
  return d;
}
function ctxParse(ctx, file, text) {
  return ctxParseAll(ctx, file, text)[0];
}
function ctxParseAll(ctx, file, text) {
  const cached = ctx.text(file) === text ? ctx.yaml(file) : void 0;
  if (cached) return cached.documents.map((d) => clone(d.value));
  const r = parseYaml(text, file);
  for (const e of r.errors) ctx.diagnose({ file, line: e.line, severity: "error", code: "yaml-syntax", message: `invalid inline patch: ${e.message}` });
  return r.documents.map((d) => d.value);
}
function targetOfPatch(p) {
  const meta = isMap(p.metadata) ? p.metadata : {};
  return { kind: p.kind, name: meta.name };
}
function matchesTarget(o, t) {
  if (!t) return false;
  if (t.kind && t.kind !== o.kind) return false;
  if (t.name && !new RegExp(`^${String(t.name)}$`).test(o.name ?? "")) return false;
  if (t.namespace && t.namespace !== o.namespace) return false;
  if (typeof t.labelSelector === "string") {
    for (const pair of t.labelSelector.split(",")) {
      const [lk, lv] = pair.split("=");
      if (o.labels[lk.trim()] !== lv?.trim()) return false;
    }
  }
  return true;
}
function allContainers(raw) {
  const out = [];
  const walk2 = (v) => {
    if (!isMap(v)) return;
    for (const key of ["containers", "initContainers"]) if (Array.isArray(v[key])) out.push(...v[key].filter(isMap));
    for (const [key, x] of Object.entries(v)) if (key !== "containers" && key !== "initContainers" && isMap(x)) walk2(x);
  };
  walk2(raw.spec);
  return out;
}
var MERGE_BY_NAME = /* @__PURE__ */ new Set(["containers", "initContainers", "env", "volumes", "volumeMounts", "ports", "imagePullSecrets"]);
function strategicMerge(target, patch) {
  for (const [k, v] of Object.entries(patch)) {
    if (k === "$patch") continue;
    if (isMap(v) && v.$patch === "delete") {
      delete target[k];
      continue;
    }
    if (isMap(v) && v.$patch === "replace") {
      const { $patch: _p, ...rest } = v;
      target[k] = rest;
      continue;
    }
    const cur = target[k];
    if (Array.isArray(v) && Array.isArray(cur) && MERGE_BY_NAME.has(k)) {
      for (const item of v) {
        if (!isMap(item)) continue;
        const key = "name" in item ? "name" : "containerPort" in item ? "containerPort" : "mountPath" in item ? "mountPath" : "name";
        const idx = cur.findIndex((c) => isMap(c) && c[key] === item[key]);
        if (item.$patch === "delete") {
          if (idx >= 0) cur.splice(idx, 1);
        } else if (idx >= 0) strategicMerge(cur[idx], item);
        else cur.push(item);
      }
    } else if (isMap(v) && isMap(cur)) strategicMerge(cur, v);
    else target[k] = v;
  }
}
function applyJson6902(target, ops) {
  const parse = (p) => p.split("/").slice(1).map((s2) => s2.replace(/~1/g, "/").replace(/~0/g, "~"));
  const parent = (path) => {
    let cur = target;
    for (const seg of path.slice(0, -1)) cur = Array.isArray(cur) ? cur[Number(seg)] : isMap(cur) ? cur[seg] : void 0;
    return [cur, path[path.length - 1]];
  };
  const get2 = (path) => {
    const [p, last] = parent(path);
    return Array.isArray(p) ? p[Number(last)] : isMap(p) ? p[last] : void 0;
  };
  const set = (path, value, insert) => {
    const [p, last] = parent(path);
    if (Array.isArray(p)) {
      const i = last === "-" ? p.length : Number(last);
      if (insert) p.splice(i, 0, value);
      else p[i] = value;
    } else if (isMap(p)) p[last] = value;
  };
  const remove = (path) => {
    const [p, last] = parent(path);
    if (Array.isArray(p)) p.splice(Number(last), 1);
    else if (isMap(p)) delete p[last];
  };
  for (const op of ops) {
    if (!isMap(op) || typeof op.path !== "string") continue;
    const path = parse(op.path);
    switch (op.op) {
      case "add":
        set(path, clone(op.value), true);
        break;
      case "replace":
        set(path, clone(op.value), false);
        break;
      case "remove":
        remove(path);
        break;
      case "copy":
        set(path, clone(get2(parse(String(op.from)))), true);
        break;
      case "move": {
        const from = parse(String(op.from));
        const v = get2(from);
        remove(from);
        set(path, v, true);
        break;
      }
    }
  }
}

// src/inventory/kubernetes/index.ts
var isYaml = (f) => f.ext === ".yml" || f.ext === ".yaml" || f.name === "Kustomization";
var PROD_DIR = /(^|\/)(prod|production|prd|live)([-_/][^/]*)?$/i;
var kubernetesCollector = {
  key: "kubernetes",
  wants: isYaml,
  collect(ctx) {
    const chartDirs = new Set(ctx.files.filter((f) => f.name === "Chart.yaml").map((f) => f.dir));
    const inChart = (p) => {
      if (chartDirs.size === 0) return false;
      if (chartDirs.has("")) return true;
      for (let i = p.indexOf("/"); i >= 0; i = p.indexOf("/", i + 1)) if (chartDirs.has(p.slice(0, i))) return true;
      return false;
    };
    const plain = [];
    for (const f of ctx.files) {
      if (!isYaml(f) || KUSTOMIZATION_NAMES.has(f.name) || isComposeFile(f) || f.dir.startsWith(".github") || inChart(f.path)) continue;
      const text = ctx.text(f.path);
      if (!text || !text.includes("apiVersion") || !text.includes("kind")) continue;
      for (const d of ctx.yaml(f.path)?.documents ?? []) if (isManifest(d.value)) for (const o of expandLists(d.value)) plain.push(describeObject(o, f.path, d.line));
    }
    const kustomizations = [];
    const refs = /* @__PURE__ */ new Set();
    const usedFiles = /* @__PURE__ */ new Set();
    for (const f of ctx.files) {
      if (!KUSTOMIZATION_NAMES.has(f.name) || inChart(f.path)) continue;
      const objects2 = renderKustomization(ctx, f.dir, [], refs);
      for (const o of objects2) usedFiles.add(o.file);
      const k = ctx.yaml(f.path)?.documents[0]?.value;
      for (const p of patchFiles(f.dir, k)) usedFiles.add(p);
      kustomizations.push({ dir: f.dir, file: f.path, production: PROD_DIR.test(f.dir), referenced: false, resources: isMap(k) && Array.isArray(k.resources) ? k.resources.map(String) : [], objects: objects2 });
    }
    for (const k of kustomizations) k.referenced = refs.has(k.dir);
    let objects;
    let productionSource;
    const loose = plain.filter((o) => !usedFiles.has(o.file));
    const prod = kustomizations.filter((k) => k.production);
    if (prod.length) {
      objects = [...prod.flatMap((k) => k.objects), ...loose];
      productionSource = "kustomize-production";
    } else if (kustomizations.length) {
      objects = [...kustomizations.filter((k) => !k.referenced).flatMap((k) => k.objects), ...loose];
      productionSource = "kustomize-top-level";
    } else {
      objects = plain;
      productionSource = plain.length ? "plain" : "none";
    }
    return { ...summarise(objects), kustomizations, productionSource };
  },
  describe(inv) {
    const out = [];
    if (inv.productionSource !== "none") out.push(`production set: ${inv.productionSource} (${inv.objects.length} objects)`);
    for (const k of inv.kustomizations) out.push(`${k.file}:1 kustomization${k.production ? " (production)" : ""}${k.referenced ? " (base/component)" : ""} renders ${k.objects.length} objects`);
    for (const w of inv.workloads) {
      const c = w.containers.filter((x) => !x.init);
      const probes = c.every((x) => x.probes.readiness && x.probes.liveness) ? "probes" : "missing probes";
      const limits = c.every((x) => x.resources?.limits?.memory) ? "limits" : "missing limits";
      out.push(`${w.file}:${w.line} ${w.kind} ${w.name}${w.via ? ` (via ${w.via})` : ""}: replicas ${w.replicas ?? "1 (default)"}, ${c.map((x) => x.image).join(", ")}, ${limits}, ${probes}`);
    }
    for (const i of inv.ingresses) out.push(`${i.file}:${i.line} Ingress ${i.name}: hosts ${i.hosts.join(", ") || "-"}${i.tlsHosts.length ? ", TLS" : ", no TLS"}`);
    for (const n of inv.networkPolicies) out.push(`${n.file}:${n.line} NetworkPolicy ${n.name}${n.defaultDeny ? " (default deny)" : ""}`);
    for (const h of inv.hpas) out.push(`${h.file}:${h.line} HPA ${h.name} -> ${h.target} ${h.min ?? 1}..${h.max}`);
    for (const p of inv.pdbs) out.push(`${p.file}:${p.line} PDB ${p.name}`);
    for (const o of inv.objects) if (o.category) out.push(`${o.file}:${o.line} ${o.kind} ${o.name ?? ""} (${o.category})`);
    return out;
  }
};
function summarise(objects) {
  const workloads = objects.map(workloadOf).filter((w) => !!w);
  const inv = { objects, workloads, services: [], ingresses: [], networkPolicies: [], hpas: [], pdbs: [] };
  for (const o of objects) {
    const raw = rawOf(o);
    const spec = isMap(raw.spec) ? raw.spec : {};
    const name = o.name ?? "";
    if (o.kind === "Service") inv.services.push({ name, type: String(spec.type ?? "ClusterIP"), ports: (Array.isArray(spec.ports) ? spec.ports : []).filter(isMap).map((p) => String(p.port)), file: o.file, line: o.line });
    else if (o.kind === "Ingress") {
      const rules = (Array.isArray(spec.rules) ? spec.rules : []).filter(isMap);
      const tls = (Array.isArray(spec.tls) ? spec.tls : []).filter(isMap);
      inv.ingresses.push({ name, hosts: rules.map((r) => String(r.host ?? "")).filter(Boolean), tlsHosts: tls.flatMap((t) => Array.isArray(t.hosts) ? t.hosts.map(String) : ["*"]), className: spec.ingressClassName ? String(spec.ingressClassName) : void 0, annotations: o.annotations, file: o.file, line: o.line });
    } else if (o.kind === "NetworkPolicy") {
      const sel = isMap(spec.podSelector) ? spec.podSelector : {};
      const types = Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : ["Ingress"];
      const emptySel = Object.keys(sel).length === 0 || isMap(sel.matchLabels) && Object.keys(sel.matchLabels).length === 0 && !sel.matchExpressions;
      const noRules = (!Array.isArray(spec.ingress) || spec.ingress.length === 0) && types.includes("Ingress");
      inv.networkPolicies.push({ name, namespace: o.namespace, defaultDeny: emptySel && noRules, policyTypes: types, file: o.file, line: o.line });
    } else if (o.kind === "HorizontalPodAutoscaler" || o.kind === "ScaledObject" && o.category === "keda") {
      const ref = isMap(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
      inv.hpas.push({ name, target: String(ref.name ?? ""), min: spec.minReplicas ?? spec.minReplicaCount, max: spec.maxReplicas ?? spec.maxReplicaCount, file: o.file, line: o.line });
    } else if (o.kind === "PodDisruptionBudget") inv.pdbs.push({ name, minAvailable: spec.minAvailable === void 0 ? void 0 : String(spec.minAvailable), maxUnavailable: spec.maxUnavailable === void 0 ? void 0 : String(spec.maxUnavailable), file: o.file, line: o.line });
  }
  return inv;
}

// src/inventory/helm/index.ts
import { posix as posix5 } from "node:path";
var VALUE_PATHS = ["replicaCount", "image.repository", "image.tag", "resources.limits.cpu", "resources.limits.memory", "resources.requests.cpu", "resources.requests.memory", "autoscaling.enabled", "autoscaling.minReplicas", "autoscaling.maxReplicas", "podDisruptionBudget.enabled", "pdb.enabled", "ingress.enabled", "ingress.tls", "networkPolicy.enabled", "securityContext.runAsNonRoot", "securityContext.readOnlyRootFilesystem", "podSecurityContext.runAsNonRoot", "livenessProbe", "readinessProbe", "metrics.enabled", "serviceMonitor.enabled", "postgresql.enabled", "architecture", "replica.replicaCount", "backup.enabled"];
var PROD_VALUES = /^values[-._](prod|production|prd|live)[\w.-]*\.ya?ml$/i;
function get(obj, path) {
  let cur = obj;
  let parent;
  const parts = path.split(".");
  for (const p of parts) {
    if (!isMap(cur) || !(p in cur)) return void 0;
    parent = cur;
    cur = cur[p];
  }
  return { value: cur, parent, key: parts[parts.length - 1] };
}
var truthy = (v) => v !== void 0 && v !== null && v !== false && v !== "" && !(Array.isArray(v) && v.length === 0) && !(isMap(v) && Object.keys(v).length === 0);
var helmCollector = {
  key: "helm",
  wants: (f) => f.name === "Chart.yaml" || /^values.*\.ya?ml$/i.test(f.name) || /\/templates(\/|$)/.test(f.dir + "/") && (f.ext === ".yaml" || f.ext === ".yml" || f.ext === ".tpl"),
  collect(ctx) {
    const charts = [];
    const chartDirs = new Set(ctx.files.filter((f) => f.name === "Chart.yaml").map((f) => f.dir));
    const byChart = /* @__PURE__ */ new Map();
    if (chartDirs.size) {
      for (const f of ctx.files) {
        let d = f.dir;
        while (!chartDirs.has(d) && d) d = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "";
        if (!chartDirs.has(d)) continue;
        const list = byChart.get(d) ?? [];
        list.push(f);
        byChart.set(d, list);
      }
    }
    for (const f of ctx.files) {
      if (f.name !== "Chart.yaml") continue;
      const own = byChart.get(f.dir) ?? [];
      const meta = ctx.yaml(f.path)?.documents[0]?.value;
      const m = isMap(meta) ? meta : {};
      const dir = f.dir;
      const inDir = (p) => p.dir === dir;
      const valuesFiles = own.filter((x) => inDir(x) && /^values.*\.ya?ml$/i.test(x.name)).map((x) => x.path);
      const prodValues = valuesFiles.find((v) => PROD_VALUES.test(posix5.basename(v)));
      const defaults = ctx.yaml(dir ? `${dir}/values.yaml` : "values.yaml")?.documents[0]?.value;
      const prod = prodValues ? ctx.yaml(prodValues)?.documents[0]?.value : void 0;
      const values = {};
      for (const path of VALUE_PATHS) {
        for (const [doc, file] of [[defaults, dir ? `${dir}/values.yaml` : "values.yaml"], [prod, prodValues]]) {
          const hit = get(doc, path);
          if (hit && file) values[path] = { path, value: hit.value, file, line: yamlLine(hit.parent, hit.key) };
        }
      }
      const emits = [];
      let liveness = false;
      let readiness = false;
      const tdir = dir ? `${dir}/templates/` : "templates/";
      for (const t of own) {
        if (!t.path.startsWith(tdir)) continue;
        const text = ctx.text(t.path);
        if (!text) continue;
        liveness ||= /livenessProbe/.test(text);
        readiness ||= /readinessProbe/.test(text);
        const guards = [];
        text.split("\n").forEach((line, i) => {
          for (const tok of line.matchAll(/\{\{-?\s*(if|with|range|define|end|else)\b([^}]*)\}\}/g)) {
            if (tok[1] === "end") guards.pop();
            else if (tok[1] !== "else") {
              const v = /\.Values\.([\w.]+)/.exec(tok[2]);
              guards.push(tok[1] === "if" || tok[1] === "with" ? v?.[1] : void 0);
            }
          }
          const k = /^kind:\s*([A-Za-z]+)\s*$/.exec(line.trim());
          if (!k) return;
          const guard = [...guards].reverse().find((g) => g !== void 0);
          const on = (doc) => !guard || truthy(get(doc, guard)?.value);
          emits.push({ kind: k[1], file: t.path, line: i + 1, guard, enabledByDefault: on(defaults), enabledInProduction: prod !== void 0 ? on(prod) || get(prod, guard ?? "") === void 0 && on(defaults) : on(defaults) });
        });
      }
      charts.push({
        dir,
        file: f.path,
        name: m.name === void 0 ? void 0 : String(m.name),
        version: m.version === void 0 ? void 0 : String(m.version),
        appVersion: m.appVersion === void 0 ? void 0 : String(m.appVersion),
        dependencies: (Array.isArray(m.dependencies) ? m.dependencies : []).filter(isMap).map((d) => String(d.name)),
        valuesFiles,
        productionValues: prodValues,
        emits,
        values,
        templateProbes: { liveness, readiness }
      });
    }
    return { charts };
  },
  describe(inv) {
    const out = [];
    for (const c of inv.charts) {
      out.push(`${c.file}:1 chart ${c.name ?? ""} ${c.version ?? ""}${c.productionValues ? ` (production values: ${c.productionValues})` : ""}`);
      for (const e of c.emits) out.push(`  ${e.file}:${e.line} ${e.kind}${e.guard ? ` if .Values.${e.guard} (default ${e.enabledByDefault ? "on" : "off"}, production ${e.enabledInProduction ? "on" : "off"})` : ""}`);
      for (const v of Object.values(c.values)) out.push(`  ${v.file}:${v.line} ${v.path} = ${JSON.stringify(v.value)}`);
    }
    return out;
  }
};

// src/inventory/workflows/classify.ts
var USES_TAGS = [
  [/^github\/codeql-action\/(init|analyze|autobuild)/, ["security-scan:codeql"]],
  [/^github\/codeql-action\/upload-sarif/, ["sarif-upload"]],
  [/^aquasecurity\/trivy-action/, ["security-scan:trivy"]],
  [/^anchore\/(scan-action|grype)/, ["security-scan:grype"]],
  [/^snyk\//, ["security-scan:snyk"]],
  [/^(returntocorp|semgrep)\/semgrep/, ["security-scan:semgrep"]],
  [/^(gitleaks|zricethezav)\/gitleaks/, ["security-scan:gitleaks"]],
  [/^trufflesecurity\/trufflehog/, ["security-scan:trufflehog"]],
  [/^zaproxy\/action-/, ["security-scan:zap"]],
  [/^bridgecrewio\/checkov/, ["security-scan:checkov"]],
  [/^aquasecurity\/tfsec/, ["security-scan:tfsec"]],
  [/^actions\/dependency-review-action/, ["security-scan:dependency-review"]],
  [/^google\/osv-scanner/, ["security-scan:osv"]],
  [/^pypa\/gh-action-pip-audit/, ["security-scan:pip-audit"]],
  [/^ossf\/scorecard-action/, ["security-scan:scorecard"]],
  [/^docker\/build-push-action/, ["docker-build"]],
  [/^docker\/login-action/, ["registry-login"]],
  [/^(azure\/k8s-deploy|azure\/webapps-deploy|aws-actions\/amazon-ecs-deploy|google-github-actions\/deploy|appleboy\/ssh-action|superfly\/flyctl-actions|amondnet\/vercel-action|cloudflare\/wrangler-action)/, ["deploy"]],
  [/^(azure\/setup-helm|azure\/setup-kubectl)/, ["k8s-tooling"]],
  [/^treosh\/lighthouse-ci-action/, ["lighthouse"]],
  [/^grafana\/(k6-action|setup-k6-action|run-k6-action)/, ["load-test"]],
  [/^cypress-io\/github-action/, ["e2e"]],
  [/^(codecov|coverallsapp)\//, ["coverage"]]
];
var RUN_TAGS = [
  [/\b(pytest|python -m pytest|tox|nox|unittest|go test|cargo test|mvn (-B )?(test|verify)|gradle(w)? test|\.\/gradlew test|rspec|phpunit|dotnet test|make test|npm (run )?test|npm t\b|yarn test|pnpm test|jest|vitest|mocha|bun test)\b/, "test"],
  [/\b(eslint|flake8|ruff|pylint|black --check|mypy|golangci-lint|npm run lint|yarn lint|tsc --noEmit)\b/, "lint"],
  [/\bdocker (build|buildx build)\b|docker compose build|docker-compose build/, "docker-build"],
  [/\bdocker push\b|docker buildx build[^\n]*--push/, "docker-push"],
  [/\b(kubectl (apply|set image|rollout restart)|helm (upgrade|install)|kustomize build[^\n]*kubectl|argocd app sync|flux reconcile|docker stack deploy|docker[- ]compose[^\n]*\bup\b|ansible-playbook|terraform apply|serverless deploy|sls deploy|fly deploy|vercel --prod|gcloud run deploy|aws ecs update-service|az webapp|rsync .* deploy|ssh [^\n]*(deploy|docker|systemctl))/, "deploy"],
  [/\b(kubectl rollout undo|helm rollback|argocd app rollback)\b/, "rollback"],
  [/helm (upgrade|install)[^\n]*--atomic/, "atomic-deploy"],
  [/\b(alembic upgrade|manage\.py migrate|prisma migrate deploy|flyway migrate|knex migrate|rails db:migrate|sequelize db:migrate|typeorm migration:run)\b/, "migrations"],
  [/\b(k6 run|locust\b|artillery run|jmeter|vegeta attack|ab -n)/, "load-test"],
  [/\b(playwright test|npx playwright|cypress run|selenium|wdio|webdriverio)\b/, "e2e"],
  [/\b(lhci autorun|lighthouse )/, "lighthouse"],
  [/\b(bandit|safety check|pip-audit|npm audit|yarn audit|trivy|grype|semgrep|gitleaks|trufflehog|snyk test|checkov|tfsec|zap-baseline|osv-scanner|govulncheck)\b/, "security-scan"],
  [/\b(pg_dump|pg_restore|velero (backup|restore))\b/, "backup"]
];
function tagsForUses(uses) {
  const action = uses.split("@")[0].toLowerCase();
  for (const [re, tags] of USES_TAGS) if (re.test(action)) return tags;
  return [];
}
function tagsForRun(run2) {
  const tags = [];
  for (const [re, tag] of RUN_TAGS) {
    const m = re.exec(run2);
    if (!m) continue;
    if (tag === "security-scan") tags.push(`security-scan:${m[1].split(" ")[0]}`);
    tags.push(tag);
  }
  return tags;
}

// src/inventory/workflows/index.ts
var isWorkflow = (f) => f.dir === ".github/workflows" && (f.ext === ".yml" || f.ext === ".yaml");
var RENOVATE = /* @__PURE__ */ new Set(["renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".renovaterc.json5"]);
var ECOSYSTEM_FILES = [
  [/^(requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|setup\.py|setup\.cfg|poetry\.lock|uv\.lock)$/, "pip"],
  [/^package\.json$/, "npm"],
  [/^(Dockerfile|Containerfile)$|^Dockerfile\.|\.dockerfile$/i, "docker"],
  [/^(docker-compose|compose)[\w.-]*\.ya?ml$/, "docker-compose"],
  [/^go\.mod$/, "gomod"],
  [/^pom\.xml$/, "maven"],
  [/^build\.gradle(\.kts)?$/, "gradle"],
  [/^Cargo\.toml$/, "cargo"],
  [/^composer\.json$/, "composer"],
  [/^Gemfile$/, "bundler"],
  [/\.(csproj|fsproj)$/, "nuget"],
  [/\.tf$/, "terraform"]
];
function str2(v) {
  return v === void 0 || v === null ? void 0 : String(v);
}
function triggers(on, doc) {
  const line = yamlLine(doc, "on");
  if (typeof on === "string") return [{ event: on, line }];
  if (Array.isArray(on)) return on.map((e, i) => ({ event: String(e), line: yamlLine(on, i) }));
  if (!isMap(on)) return [];
  return Object.entries(on).map(([event, cfg]) => {
    const t = { event, line: yamlLine(on, event) };
    if (isMap(cfg) && Array.isArray(cfg.branches)) t.branches = cfg.branches.map(String);
    if (event === "schedule" && Array.isArray(cfg)) t.cron = cfg.map((c) => isMap(c) ? String(c.cron) : "").filter(Boolean);
    return t;
  });
}
function parseWorkflow(ctx, file) {
  const doc = ctx.yaml(file)?.documents[0]?.value;
  if (!isMap(doc)) return void 0;
  const on = "on" in doc ? doc.on : doc["true"];
  const wf = { file, name: str2(doc.name), triggers: triggers(on, doc), permissions: doc.permissions, jobs: [] };
  const jobs = isMap(doc.jobs) ? doc.jobs : {};
  for (const [id, j] of Object.entries(jobs)) {
    if (!isMap(j)) continue;
    const env = j.environment;
    const envName = typeof env === "string" ? env : isMap(env) ? str2(env.name) : void 0;
    const job = {
      id,
      name: str2(j.name),
      file,
      line: yamlLine(jobs, id),
      environment: envName ? { name: envName, line: yamlLine(j, "environment") } : void 0,
      needs: Array.isArray(j.needs) ? j.needs.map(String) : j.needs ? [String(j.needs)] : [],
      if: str2(j.if),
      permissions: j.permissions,
      services: isMap(j.services) ? Object.keys(j.services) : [],
      uses: str2(j.uses),
      steps: [],
      tags: []
    };
    const steps = Array.isArray(j.steps) ? j.steps : [];
    steps.forEach((s2, i) => {
      if (!isMap(s2)) return;
      const uses = str2(s2.uses);
      const run2 = str2(s2.run);
      const ref = uses?.includes("@") ? uses.slice(uses.indexOf("@") + 1) : void 0;
      const withMap = isMap(s2.with) ? Object.fromEntries(Object.entries(s2.with).map(([k, v]) => [k, /token|password|secret|key/i.test(k) ? "***" : String(v)])) : {};
      const tags = [...uses ? tagsForUses(uses) : [], ...run2 ? tagsForRun(run2) : []];
      if (uses?.startsWith("docker/build-push-action") && /true/.test(withMap.push ?? "")) tags.push("docker-push");
      job.steps.push({ file, line: yamlLine(steps, i), name: str2(s2.name), uses, ref, pinnedSha: ref ? /^[0-9a-f]{40}$/.test(ref) : void 0, run: run2, with: withMap, tags });
    });
    const jobTags = new Set(job.steps.flatMap((s2) => s2.tags));
    if (envName || /deploy|release|publish/i.test(id)) {
      if (job.steps.some((s2) => s2.tags.includes("deploy")) || envName) jobTags.add("deploy");
    }
    job.tags = [...jobTags];
    wf.jobs.push(job);
  }
  return wf;
}
var workflowsCollector = {
  key: "workflows",
  wants: (f) => isWorkflow(f) || f.dir === ".github" && /^dependabot\.ya?ml$/.test(f.name) || RENOVATE.has(f.name) || f.dir.startsWith(".github/codeql") && f.ext.startsWith(".y"),
  collect(ctx) {
    const inv = { workflows: [], codeql: [], ecosystems: [] };
    const eco = /* @__PURE__ */ new Map();
    for (const f of ctx.files) {
      if (isWorkflow(f)) {
        const wf = parseWorkflow(ctx, f.path);
        if (wf) inv.workflows.push(wf);
        addEco(eco, "github-actions", "/");
      } else if (f.dir === ".github" && /^dependabot\.ya?ml$/.test(f.name)) {
        const doc = ctx.yaml(f.path)?.documents[0]?.value;
        const updates = isMap(doc) && Array.isArray(doc.updates) ? doc.updates : [];
        inv.dependabot = {
          file: f.path,
          updates: updates.filter(isMap).map((u, i) => ({ ecosystem: String(u["package-ecosystem"] ?? ""), directory: String(u.directory ?? (Array.isArray(u.directories) ? u.directories[0] : "/")), schedule: isMap(u.schedule) ? str2(u.schedule.interval) : void 0, line: yamlLine(updates, i) }))
        };
      } else if (RENOVATE.has(f.name)) {
        const text = ctx.text(f.path) ?? "";
        let ext = [];
        try {
          const json = text.replace(/^\s*\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/'([^'\n]*)'/g, '"$1"').replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":').replace(/,(\s*[}\]])/g, "$1");
          const v = JSON.parse(json);
          ext = v.extends ?? [];
        } catch {
        }
        inv.renovate = { file: f.path, line: 1, extends: ext };
      } else if (f.dir.startsWith(".github/codeql")) inv.codeql.push({ file: f.path });
      for (const [re, name] of ECOSYSTEM_FILES) if (re.test(f.name) && !/(^|\/)(node_modules|vendor|__tests__|tests?|fixtures?)\//.test(f.path)) addEco(eco, name, "/" + f.dir);
    }
    inv.ecosystems = [...eco].map(([ecosystem, dirs]) => ({ ecosystem, dirs: [...dirs].sort() }));
    return inv;
  },
  describe(inv) {
    const out = [];
    for (const w of inv.workflows) {
      const jobs = w.jobs.map((j) => `${j.id}${j.environment ? `\u2192${j.environment.name}` : ""}${j.tags.length ? `(${j.tags.join(",")})` : ""}`).join(", ");
      out.push(`${w.file}:1 ${w.name ?? ""} \u2014 on ${w.triggers.map((t) => t.event).join(", ")}; jobs: ${jobs}`);
    }
    if (inv.dependabot) out.push(`${inv.dependabot.file}:1 dependabot: ${inv.dependabot.updates.map((u) => `${u.ecosystem} ${u.directory}`).join(", ")}`);
    if (inv.renovate) out.push(`${inv.renovate.file}:1 renovate${inv.renovate.extends.length ? ` extends ${inv.renovate.extends.join(", ")}` : ""}`);
    out.push(`ecosystems in use: ${inv.ecosystems.map((e) => `${e.ecosystem} (${e.dirs.length} dir${e.dirs.length === 1 ? "" : "s"})`).join(", ") || "none"}`);
    return out;
  }
};
function addEco(eco, name, dir) {
  const set = eco.get(name) ?? /* @__PURE__ */ new Set();
  set.add(dir === "/" ? "/" : dir.replace(/\/$/, ""));
  eco.set(name, set);
}

// src/inventory/nginx/index.ts
import { posix as posix6 } from "node:path";

// src/inventory/nginx/parse.ts
function tokenize(text) {
  const out = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r") i++;
    else if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "{" || c === "}" || c === ";") {
      out.push({ text: c, line, quoted: false });
      i++;
    } else if (c === '"' || c === "'") {
      const start = line;
      let s2 = "";
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === "\\" && i + 1 < text.length) {
          s2 += text[i + 1];
          i += 2;
          continue;
        }
        if (text[i] === "\n") line++;
        s2 += text[i++];
      }
      i++;
      out.push({ text: s2, line: start, quoted: true });
    } else {
      let s2 = "";
      while (i < text.length && !/[\s;#]/.test(text[i]) && !(text[i] === "{" && text[i - 1] !== "$") && !(text[i] === "}" && !s2.includes("${"))) s2 += text[i++];
      out.push({ text: s2, line, quoted: false });
    }
  }
  return out;
}
function parseNginx(text, file) {
  const tokens = tokenize(text);
  const errors = [];
  let pos = 0;
  const parseBlock = (depth, openLine) => {
    const list = [];
    let args = [];
    while (pos < tokens.length) {
      const t = tokens[pos++];
      if (!t.quoted && t.text === "}") {
        if (args.length) errors.push({ line: args[0].line, message: `directive "${args[0].text}" is not terminated by ";"` });
        if (depth === 0) errors.push({ line: t.line, message: 'unexpected "}"' });
        else return list;
        args = [];
        continue;
      }
      if (!t.quoted && t.text === ";") {
        if (args.length) list.push({ name: args[0].text, args: args.slice(1).map((a) => a.text), file, line: args[0].line });
        args = [];
        continue;
      }
      if (!t.quoted && t.text === "{") {
        const head = args[0] ?? { text: "", line: t.line };
        const d = { name: head.text, args: args.slice(1).map((a) => a.text), file, line: head.line };
        if (/_by_lua_block$/.test(head.text)) skipBlock();
        else d.block = parseBlock(depth + 1, t.line);
        list.push(d);
        args = [];
        continue;
      }
      args.push(t);
    }
    if (depth > 0) errors.push({ line: openLine, message: 'block opened here is never closed ("}" missing)' });
    if (args.length) errors.push({ line: args[0].line, message: `directive "${args[0].text}" is not terminated by ";"` });
    return list;
  };
  const skipBlock = () => {
    let depth = 1;
    while (pos < tokens.length && depth > 0) {
      const t = tokens[pos++];
      if (!t.quoted && t.text === "{") depth++;
      else if (!t.quoted && t.text === "}") depth--;
    }
  };
  const directives = parseBlock(0, 1);
  return { directives, errors };
}

// src/inventory/nginx/index.ts
function isNginxFile(f) {
  if (f.ext === ".conf" || f.name.endsWith(".conf.template") || f.name.endsWith(".conf.j2")) return true;
  return /(^|\/)(nginx|sites-available|sites-enabled|conf\.d)(\/|$)/.test(f.dir) && !f.ext;
}
var globRe = (g) => new RegExp("^" + g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, ".") + "$");
var nginxCollector = {
  key: "nginx",
  wants: isNginxFile,
  collect(ctx) {
    const parsed = /* @__PURE__ */ new Map();
    for (const f of ctx.files) {
      if (!isNginxFile(f)) continue;
      const text = ctx.text(f.path);
      if (!text || !/\b(server|http|upstream|location|events)\s*\{|^\s*(listen|proxy_pass|server_name)\s/m.test(text)) continue;
      const r = parseNginx(text, f.path);
      for (const e of r.errors) ctx.diagnose({ file: f.path, line: e.line, severity: "error", code: "nginx-syntax", message: e.message });
      parsed.set(f.path, r.directives);
    }
    const included = /* @__PURE__ */ new Set();
    const configs = [];
    const expand = (file, list, stack) => list.flatMap((d) => {
      if (d.name === "include" && d.args[0]) {
        const targets = resolveInclude(ctx, file, d.args[0], parsed);
        const out = [];
        for (const t of targets) {
          included.add(t);
          if (stack.includes(t)) {
            ctx.diagnose({ file, line: d.line, severity: "error", code: "nginx-include-loop", message: `include loops back to ${t}` });
            continue;
          }
          out.push(...expand(t, parsed.get(t) ?? [], [...stack, t]));
        }
        return out;
      }
      return d.block ? [{ ...d, block: expand(file, d.block, stack) }] : [d];
    });
    const trees = /* @__PURE__ */ new Map();
    for (const [file, list] of parsed) trees.set(file, expand(file, list, [file]));
    const inv = { configs, servers: [], upstreams: [], zones: [], proxyTargets: [] };
    for (const [file, tree] of trees) {
      if (included.has(file)) continue;
      configs.push({ file, includes: [] });
      walk(tree, [], inv);
    }
    return inv;
  },
  describe(inv) {
    const out = [];
    for (const s2 of inv.servers) {
      const bits = [`listen ${s2.listen.map((l) => `${l.port}${l.ssl ? " ssl" : ""}`).join(", ") || "80"}`, `server_name ${s2.serverNames.join(" ") || "-"}`];
      if (s2.tls) bits.push(`TLS ${s2.tls.protocols?.join(" ") ?? "(default protocols)"}`);
      if (s2.redirectsToHttps) bits.push("redirects to https");
      if (s2.proxies.length) bits.push(`proxies to ${[...new Set(s2.proxies.map((p) => p.target))].join(", ")}`);
      if (s2.headers.length) bits.push(`headers ${s2.headers.map((h) => h.name).join(", ")}`);
      if (s2.rateLimits.length) bits.push("rate limited");
      if (s2.gzip) bits.push("gzip");
      if (s2.modsecurity) bits.push("modsecurity");
      out.push(`${s2.file}:${s2.line} server: ${bits.join("; ")}`);
    }
    for (const u of inv.upstreams) out.push(`${u.file}:${u.line} upstream ${u.name}: ${u.servers.map((s2) => s2.address).join(", ")} (${u.method})`);
    return out;
  }
};
function resolveInclude(ctx, from, pattern, parsed) {
  if (pattern.includes("mime.types") || pattern.includes("fastcgi_params") || pattern.includes("modules-enabled")) return [];
  const dir = posix6.dirname(from);
  const rel = pattern.replace(/^\/etc\/nginx\//, "");
  const candidates = pattern.startsWith("/") ? [rel] : [posix6.join(dir, pattern), pattern];
  const out = [];
  for (const c of candidates) {
    const re = globRe(posix6.normalize(c));
    for (const p of parsed.keys()) if (re.test(p) || pattern.startsWith("/") && globRe("*/" + posix6.normalize(c)).test(p) && posix6.dirname(p).startsWith(dir)) out.push(p);
    if (out.length) break;
  }
  return [...new Set(out)];
}
function walk(list, inherited, inv) {
  for (const d of list) {
    if (d.name === "limit_req_zone" || d.name === "limit_conn_zone") {
      const zone = d.args.find((a) => a.startsWith("zone="))?.slice(5).split(":")[0] ?? "";
      inv.zones.push({ directive: d.name, name: zone, file: d.file, line: d.line });
    }
    if (d.name === "upstream" && d.block) {
      const servers = d.block.filter((x) => x.name === "server").map((x) => ({ address: x.args[0] ?? "", backup: x.args.includes("backup"), line: x.line }));
      const method = d.block.find((x) => ["least_conn", "ip_hash", "hash", "random", "least_time"].includes(x.name))?.name ?? "round-robin";
      inv.upstreams.push({ name: d.args[0] ?? "", file: d.file, line: d.line, servers, method });
      for (const s2 of servers) inv.proxyTargets.push({ host: s2.address.split(":")[0], file: d.file, line: s2.line });
    } else if (d.name === "server" && d.block) inv.servers.push(server(d, inherited, inv));
    else if (d.block && (d.name === "http" || d.name === "stream")) walk(d.block, [...inherited, ...d.block.filter((x) => !x.block)], inv);
  }
}
function server(d, inherited, inv) {
  const own = d.block ?? [];
  const all = [];
  const collect = (l) => l.forEach((x) => (all.push(x), x.block && collect(x.block)));
  collect(own);
  const scope = [...inherited, ...all];
  const listen = own.filter((x) => x.name === "listen").map((x) => ({ port: (x.args[0] ?? "80").replace(/^.*:/, "").replace(/^\[.*\]:?/, "") || "80", ssl: x.args.includes("ssl") || x.args.includes("quic"), http2: x.args.includes("http2"), line: x.line }));
  const cert = scope.find((x) => x.name === "ssl_certificate");
  const protocols = scope.find((x) => x.name === "ssl_protocols");
  const redirect = own.find((x) => x.name === "return" && /^30[1278]$/.test(x.args[0] ?? "") && /^https:\/\//.test(x.args[1] ?? "") || x.name === "rewrite" && /^https:\/\//.test(x.args[1] ?? "")) ?? all.find((x) => x.name === "return" && /^30[1278]$/.test(x.args[0] ?? "") && /^https:\/\/\$(host|server_name)/.test(x.args[1] ?? ""));
  const proxies = [];
  const walkLoc = (l, loc) => {
    for (const x of l) {
      if (x.name === "proxy_pass" || x.name === "grpc_pass" || x.name === "uwsgi_pass" || x.name === "fastcgi_pass") {
        const target = x.args[0] ?? "";
        proxies.push({ location: loc, target, line: x.line });
        const host = target.replace(/^\w+:\/\//, "").split(/[:/]/)[0];
        if (host && !host.startsWith("$")) inv.proxyTargets.push({ host, file: x.file, line: x.line });
      }
      if (x.block) walkLoc(x.block, x.name === "location" ? x.args.join(" ") : loc);
    }
  };
  walkLoc(own, "/");
  const modsec = scope.find((x) => x.name === "modsecurity" && x.args[0] === "on");
  return {
    file: d.file,
    line: d.line,
    listen,
    serverNames: own.filter((x) => x.name === "server_name").flatMap((x) => x.args),
    tls: cert ? { certificate: cert.args[0] ?? "", protocols: protocols?.args, line: cert.line } : void 0,
    redirectsToHttps: redirect ? { line: redirect.line } : void 0,
    proxies,
    headers: scope.filter((x) => x.name === "add_header" || x.name === "more_set_headers").map((x) => ({ name: x.args[0] ?? "", value: x.args[1] ?? "", always: x.args.includes("always"), line: x.line, file: x.file })),
    rateLimits: scope.filter((x) => x.name === "limit_req" || x.name === "limit_conn").map((x) => ({ directive: x.name, line: x.line, file: x.file })),
    gzip: scope.some((x) => x.name === "gzip" && x.args[0] === "on"),
    brotli: scope.some((x) => x.name === "brotli" && x.args[0] === "on"),
    modsecurity: modsec ? { line: modsec.line, crs: scope.some((x) => (x.name === "modsecurity_rules_file" || x.name === "include") && /crs|owasp/i.test(x.args.join(" "))) } : void 0,
    staticCaching: scope.some((x) => x.name === "expires" && x.args[0] !== "off") || scope.some((x) => x.name === "add_header" && /cache-control/i.test(x.args[0] ?? "") && /max-age=\d{4,}|immutable/.test(x.args.join(" ")))
  };
}

// src/inventory/monitoring/index.ts
import { posix as posix7 } from "node:path";
var COMPONENTS = [
  [/^(prometheus|prom-prometheus)$/, "prometheus"],
  [/^alertmanager$/, "alertmanager"],
  [/^grafana$/, "grafana"],
  [/^node-exporter$/, "node-exporter"],
  [/^cadvisor$/, "cadvisor"],
  [/^(postgres[-_]exporter|postgres-exporter|postgresql-exporter)$/, "postgres-exporter"],
  [/^(redis[-_]exporter)$/, "redis-exporter"],
  [/^mysqld[-_]exporter$/, "mysqld-exporter"],
  [/^blackbox[-_]exporter$/, "blackbox-exporter"],
  [/^loki$/, "loki"],
  [/^promtail$/, "promtail"],
  [/^fluent-bit$/, "fluent-bit"],
  [/^fluentd/, "fluentd"],
  [/^vector$/, "vector"],
  [/^elasticsearch$/, "elasticsearch"],
  [/^logstash$/, "logstash"],
  [/^kibana$/, "kibana"],
  [/^filebeat$/, "filebeat"],
  [/^(opentelemetry-collector(-contrib)?|otel-collector|otelcol(-contrib)?)$/, "otel-collector"],
  [/^(jaeger|all-in-one|jaeger-all-in-one|jaeger-collector)$/, "jaeger"],
  [/^tempo$/, "tempo"],
  [/^zipkin$/, "zipkin"],
  [/^(agent|datadog-agent)$/, "datadog-agent"],
  [/^(grafana-agent|agent-operator)$/, "grafana-agent"],
  [/^alloy$/, "alloy"],
  [/^(victoria-metrics|vmagent|victoriametrics)$/, "victoria-metrics"],
  [/^sentry$/, "sentry"]
];
function componentOf(image, name = "") {
  const n = imageName(image);
  const repo = image.toLowerCase();
  if (n === "agent" && !repo.includes("datadog")) return void 0;
  if (n === "all-in-one" && !repo.includes("jaeger")) return void 0;
  for (const [re, kind] of COMPONENTS) if (re.test(n)) return kind;
  for (const [re, kind] of COMPONENTS) if (re.test(name.toLowerCase())) return kind;
  return void 0;
}
var BUSINESS = /order|revenue|sales|signup|sign-up|checkout|conversion|payment|user(s)? (active|registered)|dau|mau|subscription|cart|transaction|sentiment|stock|trade|customer|churn/i;
var SHIPPING_DRIVERS = /* @__PURE__ */ new Set(["loki", "fluentd", "gelf", "syslog", "awslogs", "gcplogs", "splunk", "journald", "logentries", "etwlogs"]);
var monitoringCollector = {
  key: "monitoring",
  wants: (f) => f.ext === ".json" && /(dashboard|grafana)/i.test(f.path),
  collect(ctx, earlier) {
    const inv = { prometheus: [], alertRules: [], alertmanager: [], grafana: { datasources: [], dashboardProviders: [], dashboards: [] }, components: [], logDrivers: [] };
    for (const f of ctx.files) {
      if (f.ext === ".yml" || f.ext === ".yaml") {
        const text = ctx.text(f.path);
        if (!text || !/scrape_configs|groups:|receivers:|datasources:|providers:/.test(text)) continue;
        for (const d of ctx.yaml(f.path)?.documents ?? []) readYamlDoc(ctx, f.path, d.value, inv);
      } else if (f.ext === ".json" && /(dashboard|grafana)/i.test(f.path)) {
        const v = ctx.json(f.path);
        const dash = isMap(v) && isMap(v.dashboard) ? v.dashboard : v;
        if (!isMap(dash) || !Array.isArray(dash.panels)) continue;
        const panels = flattenPanels(dash.panels);
        const text = panels.map((p) => `${p.title ?? ""} ${JSON.stringify(p.targets ?? "")}`).join(" ");
        inv.grafana.dashboards.push({ file: f.path, title: String(dash.title ?? posix7.basename(f.path)), panels: panels.length, business: BUSINESS.test(text) });
      }
    }
    const k8s = earlier.kubernetes;
    for (const o of k8s?.objects ?? []) {
      if (o.kind === "PrometheusRule") readRuleGroups(rawOf(o).spec, o.file, inv);
      if (o.kind === "ServiceMonitor" || o.kind === "PodMonitor") inv.prometheus.push({ file: o.file, jobs: [{ name: `${o.kind} ${o.name ?? ""}`, targets: [], line: o.line }], ruleFiles: [], alertmanagers: false });
    }
    const compose = earlier.compose;
    for (const p of compose?.projects ?? []) {
      for (const s2 of p.services) {
        const kind = s2.image ? componentOf(s2.image, s2.name) : componentOf("", s2.name);
        if (kind) inv.components.push({ kind, name: s2.name, file: s2.file, line: s2.line, via: "compose" });
        const driver = s2.logging?.value.driver;
        if (driver && SHIPPING_DRIVERS.has(driver)) inv.logDrivers.push({ service: s2.name, driver, file: s2.logging.file, line: s2.logging.line });
      }
    }
    for (const w of k8s?.workloads ?? []) {
      for (const c of w.containers) {
        const kind = c.image ? componentOf(c.image, c.name) : void 0;
        if (kind) inv.components.push({ kind, name: `${w.name}/${c.name}`, file: c.file, line: c.line, via: "kubernetes" });
      }
    }
    const helm = earlier.helm;
    for (const ch of helm?.charts ?? []) {
      for (const dep of ch.dependencies) {
        const kind = componentOf("", dep.replace(/^kube-prometheus-stack$/, "prometheus").replace(/^loki-stack$/, "loki"));
        if (kind) inv.components.push({ kind, name: dep, file: ch.file, line: 1, via: "helm" });
      }
    }
    return inv;
  },
  describe(inv) {
    const out = [];
    for (const p of inv.prometheus) out.push(`${p.file}:1 prometheus: ${p.jobs.length} scrape jobs (${p.jobs.map((j) => j.name).join(", ")}), rule files ${p.ruleFiles.join(", ") || "none"}`);
    const withRunbook = inv.alertRules.filter((r) => r.runbookUrl).length;
    if (inv.alertRules.length) out.push(`${inv.alertRules.length} alert rules (${withRunbook} with runbook_url): ${inv.alertRules.slice(0, 8).map((r) => `${r.name}@${r.file}:${r.line}`).join(", ")}`);
    for (const a of inv.alertmanager) for (const r of a.receivers) out.push(`${a.file}:${r.line} receiver ${r.name}: ${r.integrations.join(", ") || "NO integration (null receiver)"}`);
    for (const d of inv.grafana.dashboards) out.push(`${d.file}:1 dashboard "${d.title}" ${d.panels} panels${d.business ? " (business metrics)" : ""}`);
    for (const d of inv.grafana.datasources) out.push(`${d.file}:${d.line} grafana datasource ${d.type}`);
    for (const c of inv.components) out.push(`${c.file}:${c.line} ${c.kind} (${c.via} ${c.name})`);
    for (const l of inv.logDrivers) out.push(`${l.file}:${l.line} ${l.service} ships logs with the ${l.driver} driver`);
    return out;
  }
};
function flattenPanels(list) {
  const out = [];
  for (const p of list) {
    if (!isMap(p)) continue;
    if (Array.isArray(p.panels)) out.push(...flattenPanels(p.panels));
    if (p.type !== "row") out.push(p);
  }
  return out;
}
function readRuleGroups(spec, file, inv) {
  if (!isMap(spec) || !Array.isArray(spec.groups)) return;
  for (const g of spec.groups) {
    if (!isMap(g) || !Array.isArray(g.rules)) continue;
    for (const r of g.rules) {
      if (!isMap(r) || r.alert === void 0) continue;
      const labels = isMap(r.labels) ? r.labels : {};
      const ann = isMap(r.annotations) ? r.annotations : {};
      inv.alertRules.push({
        name: String(r.alert),
        expr: String(r.expr ?? ""),
        for: r.for === void 0 ? void 0 : String(r.for),
        severity: labels.severity === void 0 ? void 0 : String(labels.severity),
        runbookUrl: ann.runbook_url === void 0 ? void 0 : String(ann.runbook_url),
        summary: ann.summary === void 0 ? void 0 : String(ann.summary),
        file,
        line: yamlLine(r, "alert")
      });
    }
  }
}
var INTEGRATIONS = ["email_configs", "slack_configs", "pagerduty_configs", "webhook_configs", "opsgenie_configs", "msteams_configs", "telegram_configs", "discord_configs", "victorops_configs", "pushover_configs", "sns_configs", "wechat_configs", "webex_configs"];
function readYamlDoc(ctx, file, v, inv) {
  if (!isMap(v)) return;
  if (Array.isArray(v.scrape_configs)) {
    const jobs = v.scrape_configs.filter(isMap).map((j, i) => ({
      name: String(j.job_name ?? ""),
      targets: (Array.isArray(j.static_configs) ? j.static_configs : []).filter(isMap).flatMap((s2) => Array.isArray(s2.targets) ? s2.targets.map(String) : []),
      line: yamlLine(v.scrape_configs, i)
    }));
    const dir = posix7.dirname(file);
    const ruleFiles = [];
    for (const r of Array.isArray(v.rule_files) ? v.rule_files : []) {
      const pattern = posix7.normalize(posix7.join(dir, String(r).replace(/^\/etc\/prometheus\//, "")));
      const re = new RegExp("^" + pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*") + "$");
      for (const f of ctx.files) if (re.test(f.path)) ruleFiles.push(f.path);
    }
    inv.prometheus.push({ file, jobs, ruleFiles, alertmanagers: isMap(v.alerting) });
  }
  if (Array.isArray(v.groups)) readRuleGroups(v, file, inv);
  if (isMap(v.route) && Array.isArray(v.receivers)) {
    inv.alertmanager.push({
      file,
      receivers: v.receivers.filter(isMap).map((r, i) => ({ name: String(r.name ?? ""), integrations: INTEGRATIONS.filter((k) => Array.isArray(r[k]) && r[k].length > 0).map((k) => k.replace("_configs", "")), line: yamlLine(v.receivers, i) }))
    });
  }
  if (Array.isArray(v.datasources)) v.datasources.filter(isMap).forEach((d, i) => inv.grafana.datasources.push({ type: String(d.type ?? ""), file, line: yamlLine(v.datasources, i) }));
  if (Array.isArray(v.providers) && v.apiVersion !== void 0) inv.grafana.dashboardProviders.push({ file, line: yamlLine(v, "providers") });
}

// src/inventory/documents/kinds.ts
var KINDS = [
  { kind: "incident-response", topic: /incident|outage|postmortem|post-mortem|장애\s*대응|장애\s*처리|장애\s*조치|인시던트|비상\s*대응|사고\s*대응/, names: /incident|postmortem/i, commands: /kubectl|docker|systemctl|journalctl|curl|rollout|restart/ },
  { kind: "disaster-recovery", topic: /disaster[\s-]*recovery|\brto\b|\brpo\b|failover|재해\s*복구|재난\s*복구|재해복구/, names: /disaster|(^|[^a-z])dr[-_.]/i, commands: /pg_restore|pg_basebackup|restore|failover|velero|promote|aws\s|gcloud|kubectl/ },
  { kind: "backup-restore", topic: /backup|restore|백업|복원|복구/, names: /backup|restore/i, commands: /pg_dump|pg_restore|pg_basebackup|mysqldump|mongodump|redis-cli\s+(--rdb|save|bgsave)|velero|restic|borg|wal-g|pgbackrest|aws\s+s3\s+(cp|sync)|tar\s/ },
  { kind: "upgrade", topic: /upgrad|업그레이드|버전\s*업|migration guide|마이그레이션\s*절차/, names: /upgrad/i, commands: /alembic|migrate|helm\s+upgrade|kubectl\s+(apply|set\s+image|rollout)|docker[- ]compose|npm\s|pip\s/ },
  { kind: "maintenance", topic: /maintenance|유지\s*보수|정기\s*점검|maintenance window|점검\s*절차/, names: /maint/i, commands: /vacuum|reindex|apt|logrotate|docker\s+system\s+prune|kubectl|cron/ },
  { kind: "operations-manual", topic: /operations?\s+(manual|guide|handbook)|operator'?s?\s+guide|운영\s*(매뉴얼|메뉴얼|가이드|절차|지침)|runbook index/, names: /operations|ops[-_]?(guide|manual)|runbook/i, commands: /kubectl|docker|systemctl|journalctl|helm/ },
  { kind: "runbook", topic: /runbook|playbook|런북|대응\s*매뉴얼/, names: /runbook|playbook/i, commands: /kubectl|docker|systemctl|curl|psql|redis-cli|helm/ },
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

// src/inventory/documents/classify.ts
var SHELL = /* @__PURE__ */ new Set(["", "sh", "bash", "shell", "console", "zsh", "powershell", "ps1", "sql", "terminal", "cmd", "yaml", "yml"]);
var DESIGN = /* @__PURE__ */ new Set(["python", "py", "typescript", "ts", "javascript", "js", "java", "go", "kotlin"]);
function classify(path, o) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const title = (o.title ?? "").toLowerCase();
  const isReport = REPORT_TITLE.test(title) || REPORT_TITLE.test(name.toLowerCase().replace(/[_-]/g, " ")) || /(^|\/)(specs?|rfcs?|adr|design)\//i.test(path);
  const isPlan = PLAN_TITLE.test(title);
  const shellBlocks = o.code.filter((c) => SHELL.has(c.lang));
  const designBlocks = o.code.filter((c) => DESIGN.has(c.lang));
  const owners = OWNERS.test(o.prose);
  const severity = SEVERITY.test(o.prose);
  const rto = RTO_RPO.test(o.prose);
  const out = [];
  for (const def of KINDS) {
    const titleHit = def.topic.test(title) || !!def.names && def.names.test(name);
    const headings = o.headings.filter((h) => def.topic.test(h.text.toLowerCase()));
    if (!titleHit && headings.length === 0 && !def.topic.test(o.prose)) continue;
    const central = titleHit || headings.length >= 2 || headings.length === 1 && o.headings.length <= 4;
    const commands = def.commands ? shellBlocks.filter((c) => def.commands.test(c.text)) : [];
    const steps = titleHit ? o.ordered : o.ordered.filter((s2) => headings.some((h) => h.line < s2.line && !o.headings.some((x) => x.line > h.line && x.line < s2.line && x.level <= h.level)));
    const has = [];
    if (steps.length >= 3) has.push("steps");
    if (commands.length) has.push("commands");
    if (owners) has.push("owners");
    if (severity) has.push("severity");
    if (rto) has.push("rto-rpo");
    const evidence = [];
    if (headings[0]) evidence.push({ line: headings[0].line, text: headings[0].text });
    else if (titleHit) evidence.push({ line: o.headings[0]?.line ?? 1, text: o.title ?? name });
    if (steps[0]) evidence.push({ line: steps[0].line, text: steps[0].text.slice(0, 80) });
    if (commands[0]) evidence.push({ line: commands[0].line, text: `${commands[0].lang || "shell"} commands` });
    const runnable = has.includes("steps") || has.includes("commands");
    let strength;
    if (def.policy) strength = central && o.words >= 60 && !isReport ? "procedure" : central ? "plan" : "mention";
    else if (!central) strength = "mention";
    else if (isReport) strength = titleHit ? "plan" : "mention";
    else if (designBlocks.length > shellBlocks.length && !has.includes("steps")) strength = "plan";
    else if (isPlan && !(has.includes("steps") && has.includes("commands"))) strength = "plan";
    else if (def.kind === "incident-response" || def.kind === "on-call") strength = runnable && (owners || severity) ? "procedure" : "plan";
    else strength = runnable ? "procedure" : "plan";
    if (evidence.length === 0) {
      const idx = o.prose.search(def.topic);
      evidence.push({ line: idx < 0 ? 1 : o.prose.slice(0, idx).split("\n").length, text: "mentioned" });
    }
    out.push({ kind: def.kind, strength, evidence, has });
  }
  return out;
}
function detectLanguage(prose) {
  let hangul = 0;
  let latin = 0;
  for (const ch of prose.slice(0, 2e4)) {
    const c = ch.charCodeAt(0);
    if (c >= 44032 && c <= 55203) hangul++;
    else if (c >= 97 && c <= 122 || c >= 65 && c <= 90) latin++;
  }
  if (hangul === 0 && latin === 0) return "other";
  return hangul * 3 >= latin * 0.5 ? "ko" : "en";
}

// src/inventory/documents/markdown.ts
function anchorOf(text) {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}
function outlineMarkdown(text) {
  const out = { headings: [], ordered: [], checklist: [], code: [], links: [], words: 0, prose: "" };
  const lines = text.split(/\r?\n/);
  const prose = [];
  let fence;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const n = i + 1;
    const f = /^\s*(```+|~~~+)\s*([\w+-]*)/.exec(l);
    if (fence) {
      if (f && f[1].startsWith(fence.marker[0]) && f[1].length >= fence.marker.length && !f[2]) {
        out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join("\n") });
        fence = void 0;
      } else fence.body.push(l);
      continue;
    }
    if (f) {
      fence = { marker: f[1], lang: f[2] ?? "", line: n, body: [] };
      continue;
    }
    prose.push(l);
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (h) {
      const textH = h[2].replace(/\*\*|__|`/g, "");
      out.headings.push({ line: n, level: h[1].length, text: textH, anchor: anchorOf(textH) });
      if (h[1].length === 1 && out.title === void 0) out.title = textH;
      continue;
    }
    const c = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(l);
    if (c) {
      out.checklist.push({ line: n, checked: c[1] !== " ", text: c[2].trim() });
      continue;
    }
    const o = /^\s*\d+[.)]\s+(.*)$/.exec(l);
    if (o) out.ordered.push({ line: n, text: o[1] });
    for (const m of l.matchAll(/\]\(([^)\s]+)/g)) out.links.push({ line: n, target: m[1] });
  }
  if (fence) out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join("\n") });
  out.title ??= out.headings[0]?.text;
  out.prose = prose.join("\n").toLowerCase();
  out.words = out.prose.split(/\s+/).filter(Boolean).length;
  return out;
}

// src/inventory/documents/index.ts
var isDoc = (f) => f.ext === ".md" || f.ext === ".mdx" || f.ext === ".markdown" || f.ext === ".txt" && /(^|\/)docs?(\/|$)/i.test(f.dir);
var documentsCollector = {
  key: "documents",
  wants: isDoc,
  collect(ctx) {
    const documents = [];
    for (const f of ctx.files) {
      if (!isDoc(f) || /(^|\/)(node_modules|vendor)\//.test(f.path)) continue;
      const text = ctx.text(f.path);
      if (text === void 0) continue;
      const o = outlineMarkdown(text);
      documents.push({
        path: f.path,
        title: o.title,
        language: detectLanguage(o.prose),
        kinds: /^(changelog|changes|history|license|code_of_conduct|contributing)\.md$/i.test(f.name) ? [] : classify(f.path, o),
        checklist: o.checklist,
        headings: o.headings,
        words: o.words,
        isChecklist: o.checklist.length >= 10
      });
    }
    return { documents };
  },
  describe(inv) {
    const out = [];
    for (const d of inv.documents) {
      const strong = d.kinds.filter((k) => k.strength !== "mention");
      if (!strong.length && !d.isChecklist) continue;
      const kinds = strong.map((k) => `${k.kind} (${k.strength}${k.has.length ? `: ${k.has.join("+")}` : ""})`).join(", ");
      out.push(`${d.path}:${strong[0]?.evidence[0]?.line ?? 1} [${d.language}] ${d.title ?? ""} \u2014 ${kinds || "no procedure"}${d.checklist.length ? `; checklist ${d.checklist.filter((c) => c.checked).length}/${d.checklist.length} ticked` : ""}`);
    }
    const mentions = inv.documents.filter((d) => d.kinds.length && d.kinds.every((k) => k.strength === "mention")).length;
    out.push(`${inv.documents.length} documents in all; ${mentions} only mention operational topics`);
    return out;
  }
};

// src/inventory/secrets/patterns.ts
var TOKEN_PATTERNS = [
  { kind: "private-key", re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: "aws-access-key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: "github-token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { kind: "slack-token", re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: "stripe-live-key", re: /\b[sr]k_live_[A-Za-z0-9]{16,}/ },
  { kind: "google-api-key", re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: "npm-token", re: /_authToken\s*=\s*(?!\$\{)[^\s]+/ }
];
var COMBINED = new RegExp(TOKEN_PATTERNS.map((p) => `(${p.re.source})`).join("|"), "g");
var PREFILTER = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|xox|_live_|AIza|_authToken/;
function findTokens(text) {
  const out = [];
  if (!PREFILTER.test(text)) return out;
  COMBINED.lastIndex = 0;
  let m;
  while (m = COMBINED.exec(text)) {
    const group = m.slice(1).findIndex((g) => g !== void 0);
    let line = 1;
    for (let i = text.indexOf("\n"); i >= 0 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    out.push({ kind: TOKEN_PATTERNS[group].kind, line });
  }
  return out;
}
function isPlaceholder(value) {
  const v = value.trim().replace(/^["']|["']$/g, "");
  return v.length < 4 || /^(change[-_]?me|your[-_ ]|<[^>]*>|x{3,}|\*{3,}|example|dummy|placeholder|todo|replace[-_]?me|secret|password|none|null|test|sample|\$\{)/i.test(v);
}
function isExampleEnv(name) {
  return /(example|sample|template|dist|defaults?|tmpl)$/i.test(name) || /\.(example|sample|template|dist)\./i.test(name);
}

// src/inventory/secrets/index.ts
var isEnvFile = (f) => f.name === ".env" || f.name.startsWith(".env.") || f.ext === ".env";
var DB_EXT = /* @__PURE__ */ new Set([".db", ".sqlite", ".sqlite3", ".mdb", ".accdb", ".dump", ".bak"]);
var KEY_EXT = /* @__PURE__ */ new Set([".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk"]);
var KEY_NAMES = /* @__PURE__ */ new Set(["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc", ".pypirc", ".netrc", "credentials", "credentials.json", "kubeconfig", ".dockercfg"]);
var TEXT_EXT = /* @__PURE__ */ new Set([".yml", ".yaml", ".json", ".ini", ".toml", ".conf", ".cfg", ".properties", ".sh", ".tf", ".tfvars", ".env", ".xml"]);
var SETTINGS_SOURCE = /^(settings|config|configuration|constants|secrets?|credentials|local_settings|production|prod)(\.[\w-]+)?\.(py|js|ts|mjs|cjs|rb|php|go)$/i;
var isScanned = (f) => f.size <= SCAN_CAP && (TEXT_EXT.has(f.ext) || SETTINGS_SOURCE.test(f.name));
var SCAN_CAP = 256 * 1024;
var SECRETISH = /secret|passw|token|api[_-]?key|private[_-]?key|credential/i;
var URL_KEY = /(url|uri|dsn|conn)/i;
var CREDENTIAL_URL = /:\/\/[^/\s:@]*:[^@\s]+@/;
var ASSIGN = /^\s*(?:export\s+|const\s+|let\s+|var\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[:=]\s*["']([^"'\n$]{8,})["']/gm;
function wantsForSecrets(f) {
  if (f.size > SCAN_CAP) return false;
  return isEnvFile(f) || KEY_EXT.has(f.ext) || KEY_NAMES.has(f.name) || isScanned(f);
}
function isTestPath(path) {
  return /(^|\/)(tests?|__tests__|spec|fixtures?|testdata|examples?|docs?)\//i.test(path) || /\.(test|spec)\.[jt]sx?$/.test(path) || /(^|\/)test_[^/]+\.py$/.test(path);
}
var secretsCollector = {
  key: "secrets",
  wants: wantsForSecrets,
  collect(ctx, earlier) {
    const findings = [];
    const envFiles = [];
    const exampleEnvFiles = [];
    for (const f of ctx.files) {
      if (isEnvFile(f)) {
        const text = ctx.text(f.path);
        if (text === void 0) continue;
        const { values, lines } = parseEnvFile(text);
        if (isExampleEnv(f.name)) {
          exampleEnvFiles.push({ file: f.path, keys: [...values.keys()] });
          continue;
        }
        const secretKeys = [];
        for (const [k, v] of values) {
          if (!isSecretName(k) || v === "") continue;
          if (URL_KEY.test(k) && !CREDENTIAL_URL.test(v)) continue;
          secretKeys.push(k);
          findings.push({ kind: "env-file-secret", file: f.path, line: lines.get(k) ?? 0, key: k, description: isPlaceholder(v) ? "placeholder value" : `value of ${v.length} characters that looks real` });
        }
        envFiles.push({ file: f.path, keys: values.size, secretKeys });
        findings.push({ kind: "committed-env-file", file: f.path, line: 1, description: `env file with ${values.size} settings (${secretKeys.length} secret-like) is committed` });
        continue;
      }
      leftovers(f, findings);
      if (KEY_EXT.has(f.ext) || KEY_NAMES.has(f.name) || isScanned(f)) scanText(ctx, f, findings);
    }
    composeCredentials(earlier.compose, findings);
    kubernetesSecrets(earlier.kubernetes, findings);
    return { findings, envFiles, exampleEnvFiles };
  },
  describe(inv) {
    const out = inv.findings.map((s2) => `${s2.file}:${s2.line} ${s2.kind}${s2.key ? ` ${s2.key}` : ""} (${s2.description})`);
    for (const e of inv.exampleEnvFiles) out.push(`${e.file}: example env file documenting ${e.keys.length} variables`);
    return out;
  }
};
function leftovers(f, out) {
  if (DB_EXT.has(f.ext)) out.push({ kind: "database-file", file: f.path, line: 0, description: `database file of ${f.size} bytes is committed` });
  else if (f.ext === ".log" || /(^|\/)logs?\//.test(f.dir + "/") && f.ext === ".txt") out.push({ kind: "log-file", file: f.path, line: 0, description: `log file of ${f.size} bytes is committed` });
  else if (f.ext === ".pyc" || f.name === "coverage.xml" || f.name === ".coverage" || f.name === ".DS_Store" || f.ext === ".swp") out.push({ kind: "build-leftover", file: f.path, line: 0, description: "generated file is committed" });
}
function scanText(ctx, f, out) {
  const text = ctx.text(f.path);
  if (!text) return;
  for (const t of findTokens(text)) out.push({ kind: t.kind === "private-key" ? "private-key" : "token", file: f.path, line: t.line, description: t.kind.replace(/-/g, " ") });
  if (isTestPath(f.path) || f.ext === ".json" || f.ext === ".xml" || !SECRETISH.test(text)) return;
  ASSIGN.lastIndex = 0;
  let m;
  while (m = ASSIGN.exec(text)) {
    const key = m[1].split(".").pop();
    if (!isSecretName(key) || isPlaceholder(m[2]) || /^(https?:\/\/|\/|\.\/)/.test(m[2]) && !/@/.test(m[2])) continue;
    if (/compose/i.test(f.name)) continue;
    const line = text.slice(0, m.index + m[0].indexOf(m[1])).split("\n").length;
    out.push({ kind: "hardcoded-secret", file: f.path, line, key, description: `literal of ${m[2].length} characters assigned to a secret-like name` });
  }
}
function composeCredentials(compose, out) {
  if (!compose?.projects) return;
  const seen = /* @__PURE__ */ new Set();
  for (const p of compose.projects) {
    for (const i of p.interpolations) {
      const key = i.path.split(".").pop() ?? "";
      if (!(isSecretName(i.variable) || isSecretName(key) && !URL_KEY.test(key)) || !i.defaultLength) continue;
      const id = `${i.file}:${i.line}:${i.variable}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({
        kind: "default-credential",
        file: i.file,
        line: i.line,
        key: i.variable,
        description: `\${${i.variable}} falls back to a ${i.defaultLength}-character default written in the file (${i.path})${i.source === "default" ? "" : "; set in .env here, but any deployment without it gets the default"}`
      });
    }
    for (const s2 of p.services) {
      for (const e of s2.environment) {
        if (e.value !== "***" || !isSecretName(e.name)) continue;
        const path = `services.${s2.name}.environment.${e.name}`;
        if (p.interpolations.some((i) => i.path === path)) continue;
        const id = `${e.file}:${e.line}:${e.name}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ kind: "literal-credential", file: e.file, line: e.line, key: e.name, description: `literal value for ${e.name} in compose environment of ${s2.name}` });
      }
    }
  }
}
function kubernetesSecrets(k8s, out) {
  const objects = k8s?.objects ?? [];
  for (const o of objects) {
    if (o.kind !== "Secret" || !o.secretKeys?.length) continue;
    out.push({ kind: "kubernetes-secret-literal", file: o.file, line: o.line, key: o.secretKeys.join(", "), description: `Secret ${o.name ?? ""} holds ${o.secretKeys.length} literal value(s) in the repository` });
  }
}

// src/inventory/app/routes.ts
import { posix as posix8 } from "node:path";
var lineAt = (text, index) => {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) n++;
  return n;
};
var join2 = (a, b) => ("/" + [a, b].map((x) => x.replace(/^\/+|\/+$/g, "")).filter(Boolean).join("/")).replace(/\/+/g, "/");
function findRoutes(files) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const local = /* @__PURE__ */ new Map();
  const ownPrefix = /* @__PURE__ */ new Map();
  for (const f of files) {
    const list = [];
    if (f.text.includes("APIRouter(") || f.text.includes("Blueprint(")) for (const m of f.text.matchAll(/(\w+)\s*=\s*(?:APIRouter|Blueprint)\(([^)]*)\)/g)) {
      const p = /(?:url_)?prefix\s*=\s*["']([^"']*)["']/.exec(m[2]);
      if (p) ownPrefix.set(`${f.path}#${m[1]}`, p[1]);
    }
    if (f.text.includes("@")) for (const m of f.text.matchAll(/@(\w+)\.(get|post|put|delete|patch|head|options|api_route|route|websocket)\(\s*["']([^"']*)["']/g)) {
      list.push({ variable: m[1], method: m[2] === "route" || m[2] === "api_route" ? "ANY" : m[2].toUpperCase(), path: m[3], line: lineAt(f.text, m.index) });
    }
    if (!f.path.endsWith(".py") && /\.(get|post|put|delete|patch|all)\(\s*['"`]\//.test(f.text)) for (const m of f.text.matchAll(/\b(\w+)\.(get|post|put|delete|patch|all)\(\s*['"`](\/[^'"`]*)['"`]/g)) {
      if (/^(os|requests|httpx|client|session|axios|http|self|cache|redis|r|dict|config|settings|environ|params|headers|map|store)$/i.test(m[1])) continue;
      list.push({ variable: m[1], method: m[2].toUpperCase(), path: m[3], line: lineAt(f.text, m.index) });
    }
    local.set(f.path, list);
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
  for (const [file, list] of local) {
    for (const r of list) {
      if (mounted.has(`${file}#${r.variable}`)) continue;
      routes.push({ method: r.method, path: join2(ownPrefix.get(`${file}#${r.variable}`) ?? "", r.path), file, line: r.line });
    }
  }
  return routes;
}
function resolveImport(f, name, byPath) {
  const dir = posix8.dirname(f.path);
  for (const m of f.text.matchAll(/from\s+(\.*)([\w.]*)\s+import\s+([^\n]+)/g)) {
    const names = m[3].replace(/[()]/g, "").split(",").map((s2) => s2.trim().split(/\s+as\s+/));
    const hit = names.find((n) => (n[1] ?? n[0]) === name);
    if (!hit) continue;
    const dots = m[1].length;
    let base = dots ? dir : "";
    for (let i = 1; i < dots; i++) base = posix8.dirname(base);
    const mod = m[2].replace(/\./g, "/");
    for (const cand of [posix8.join(base, mod) + ".py", posix8.join(base, mod, hit[0]) + ".py", posix8.join(base, mod, "__init__.py")]) {
      const c = cand.replace(/^\.\//, "");
      if (byPath.has(c)) return { file: c, variable: c.endsWith(`/${hit[0]}.py`) ? "router" : hit[0] };
    }
    const suffix = `${mod}.py`;
    for (const p of byPath.keys()) if (p.endsWith(suffix)) return { file: p, variable: hit[0] };
  }
  for (const m of f.text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+(\w+)\s+from\s+['"](\.[^'"]+)['"]/g)) {
    const [v, spec] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    if (v !== name) continue;
    const base = posix8.normalize(posix8.join(dir, spec)).replace(/\.(js|ts)$/, "");
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
  { kind: "tracing", name: "opentelemetry", re: /(FastAPIInstrumentor|FlaskInstrumentor|DjangoInstrumentor)\.?\w*\(|TracerProvider\s*\(|NodeSDK\s*\(|@opentelemetry\/sdk-node/ },
  { kind: "metrics", name: "prometheus", re: /Instrumentator\(\)|make_asgi_app\(|start_http_server\(|prometheus_client\.(Counter|Histogram|Gauge)\(|\b(Counter|Histogram|Gauge)\(\s*['"][a-z_]+['"]|new client\.(Counter|Histogram|Gauge)|collectDefaultMetrics\(/ },
  { kind: "cache", name: "redis", re: /redis\.(Redis|from_url|StrictRedis)\(|aioredis\.|createClient\(|new Redis\(|@cache(d|able)?\b|lru_cache|FastAPICache\.init/ },
  { kind: "cors", name: "cors", re: /CORSMiddleware|\.use\(\s*cors\s*\(|CORS\s*\(\s*app/ },
  { kind: "compression", name: "compression", re: /GZipMiddleware|\.use\(\s*compression\s*\(|Compress\s*\(\s*app/ },
  { kind: "retry", name: "retries", re: /@retry\b|tenacity|backoff\.on_exception|Retry\(\s*total|axios-retry|p-retry/ },
  { kind: "circuit-breaker", name: "circuit breaker", re: /circuitbreaker|CircuitBreaker|pybreaker|opossum/ },
  { kind: "audit-log", name: "audit log", re: /audit_log|AuditLog|auditLogger|log_audit/ }
];
var HEADER_SETTERS = [
  { kind: "security-headers", re: /Strict-Transport-Security|Content-Security-Policy|X-Frame-Options/ },
  { kind: "rate-limit", re: /X-RateLimit-|Too Many Requests|status_code\s*=\s*429|HTTP_429/ }
];
var FRAMEWORKS = [
  { name: "fastapi", re: /\bFastAPI\s*\(/ },
  { name: "flask", re: /\bFlask\s*\(\s*__name__/ },
  { name: "django", re: /django\.core\.(wsgi|asgi)|DJANGO_SETTINGS_MODULE/ },
  { name: "starlette", re: /\bStarlette\s*\(/ },
  { name: "streamlit", re: /import streamlit|from streamlit/ },
  { name: "express", re: /\bexpress\s*\(\s*\)/ },
  { name: "fastify", re: /\bfastify\s*\(\s*[{)]|Fastify\s*\(/ },
  { name: "nestjs", re: /NestFactory\.create/ },
  { name: "koa", re: /new Koa\s*\(/ },
  { name: "nextjs", re: /from ['"]next\/(server|app)|next\.config/ }
];
var HEALTH_PATH = /^\/?(api\/(v\d+\/)?)?(health|healthz|healthcheck|ready|readyz|readiness|live|livez|liveness|ping|status)\/?$/i;
var METRICS_PATH = /\/metrics\/?$/;
var VERSIONED = /\/v\d+(\/|$)/;
var DATA_SUBJECT = [
  { kind: "export", re: /(export|download)[-_/]?(my[-_/]?)?(data|account)|\/gdpr\/export|\/me\/export|data[-_]?portability/i },
  { kind: "erasure", re: /(delete|erase|remove)[-_/]?(my[-_/]?)?(account|data|user|me)|\/gdpr\/(delete|erase)|right[-_]to[-_]be[-_]forgotten/i }
];

// src/inventory/app/index.ts
var SRC_EXT = /* @__PURE__ */ new Set([".py", ".js", ".ts", ".mjs", ".cjs"]);
var MAX_FILES = 4e3;
var MAX_BYTES = 256 * 1024;
function isSource(f) {
  if (!SRC_EXT.has(f.ext) || f.size > MAX_BYTES) return false;
  const p = f.path;
  if (/(^|\/)(tests?|__tests__|spec|specs|e2e|fixtures?|migrations|alembic|versions|dist|build|coverage|\.next|static|public|scripts?)\//i.test(p)) return false;
  return !/(\.test|\.spec|\.d|\.min)\.[cm]?[jt]s$/.test(p) && !/(^|\/)(test_|conftest)[^/]*\.py$/.test(p) && !/(^|\/)(jest|vite|webpack|rollup|babel|eslint)\.config\./.test(p);
}
var lineAt2 = (text, index) => text.slice(0, index).split("\n").length;
var appCollector = {
  key: "app",
  wants: (f) => isSource(f) || f.name === "requirements.txt" || f.name === "package.json" || f.name === "pyproject.toml",
  collect(ctx) {
    const sources = [];
    for (const f of ctx.files) {
      if (sources.length >= MAX_FILES) break;
      if (!isSource(f)) continue;
      const text = ctx.text(f.path);
      if (text !== void 0) sources.push({ path: f.path, text });
    }
    const inv = { frameworks: [], routes: [], healthEndpoints: [], metricsEndpoints: [], versionedPrefixes: [], dataSubjectEndpoints: [], hints: [], migrations: [], filesRead: sources.length };
    const registered = /* @__PURE__ */ new Set();
    for (const s2 of sources) {
      if (s2.text.includes("add_middleware") || s2.text.includes(".use(") || s2.text.includes(".middleware(")) {
        for (const m of s2.text.matchAll(/add_middleware\(\s*(\w+)|\.use\(\s*(\w+)|@app\.middleware\(/g)) registered.add(m[1] ?? m[2] ?? "@app.middleware");
      }
      for (const fw of FRAMEWORKS) {
        const m = fw.re.exec(s2.text);
        if (m) inv.frameworks.push({ name: fw.name, file: s2.path, line: lineAt2(s2.text, m.index) });
      }
      for (const u of WIRED_USES) {
        if (u.needle && !s2.text.includes(u.needle)) continue;
        const m = u.re.exec(s2.text);
        if (m) inv.hints.push({ kind: u.kind, name: u.name, file: s2.path, line: lineAt2(s2.text, m.index), wired: true });
      }
      for (const h of HEADER_SETTERS) {
        const m = h.re.exec(s2.text);
        if (!m) continue;
        const before = s2.text.slice(0, m.index);
        const cls = [...before.matchAll(/^class\s+(\w+)/gm)].pop();
        const fn = [...before.matchAll(/^(@\w+\.middleware\([^)]*\)\s*\n)?\s*(?:async\s+)?def\s+(\w+)|^(?:export\s+)?(?:async\s+)?function\s+(\w+)|^(?:export\s+)?const\s+(\w+)\s*=/gm)].pop();
        const clsAt = cls?.index ?? -1;
        const fnAt = fn?.index ?? -1;
        let name;
        let wired;
        if (fn && fnAt > clsAt && fn[1]) {
          name = fn[2];
          wired = true;
        } else if (cls && clsAt >= fnAt) {
          name = cls[1];
          wired = registered.has(name);
        } else {
          name = fn?.[2] ?? fn?.[3] ?? fn?.[4] ?? "inline";
          wired = registered.has(name);
        }
        inv.hints.push({ kind: h.kind, name, file: s2.path, line: lineAt2(s2.text, m.index), wired });
      }
    }
    for (const h of inv.hints) if (!h.wired && registered.has(h.name)) h.wired = true;
    inv.routes = findRoutes(sources);
    inv.healthEndpoints = inv.routes.filter((r) => HEALTH_PATH.test(r.path));
    inv.metricsEndpoints = inv.routes.filter((r) => METRICS_PATH.test(r.path));
    const prefixes = /* @__PURE__ */ new Map();
    for (const r of inv.routes) {
      const m = /^(.*?\/v\d+)(\/|$)/.exec(r.path);
      if (m && VERSIONED.test(r.path) && !prefixes.has(m[1])) prefixes.set(m[1], r);
    }
    inv.versionedPrefixes = [...prefixes].map(([prefix, r]) => ({ prefix, file: r.file, line: r.line }));
    for (const r of inv.routes) {
      const d = DATA_SUBJECT.find((x) => x.re.test(r.path) || x.kind === "erasure" && r.method === "DELETE" && /\/(me|users?\/\{?\w*\}?|account)\/?$/.test(r.path));
      if (d) inv.dataSubjectEndpoints.push({ ...r, purpose: d.kind });
    }
    for (const f of ctx.files) {
      if (f.name === "requirements.txt" || f.name === "pyproject.toml") {
        const t = ctx.text(f.path) ?? "";
        const m = /^\s*(gunicorn|uvicorn\[standard\]|hypercorn)\b/im.exec(t);
        if (m && m[1] === "gunicorn") inv.hints.push({ kind: "production-server", name: "gunicorn", file: f.path, line: lineAt2(t, m.index), wired: false });
      }
    }
    inv.migrations = findMigrations(ctx.files);
    return inv;
  },
  describe(inv) {
    const out = [];
    for (const f of inv.frameworks) out.push(`${f.file}:${f.line} ${f.name} app`);
    out.push(`${inv.routes.length} routes in ${inv.filesRead} source files${inv.versionedPrefixes.length ? `; versioned prefixes ${inv.versionedPrefixes.map((p) => p.prefix).join(", ")}` : ""}`);
    for (const r of inv.healthEndpoints) out.push(`${r.file}:${r.line} health endpoint ${r.method} ${r.path}`);
    for (const r of inv.metricsEndpoints) out.push(`${r.file}:${r.line} metrics endpoint ${r.method} ${r.path}`);
    for (const r of inv.dataSubjectEndpoints) out.push(`${r.file}:${r.line} data-subject ${r.purpose} endpoint ${r.method} ${r.path}`);
    for (const h of inv.hints) out.push(`${h.file}:${h.line} ${h.kind}: ${h.name} \u2014 ${h.wired ? "wired" : "present, NOT wired into the app"}`);
    for (const m of inv.migrations) out.push(`${m.dir}: ${m.tool} migrations (${m.versions} versions)`);
    return out;
  }
};
function findMigrations(files) {
  const found = /* @__PURE__ */ new Map();
  const add = (tool, dir) => {
    const k = `${tool}:${dir}`;
    const e = found.get(k) ?? { tool, dir, versions: 0 };
    e.versions++;
    found.set(k, e);
  };
  for (const f of files) {
    if (/(^|\/)alembic\/versions$/.test(f.dir) && f.ext === ".py") add("alembic", f.dir);
    else if (/(^|\/)migrations$/.test(f.dir) && /^\d{4}_.*\.py$/.test(f.name)) add("django", f.dir);
    else if (/(^|\/)prisma\/migrations\//.test(f.path) && f.name === "migration.sql") add("prisma", f.dir.replace(/\/[^/]+$/, ""));
    else if (/^V\d+(_\d+)*__.+\.sql$/.test(f.name)) add("flyway", f.dir);
    else if (/(^|\/)db\/migrate$/.test(f.dir)) add("rails", f.dir);
    else if (/(^|\/)migrations$/.test(f.dir) && /^\d{8,}[-_].+\.(js|ts|sql)$/.test(f.name)) add("knex/typeorm/sql", f.dir);
    else if (f.name === "changelog.xml" || /db\.changelog/.test(f.name)) add("liquibase", f.dir);
  }
  return [...found.values()];
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
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const listing = await source.list();
  const diagnostics = [...listing.diagnostics];
  const contents = source.readSync ? /* @__PURE__ */ new Map() : await source.read(wantedPaths(listing.files, opts));
  const ctx = new ScanContext(listing.files, contents, opts, diagnostics, source.readSync?.bind(source));
  const found = {};
  for (const c of COLLECTORS) {
    try {
      found[c.key] = c.collect(ctx, found);
    } catch (err) {
      diagnostics.push({ file: ".", severity: "error", code: "collector-failed", message: `${c.key}: ${err.stack ?? err}` });
      found[c.key] = void 0;
    }
  }
  let bytes = 0;
  for (const f of listing.files) bytes += f.size;
  return {
    schemaVersion: 1,
    source: source.label,
    files: { count: listing.files.length, bytes, list: listing.files },
    ...found,
    diagnostics: dedupe(diagnostics)
  };
}
function wantedPaths(files, opts = DEFAULT_OPTIONS) {
  return files.filter((f) => f.size <= opts.maxFileBytes && COLLECTORS.some((c) => c.wants(f))).map((f) => f.path);
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((d) => {
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

// src/cli.ts
var USAGE = `Usage: readiness-gate <command> [DIR] [options]

Commands:
  inventory [DIR]   list what the repository holds for a production review
                    --json   the full inventory as JSON

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
  const command = positional.shift() ?? "inventory";
  const dir = positional.shift() ?? ".";
  if (positional.length) throw new UsageError(`unexpected argument: ${positional[0]}`);
  return { command, dir, flags };
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
    default:
      io.err(`unknown command: ${parsed.command}

${USAGE}`);
      return 2;
  }
}

// src/cli-main.ts
runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
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
