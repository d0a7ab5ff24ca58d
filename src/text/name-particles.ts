import { nameKey } from "./name-key.js";
import type { NameMention } from "./names.js";

// A surname's lower-case particles ("Anna van der Berg", "Luiz da Silva") split the name finder's
// capitalised runs in two: a given name after a title, then the surname. They are one person.

const PARTICLES = /^\s+(?:(?:von|van|der|den|de|del|della|da|di|du|dos|ter|bin|ibn)\s+)+$/;

/** The mentions with each person's name joined across its surname's particles. */
export function joinedAcrossParticles(text: string, mentions: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const m of mentions) {
    const previous = out.at(-1);
    if (previous?.type === "person" && PARTICLES.test(text.slice(previous.end, m.start))) {
      const name = text.slice(previous.start, m.end);
      out[out.length - 1] = { ...previous, text: name, end: m.end, key: nameKey(name) };
    } else out.push(m);
  }
  return out;
}
