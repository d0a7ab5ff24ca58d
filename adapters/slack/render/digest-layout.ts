import {
  type Citation,
  type Digest,
  type DigestLine,
  type DigestView,
  digestView,
  shrinkDigestView,
} from "../../../src/index.js";
import { CitationStyle, reportCount } from "./citations.js";
import { bold, escapeMrkdwn, italic, quoted } from "./escape.js";
import type { Item, Layout, Part } from "./layout-types.js";
import { packMessages, type SlackMessage } from "./pack.js";

// A digest is one Slack message: the view shrinks (quotes, then the ends of lists) until it fits.

/** A quote longer than this stays behind its marker: one screen holds the digest. */
const QUOTE_SHOWN = 280;

export function digestMessage(d: Digest): SlackMessage[] {
  let view: DigestView | null = digestView(d);
  let out: SlackMessage[] = [];
  while (view) {
    out = packMessages(digestLayout(view));
    if (out.length === 1) return out;
    view = shrinkDigestView(view);
  }
  return out.slice(0, 1);
}

export function digestLayout(v: DigestView): Layout {
  const style = new CitationStyle(v.documents);
  const line = (prefix: string, l: DigestLine): Item => {
    const text = `${prefix}${escapeMrkdwn(l.text)} ${style.markers(l.citations)}`;
    const quote = v.quotes ? firstQuote(l) : null;
    return quote ? [text, `      ↳ ${style.marker(quote.doc)} ${quoted(quote.quote)}`] : [text];
  };
  const more = (n: number, what: string): Item[] =>
    n > 0 ? [[italic(`…and ${n} more ${what} in the full briefing.`)]] : [];
  const changes: Item[] =
    v.changes.length === 0 && v.moreChanges === 0
      ? [[italic("Nothing new since the last digest.")]]
      : [...v.changes.map((c) => line("• ", c)), ...more(v.moreChanges, "changes")];
  const parts: Part[] = [
    { heading: bold("What's new"), items: changes },
    { heading: bold("Summary"), items: v.summary.map((s, i) => line(`${i + 1}. `, s)) },
  ];
  if (v.disputes.length + v.moreDisputes > 0) {
    parts.push({
      heading: bold("Open disputes"),
      items: [...v.disputes.map((x) => line("• ", x)), ...more(v.moreDisputes, "disputes")],
    });
  }
  const cited = [...new Set(shownCitations(v).map((c) => c.doc))];
  if (cited.length > 0) {
    parts.push({
      heading: bold("Sources cited"),
      items: [[cited.map((doc) => style.source(doc)).join(" · ")]],
    });
  }
  parts.push({
    heading: "",
    items: [
      [`The full briefing (who did what, reactions, every source): ${bold(escapeMrkdwn(v.fullBriefing))}`],
    ],
  });
  const since = v.since ? ` · changes since ${escapeMrkdwn(v.since.slice(0, 16).replace("T", " "))} UTC` : "";
  return {
    title: v.title,
    context: [`Machine-assembled from ${reportCount(v.documents)}${since}`],
    parts,
    fallback: `${v.title} — ${v.changes.length + v.moreChanges} change${v.changes.length + v.moreChanges === 1 ? "" : "s"}`,
  };
}

function firstQuote(l: DigestLine): Citation | null {
  const c = l.citations[0];
  return c && c.quote.length <= QUOTE_SHOWN && !l.text.includes(c.quote) ? c : null;
}

const shownCitations = (v: DigestView): Citation[] =>
  [...v.changes, ...v.summary, ...v.disputes].flatMap((l) => l.citations);
