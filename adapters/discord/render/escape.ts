import { escapeMarkdown } from "discord.js";

// Corpus text reaches Discord as markdown: escape it so it shows as written and never formats,
// links or mentions. allowed_mentions { parse: [] } on every message is the other half.

const MARKDOWN = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;

/** One line of corpus text, safe for embeds and content: whitespace folded, markdown and mentions inert. */
export function escapeText(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return (
    escapeMarkdown(flat, MARKDOWN)
      // Block quotes ("> ", ">>> ") and subtext ("-# ") only start a line; the folded text starts one.
      .replace(/^(>|-#)/, "\\$1")
      // <@id>, <@!id>, <@&role>, <#channel>, </command:id>, <t:time>, <:emoji:id>, <id:...>
      .replace(/<(?=[@#/:]|a:|t:|id:)/g, "\\<")
      // A backslash does not stop these; a zero-width space does (as discord.js's cleanContent does).
      .replace(/@(everyone|here)/gi, "@\u200b$1")
  );
}
