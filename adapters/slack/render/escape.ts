// Slack mrkdwn escaping: with &, < and > escaped, corpus text can never form a mention or a link.

export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Escapes `text` and shortens it at a word boundary so the escaped result fits `max` characters. */
export function escapeWithin(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  const words = text.split(/(\s+)/);
  let kept = "";
  for (const word of words) {
    if (escapeMrkdwn(kept + word).length + 1 > max) break;
    kept += word;
  }
  if (kept.trim() === "") kept = [...text].slice(0, max - 1).join("");
  while (escapeMrkdwn(kept).length + 1 > max) kept = kept.slice(0, -1);
  return `${escapeMrkdwn(kept.trimEnd())}…`;
}

export const bold = (escaped: string) => (escaped === "" ? "" : `*${escaped}*`);
export const italic = (escaped: string) => (escaped === "" ? "" : `_${escaped}_`);
export const quoted = (text: string) => `“${escapeMrkdwn(text)}”`;
