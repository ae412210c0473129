// natural's deep module paths ship no type declarations; importing them avoids loading all of
// natural (0.5 s, and dotenv printing to stdout). See ../shared/notes/toolchain.md.
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
