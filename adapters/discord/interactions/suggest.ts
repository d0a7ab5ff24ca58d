import type { APIApplicationCommandOptionChoice } from "discord.js";
import { findCommand } from "../../../src/index.js";
import type { CorpusSource } from "../../runtime.js";

const MAX_CHOICES = 25;
const MAX_CHOICE = 100;

/** Autocomplete: the corpus's topics or aspects that match what was typed, prefix matches first. */
export function suggestChoices(
  corpus: CorpusSource,
  commandName: string,
  optionName: string,
  typed: string,
): APIApplicationCommandOptionChoice<string>[] {
  const option = findCommand(commandName)?.options.find((o) => o.name === optionName);
  const state = corpus.state();
  if (!option?.suggest || !state.ok) return [];
  const all = option.suggest === "topics" ? state.service.topics() : state.service.aspects();
  // What Discord sends is bounded by the option's max_length; a longer text matches nothing anyway.
  const needle = typed.slice(0, MAX_CHOICE).trim().toLowerCase();
  const fits = all.filter((v) => v.length > 0 && v.length <= MAX_CHOICE);
  const starts = fits.filter((v) => v.toLowerCase().startsWith(needle));
  const contains = fits.filter(
    (v) => !v.toLowerCase().startsWith(needle) && v.toLowerCase().includes(needle),
  );
  return [...new Set([...starts, ...contains])].slice(0, MAX_CHOICES).map((v) => ({ name: v, value: v }));
}
