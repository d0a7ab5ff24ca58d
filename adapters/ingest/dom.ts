import { parseHTML } from "linkedom";

// The few DOM calls extraction makes, typed here: the project compiles without the browser's DOM
// types, and linkedom's own are its internal classes. One parse per page.

export interface PageNode {
  /** 1 for an element, 3 for text. */
  readonly nodeType: number;
  readonly textContent: string | null;
}

export interface PageElement extends PageNode {
  readonly tagName: string;
  readonly childNodes: ArrayLike<PageNode>;
  readonly parentElement: PageElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  remove(): void;
}

export interface PageDocument {
  readonly documentElement: PageElement;
  readonly body: PageElement | null;
  readonly title: string;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

export function parsePage(html: string): PageDocument {
  return parseHTML(html).document as unknown as PageDocument;
}

/** Text with runs of whitespace (line breaks, non-breaking spaces) made one space, as the reader does. */
export const isElement = (node: PageNode): node is PageElement => node.nodeType === 1;

export const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
