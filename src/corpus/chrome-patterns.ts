import type { RemovalReason } from "./document.js";
import { wordCount } from "./lines.js";
import { isDateLine } from "./published-date.js";

// Line shapes that web pages wrap around an article. Each rule reads one line on its own; rules
// that need the lines around them (lists under a "Related:" line, captions, headers) live in
// chrome.ts. Every phrase here is ordinary web-page vocabulary, never words of a particular story.

/** Words a site's section menu is made of; a masthead is a line that is not only these. */
export const SECTION_WORDS = new Set(
  (
    "home news world local national international business politics us uk europe asia africa americas " +
    "middle east opinion opinions sport sports tech technology science health culture arts entertainment " +
    "lifestyle travel video videos podcast podcasts newsletters newsletter markets economy security cloud ai " +
    "startups gadgets deals obituaries e-edition weather education finance environment energy climate " +
    "analysis features live latest more menu search investigations wealth careers design retail luxury " +
    "automotive automotives photography leadership rankings and & press release article travels food style " +
    "cyber defence defense military region regions china india australia canada breaking exclusive update " +
    "updates live watch explainer editorial review interview feature special report investigation " +
    "sponsored advertisement"
  ).split(" "),
);

/** Social networks and page actions found on share bars. */
const SHARE_WORDS =
  /^(?:share(?: on| via)?(?: \w+)?|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|e-mail|print|copy link|pinterest|flipboard|messenger)$/i;

/** Where a share button sends the page, as its icon's label reads (longest names first). */
const NETWORK =
  "facebook messenger|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|flipboard|messenger|tumblr|pocket|bluesky|threads|mastodon|e-mail|email|sms|x";

/**
 * One button of a share bar, as a page's text keeps it: the network's name (an icon's label), "Share
 * on X", "Share this article", "Tweet", "Copy link", WordPress's "Click to share on X (Opens in new
 * window)". Whole words only.
 */
