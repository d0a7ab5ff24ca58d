// What a renderer decides (what to say, in which order) before the packer decides where it goes.

/** One thing to show, as escaped markdown lines: kept together when they fit. */
export type Item = string[];

export interface Part {
  /** Our own heading (escaped where it holds corpus text); repeated, marked continued, on later embeds. */
  title: string;
  items: Item[];
  color: number;
}
