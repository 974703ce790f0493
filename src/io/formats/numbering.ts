// Word automatic numbering (numbering.xml) rendered as the reader sees it: 一、 （一） 1. (1) ①.
// Counters follow Word: a level counts up, deeper levels restart under it, a w:num with a
// startOverride restarts its list, other w:num of one abstract list continue its count.

export interface NumberingLevel {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level shown as a decimal. */
  legal: boolean;
  /** Paragraph style linked to this level (heading styles numbered through the list). */
  style: string | null;
}

export interface NumberingDefinitions {
  /** abstractNumId → ilvl → level. */
  abstract: Map<string, Map<number, NumberingLevel>>;
  /** numId → its abstract list, with per-level start overrides and replaced levels. */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number>; levels: Map<number, Partial<NumberingLevel>> }>;
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

function chineseCounting(n: number, digits = DIGITS, ten = '十', hundred = '百', thousand = '千'): string {
  if (n <= 0 || n >= 10000) return String(n);
  if (n < 10) return digits[n];
  if (n < 20) return ten + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + ten + (n % 10 ? digits[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? digits[0] + digits[rest] : rest < 20 ? digits[1] + chineseCounting(rest, digits, ten) : chineseCounting(rest, digits, ten);
    return digits[Math.floor(n / 100)] + hundred + tail;
  }
  const rest = n % 1000;
  const tail = rest === 0 ? '' : rest < 100 ? digits[0] + (rest < 20 && rest >= 10 ? digits[1] : '') + chineseCounting(rest, digits, ten, hundred) : chineseCounting(rest, digits, ten, hundred);
  return digits[Math.floor(n / 1000)] + thousand + tail;
}

function letters(n: number, base: string): string {
  if (n <= 0) return String(n);
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, glyph] of table) while (n >= value) ((out += glyph), (n -= value));
  return out;
}

/** One counter value in a w:numFmt. Unknown formats fall back to decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
      return chineseCounting(n, LEGAL, '拾', '佰', '仟');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** Counts numbered paragraphs in document order and renders their labels. */
export class NumberingCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** ilvl of the level linked to paragraph style `style` in list `numId`, if any. */
  levelOfStyle(numId: string, style: string): number | null {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstract.get(num.abstractId) : undefined;
    for (const [ilvl, level] of levels ?? []) if (level.style === style) return ilvl;
    return null;
  }

  private level(numId: string, ilvl: number): NumberingLevel | null {
    const num = this.defs.nums.get(numId);
    if (!num) return null;
    const base = this.defs.abstract.get(num.abstractId)?.get(ilvl);
    const replaced = num.levels.get(ilvl);
    if (!base && !replaced) return null;
    return { start: 1, format: 'decimal', text: '', legal: false, style: null, ...base, ...replaced };
  }

  /** The label of the next paragraph numbered `numId`/`ilvl` ('' for bullets and unknown lists). */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    const level = this.level(numId, ilvl);
    if (!num || !level || numId === '0') return '';
    // A w:num that restarts some level keeps its own counters; others share the abstract list's.
    const key = num.startOverrides.size ? `num:${numId}` : `abs:${num.abstractId}`;
    let state = this.counters.get(key);
    if (!state) {
      state = [];
      this.counters.set(key, state);
    }
    const current = state[ilvl];
    state[ilvl] = current === undefined ? (num.startOverrides.get(ilvl) ?? level.start) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) state[deeper] = undefined;
    if (level.format === 'bullet') return '';
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      const shown = at === ilvl ? level : this.level(numId, at);
      const value = state[at] ?? num.startOverrides.get(at) ?? shown?.start ?? 1;
      return formatNumber(value, level.legal || !shown ? 'decimal' : shown.format);
    });
  }
}
