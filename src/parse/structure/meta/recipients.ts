// 主送机关: the addressees of the 主送 line (found by the layout, segment/noticeWrapper.ts), split on
// 、，, outside brackets.

/**
 * The end of a notice's or letter's own title (`…关于印发《…》的通知`, `…关于商请会签《…》的函`): in a
 * flattened header the 主送 list follows it on the same line, and no addressee holds 关于.
 */
const TITLE_END = /关于.*(?:的|之)(?:通知|函|复函|批复|通报|意见|决定|请示|报告)/g;

/** Addressees of a 主送机关 line (its trailing colon included or not). */
export function splitRecipients(line: string): string[] {
  let body = line.trim().replace(/[：:]$/, '');
  let titleEnd = 0;
  for (const m of body.matchAll(TITLE_END)) titleEnd = m.index + m[0].length;
  body = body.slice(titleEnd);
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if ('（(〔[【'.includes(ch)) depth++;
    if ('）)〕]】'.includes(ch) && depth > 0) depth--;
    if (depth === 0 && '、，,；;'.includes(ch)) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trim());
  return joinShortNames(out.flatMap((name) => name.split(/(?<=[\u4e00-\u9fff]{2})[及和](?=各)/)));
}

/**
 * `市政府各委、办、局` is one addressee: a one-character organ word after 、 continues the name before
 * it (the 、 lists kinds of one body, not separate addressees).
 */
function joinShortNames(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (out.length && /^[委办局厅处室部]$/.test(name) && /[委办局厅处室部]$/.test(out[out.length - 1])) out[out.length - 1] += `、${name}`;
    else out.push(name);
  }
  return out;
}
