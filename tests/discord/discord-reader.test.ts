import { describe, expect, it } from "vitest";
import { discordQuoteProblem, readDiscordMarkdown } from "./discord-reader.js";

// The oracle the Discord contract reads quotes with: it must see a rewritten word, a lost escape and
// a quote left as live markdown, and accept what Discord shows as written.

describe("reading Discord markdown back as a reader sees it", () => {
  it("drops the backslash of an escape and the zero-width space that breaks @everyone", () => {
    expect(readDiscordMarkdown("a \\*b\\* c\\_d @\u200beveryone \\<@1> 5\\.").shown).toBe(
      "a *b* c_d @everyone <@1> 5.",
    );
  });

  it("keeps a backslash before a letter, a digit or a space, as Discord does", () => {
    expect(readDiscordMarkdown("C:\\temp \\1 \\ x").shown).toBe("C:\\temp \\1 \\ x");
  });
});

describe("a quote shown as written", () => {
  const quote = "Officials said *three* people were killed near the port’s gate.";
  const shown = "↳ [1] “Officials said \\*three\\* people were killed near the port’s gate.”";

  it("is found word for word in an escaped line", () => {
    expect(discordQuoteProblem(["**Summary**", shown], quote)).toBeNull();
  });

  it("is missing when a word or a curly apostrophe was rewritten", () => {
    expect(discordQuoteProblem([shown.replace("killed", "hurt")], quote)).toBe("not shown as written");
    expect(discordQuoteProblem([shown.replace("’", "'")], quote)).toBe("not shown as written");
  });

  it("is live markup when an asterisk, a bracket or a mention is left unescaped", () => {
    expect(discordQuoteProblem([shown.replaceAll("\\*", "*")], quote)).toMatch(/live markup/);
    expect(discordQuoteProblem(["[see](https://a.example) now"], "[see](https://a.example) now")).toMatch(
      /live markup/,
    );
    expect(discordQuoteProblem(["ask <@123> now"], "ask <@123> now")).toMatch(/live markup/);
  });

  it("is live markup when it starts a line as a heading, a list item or a block quote", () => {
    for (const line of ["# Breaking", "- item one", "> said he", "1. first"]) {
      expect(discordQuoteProblem([line], line)).toMatch(/line start/);
    }
    expect(discordQuoteProblem(["\\# Breaking", "\\- item one", "1\\. first"], "# Breaking")).toBeNull();
  });

  it("keeps the underscores of a bare link as they are", () => {
    const link = "see https://a.example/some_page_here today";
    expect(discordQuoteProblem([link], link)).toBeNull();
  });

  it("may point to a quote too long for Discord, never to a short one", () => {
    const long = "word ".repeat(600).trim();
    const pointer = `↳ [1] *A quote of ${long.length.toLocaleString("en-US")} characters is too long for Discord*`;
    expect(discordQuoteProblem([pointer], long)).toBeNull();
    expect(
      discordQuoteProblem(["↳ [1] *A quote of 9 characters is too long for Discord*"], "two words"),
    ).toBe("not shown as written");
  });
});
