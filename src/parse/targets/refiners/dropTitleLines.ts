import { onTitleLine } from '../../segment/titleLines.js';
import type { TargetRefiner } from '../candidate.js';

/** Years and numbers on a title line (`…2023年职业教育工作要点`, the index's `titleLines`) are not targets. */
export const dropTitleLines: TargetRefiner = {
  name: 'dropTitleLines',
  refine: (candidates, scan) => candidates.filter((c) => !onTitleLine(scan.index, c.start, c.end)),
};
