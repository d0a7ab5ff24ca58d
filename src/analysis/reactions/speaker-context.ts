import type { Stance } from "../../contract/schema.js";
import type { AliasIndex } from "../../text/aliases.js";
import { lookupPlace } from "../../text/gazetteer.js";
import { findNames, type NameMention } from "../../text/names.js";
import type { QuotedSpan } from "../../text/quotes.js";
import { REPORTING_ORGANISATION } from "../../text/vocabulary/organisations.js";
import { institutionOf, ROLE_NOUNS, type RoleInfo } from "./role.js";
import type { Speaker } from "./speaker-type.js";

/** A statement already read in the document, as far as resolving later pronouns needs it. */
interface Said {
  speaker: Speaker;
  stance: Stance;
  paragraph: number;
  sentence: number;
}

// Common nouns that stand for a non-state organisation; "the group" never means a ministry.
const GROUP_NOUNS =
  /^(?:group|militia|faction|gang|company|firm|operator|organi[sz]ation|alliance|coalition|movement|network|outfit|insurgents|rebels|business|utility|carrier|airline|manufacturer)$/;

/**
 * What a document has said so far, to resolve "it warned", "he added", "the ministry said" to the nearest
 * fitting speaker. One per document, fed sentence by sentence in reading order.
 */
export class SpeakerContext {
  private said: Said[] = [];
  /** The names of each sentence read so far, in order. */
  private seen: NameMention[][] = [];
  /** The paragraph of each sentence in `seen`. */
  private seenIn: number[] = [];
  /** The person each sentence in `seen` opens with as its subject, if any. */
  private subjects: (NameMention | null)[] = [];
  private paragraph = 0;
  private stance: Stance = "other";
  private before: NameMention[] = [];

  constructor(
    readonly docId: string,
    readonly aliases: AliasIndex,
    readonly roles: Map<string, RoleInfo>,
    private readonly speakerOf: (mention: NameMention) => Speaker | null,
  ) {}

  /**
   * Moves to a statement: `stance` is what it says, `before` the names its sentence gives ahead of the
   * speaker, to pick a fitting antecedent.
   */
  at(paragraph: number, stance: Stance, before: NameMention[]): void {
    this.paragraph = paragraph;
    this.stance = stance;
    this.before = before;
  }

  record(speaker: Speaker, stance: Stance, paragraph: number, sentence: number): void {
    this.said.push({ speaker, stance, paragraph, sentence });
  }

  /**
   * Called once a sentence is done, so its names can be antecedents of the next ones. Names inside its
   * quotation marks are the speaker's words, not the speaker ("“The mayor, Ana Ruiz, gave me this
   * kiosk,” he said" is not Ana Ruiz speaking).
   */
  observe(sentence: string, quoted: readonly QuotedSpan[], paragraph: number): void {
    const names = findNames(sentence).filter(
      (m) => !quoted.some((q) => m.start >= q.start && m.end <= q.end),
    );
    this.seen.push(names);
    this.seenIn.push(paragraph);
    this.subjects.push(openingPerson(sentence, names, (m) => this.isPerson(m)));
  }

  /** The speaker of the sentence just before: "the statement said" goes on with it, and with no one else. */
  previousSpeaker(): Speaker | null {
    return this.lastSentenceStatement()?.speaker ?? null;
  }

  /** The speaker in a document's most recent statements and sentences that "he", "she", "it" or "they" means. */
  pronoun(p: string): Speaker | null {
    const recent = this.recent();
    if (p === "he" || p === "she" || p === "i") {
      // "Marlow told his cabinet … “…,” he said": the person who spoke in the sentence just before,
      // whatever the copy says of their office, comes before anyone further back.
      const last = this.lastSentenceStatement()?.speaker;
      if (last && isNamedPerson(last)) return last;
      // "Marlow took to the radio. “…,” he said.": the person the sentence before is about, in the same
      // paragraph, comes before a speaker quoted further back.
      const subject = this.previousSubject();
      if (subject) return this.speakerOf(subject);
      const person = [...recent]
        .reverse()
        .find((s) => s.speaker.kind === "person" || s.speaker.role !== null);
      return person?.speaker ?? this.mentionSpeaker((m) => this.isPerson(m));
    }
    if (p === "it" || p === "which") {
      const fits = (s: Said) => s.speaker.kind === "body" || s.speaker.kind === "state";
      // "it warned ... revenge" continues the group that threatened earlier, however far back.
      const sameStance = [...this.said]
        .reverse()
        .find((s) => fits(s) && this.stance !== "other" && s.stance === this.stance);
      const last = this.lastSentenceStatement();
      if (sameStance) return sameStance.speaker;
      if (last && fits(last)) return last.speaker;
      const inSentence = this.before.findLast((m) => this.isOrganisation(m));
      if (inSentence) return this.speakerOf(inSentence);
      return (
        this.mentionSpeaker((m) => this.isOrganisation(m), 1) ??
        [...recent].reverse().find(fits)?.speaker ??
        null
      );
    }
    return recent.at(-1)?.speaker ?? null;
  }

