// The words of a notice's wrapper, the 通知 that issues a plan (`…关于印发《…》的通知` / 文号 / 主送 /
// its sentences / the issuing organ and the date), and of a plan's own signature. The cuts of a
// flattened header and meta read them here; the 文号 is in src/lexicon/docNumber.ts, the
// signature date in numbers/dates.ts.

/** Regex source: how a notice's own title ends. */
export const NOTICE_TITLE_END = '的通知';

/** Regex source: the verbs by which a notice hands on a plan (`关于印发《…》的通知`). */
export const TRANSMITTAL_VERB = '(?:印发|转发|下发)';

/** Regex source: how the name of an issuing organ ends (`…人民政府`, `…办公室`, `…局`, `…有限公司`). */
export const ORGAN_ENDING =
  '(?:人民政府|政府|办公室|办公厅|委员会|常委会|党委|委|局|厅|部|署|院|会|中心|办|管委会|公司|集团|银行|党组|支队|总队|研究所)';
