import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordStartError, startDiscord } from "../../adapters/discord/start-discord.js";
import {
  BOT_TOKEN,
  type DiscordStandIn,
  IDS,
  InteractionSigner,
  slashCommand,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { corpusSource, recordingLogger, testConfig } from "./helpers.js";

// Start-up and shutdown as `npm start` does them: the composition root starts Discord when it is
// configured, start-up problems are one clear line, SIGTERM closes the gateway and exits 0.

const root = join(import.meta.dirname, "..", "..");
let standIn: DiscordStandIn;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

function startMain(env: Record<string, string>): { child: ChildProcess; stderr: () => string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)));
  // What `npm start` runs (compiled, as dist/adapters/main.js), here from the sources through tsx's
  // loader, without npm's wrapper between the signal and us.
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    cwd: root,
    env: { ...clean, CORPUS_DIR: join(root, "tests", "fixtures", "feb2021-syria-strikes"), ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  return { child, stderr: () => stderr };
}

describe("Discord start-up and shutdown", () => {
  it("the composition root logs in over the gateway, answers, and on SIGTERM closes the gateway and exits 0", async () => {
    const { child, stderr } = startMain({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.rest.apiUrl,
    });
    try {
      await expect.poll(stderr, { timeout: 45_000, interval: 200 }).toContain("discord gateway ready");
      const interaction = slashCommand("brief", { topic: "strikes" });
      standIn.gateway.dispatch("INTERACTION_CREATE", interaction);
      await standIn.rest.waitFor(
        (r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
      );
      const socket = standIn.gateway.sockets.at(-1);
      const closed = socket ? once(socket, "close") : Promise.resolve([0]);
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
      expect(stderr()).toMatch(/stopping signal="SIGTERM"/);
      const [closeCode] = await closed;
      expect(closeCode).toBe(1000);
      expect(stderr()).not.toContain(BOT_TOKEN);
    } finally {
      child.kill("SIGKILL");
    }
  }, 90_000);

  it("the composition root stops with one clear line when Discord rejects the token", async () => {
    const { child, stderr } = startMain({
      DISCORD_TOKEN: "not-the-token",
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.rest.apiUrl,
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr()).toMatch(
      /discord cannot start reason="DISCORD_TOKEN was rejected by Discord; copy the bot token/,
    );
    expect(stderr()).not.toContain("not-the-token");
    expect(stderr()).not.toMatch(/\n\s+at /);
  }, 90_000);

  it("says which variable to set when the HTTP interactions port is taken", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await once(blocker, "listening");
    const port = (blocker.address() as { port: number }).port;
    const { log } = recordingLogger();
    const config = testConfig({
      DISCORD_PUBLIC_KEY: new InteractionSigner().publicKeyHex,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_PORT: String(port),
    });
    try {
      const start = startDiscord(config, await corpusSource(), log, { listen: { host: "127.0.0.1", port } });
      await expect(start).rejects.toThrow(DiscordStartError);
      await expect(start).rejects.toThrow(`port ${port} is already in use; set DISCORD_PORT`);
    } finally {
      blocker.close();
    }
  });

  it("without a bot token, HTTP interactions still answer but offer no Post to channel button", async () => {
    const signer = new InteractionSigner();
    const { log, lines } = recordingLogger();
    const platform = await startDiscord(
      testConfig({
        DISCORD_PUBLIC_KEY: signer.publicKeyHex,
        DISCORD_APPLICATION_ID: IDS.application,
        DISCORD_API_URL: standIn.rest.apiUrl,
      }),
      await corpusSource(),
      log,
      { listen: { host: "127.0.0.1", port: 0 } },
    );
    try {
      const answer = await signer.send(
        platform.interactionsUrl ?? "",
        slashCommand("sources", { aspect: "casualties" }),
      );
      expect(answer.body).toMatchObject({ type: 4 });
      expect(JSON.stringify(answer.body)).not.toContain("post:");
      expect(lines.some((l) => l.includes("no DISCORD_TOKEN"))).toBe(true);
    } finally {
      await platform.stop();
    }
  });
});
