import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

// One wink instance per process: only the first instance can learn custom patterns, and loading the
// model is the most expensive step of start-up. It runs only the steps the engine reads (sentence
// boundaries, parts of speech): negation, sentiment and entity recognition would change no token,
// tag or sentence the engine sees, and take two fifths of the reading time.
export const nlp = winkNLP(model, ["sbd", "pos"]);
export const its = nlp.its;
export const as = nlp.as;
