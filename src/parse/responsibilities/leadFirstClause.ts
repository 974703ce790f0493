// `排第一位为牵头单位，下同`: a clause stating that the first unit of a list leads and the others
// support. It is not a unit; once stated it holds for the rest of the document.

import { findBracketGroups } from './brackets.js';
import { LEAD_FIRST_CLAUSE, LEAD_FIRST_COMPANION } from '../lexicon/responsibility.js';

/** True when a clause of a list body only states or scopes the lead-first rule. */
export function isLeadFirstClause(clause: string): boolean {
  const c = clause.trim();
  return LEAD_FIRST_CLAUSE.test(c) && c.length <= 30;
}

export function isCompanionClause(clause: string): boolean {
  return LEAD_FIRST_COMPANION.test(clause.trim());
}

const CLAUSE_SEPARATOR = /[，,；;。]/u;

/** A bracket that holds only the lead-first clause and its companions: `（列第一位者为牵头单位，下同）`. */
export function isLeadFirstRemark(inner: string): boolean {
  const clauses = inner
    .split(CLAUSE_SEPARATOR)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  return clauses.some(isLeadFirstClause) && clauses.every((c) => isLeadFirstClause(c) || isCompanionClause(c));
}

/**
 * `body` without its lead-first remarks in brackets (glued to the last name, `A、B（排名第一的为牵头
 * 单位）`), and whether there was one. Offsets need not survive: only names are read from the result.
 */
export function stripLeadFirstRemarks(body: string): { body: string; found: boolean } {
  const remarks = findBracketGroups(body).filter((g) => isLeadFirstRemark(body.slice(g.start + 1, g.end - 1)));
  if (remarks.length === 0) return { body, found: false };
  let out = '';
  let from = 0;
  for (const g of remarks) {
    if (g.start < from) continue;
    out += `${body.slice(from, g.start)}，`;
    from = g.end;
  }
  return { body: out + body.slice(from), found: true };
}

/** Offsets in `text` where the lead-first clause is stated. */
export function findLeadFirstClauses(text: string): number[] {
  const global = new RegExp(LEAD_FIRST_CLAUSE.source, 'gu');
  return [...text.matchAll(global)].map((m) => m.index);
}
