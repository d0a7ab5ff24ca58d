// The language model ships WordNet's irregular verb forms as a plain table (form → base).
declare module "wink-eng-lite-web-model/dist/wn-verb-exceptions.js" {
  const bases: Record<string, string>;
  export default bases;
}