  /** "the ministry", "the group", "the president": the nearest earlier speaker or name that the noun fits. */
  definite(head: string): Speaker | null {
    if (ROLE_NOUNS.has(head)) return this.personWithRole(head, null);
    const generic = GROUP_NOUNS.test(head);
    const fits = (s: Speaker) =>
      generic
        ? s.kind === "body" && s.institution === null && !s.reporting && !lookupPlace(s.name)
        : `${s.name} ${s.institution ?? ""}`.toLowerCase().includes(head);
    const mentionFits = (m: NameMention) => (generic ? this.isOrganisation(m) : this.mentionFits(m, head));
    const last = this.lastSentenceStatement();
    if (last && fits(last.speaker)) return last.speaker;
    const inSentence = this.before.findLast(mentionFits);
    if (inSentence) return this.speakerOf(inSentence);
    // A group is usually the one just named; a ministry is usually one that spoke before.
    const named = generic ? this.mentionSpeaker(mentionFits, 1) : null;
    return (
      named ??
      [...this.recent()].reverse().find((s) => fits(s.speaker))?.speaker ??
      this.mentionSpeaker(mentionFits, 5)
    );
  }

  private recent(): Said[] {
    return this.said.filter((s) => this.paragraph - s.paragraph <= 3);
  }

  private previousSubject(): NameMention | null {
    const i = this.seen.length - 1;
    return i >= 0 && this.seenIn[i] === this.paragraph ? (this.subjects[i] ?? null) : null;
  }

  private lastSentenceStatement(): Said | undefined {
    const last = this.said.at(-1);
    const previousSentence = this.seen.length - 1;
    return last && last.sentence >= previousSentence ? last : undefined;
  }

  /** The first fitting name of the previous sentence, else of the `back` sentences before it. */
  private mentionSpeaker(test: (m: NameMention) => boolean, back = 3): Speaker | null {
    for (const mentions of this.seen.slice(-back).reverse()) {
      const m = mentions.find(test);
      if (m) return this.speakerOf(m);
    }
    return null;
  }

  private isPerson(m: NameMention): boolean {
    return m.type === "person" || this.aliases.typeOf(m.text, this.docId) === "person";
  }

  private isOrganisation(m: NameMention): boolean {
    if (m.type === "place" || this.isPerson(m) || REPORTING_ORGANISATION.test(m.text)) return false;
    const place = lookupPlace(m.text);
    return place === null;
  }

  private mentionFits(m: NameMention, head: string): boolean {
    const canonical = this.aliases.canonical(m.text, this.docId);
    const full =
      `${canonical} ${lookupPlace(m.text)?.name ?? ""} ${institutionOf(m.text) ?? ""}`.toLowerCase();
    return !this.isPerson(m) && new RegExp(`\\b${head}\\b`).test(full);
  }

  /**
   * "the president", "the chief executive": the nearest person of the document whose role has the noun,
   * else the one such person of the corpus; never one known to serve another country than `country`.
   */
  personWithRole(head: string, country: string | null): Speaker | null {
    const role = new RegExp(`\\b${head}\\b`, "i");
    const serves = (affiliation: string | null | undefined) =>
      !country || !affiliation || affiliation === country;
    const said = [...this.said]
      .reverse()
      .find(
        (s) =>
          s.speaker.kind === "person" && role.test(s.speaker.role ?? "") && serves(s.speaker.affiliation),
      );
    if (said) return said.speaker;
    const holds = (m: NameMention) => {
      const known = this.roles.get(this.aliases.keyOf(m.text, this.docId));
      return (
        this.isPerson(m) && role.test(`${m.title ?? ""} ${known?.role ?? ""}`) && serves(known?.affiliation)
      );
    };
    // The same article only: another report's "the spokesman" may be someone else's.
    return this.mentionSpeaker(holds, this.seen.length);
  }
}

/**
 * The person a sentence opens with as its subject ("Marlow took to the radio", "On Sunday, Marlow …"):
 * the first name, a person, with only a short adverbial before it and nothing after it but a verb phrase.
 */
function openingPerson(
  sentence: string,
  names: readonly NameMention[],
  isPerson: (m: NameMention) => boolean,
): NameMention | null {
  const first = names[0];
  if (!first || !isPerson(first)) return null;
  // Only a short adverbial ("On Sunday,") and the person's own title ("Foreign Minister") may precede.
  const lead = sentence
    .slice(0, first.start)
    .replace(/^[A-Z][\w ]{0,30},\s*/, "")
    .replace(/^the\s+/i, "")
    .trim()
    .toLowerCase();
  const opener = lead === "" || lead === first.title?.toLowerCase();
  return opener && !/^['’]s?\b/u.test(sentence.slice(first.end, first.end + 2)) ? first : null;
}

/** A person the copy names or titles, as opposed to a body, a state or a crowd ("residents"). */
function isNamedPerson(s: Speaker): boolean {
  return s.kind === "person" || (s.kind === "non-official" && !s.reporting && !s.key.startsWith("crowd:"));
}
