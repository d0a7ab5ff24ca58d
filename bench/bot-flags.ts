/**
 * The Node flags `npm start` runs the bot with (package.json), so the bench measures the bot as it
 * runs. V8 lets the heap of a busy process grow to several times what it holds before collecting;
 * growing it by a fifth at a time halves the peak memory of a large corpus at no measurable cost in
 * speed (measured at 30k articles: peak RSS 1,559 → 831 MB, analysis 68 → 71 s, `brief` p95 4.4 →
 * 3.6 ms). `--optimize-for-size` went lower (659 MB) but analysed 40% slower and quadrupled `brief` p95.
 */
export const BOT_NODE_FLAGS = ["--heap-growing-percent=20"];
