import { nameKey } from "./name-key.js";

// A surname's lower-case particles ("Anna van der Berg", "Ines da Costa") split the name finder's
// capitalised runs in two: a given name after a title, then the surname. They are one person.

const PARTICLES = /^\s+(?:(?:von|van|der|den|de|del|della|da|di|du|dos|ter|bin|ibn)\s+)+$/;

/** What a name mention is here: where it stands, what it is and its key (names.ts's NameMention). */
interface Spanned {
  text: string;
  start: number;
  end: number;
  type: string;
  key: string;
}

/** The mentions with each person's name joined across its surname's particles. */
export function joinedAcrossParticles<M extends Spanned>(text: string, mentions: M[]): M[] {
  const out: M[] = [];
  for (const m of mentions) {
    const previous = out.at(-1);
    if (previous?.type === "person" && PARTICLES.test(text.slice(previous.end, m.start))) {
      const name = text.slice(previous.start, m.end);
      out[out.length - 1] = { ...previous, text: name, end: m.end, key: nameKey(name) };
    } else out.push(m);
  }
  return out;
}
