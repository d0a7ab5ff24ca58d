/**
 * The Node flags `npm start` runs the bot with (package.json), so the bench measures the bot as it
 * runs. `--optimize-for-size` makes V8 grow its heap in small steps: at 100k articles it halves the
 * peak memory for about a tenth more analysis time.
 */
export const BOT_NODE_FLAGS = ["--optimize-for-size"];
