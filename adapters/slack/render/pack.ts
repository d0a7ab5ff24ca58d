import type { types } from "@slack/bolt";
import { bold, escapeMrkdwn, escapeWithin, italic } from "./escape.js";
import type { Layout, Part } from "./layout-types.js";
import { SLACK_LIMITS } from "./limits.js";

// Places a layout into as many messages as it needs, each within every Slack limit. Items move
// whole to the next section or message; an item too big for a section goes line by line; a line too
// big for any block (a very long quote) leaves a pointer and is shown in full at the end, in
// text-only messages (no block can hold it). Nothing is cut short of Slack's 40,000-character ceiling.

export type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Plain fallback for notifications and screen readers; the content itself when there are no blocks. */
  text: string;
  blocks: KnownBlock[];
}

type SectionBlock = types.SectionBlock & { text: types.MrkdwnElement };
interface Draft {
  blocks: KnownBlock[];
  chars: number;
  /** Set for a text-only message. */
  text?: string;
}

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: "mrkdwn", text });

/** Characters a block contributes to Slack's per-message total (all text, button values included). */
export function blockChars(block: KnownBlock): number {
  switch (block.type) {
    case "header":
      return block.text.text.length;
    case "section":
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case "context":
      return block.elements.reduce((n, e) => n + ("text" in e ? e.text.length : 0), 0);
    case "actions":
      return block.elements.reduce(
        (n, e) =>
          n + ("text" in e && e.text ? e.text.text.length : 0) + ("value" in e ? (e.value?.length ?? 0) : 0),
        0,
      );
    default:
      return 0;
  }
}

export function packMessages(layout: Layout): SlackMessage[] {
  return new Packer().pack(layout);
}

/** Adds blocks (e.g. a Share button) at the end, in a message of their own when the last one is full. */
export function appendBlocks(messages: SlackMessage[], extra: KnownBlock[], text: string): SlackMessage[] {
  if (extra.length === 0) return messages;
  const last = messages.at(-1);
  const chars = (blocks: KnownBlock[]) => blocks.reduce((n, b) => n + blockChars(b), 0);
  if (
    last &&
    last.blocks.length > 0 &&
    last.blocks.length + extra.length <= SLACK_LIMITS.blocksPerMessage &&
    chars(last.blocks) + chars(extra) <= SLACK_LIMITS.messageChars
  ) {
    return [...messages.slice(0, -1), { ...last, blocks: [...last.blocks, ...extra] }];
  }
  return [...messages, { text: escapeMrkdwn(text), blocks: extra }];
}

class Packer {
  private readonly done: Draft[] = [];
  private current: Draft = { blocks: [], chars: 0 };
  private section: SectionBlock | undefined;
  private part: Part | undefined;
  private headingPlaced = false;
  private readonly long: string[] = [];

  pack(layout: Layout): SlackMessage[] {
    const title = escapeWithin(layout.title || "deskbrief", SLACK_LIMITS.headerText);
    this.push({ type: "header", text: { type: "plain_text", text: title, emoji: false } });
    const context = layout.context.filter(Boolean).slice(0, SLACK_LIMITS.contextElements);
    if (context.length > 0) this.push({ type: "context", elements: context.map(mrkdwn) });

    for (const part of layout.parts) {
      this.closeSection();
      if (this.current.blocks.length > 0 && this.hasRoom(0)) this.push({ type: "divider" });
      this.part = part;
      this.headingPlaced = false;
      for (const item of part.items) {
        const whole = item.join("\n");
        const chunks = whole.length <= SLACK_LIMITS.sectionText ? [whole] : item;
        for (const chunk of chunks) this.add(chunk);
      }
      if (!this.headingPlaced) this.add("");
    }
    this.finishMessage();
    this.addLongPassages();
    return this.messages(escapeWithin(layout.fallback, SLACK_LIMITS.headerText * 2));
  }

