// Corpus text reaches Discord as markdown: escape it so it shows as written and never formats,
// links or mentions. allowed_mentions { parse: [] } on every message is the other half.
// Not discord.js's escapeMarkdown: it leaves `>` and mentions alone, and its italic rule is
// quadratic (33 ms for one 5,000-character paragraph); this is one linear pass.

const URL = /https?:\/\/\S+/g;
/** Characters that format inline: bold/italic, underline, strikethrough, code, spoilers, masked links. */
const INLINE = /[\\*_~`|[]/g;

const inline = (text: string) => text.replace(INLINE, "\\$&");

/** One line of corpus text, safe for embeds and content: whitespace folded, markdown and mentions inert. */
export function escapeText(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  let out = "";
  let from = 0;
  // Inside a bare URL, * and _ are part of the address: escaping them would break the link.
  for (const match of flat.matchAll(URL)) {
    out += inline(flat.slice(from, match.index)) + match[0].replaceAll("[", "\\[");
    from = match.index + match[0].length;
  }
  out += inline(flat.slice(from));
  return (
    out
      // Block quotes, headings, lists and subtext only start a line; the folded text starts one.
      .replace(/^[>#+-]/, "\\$&")
      .replace(/^(\d+)\./, "$1\\.")
      // <@id>, <@!id>, <@&role>, <#channel>, </command:id>, <t:time>, <:emoji:id>, <a:emoji:id>, <id:...>
      .replace(/<(?=[@#/:]|a:|t:|id:)/g, "\\<")
      // A backslash does not stop these; a zero-width space does (as discord.js's cleanContent does).
      .replace(/@(everyone|here)/gi, "@\u200b$1")
  );
}
