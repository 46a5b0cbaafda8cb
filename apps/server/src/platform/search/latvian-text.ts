// Latvian text for full-text search. PostgreSQL ships no Latvian stemmer, so words are folded and
// stemmed here, both when a text is indexed and when a query is parsed, and the database indexes
// the stems with its language-neutral 'simple' configuration.

/**
 * Lower case without diacritics: "Dzīvesvietas" → "dzivesvietas". People often type Latvian
 * without its diacritics, so the index and the query both drop them and meet in the middle.
 */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a folded text: runs of letters and digits. */
export function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Inflectional endings in the order they are tried (longest first where one ends another), as
 * they look once diacritics are gone. `vowels` is how many vowels the word must have more than to
 * lose the ending, so short words keep theirs; `palatal` marks endings after which a stem may
 * carry the j of palatalisation ("zivju" → "zivj" → "ziv", as "zivs" → "ziv").
 * Follows the light stemmer of Kaspars Balodis (as in Lucene's LatvianStemmer), folded. Its
 * endings of definite adjectives (-ajā, -ajam, -ajiem, …) are left out: without diacritics they
 * would cut the agent nouns that service names are full of ("vadītāja" → "vadit", but
 * "vadītājs" → "vaditaj").
 */
const ENDINGS: readonly { ending: string; vowels: number; palatal: boolean }[] = [
  { ending: 'iem', vowels: 2, palatal: true },
  { ending: 'ais', vowels: 2, palatal: false },
  { ending: 'ai', vowels: 2, palatal: false },
  { ending: 'ei', vowels: 2, palatal: false },
  { ending: 'am', vowels: 1, palatal: false },
  { ending: 'em', vowels: 1, palatal: false },
  { ending: 'im', vowels: 1, palatal: false },
  { ending: 'um', vowels: 1, palatal: false },
  { ending: 'us', vowels: 1, palatal: true },
  { ending: 'as', vowels: 1, palatal: false },
  { ending: 'es', vowels: 1, palatal: false },
  { ending: 'os', vowels: 1, palatal: true },
  { ending: 'ij', vowels: 1, palatal: false },
  { ending: 'is', vowels: 1, palatal: false },
  { ending: 'ie', vowels: 1, palatal: false },
  { ending: 'u', vowels: 1, palatal: true },
  { ending: 'a', vowels: 1, palatal: true },
  { ending: 'i', vowels: 1, palatal: true },
  { ending: 'e', vowels: 1, palatal: false },
  { ending: 'o', vowels: 1, palatal: false },
  { ending: 's', vowels: 0, palatal: false },
];
/** What a stem keeps at least, so "bērns" stays "bern" and "arī" is not cut to nothing. */
const SHORTEST_STEM = 3;

const vowelCount = (word: string) => word.match(/[aeiou]/g)?.length ?? 0;

/**
 * The stem of one folded word: its inflectional ending removed, so the cases of a noun meet
 * ("dzivesvieta", "dzivesvietas", "dzivesvietu" → "dzivesviet"; "transportlidzekla",
 * "transportlidzeklis" → "transportlidzekl"). Words with digits are kept whole.
 */
export function stemWord(word: string): string {
  if (/\d/.test(word)) return word;
  const vowels = vowelCount(word);
  for (const { ending, vowels: needed, palatal } of ENDINGS) {
    if (vowels > needed && word.length >= ending.length + SHORTEST_STEM && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      // A labial consonant takes a j before some endings: "zivju" (of fish) against "zivs".
      return palatal && /[bmpv]j$/.test(stem) ? stem.slice(0, -1) : stem;
    }
  }
  return word;
}

/**
 * Words too common to narrow a search; with prefix matching, "un" would otherwise demand a word
 * beginning with "un" in every result. Folded, as they are compared.
 */
const STOP_WORDS = new Set([
  // Latvian conjunctions, prepositions, particles and the forms of "būt"
  ...['un', 'vai', 'ar', 'par', 'uz', 'no', 'pie', 'pec', 'bez', 'lidz', 'ka', 'ko', 'kas', 'ari', 'ir', 'nav'],
  ...['bet', 'gan', 'jo', 'ja', 'ne', 'nu', 'tad', 'so', 'sis', 'ta', 'tas', 'to', 'ap', 'aiz', 'pa', 'pret'],
  // English
  ...['the', 'of', 'and', 'or', 'for', 'in', 'on', 'at', 'by', 'with', 'an', 'is', 'are', 'be', 'from'],
]);

/**
 * The search terms of a text: folded words, without stop words and single letters, stemmed. The
 * same function makes the terms of an indexed text and of a query, so they can meet.
 */
export function searchTerms(text: string): string[] {
  return wordsOf(foldText(text))
    .filter((word) => (word.length > 1 || /\d/.test(word)) && !STOP_WORDS.has(word))
    .map(stemWord);
}

/** The terms of several texts as one space-separated string, for `to_tsvector('simple', …)`. */
export function indexText(texts: readonly (string | null | undefined)[]): string {
  return texts.flatMap((text) => (text ? searchTerms(text) : [])).join(' ');
}

const MOST_QUERY_TERMS = 16;

/**
 * A query for `to_tsquery('simple', …)` that demands every term of the text as the beginning of
 * an indexed stem ("deklaresanu" → "deklaresan:*"), so a word typed in any case, or not finished
 * yet, finds its stem. Null when the text has no searchable word. Terms hold only letters and
 * digits, so nothing in the text can change the query's syntax.
 */
export function prefixQuery(text: string): string | null {
  const terms = [...new Set(searchTerms(text))].slice(0, MOST_QUERY_TERMS);
  return terms.length === 0 ? null : terms.map((term) => `${term}:*`).join(' & ');
}
