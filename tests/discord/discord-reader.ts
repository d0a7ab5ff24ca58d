// How Discord shows a text, written from Discord's markdown rules and apart from the renderer's
// escaper: the renderer's output is read back as a reader sees it, and each corpus quote must be
// found there word for word, with none of its characters left live as markdown or a mention.

/** Discord's escape: a backslash before any character that is not a letter, digit or space. */
const ESCAPABLE = /[^0-9A-Za-z\s]/;
/** Zero-width spaces show as nothing (they break @everyone and @here). */
const INVISIBLE = "\u200b";

interface Reading {
  markdown: string;
  /** What a reader sees. */
  shown: string;
  /** For each shown character, its index in the markdown. */
  at: number[];
  /** For each shown character, whether a backslash escaped it. */
  escaped: boolean[];
  /** Shown characters that belong to a bare link. */
  inUrl: Set<number>;
}

export function readDiscordMarkdown(markdown: string): Reading {
  const reading: Reading = { markdown, shown: "", at: [], escaped: [], inUrl: new Set() };
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i] as string;
    if (c === INVISIBLE) continue;
    const next = markdown[i + 1];
    const escapes = c === "\\" && next !== undefined && ESCAPABLE.test(next);
    reading.shown += escapes ? next : c;
    reading.at.push(i);
    reading.escaped.push(escapes);
    if (escapes) i++;
  }
  for (const m of reading.shown.matchAll(URL)) {
    for (let i = m.index; i < m.index + m[0].length; i++) reading.inUrl.add(i);
  }
  return reading;
}

/** Formats, links or spoils text unless escaped: emphasis, strikethrough, code, spoilers, masked links. */
const INLINE_MARKUP = new Set(["*", "_", "~", "`", "|", "["]);
/** Starts a mention, channel link, command, timestamp or custom emoji unless escaped. */
const MENTION_START = /^<(?:[@#/:]|a:|t:|id:)/;
/** Block quote, heading, subtext or list item when a line starts with it. */
const LINE_MARKUP = /^(?:>{1,3} |#{1,3} |-# |[-*] |\d+\. )/;
/** Inside a bare link the characters are the address's, except a masked link's bracket. */
const URL = /https?:\/\/\S+/g;

/** Characters of `shown[from, to)` that Discord would still read as markdown or a mention. */
function liveMarkup(reading: Reading, from: number, to: number): string[] {
  const { markdown, inUrl } = reading;
  const live: string[] = [];
  for (let i = from; i < to; i++) {
    if (reading.escaped[i]) continue;
    const c = reading.shown[i] as string;
    if (INLINE_MARKUP.has(c) && (!inUrl.has(i) || c === "[")) live.push(c);
    if (MENTION_START.test(reading.shown.slice(i, i + 4))) live.push(reading.shown.slice(i, i + 4));
  }
  const lineStart = (reading.at[from] ?? 0) === 0 || markdown[(reading.at[from] ?? 0) - 1] === "\n";
  const head = LINE_MARKUP.exec(reading.shown.slice(from, to));
  const headEscaped = head && reading.escaped.slice(from, from + head[0].length).some(Boolean);
  if (lineStart && head && !headEscaped) live.push(`line start ${JSON.stringify(head[0])}`);
  return live;
}

/** A quote is shown as written when it is at most this long: even fully escaped it fits a description. */
export const LONGEST_SHOWN_QUOTE = 2000;

/** One reading per text, kept while the list of texts is: a contract case asks about every quote. */
const cache = new WeakMap<string[], Reading[]>();
function readingsOf(texts: string[]): Reading[] {
  const known = cache.get(texts);
  if (known) return known;
  const readings = texts.map(readDiscordMarkdown);
  cache.set(texts, readings);
  return readings;
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Null when some text shows the quote word for word with nothing of it live; otherwise what is wrong.
 * A quote longer than LONGEST_SHOWN_QUOTE may instead be pointed to ("A quote of 5,000 characters is
 * too long for Discord").
 */
export function discordQuoteProblem(texts: string[], quote: string): string | null {
  const wanted = fold(quote);
  let liveSeen: string[] | null = null;
  const readings = readingsOf(texts);
  for (const reading of readings) {
    for (
      let from = reading.shown.indexOf(wanted);
      from >= 0;
      from = reading.shown.indexOf(wanted, from + 1)
    ) {
      const live = liveMarkup(reading, from, from + wanted.length);
      if (live.length === 0) return null;
      liveSeen = live;
    }
  }
  if (liveSeen) return `shown with live markup ${JSON.stringify(liveSeen.slice(0, 5))}`;
  const pointers = [wanted.length, quote.length].map(
    (n) => `of ${n.toLocaleString("en-US")} characters is too long for Discord`,
  );
  const pointed = readings.some((r) => pointers.some((p) => r.shown.includes(p)));
  if (wanted.length > LONGEST_SHOWN_QUOTE && pointed) return null;
  return "not shown as written";
}
