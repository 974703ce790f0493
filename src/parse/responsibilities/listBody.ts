import type { ResponsibleUnit, UnitRole } from '../../schema/responsibility.js';
import { splitOutsideBrackets } from './brackets.js';
import { isCompanionClause, isLeadFirstClause, stripLeadFirstRemarks } from './leadFirstClause.js';
import { splitUnitNames } from './splitUnits.js';
import { separatesListClauses } from '../segment/textIndex.js';
import {
  DUTY_WRAPPER,
  JOINED_WRAPPER,
  JOINT_CLAUSE,
  LEAD_MARK,
  LEAD_WRAPPER,
  LIST_LABEL,
  LIST_REMARK_CLAUSE,
  SUPPORT_WRAPPER,
  TIMING_CLAUSE,
  labelRole,
} from '../lexicon/responsibility.js';

// The words (labels, wrapper words) live in the lexicon; re-exported for the finders that read bodies.
export { LIST_LABEL, labelRole } from '../lexicon/responsibility.js';

export interface ListReading {
  units: ResponsibleUnit[];
  /** The body states the lead-first clause (`排第一位为牵头单位`). */
  leadFirstClause: boolean;
  /** Some role came from a label or a wrapper word rather than by default. */
  rolesStated: boolean;
  /** Names whose own clause carries a label or wrapper word (`B、C参与`): the text says they are units. */
  wrappedNames: ReadonlySet<string>;
}

/**
 * `duty`: merely responsible (a 责任单位 label, `…按职责分工负责`); supports when the list names a lead.
 * `charged`: the clause itself says the unit takes charge (`A负责`): supports a named lead, else leads
 * when the list names supporters (`A负责，B配合`), else is responsible.
 */
type ClauseRole = UnitRole | 'duty' | 'charged' | 'inherit';
type FoundRole = Exclude<ClauseRole, 'inherit'>;

/** A clause's wrapper word and the names it wraps (`A牵头` → lead, `A`); `inherit` when it has none. */
export function readClause(clause: string): { body: string; role: ClauseRole } {
  for (const [pattern, role] of [
    [JOINED_WRAPPER, 'support'],
    [LEAD_WRAPPER, 'lead'],
    [SUPPORT_WRAPPER, 'support'],
    [DUTY_WRAPPER, 'charged'],
  ] as const) {
    const m = pattern.exec(clause);
    if (m) return { body: m[1], role };
  }
  return { body: clause, role: 'inherit' };
}

/** Segments of a body, each under the label that opens it (the first may have none). */
function labelSegments(body: string): Array<{ label: string | null; text: string }> {
  const global = new RegExp(LIST_LABEL.source, 'gu');
  const segments: Array<{ label: string | null; text: string }> = [];
  let from = 0;
  let label: string | null = null;
  for (const m of body.matchAll(global)) {
    segments.push({ label, text: body.slice(from, m.index) });
    label = m[0];
    from = m.index + m[0].length;
  }
  segments.push({ label, text: body.slice(from) });
  return segments.filter((s) => s.label !== null || s.text.trim().length > 0);
}

/**
 * The units of one list body (brackets and outer wrappers already removed) with their roles.
 * Labels (`牵头单位：`) and wrapper words (`牵头`, `参与`, `按职责分工负责`) set roles; a clause
 * without one continues the one before it (after a lead, the rest support).
 */
export function readListBody(written: string, defaultRole: UnitRole = 'responsible'): ListReading {
  // `A、B（列第一位者为牵头单位，下同）`: the remark is glued to the last name; read it, then drop it.
  const { body, found: remark } = stripLeadFirstRemarks(written);
  let leadFirstClause = remark;
  let rolesStated = false;
  const found: Array<{ name: string; role: FoundRole }> = [];
  const wrappedNames = new Set<string>();
  for (const segment of labelSegments(body)) {
    // `牵头单位：A；责任单位：B`: once a lead is named, the units merely responsible support it.
    const stated = segment.label ? labelRole(segment.label) : defaultRole;
    const segmentRole: FoundRole = stated === 'responsible' ? 'duty' : stated;
    if (segment.label) rolesStated = true;
    // Under a label (or a column that names the role) every unwrapped clause keeps that role;
    // in a bare list the units after a lead are its supporters.
    const labelled = segment.label !== null || defaultRole !== 'responsible';
    let previous: FoundRole | null = null;
    for (const piece of splitOutsideBrackets(segment.text, (ch) => separatesListClauses(ch.charCodeAt(0)))) {
      const clause = piece.text.trim();
      if (!clause) continue;
      if (isLeadFirstClause(clause)) {
        leadFirstClause = true;
        continue;
      }
      if (isCompanionClause(clause) || TIMING_CLAUSE.test(clause)) continue;
      // A due-time field or a remark ends what the list names: the rest of its sentence is no unit.
      if (found.length > 0 && LIST_REMARK_CLAUSE.test(clause)) break;
      const joint = JOINT_CLAUSE.exec(clause);
      if (joint && !JOINED_WRAPPER.test(clause)) {
        // Split `A会同B负责` into the lead and the joined units.
        rolesStated = true;
        for (const name of splitUnitNames(joint[1])) found.push({ name, role: 'lead' });
        for (const name of splitUnitNames(readClause(`会同${joint[2]}`).body)) found.push({ name, role: 'support' });
        for (const { name } of found) wrappedNames.add(name);
        previous = 'support';
        continue;
      }
      const { body: names, role } = readClause(clause);
      let clauseRole: FoundRole;
      if (role === 'inherit') clauseRole = previous === null ? segmentRole : previous === 'lead' && !labelled ? 'support' : previous;
      else {
        clauseRole = role;
        rolesStated = true;
      }
      const wrapped = role !== 'inherit' || (segment.label !== null && previous === null);
      for (const name of splitUnitNames(names)) {
        if (LEAD_MARK.test(name)) {
          rolesStated = true;
          const lead = name.replace(LEAD_MARK, '').trim();
          found.push({ name: lead, role: 'lead' });
          wrappedNames.add(lead);
        } else {
          found.push({ name, role: clauseRole });
          if (wrapped) wrappedNames.add(name);
        }
      }
      previous = clauseRole;
    }
  }
  const hasLead = found.some((u) => u.role === 'lead');
  const hasSupport = found.some((u) => u.role === 'support');
  const resolve = (role: FoundRole): UnitRole => {
    if (role === 'duty') return hasLead ? 'support' : 'responsible';
    if (role === 'charged') return hasLead ? 'support' : hasSupport ? 'lead' : 'responsible';
    return role;
  };
  const units: ResponsibleUnit[] = [];
  for (const { name, role } of found) {
    const resolved = resolve(role);
    if (name && !units.some((u) => u.name === name && u.role === resolved)) units.push({ name, role: resolved });
  }
  return { units, leadFirstClause, rolesStated, wrappedNames };
}