const SHARE_ITEM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:click to (?:share on (?:${NETWORK})|email a link to a friend|email|print)(?: \\(opens in new window\\))?` +
    `|share (?:this|the) (?:article|story|page|post|link)(?: (?:on|via|to) (?:${NETWORK}))?` +
    `|share (?:on|via|to) (?:${NETWORK})|share(?: this)?|tweet(?: this)?` +
    `|(?:email|print) this(?: article| story| page)?|copy (?:link|url)|${NETWORK}|print)(?![\\p{L}\\p{N}])`,
  "giu",
);
/** What may stand between the buttons: nothing, or a separator ("|", "·", "•", ",", "/", ":"). */
const SHARE_SEPARATORS = /^[\s|·•,/:;–—-]*$/u;
/** A network's name alone: an icon's label, but also a word an article may set on a line of its own. */
const BARE_NETWORK = new RegExp(`^(?:${NETWORK})$`, "i");

/** How many share buttons the line is made of, or 0 when it holds anything else. */
export function shareButtons(text: string): number {
  let count = 0;
  const rest = text.replace(SHARE_ITEM, () => {
    count++;
    return " ";
  });
  return SHARE_SEPARATORS.test(rest) ? count : 0;
}

/**
 * A share bar on one line, with or without separators: "Share: Facebook, Twitter, Email",
 * "Facebook Twitter WhatsApp Email", "Share this article". A network's name alone is left to its
 * neighbours (chrome.ts): "Twitter" on its own may head a paragraph.
 */
const isShareBar = (text: string) => {
  const buttons = shareButtons(text);
  return buttons >= 2 || (buttons === 1 && !BARE_NETWORK.test(text.replace(/[\s|·•,/:;]+$/u, "")));
};

/** Lines that are one thing only; ordered so the most specific reason wins. */
const WHOLE_LINE: [RegExp, RemovalReason][] = [
  [
    /^\[(?:photo|image|picture|audio|video|graphic|gallery|embed|caption|map|chart|watch|listen)\b[^\]]*\]$/i,
    "media-placeholder",
  ],
  [/^source link$/i, "source-link"],
  [
    /^(?:leave a (?:reply|comment)|post (?:a )?comment|add (?:a )?comment|comments? (?:are|is) closed\.?|\d+ comments?|comments? \(\d+\)|(?:log|sign) in to (?:join|comment|reply)\b.*|your email address will not be published\b.*|required fields are marked\b.*|(?:name|email|e-mail|website|comment)\s*\*?|save my name, email\b.*|(?:join|start) the (?:discussion|conversation)\.?|be the first to comment\.?|(?:view|show|hide) comments)$/i,
    "comment-form",
  ],
  [/^(?:tags?|topics?|filed under|categor(?:y|ies))\s*:/i, "tags"],
  [/^(?:previous|next) (?:article|post|story)\b/i, "related-links"],
  [
    /^(?:listen to (?:this|the) (?:article|story|report)\b.*|\d+\s*min(?:ute)?s? read|reading time\b.*)$/i,
    "reading-time",
  ],
  [/^(?:posted|published|updated|last updated)(?: on| at)?\b/i, "posted-on"],
  [/^(?:©|\(c\)|copyright\b)(?=.*(?:\b(?:19|20)\d{2}\b|all rights reserved))/i, "copyright"],
  [
    /^(?:image|photo|photograph|picture|video|graphic)s?(?: source| credits?)?\s*:|^(?:photo )?credits?\s*:/i,
    "image-credit",
  ],
  // "Image source, Example Agency" (a comma, not a colon), "(Photo by Jane Doe/Agency via Images)",
  // "(Agency Photo/Jane Doe)": short, never a finished sentence.
  [/^image (?:source|copyright)\b[,:]?\s*[^.!?]{2,60}$/i, "image-credit"],
  [/^\(?(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Vv]ideo)s? by\s+\p{Lu}[^.!?]{1,80}\)?$/u, "image-credit"],
  [/^\(?[\p{Lu}\p{N}&. ]{1,20} [Pp]hoto\s*\/\s*\p{Lu}[^.!?()]{1,60}\)?$/u, "image-credit"],
  [
    /^(?:newsletter\b|sign up (?:for|to)\b|subscribe to (?:our|the)\b|get (?:the|our) .{1,60} in your inbox)/i,
    "newsletter",
  ],
  [/\[(?:sign up|subscribe)\]/i, "newsletter"],
  [
    /^(?:subscribe|sign in|sign up|log ?in|log out|register|search|menu|skip to (?:main )?content|advertisement|sponsored(?: content)?|close|back to top|print)(?:\s*(?:\.\.\.|…))?(?:\s+(?:subscribe|sign in|sign up|log ?in|register))*$/i,
    "site-menu",
  ],
  [/^(?:like this:|like loading(?:\.\.\.|…)?)$/i, "share-bar"],
  [/^[\p{P}\p{S}]+$/u, "separator"],
];

/** A line that starts a list of links to other stories (the list itself follows it). */
export const RELATED_MARKER =
  /^(?:read more|read also|also read|see also|related(?: coverage| stories| articles| news| content| posts| reading)?|more (?:in|from|on) [^.!?]{1,40}|more stories|recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular|viewed)|trending(?: now)?|latest (?:posts|news|stories|articles|headlines)|top stories|editor'?s picks|what to read next)\s*:?$/i;

/** "READ MORE: another story's headline" on one line. */
const RELATED_INLINE = /^(?:read more|read also|also read|see also|related|related coverage|more)\s*:\s*\S/i;

/** A line that opens the comment section: whatever follows it is readers', not the article's. */
export const COMMENTS_MARKER =
  /^(?:leave a (?:reply|comment)|\d+ comments?|comments? \(\d+\)|(?:join|start) the (?:discussion|conversation)\.?)$/i;

/** Credit lines: where the copy came from or who helped. The article's own text never looks like this. */
const CREDIT: RegExp[] = [
  /^sources?\s*:\s*\S.{0,60}$/i,
  /\bcontributed (?:to )?(?:this |the )?(?:report|story|article)(?:ing)?\.?$|\bcontributed reporting\.?$/i,
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|with reporting|research) by\b.*$/i,
  // "Written by Jane Doe", "Edited by Ann Poe": a name follows, and no sentence does.
  /^\(?(?:[Ww]ritten|[Ee]dited|[Pp]roduced|[Tt]ranslated) by\s+\p{Lu}[^.!?]{0,60}\)?$/u,
  /^(?:this|the) (?:story|article|report|piece) (?:was |is )?(?:originally |first )?(?:published|appeared|posted) (?:by|on|in|at)\b/i,
  /^originally (?:published|appeared|posted) (?:by|on|in|at)\b/i,
];
const VIA = /^via\s+[^.!?]{2,40}$/i;

/** Longer lines are prose, whatever words they start with. */
const MAX_CHROME_WORDS = 30;

/** "By Jane Doe, Outlet" or "Outlet Staff": short, capitalised, no full stop at the end. */
const BYLINE = /^(?:by|By|BY)\s+\p{Lu}/u;
const STAFF_LINE =
  /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*\s){1,5}(?:[Ss]taff|STAFF|[Nn]ewsdesk|[Nn]ews [Dd]esk|[Dd]esk|[Rr]eporters?)(?:$|\s+[-–—|]\s|\s+via\b)/u;

const READER_CALLOUT = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
const CALLOUT_VERB = /\b(?:email|e-mail|contact|write to|tell us|send|share your|get in touch|tip)\b/i;

/** Why one line, read on its own, is page chrome — or null when it may be the article's. */
export function lineChrome(text: string): RemovalReason | null {
  if (text === "") return null;
  if (text.includes(" | ")) return separatedLine(text, " | ");
  if (/\S \u00b7 \S/.test(text)) return separatedLine(text, " \u00b7 ") ?? navigationRun(text);
  if (/\S \u2022 \S/.test(text)) return separatedLine(text, " \u2022 ") ?? navigationRun(text);
  return segmentChrome(text) ?? navigationRun(text);
}

function segmentChrome(text: string): RemovalReason | null {
  if (wordCount(text) > MAX_CHROME_WORDS) return null;
  for (const [pattern, reason] of WHOLE_LINE) {
    if (pattern.test(text) && (reason !== "posted-on" || isShortLabel(text))) return reason;
  }
  if (RELATED_MARKER.test(text) || RELATED_INLINE.test(text)) return "related-links";
  if (isByline(text)) return "byline";
  if ((wordCount(text) <= 25 && CREDIT.some((p) => p.test(text))) || VIA.test(text)) return "credit-line";
  if (/all rights reserved/i.test(text) && wordCount(text) <= 20) return "copyright";
  if (wordCount(text) <= 30 && READER_CALLOUT.test(text) && CALLOUT_VERB.test(text)) return "reader-callout";
  if (isShareBar(text)) return "share-bar";
  return null;
}

const isShortLabel = (text: string) => wordCount(text) <= 10 && !/[.!?]$/.test(text);

function isByline(text: string): boolean {
  if (wordCount(text) > 14 || /[.!?]$/.test(text)) return false;
  if (STAFF_LINE.test(text)) return true;
  if (!BYLINE.test(text)) return false;
  // Every word after "By" is a name (capitalised) or a joining word: "By Jane Doe and John Roe, Outlet".
  const rest = text
    .replace(/^by\s+/i, "")
    .split(/[\s,]+/)
    .filter(Boolean);
  return rest.every(
    (w) => /^[\p{Lu}\d(]/u.test(w) || /^(?:and|in|of|the|de|van|von|al|bin|da|du|for|at|-|–|—)$/i.test(w),
  );
}

/**
 * "Home | World | Business", "By X | Source: Y", "Updated 3 hours ago | 4 min read", "By X · 3 min
 * read". Pipes part nothing but chrome; a middle dot or bullet may part an article's own short
 * facts ("300 homes flooded • 2 bridges closed"), so those lines are a menu only when every part is
 * a capitalised section name.
 */
function separatedLine(text: string, separator: string): RemovalReason | null {
  const segments = text.split(separator).map((s) => s.trim());
  const reasons = segments.map(segmentChrome);
  for (const wanted of ["copyright", "byline", "credit-line", "posted-on", "reading-time"] as const) {
    if (reasons.includes(wanted)) return wanted;
  }
  const share = (s: string) => SHARE_WORDS.test(s) || /^share\b/i.test(s) || shareButtons(s) > 0;
  if (segments.filter(share).length * 2 >= segments.length) return "share-bar";
  if (separator !== " | ") return isSectionMenu(segments) ? "site-menu" : null;
  return segments.every((s) => wordCount(s) <= 5 && !/[.!?]$/.test(s)) ? "site-menu" : null;
}

/**
 * Three or more entries, each one to three capitalised words without a figure ("Middle East", "Arts &
 * Culture"), most of them naming a section: a list of people's names is not a menu.
 */
function isSectionMenu(segments: string[]): boolean {
  const named = (s: string) => /^\p{Lu}[\p{L}'’-]*(?: (?:&|and|\p{Lu}[\p{L}'’-]*)){0,2}$/u.test(s);
  const section = (s: string) => s.split(" ").some((w) => SECTION_WORDS.has(w.toLowerCase()) && w !== "&");
  return (
    segments.length >= 3 && segments.every(named) && segments.filter(section).length * 2 > segments.length
  );
}

/**
 * A run of capitalised section names with no sentence in it ("× Home News Sport Business Health
 * Travel ..."), or a breadcrumb ("World › Middle East").
 */
function navigationRun(text: string): RemovalReason | null {
  // "May 10, 2021 / 7:05 PM GMT" is a date line, not a breadcrumb.
  if (/^[^.!?]{1,60}(?:\s[›»>/]\s[^.!?›»>/]{1,40})+$/.test(text) && !isDateLine(text)) return "site-menu";
  const glyph = /^[×☰≡•·]\s*/.test(text);
  const words = text.replace(/^[×☰≡•·]\s*/, "").split(" ");
  const capitalised = words.every((w) => /^[\p{Lu}\d&]/u.test(w)) && !/[.,;:!?"“”]/.test(text);
  const joined = words.some((w) =>
    /^(?:of|in|and|the|to|for|on|at|with|by|from|a|an|as|after|over)$/i.test(w),
  );
  // Four or more section names in a row ("News Home World US Politics Business") are a menu too.
  const sections = words.length >= 4 && words.every((w) => SECTION_WORDS.has(w.toLowerCase()));
  const menu = words.length >= 10 || (glyph && words.length >= 3) || sections;
  return capitalised && !joined && menu ? "site-menu" : null;
}
