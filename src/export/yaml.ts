import { stringify, type ScalarTag, type Tags } from 'yaml';
import { stringTag } from 'yaml/util';
import type { Document } from '../schema/document.js';

/**
 * Documents as YAML that a YAML 1.1 reader (PyYAML's `safe_load`) and a 1.2 reader both load to
 * exactly the JSON values. The `yaml` library lays out the blocks (no line folding: long Chinese
 * paragraphs stay on one line and offsets stay easy to check); two kinds of scalar it would write
 * in a form PyYAML misreads or rejects are written here instead:
 *
 * - strings PyYAML would resolve as another type (its implicit resolvers: `yes`/`on`, `1_000`,
 *   `12:30`, `2020-09-04`, `=` the value tag, `<<` the merge key, …), and strings holding a
 *   character PyYAML does not accept raw (controls, DEL, C1, U+FFFE/FFFF, lone surrogates) or
 *   reads as something else (tab, NEL U+0085 and U+2028/2029, which it takes for line breaks;
 *   CR; BOM): double-quoted, those characters escaped;
 * - numbers whose shortest form has an exponent but no dot (`1e+21`, `1e-7`): PyYAML's float
 *   pattern needs a dot, so they are written `1.0e+21`.
 */

/** PyYAML's implicit resolvers (yaml/resolver.py), as JavaScript patterns. */
const PYYAML_IMPLICIT = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|y|Y|n|N)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:<<|=|!|&|\*|~|null|Null|NULL|)$/,
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?)$/,
];

/** Characters written escaped: not printable for PyYAML, or read by it as a line break or blank. */
const ESCAPED = /[^\n\x20-\x7E\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]|[\u2028\u2029]/u;

const NAMED: Record<string, string> = {
  '\0': '\\0', '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '\x1b': '\\e',
  '"': '\\"', '\\': '\\\\', '\x85': '\\N', '\u2028': '\\L', '\u2029': '\\P',
};

/** A YAML double-quoted scalar: every character PyYAML would not read back as itself escaped. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const named = NAMED[ch];
    if (named) out += named;
    else if (!ESCAPED.test(ch)) out += ch;
    else {
      const code = ch.codePointAt(0)!;
      out += code <= 0xff ? `\\x${hex(code, 2)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
    }
  }
  return out + '"';
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** Whether PyYAML would misread the string written by the `yaml` library's own rules. */
export function needsPyYamlQuoting(value: string): boolean {
  return ESCAPED.test(value) || value.includes('\r') || PYYAML_IMPLICIT.some((pattern) => pattern.test(value));
}

// `test` (a pattern that never matches, so parsing is unchanged) ranks these tags first: when several tags identify a
// value, the library prefers those with one (the 1.1 merge tag claims the string `<<`, the
// float and int tags claim numbers).
const pyString: ScalarTag = {
  ...stringTag,
  test: /(?!)/,
  stringify(item, ctx, onComment, onChompKeep) {
    const value = String(item.value);
    return needsPyYamlQuoting(value) ? doubleQuoted(value) : stringTag.stringify!(item, ctx, onComment, onChompKeep);
  },
};

/** Numbers in a form both YAML 1.1 (a float needs a dot) and 1.2 read back to the same value. */
const pyNumber: ScalarTag = {
  identify: (value) => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /(?!)/,
  resolve: (source) => Number(source),
  stringify: ({ value }) => {
    const text = String(value);
    return /e/.test(text) && !text.includes('.') ? text.replace('e', '.0e') : text;
  },
};

const customTags = (tags: Tags): Tags => [pyString, pyNumber, ...tags];

/** One document as YAML. */
export function documentToYaml(doc: Document): string {
  return stringify(doc, { version: '1.1', lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, customTags });
}

/** Documents as a YAML stream: `---` before every document (`safe_load_all` reads it). */
export function toYaml(docs: Iterable<Document>): string {
  let out = '';
  for (const doc of docs) out += '---\n' + documentToYaml(doc);
  return out;
}
