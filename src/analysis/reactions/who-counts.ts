import { ORGANISATION_WORDS, REPORTING_ORGANISATION } from "../../text/vocabulary/organisations.js";
import type { Speaker } from "./speaker-type.js";

// Wire agencies and broadcasters that relay what others say: sources of claims, never a party's voice.
// General newsroom knowledge (the world's main agencies and networks), not any one story's outlets.
const NEWS_ORGANISATIONS =
  /^(?:the\s+)?(?:reuters|associated press|ap|afp|agence france-presse|dpa|efe|ansa|xinhua|tass|ria novosti|interfax|kyodo|yonhap|anadolu|irna|isna|fars|tasnim|mehr|sana|wafa|bbc|cnn|cbs|nbc|abc|fox news|msnbc|npr|pbs|al jazeera|al arabiya|sky news|bloomberg|politico|axios|yahoo news)\b/i;

// Family and bystanders speak to their own experience; witnesses describe; none is a party's reaction.
// Lower case only: "Family Research Council" is an organisation.
const PRIVATE_VOICE =
  /\b(?:widow(?:er)?|mother|father|son|daughter|wife|husband|brother|sister|cousin|uncle|aunt|relative|family|neighbou?r|friend|survivor|victim|passenger|bystander|eyewitness|witness|resident|student|pollster|host|anchor|columnist|commentator|author|writer|blogger|shopkeeper|worker|employee|fisherm[ae]n|farmer|tourist|visitor|pilot|crew)s?\b/;

// A subject cut off or run over by the parser: "Robert C.", "the treaty and", "which, Tompkins", "of Springfield X".
const BROKEN =
  /(?:^|\s)\p{Lu}\.$|\s(?:and|or|of|the|for|in|to|a|an)$|^(?:which|who|that|everything|nothing|something|anything|everyone|anyone|someone|all)\b|^(?:of|for|to|in|at|from|by)\s|,/iu;

const BARE =
  /^(?:sen|rep|gov|gen|mr|mrs|ms|dr|republican|democrat|democratic|liberal|conservative|state|federal|national)\.?$/i;

const SPOKESPERSON = /^(?:spokes(?:man|woman|person)|representative|aide|official)$/i;

// Newspapers and sites credited by kind ("French paper Le Monde", "the magazine"): they report, they do not react.
const PRESS = /\b(?:paper|newspaper|magazine|tabloid|website|blog|newsletter)s?\b/i;

// Data and documents are evidence a reporter cites ("ACARS data suggests", "satellite images show"), not voices.
const EVIDENCE =
  /^(?:data|figures|statistics|records?|documents?|images?|imagery|footage|photos?|photographs?|videos?|recordings?|logs?|study|survey|poll|analysis|findings|evidence|readings)$/i;

// "Trump's plan", "the senator's show": a thing someone owns, not someone who speaks.
const OWNED_THING = /['’]s\s+(\p{Ll}+)$/u;
const VOICE_NOUNS =
  /^(?:office|government|ministry|administration|campaign|team|spokesm[ae]n|spokeswom[ae]n|spokesperson|military|army|forces|police|embassy|mission|party|council|cabinet|presidency|department|agency|lawyers?|attorneys?|aides?|officials?|representatives?|leaders?|minister|secretary|chief|president|head|director|chairm[ae]n|envoy|ambassador|commander|board|company|group|committee|parliament|court)$/;

/**
 * Whether a speaker can voice a reaction: not a news organisation (one that the corpus itself comes from,
 * or a wire agency or network), not a relative, witness or commentator, not a phrase the parser broke,
 * not a thing ("Trump's plan").
 */
export function canReact(speaker: Speaker, outlets: ReadonlySet<string>): boolean {
  const name = speaker.name.trim();
  if (NEWS_ORGANISATIONS.test(name) || outlets.has(outletKey(name))) return false;
  if (REPORTING_ORGANISATION.test(name) && !speaker.stateMedia) return false;
  // The head of the description decides: "an adviser to the Smith family" is an adviser.
  const head = (text: string) => text.split(/\s+(?:of|to|for|at|with|who|from|in)\s+/)[0] ?? "";
  // A one-word head is capitalised only because it opens the sentence ("Pilots from the airline said").
  const written = head(name);
  const nameHead = /^\p{Lu}\p{Ll}+$/u.test(written) ? written.toLowerCase() : written;
  if (PRIVATE_VOICE.test(`${head(speaker.role ?? "")} ${nameHead}`)) return false;
  if (PRESS.test(name) || EVIDENCE.test(written.split(/\s+/).at(-1) ?? "")) return false;
  // "Spokesman" with no name, role or country speaks for someone the copy does not say: the voice is in doubt.
  if (speaker.role === null && speaker.affiliation === null && SPOKESPERSON.test(name)) return false;
  if (
    /\bto\s+(?:the\s+)?(?:agency|press|media|newspaper|reporters|journalists|channel|television)\b/i.test(
      name,
    )
  )
    return false; // "spokesman of the group to the agency": the listener ran into the subject
  // "The company's chief executive" left unresolved: which company is in doubt, so the voice is too.
  if (/^(?:the\s+)?(?:company|group|firm|organi[sz]ation|operator|agency|gang)['’]s\s/i.test(name))
    return false;
  if (BROKEN.test(name) || /^(?:who|which)\b|\s(?:of|for|to|at|in)$/i.test(speaker.role ?? "")) return false;
  // An abbreviated title or a party's adjective ("Sen.", "Republican") names no one in particular; an
  // office as written ("the senator") stands.
  if (BARE.test(name)) return false;
  const owned = name.match(OWNED_THING)?.[1];
  return owned === undefined || VOICE_NOUNS.test(owned);
}

/**
 * A name that shows no office, no body and no country ("Ana Ruiz" with no role anywhere in the article,
 * "Recorded Future"), saying nothing that takes a side: nothing tells an editor whom it speaks for.
 */
export function unplaced(speaker: Speaker): boolean {
  const words = speaker.name.split(/\s+/);
  return (
    speaker.kind === "body" &&
    speaker.role === null &&
    speaker.institution === null &&
    speaker.affiliation === null &&
    !speaker.stateMedia &&
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORGANISATION_WORDS.has(w.toLowerCase()))
  );
}

/** How an outlet's name compares: lower case, without "the" and punctuation. */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
