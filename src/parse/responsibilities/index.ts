import type { ParseContext } from '../context.js';
import type { Structure } from '../structure/index.js';
import type { Responsibility, UnitSummary } from '../../schema/responsibility.js';
import type { Warning } from '../../schema/warning.js';

export interface ResponsibilitiesResult {
  responsibilities: Responsibility[];
  units: UnitSummary[];
  warnings: Warning[];
}

/** Responsibility lists of numbered items and of task tables. */
export function extractResponsibilities(_ctx: ParseContext, _structure: Structure): ResponsibilitiesResult {
  return { responsibilities: [], units: [], warnings: [] };
}
