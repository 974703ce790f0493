import type { Severity, Warning } from '../schema/warning.js';

/**
 * One warning as data: the stable `rule` id (`stage.what`, e.g. `outline.numbering-gap`) names the
 * rule that raised it, `code` is the older upper-case code kept for the contract.
 */
export function diagnostic(
  rule: string,
  code: string,
  severity: Severity,
  message: string,
  start: number | null,
  end: number | null = null,
): Warning {
  return { code, message, start, end, severity, rule };
}

/** Where a stage that finds things puts the warnings it raises (optional: callers that only want the things pass none). */
export type WarningSink = (warning: Warning) => void;
