// Character tables the normalizer folds: invisible characters, letters that look like Latin ones,
// and the digit blocks people use to hide numbers.

/** Zero-width and formatting characters that can hide inside a word or number. */
export const INVISIBLE_CHARS = new Set<number>([
  0x00ad, // soft hyphen
  0x034f, // combining grapheme joiner
  0x061c, // Arabic letter mark
  0x180e, // Mongolian vowel separator
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, // zero-width space, non-joiner, joiner, LRM, RLM
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // bidi embeddings and overrides
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, // word joiner, invisible operators
  0x2066, 0x2067, 0x2068, 0x2069, // bidi isolates
  0xfe0e, 0xfe0f, // variation selectors (emoji presentation)
  0x20e3, // combining enclosing keycap: "4️⃣" reads as "4"
  0xfeff, // byte-order mark / zero-width no-break space
]);

/** Cyrillic and Greek letters that render like Latin ones, folded to the Latin letter. */
export const CONFUSABLE_LETTERS = new Map<number, string>(
  Object.entries({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
  }).map(([k, v]) => [k.codePointAt(0)!, v]),
);

/** [first code point, value of the first] for decimal digit blocks other than ASCII. */
export const DIGIT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0660, 0], // Arabic-Indic
  [0x06f0, 0], // Extended Arabic-Indic (Persian, Urdu)
  [0x0966, 0], // Devanagari
  [0x09e6, 0], // Bengali
  [0x0a66, 0], // Gurmukhi
  [0x0ae6, 0], // Gujarati
  [0x0be6, 0], // Tamil
  [0x0e50, 0], // Thai
  [0x1040, 0], // Myanmar
  [0x2080, 0], // subscripts
  [0xff10, 0], // full-width (also covered by the full-width ASCII fold)
];
