import type { RemovalReason } from "./document.js";
import { wordCount } from "./lines.js";

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
    /^(?:image|photo|picture|video|graphic)s?(?: source| credits?)?\s*:|^(?:photo )?credits?\s*:/i,
    "image-credit",
  ],
  [
    /^(?:newsletter\b|sign up (?:for|to)\b|subscribe to (?:our|the)\b|get (?:the|our) .{1,60} in your inbox)/i,
    "newsletter",
  ],
  [/\[(?:sign up|subscribe)\]/i, "newsletter"],
  [
    /^(?:subscribe|sign in|sign up|log ?in|log out|register|search|menu|skip to (?:main )?content|advertisement|sponsored(?: content)?|close|back to top|print)(?:\s*(?:\.\.\.|…))?(?:\s+(?:subscribe|sign in|sign up|log ?in|register))*$/i,
    "site-menu",
  ],
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
  if (text.includes(" | ")) return pipeLine(text);
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
  if (isShareSegment(text)) return "share-bar";
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

const isShareSegment = (text: string) => {
  const parts = text.replace(/^share(?: this)?(?: article| story)?\s*:\s*/i, "").split(/\s*[|·•,]\s*/);
  return /^share\b/i.test(text) && parts.every((p) => p === "" || SHARE_WORDS.test(p));
};

/** "Home | World | Business", "By X | Source: Y", "Updated 3 hours ago | 4 min read". */
function pipeLine(text: string): RemovalReason | null {
  const segments = text.split(" | ").map((s) => s.trim());
  const reasons = segments.map(segmentChrome);
  for (const wanted of ["copyright", "byline", "credit-line", "posted-on", "reading-time"] as const) {
    if (reasons.includes(wanted)) return wanted;
  }
  if (segments.filter((s) => SHARE_WORDS.test(s) || /^share\b/i.test(s)).length * 2 >= segments.length) {
    return "share-bar";
  }
  return segments.every((s) => wordCount(s) <= 5 && !/[.!?]$/.test(s)) ? "site-menu" : null;
}

/**
 * A run of capitalised section names with no sentence in it ("× Home News Sport Business Health
 * Travel ..."), or a breadcrumb ("World › Middle East").
 */
function navigationRun(text: string): RemovalReason | null {
  if (/^[^.!?]{1,60}(?:\s[›»>]\s[^.!?›»>]{1,40})+$/.test(text)) return "site-menu";
  const glyph = /^[×☰≡•·]\s*/.test(text);
  const words = text.replace(/^[×☰≡•·]\s*/, "").split(" ");
  const capitalised = words.every((w) => /^[\p{Lu}\d&]/u.test(w)) && !/[.,;:!?"“”]/.test(text);
  const joined = words.some((w) =>
    /^(?:of|in|and|the|to|for|on|at|with|by|from|a|an|as|after|over)$/i.test(w),
  );
  return capitalised && !joined && (words.length >= 10 || (glyph && words.length >= 3)) ? "site-menu" : null;
}
