// Whether a text names an act of the story: headlines and condemnations name the act they are about.

/** "strike" and "attack" alone head every attack's headline and statement: they name no act in particular. */
const isGenericAct = (action: string) => /^(?:strike|attack)$/i.test(action.trim());

/** "air strike", "air-strike" and "airstrike" are one word for the purpose of naming an act. */
const compound = (text: string) =>
  text.toLowerCase().replace(/\b(air|drone|missile|rocket)[\s-]+(strike|attack)/g, "$1$2");

/** Every word of the act's label, by its stem: "bombing" is named by "bomber", "drone attack" by "attack of drone". */
export function namesAct(text: string, action: string): boolean {
  if (isGenericAct(action)) return false;
  const stems = compound(action)
    .split(/[\s-]+/)
    .map((w) => w.replace(/(?:ings?|ers?|ed|s)$/, ""))
    .filter((w) => w.length >= 3);
  const said = compound(text);
  return stems.length > 0 && stems.every((w) => new RegExp(`\\b${w.replace(/[^a-z]/g, "")}`).test(said));
}
