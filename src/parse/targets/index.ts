import type { ParseContext } from '../context.js';
import type { Structure } from '../structure/index.js';
import type { Target } from '../../schema/target.js';
import type { Warning } from '../../schema/warning.js';

export interface TargetsResult {
  targets: Target[];
  warnings: Warning[];
}

/** Quantitative targets: parsers over the text, then refiners, then context (section, deadline, indicator). */
export function extractTargets(_ctx: ParseContext, _structure: Structure): TargetsResult {
  return { targets: [], warnings: [] };
}
