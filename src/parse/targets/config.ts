import type { ContextStep, Exclusion, TargetParser, TargetRefiner } from './candidate.js';
import { documentNumberExclusion } from './exclusions/documentNumber.js';
import { citedTitleExclusion } from './exclusions/citedTitle.js';
import { quotedNameExclusion } from './exclusions/quotedName.js';
import { sectionMarkerExclusion } from './exclusions/sectionMarker.js';
import { ordinalExclusion } from './exclusions/ordinal.js';
import { SLOGAN_EXCLUSIONS } from './exclusions/slogan.js';
import { footnoteDigitExclusion } from './exclusions/footnoteDigit.js';
import { contactExclusion } from './exclusions/contact.js';
import { roundExclusion, secondaryExclusion, sessionExclusion } from './exclusions/round.js';
import { fileNameExclusion, formulaFactorExclusion, pageMetadataExclusion, percentEncodedExclusion, urlExclusion } from './exclusions/web.js';
import { fiveYearPlanParser } from './parsers/fiveYearPlan.js';
import { dateRangeParser } from './parsers/dateRange.js';
import { calendarDateParser } from './parsers/calendarDate.js';
import { monthDateParser } from './parsers/monthDate.js';
import { percentagePointParser } from './parsers/percentagePoint.js';
import { percentParser } from './parsers/percent.js';
import { fractionParser, halfParser } from './parsers/fraction.js';
import { ratioParser } from './parsers/ratio.js';
import { coefficientParser } from './parsers/coefficient.js';
import { moneyParser } from './parsers/money.js';
import { multipleParser } from './parsers/multiple.js';
import { doublingParser } from './parsers/doubling.js';
import { durationParser } from './parsers/duration.js';
import { countParser } from './parsers/count.js';
import { latinUnitParser } from './parsers/latinUnit.js';
import { removeOverlaps } from './refiners/removeOverlaps.js';
import { dropTitleLines } from './refiners/dropTitleLines.js';
import { attachComparators } from './refiners/attachComparators.js';
import { sectionStep } from './context/section.js';
import { indicatorStep } from './context/indicator.js';
import { deadlineStep } from './context/deadline.js';

/** Regions blanked before parsing: numbers there are never targets. */
export const EXCLUSIONS: readonly Exclusion[] = [
  documentNumberExclusion,
  citedTitleExclusion,
  quotedNameExclusion,
  sectionMarkerExclusion,
  ordinalExclusion,
  ...SLOGAN_EXCLUSIONS,
  footnoteDigitExclusion,
  contactExclusion,
  roundExclusion,
  sessionExclusion,
  secondaryExclusion,
  urlExclusion,
  percentEncodedExclusion,
  fileNameExclusion,
  formulaFactorExclusion,
  pageMetadataExclusion,
];

/** One parser per phrasing family. Order breaks ties between equally long overlapping spans. */
export const PARSERS: readonly TargetParser[] = [
  fiveYearPlanParser,
  dateRangeParser,
  calendarDateParser,
  monthDateParser,
  percentagePointParser,
  percentParser,
  fractionParser,
  halfParser,
  ratioParser,
  coefficientParser,
  moneyParser,
  multipleParser,
  doublingParser,
  durationParser,
  countParser,
  latinUnitParser,
];

/** Applied in order to all candidates of a document. */
export const REFINERS: readonly TargetRefiner[] = [removeOverlaps, dropTitleLines, attachComparators];

/** Applied in order to the targets made from the refined candidates: each fills its own context fields. */
export const CONTEXT_STEPS: readonly ContextStep[] = [sectionStep, indicatorStep, deadlineStep];
