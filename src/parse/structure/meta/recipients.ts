// 主送机关: the line of addressees that ends with a colon, split on 、，, outside brackets.

/** Addressees of a 主送机关 line (its trailing colon included or not). */
export function splitRecipients(line: string): string[] {
  const body = line.trim().replace(/[：:]$/, '');
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
  return out;
}

/** A 主送机关 line: ends with a colon, no sentence inside, not an attachment line. */
export function isRecipientLine(paragraph: string): boolean {
  const value = paragraph.trim();
  return /[：:]$/.test(value) && !value.includes('。') && !/^附\s*件/.test(value) && value.length <= 300 && value.length >= 3;
}