  /** Adds a chunk of the current part; the part's heading goes above its first chunk. */
  private add(chunk: string): void {
    const heading = this.part?.heading ?? "";
    if (!this.headingPlaced) {
      this.headingPlaced = true;
      const together = [heading, chunk].filter(Boolean).join("\n");
      if (together.length <= SLACK_LIMITS.sectionText || heading === "" || chunk === "") {
        this.place(together, false);
        return;
      }
      this.place(heading, false);
    }
    this.place(chunk, heading !== "");
  }

  /** Appends to the open section or opens one; a new message repeats the heading, marked continued. */
  private place(text: string, repeatHeading: boolean): void {
    if (text === "") return;
    const piece = text.length > SLACK_LIMITS.sectionText ? this.setAside(text) : text;
    const section = this.section;
    if (
      section &&
      section.text.text.length + 1 + piece.length <= SLACK_LIMITS.sectionText &&
      this.current.chars + 1 + piece.length <= SLACK_LIMITS.messageChars
    ) {
      section.text.text += `\n${piece}`;
      this.current.chars += 1 + piece.length;
      return;
    }
    this.closeSection();
    if (!this.hasRoom(piece.length)) {
      this.finishMessage();
      if (repeatHeading) {
        const head = `${this.part?.heading} ${italic("(continued)")}`;
        if (head.length + 1 + piece.length <= SLACK_LIMITS.sectionText) {
          this.openSection(`${head}\n${piece}`);
          return;
        }
        this.openSection(head);
        this.closeSection();
      }
    }
    this.openSection(piece);
  }

  /** Keeps a too-long line for the end and returns the pointer that stands in its place. */
  private setAside(line: string): string {
    const n = this.long.length + 1;
    const from = this.part?.heading ? ` · ${this.part.heading}` : "";
    this.long.push(`${bold(`Long passage ${n}`)}${from}\n${line}`);
    return italic(`↪ Long passage ${n}: too long for a block, shown in full at the end`);
  }

  /** The long passages, as few text-only messages as fit; only a passage over Slack's own text limit is cut. */
  private addLongPassages(): void {
    const max = SLACK_LIMITS.textOnlyMax;
    const note = "\n…(cut: longer than a Slack message can hold; see the document itself)";
    let text = "";
    for (const passage of this.long) {
      const whole =
        passage.length <= max
          ? passage
          : `${passage.slice(0, max - note.length).replace(/&[a-z]*$/, "")}${note}`;
      if (text !== "" && text.length + 2 + whole.length > SLACK_LIMITS.textOnlyChars) {
        this.done.push({ blocks: [], chars: text.length, text });
        text = "";
      }
      text = text === "" ? whole : `${text}\n\n${whole}`;
    }
    if (text !== "") this.done.push({ blocks: [], chars: text.length, text });
  }

  private openSection(text: string): void {
    this.section = { type: "section", text: mrkdwn(text) };
    this.push(this.section);
  }

  private closeSection(): void {
    this.section = undefined;
  }

  private hasRoom(chars: number): boolean {
    return (
      this.current.blocks.length + 1 <= SLACK_LIMITS.blocksPerMessage &&
      this.current.chars + chars <= SLACK_LIMITS.messageChars
    );
  }

  private push(block: KnownBlock): void {
    this.current.blocks.push(block);
    this.current.chars += blockChars(block);
  }

  private finishMessage(): void {
    this.closeSection();
    if (this.current.blocks.at(-1)?.type === "divider") this.current.blocks.pop();
    if (this.current.blocks.length > 0) this.done.push(this.current);
    this.current = { blocks: [], chars: 0 };
  }

  private messages(fallback: string): SlackMessage[] {
    const n = this.done.length;
    return this.done.map((d, i) => ({
      text: d.text ?? (n > 1 ? `${fallback} (part ${i + 1} of ${n})` : fallback),
      blocks: d.blocks,
    }));
  }
}
