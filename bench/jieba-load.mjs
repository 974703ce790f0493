// jieba-wasm's load cost, in a fresh process: import (compiles the wasm, builds the default
// dictionary) and the first cut, timed separately. Prints one JSON object on stdout.
const started = performance.now();
const jieba = await import('jieba-wasm');
const imported = performance.now();
const cut = jieba.cut ?? jieba.default?.cut;
const words = cut('到2025年，全市养老服务床位总数达到1200张以上。', true);
const firstCut = performance.now();
cut('新增城镇就业岗位不少于5000个，城镇调查失业率控制在5.5%以内。', true);
const secondCut = performance.now();
process.stdout.write(
  JSON.stringify({
    importMs: imported - started,
    firstCutMs: firstCut - imported,
    secondCutMs: secondCut - firstCut,
    words: words.length,
    rssMb: process.memoryUsage().rss / 1e6,
  }) + '\n',
);
