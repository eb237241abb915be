// stopwords-iso ships its lists as JSON with no types: language code → words.
declare module 'stopwords-iso' {
  const stopwords: Readonly<Record<string, readonly string[]>>;
  export default stopwords;
}
