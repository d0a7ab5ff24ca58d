// Whether a text names an act of the story: headlines and condemnations name the act they are about.

/** Every word of the act's label, by its stem: "bombing" is named by "bomber", "drone attack" by "attack of drone". */
export function namesAct(text: string, action: string): boolean {
  const stems = action
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/(?:ings?|ers?|ed|s)$/, ""))
    .filter((w) => w.length >= 3);
  return (
    stems.length > 0 &&
    stems.every((w) => new RegExp(`\\b${w.replace(/[^a-z]/g, "")}`).test(text.toLowerCase()))
  );
}
