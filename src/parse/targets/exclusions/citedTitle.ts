import { regexExclusion } from './regexExclusion.js';

/** Titles of cited documents, laws and plans: `《…2021—2025年…规划》`. */
export const citedTitleExclusion = regexExclusion('citedTitle', /《[^《》\n]{0,120}》|〈[^〈〉\n]{0,80}〉/gu);
