import { regexExclusion } from './regexExclusion.js';

/**
 * Short quoted phrases are names and slogans: `“四六四五”发展战略`, `“15分钟社区生活圈”`,
 * `“三个作用”`. The five-year-plan ordinal (`“十四五”末`) is left for its parser. Only the
 * words inside are blanked: a count right after the closing quote (`建设“…产业园”2个`) stands.
 */
export const quotedNameExclusion = regexExclusion(
  'quotedName',
  /[“"‘「『](?<x>[^“”"‘’「」『』\n]{1,30})[”"’」』]/gu,
  (m) => !/^.十[一二三四五六七八九]五.$/u.test(m[0]),
);
