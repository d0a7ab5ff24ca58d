// What a renderer decides (what to say, in which order) before the packer decides where it goes.

/** One thing to show, as escaped mrkdwn lines: kept together when they fit; a line is never cut. */
export type Item = string[];

export interface Part {
  /** Escaped mrkdwn, shown above the items and repeated, marked continued, in a later message. */
  heading: string;
  items: Item[];
}

export interface Layout {
  /** Plain text for the header block (escaped and shortened by the packer). */
  title: string;
  /** Escaped mrkdwn lines for the context block under the header. */
  context: string[];
  parts: Part[];
  /** Plain text for the notification fallback of every message (escaped by the packer). */
  fallback: string;
}
