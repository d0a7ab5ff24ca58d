import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLACK_COMMANDS } from "../../adapters/slack/commands.js";
import { SLACK_EVENTS_PATH } from "../../adapters/slack/receivers.js";

// The manifests a newsroom creates the app from must match what the app listens for.

const read = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "adapters", "slack", name), "utf8")) as {
    features: { slash_commands: { command: string; url?: string; should_escape: boolean }[] };
    oauth_config: { scopes: { bot: string[] } };
    settings: { socket_mode_enabled: boolean; interactivity: { is_enabled: boolean; request_url?: string } };
  };

describe.each([
  ["manifest.json", true],
  ["manifest-http.json", false],
] as const)("%s", (name, socketMode) => {
  const manifest = read(name);

  it("declares exactly the commands the app answers, with their text unescaped", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(
      SLACK_COMMANDS.map((c) => `/${c}`),
    );
    expect(manifest.features.slash_commands.every((c) => c.should_escape === false)).toBe(true);
  });

  it("asks for the scopes the app uses and turns on interactivity for the Share button", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(["commands", "chat:write"]));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it(
    socketMode ? "uses Socket Mode, with no public URL" : "points commands and buttons at the events path",
    () => {
      expect(manifest.settings.socket_mode_enabled).toBe(socketMode);
      const urls = [
        ...manifest.features.slash_commands.map((c) => c.url),
        manifest.settings.interactivity.request_url,
      ];
      for (const url of urls) {
        if (socketMode) expect(url).toBeUndefined();
        else expect(new URL(url ?? "").pathname).toBe(SLACK_EVENTS_PATH);
      }
    },
  );
});
