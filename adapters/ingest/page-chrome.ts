import { type PageDocument, type PageElement, squash } from "./dom.js";

// Removes what a page's markup itself marks as not the story, before Readability picks the
// article. Measured on generated pages (notes/issue-17.md): Readability alone kept the comment
// section of a short article (WordPress names it "comment-body" / "comment-content", and Readability
// reads "body" and "content" as signs of an article) and a newsletter box set inside the body.

/** Elements that by their HTML element or ARIA role are navigation, furniture or forms, never prose. */
const NOT_PROSE = [
  "nav",
  "aside",
  "header",
  "footer",
  "form",
  "dialog",
  "button",
  "select",
  "textarea",
  "noscript",
  "template",
  "iframe",
  "[role=navigation]",
  "[role=complementary]",
  "[role=banner]",
  "[role=contentinfo]",
  "[role=search]",
  "[role=dialog]",
  "[role=alertdialog]",
  "[aria-hidden=true]",
  "[hidden]",
].join(", ");

/**
 * Words publishing systems name page furniture with, matched as whole parts of a class or id
 * ("comment-list", "share_bar", "newsletter"): "commentary" or "shared-story" do not match.
 */
const FURNITURE = new Set([
  "comment",
  "comments",
  "disqus",
  "respond",
  "newsletter",
  "subscribe",
  "signup",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "share",
  "sharing",
  "social",
  "related",
  "relatedposts",
  "recommended",
  "recirculation",
  "promo",
  "advert",
  "advertisement",
  "outbrain",
  "taboola",
]);

/** An element holding more than this share of the page's text is the story's container, whatever its name. */
const MAX_SHARE_OF_PAGE = 0.5;

export function removePageChrome(document: PageDocument): void {
  const body = document.body;
  if (!body) return;
  const pageLength = squash(body.textContent).length;
  const furniture = Array.from(body.querySelectorAll("[class], [id]")).filter(isFurniture);
  for (const element of [...Array.from(body.querySelectorAll(NOT_PROSE)), ...furniture]) {
    if (squash(element.textContent).length <= pageLength * MAX_SHARE_OF_PAGE) element.remove();
  }
}

function isFurniture(element: PageElement): boolean {
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((part) => FURNITURE.has(part));
}
