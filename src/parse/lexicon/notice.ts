// The words of a notice's wrapper, the 通知 that issues a plan (`…关于印发《…》的通知` / 文号 / 主送 /
// its sentences / the issuing organ and the date), and of a plan's own signature. The cuts of a
// flattened header and meta read them here; the 文号 is in src/lexicon/docNumber.ts, organ names in
// lexicon/organs.ts, the signature date in numbers/dates.ts.

/** Regex source: how a notice's own title ends. */
export const NOTICE_TITLE_END = '的通知';

/** Regex source: the verbs by which a notice hands on a plan (`关于印发《…》的通知`). */
export const TRANSMITTAL_VERB = '(?:印发|转发|下发)';
