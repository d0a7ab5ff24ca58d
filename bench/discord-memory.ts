import { fork } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  BOT_TOKEN,
  IDS,
  InteractionSigner,
  slashCommand,
  startDiscordStandIn,
} from "../tests/stand-ins/discord/index.js";

// `npx tsx bench/discord-memory.ts [--count 10000] [--heap 200]`: Discord HTTP interactions (/brief
// strikes, an answer of several messages) sent 10 at a time to the bot in a process capped at
// --heap MB; the heap in use after a collection is printed every tenth of the run. Before answers
// left nothing behind, the heap grew some 45 KB an answer and a 160 MB heap ran out near 4,000.

const { values } = parseArgs({
  options: { count: { type: "string", default: "10000" }, heap: { type: "string", default: "200" } },
});
const count = Number(values.count);
const standIn = await startDiscordStandIn();
const signer = new InteractionSigner();
const bot = fork(join(import.meta.dirname, "discord-memory-bot.ts"), [], {
  execArgv: [`--max-old-space-size=${values.heap}`, "--expose-gc", "--import", "tsx"],
  env: {
    PATH: process.env.PATH ?? "",
    CORPUS_DIR: join(import.meta.dirname, "..", "seeds"),
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: standIn.rest.apiUrl,
  },
});
const next = () => new Promise<Record<string, unknown>>((resolve) => bot.once("message", resolve));
const { url } = (await next()) as { url: string };
const measure = async () => {
  bot.send("measure");
  return Math.round(((await next()).heapUsed as number) / 1e5) / 10;
};
const started = performance.now();
const rows: string[] = [];
let failed = 0;
for (let sent = 0; sent < count; ) {
  const batch = Math.min(10, count - sent);
  // A connection the bot's server closed as idle while a request was on its way counts as not answered.
  const answers = await Promise.all(
    Array.from({ length: batch }, () =>
      signer.send(url, slashCommand("brief", { topic: "strikes" })).catch(() => ({ status: 0 })),
    ),
  );
  failed += answers.filter((a) => a.status !== 200).length;
  sent += batch;
  // Follow-ups are sent after the first answer: let them finish before measuring.
  if (sent % Math.max(10, Math.round(count / 10)) === 0 || sent === count) {
    await new Promise((r) => setTimeout(r, 500));
    rows.push(`${sent}\t${await measure()} MB\t${Math.round((performance.now() - started) / 1000)} s`);
    process.stdout.write(`${rows.at(-1)}\n`);
  }
}
process.stdout.write(
  `discord memory: ${count} interactions, heap cap ${values.heap} MB, ${failed} not answered 200, bot ${bot.exitCode === null ? "alive" : `exited ${bot.exitCode}`}\n`,
);
bot.kill();
await standIn.close();
