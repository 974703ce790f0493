// `排第一位为牵头单位，下同`: a clause stating that the first unit of a list leads and the others
// support. It is not a unit; once stated it holds for the rest of the document.

// A bare 第一 is not enough: `第一责任人要牵头抓总` is no such clause.
const FIRST = '(?:排名第一|排第一|列第一|第一位|第一个|第一家|首位)';
const LEADS = '牵头(?:单位|部门)';

/** The clause itself, in the orders official text uses. */
export const LEAD_FIRST_CLAUSE = new RegExp(
  `${FIRST}[^，,。；;）)\\n]{0,8}?(?:为|是|系)${LEADS}|${LEADS}[^，,。；;）)\\n]{0,4}?(?:列|排|位)(?:在|于)?(?:第一位|首位|第一)`,
  'u',
);

/** Companion clauses that only restate the scope: `下同`, `其他为配合单位`. */
const COMPANION = /^(?:下同|以下同|以下均同|后同|(?:其他|其余|其它)(?:单位|部门)?(?:为|是)?(?:配合|协办|参与|责任)(?:单位|部门)?)$/u;

/** True when a clause of a list body only states or scopes the lead-first rule. */
export function isLeadFirstClause(clause: string): boolean {
  const c = clause.trim();
  return LEAD_FIRST_CLAUSE.test(c) && c.length <= 30;
}

export function isCompanionClause(clause: string): boolean {
  return COMPANION.test(clause.trim());
}

/** Offsets in `text` where the lead-first clause is stated. */
export function findLeadFirstClauses(text: string): number[] {
  const global = new RegExp(LEAD_FIRST_CLAUSE.source, 'gu');
  return [...text.matchAll(global)].map((m) => m.index);
}
