/**
 * Text similarity for matching sections and targets across two versions of a plan: the Dice
 * coefficient of character bigrams (as multisets). Chinese has no spaces, so characters are the
 * natural unit; bigrams keep some order. Linear in the text length.
 */

const BLANKS = /[\s\u3000\u00a0\ufeff]+/g;

/** Bigram multiset of a text, blanks removed. */
export function bigrams(text: string): Map<string, number> {
  const squashed = text.replace(BLANKS, '');
  const counts = new Map<string, number>();
  if (squashed.length === 1) counts.set(squashed, 1);
  for (let i = 0; i + 1 < squashed.length; i++) {
    const pair = squashed.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/** Dice similarity of two bigram multisets, 0..1; two empty texts are identical (1). */
export function diceOfBigrams(a: Map<string, number>, b: Map<string, number>): number {
  const sizeA = total(a);
  const sizeB = total(b);
  if (sizeA === 0 && sizeB === 0) return 1;
  if (sizeA === 0 || sizeB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [pair, count] of small) shared += Math.min(count, large.get(pair) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

/** Dice similarity of two texts, 0..1. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : diceOfBigrams(bigrams(a), bigrams(b));
}

/**
 * Order-keeping alignment of two sequences that maximises the summed score of matched pairs
 * (a weighted longest common subsequence). `score` returns null for pairs that may not match.
 * Returns matched index pairs in order.
 */
export function alignSequences<A, B>(a: readonly A[], b: readonly B[], score: (x: A, y: B) => number | null): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const scores = new Float64Array(n * m).fill(Number.NaN);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let value = Math.max(best[(i - 1) * width + j], best[i * width + j - 1]);
      const s = score(a[i - 1], b[j - 1]);
      if (s !== null) {
        scores[(i - 1) * m + j - 1] = s;
        value = Math.max(value, best[(i - 1) * width + j - 1] + s);
      }
      best[i * width + j] = value;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = best[i * width + j];
    const s = scores[(i - 1) * m + j - 1];
    if (!Number.isNaN(s) && here === best[(i - 1) * width + j - 1] + s) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (here === best[(i - 1) * width + j]) i--;
    else j--;
  }
  return pairs.reverse();
}
