import { matches } from "../../prefilter";
import meta from "../../../../../rules/contact/address/rule.json";
import { defineRule, detectionIn, type Detection } from "../../rule";
import { ADDRESS_CONTEXT_RE, EUROPEAN_ADDRESS_RE, LABELED_ADDRESS_RE, LEGAL_DOCUMENT_RE, STREET_ADDRESS_RE } from "../../patterns/contact";
import { AFTER_CONTRACT_RE } from "../../patterns/intent";
import { matchesOf } from "../shared";
import { JAPANESE_ADDRESS_RE, ADDRESS_INVITATION_AFTER_RE, BUILDING_FLOOR_ADDRESS_RE, ROOM_BUILDING_ADDRESS_RE, UK_POSTCODE_ADDRESS_RE, DIVISION_ADDRESS_RE, ENDS_WITH_PLACE_RE, NEXT_LINE_TOWN_POSTCODE_RE, PARCEL_ADDRESS_RE, PARCEL_WORD_AT_PART_RE, PO_BOX_RE, POSTAL_CONTEXT_RE, PREFIXED_STREET_RE, UNIT_ADDRESS_RE, WEAK_BOX_WORD_RE } from "../../lexicons/contact";
import { paragraphBefore, sentenceInParagraph } from "./paragraph";
import { placeholderContactDetections } from "./placeholder-contact";

/** Ends with a postcode ("VIC 3000", "20357 Hamburg", "NW1 6XE") or a city after a comma. */
const ENDS_WITH_POSTCODE_RE = /\d{4,5}(?:-\d{4})?$|\d{4,5}\s[A-Z][\w-]+$|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|,\s{0,3}[A-Z][\wçğıöşüİ]+$/;

/** The same parcel word opens two parts ("Phase 1, Phase 2, Review, Launch"): a list of stages, not an address. */
function isEnumeration(found: string): boolean {
  const words = [...found.matchAll(PARCEL_WORD_AT_PART_RE)].map((m) => m[1]!.toLowerCase());
  return new Set(words).size < words.length;
}

/** A stretch of the text, title-cased: `start` is its offset in the text, `text` has the same length. */
interface TitledStretch {
  start: number;
  text: string;
}

/**
 * The stretches after a word that speaks of an address, up to the end of its sentence, that are written in lower case
 * and hold a digit ("u can courier the sketchbooks to: house 14, street 6, block D, model town, lahore 54700"), each
 * with every ASCII word's first letter capitalized, so the address shapes, which know a place by its capital, read them
 * too. Only those stretches are scanned again, never the whole text (a long template has a few at most).
 */
function lowerCaseStretches(text: string): TitledStretch[] {
  const out: TitledStretch[] = [];
  for (let from = 0; from < text.length; ) {
    const nl = text.indexOf("\n", from);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(from, end);
    const cue = /\d/.test(line) ? ADDRESS_CONTEXT_RE.exec(line) ?? POSTAL_CONTEXT_RE.exec(line) : null;
    if (cue) {
      const at = cue.index + cue[0].length;
      // Up to the sentence's end: "... (name, address, website) for 1,500 agencies. $0.10 per row, 5 days" stops at "agencies."
      const stop = /[.!?](?:\s|$)/.exec(line.slice(at));
      const rest = line.slice(at, stop ? at + stop.index : line.length);
      if (/\d/.test(rest) && !/[A-Z][a-z]/.test(rest)) out.push({ start: from + at, text: rest.replace(/(?<![\p{L}\p{N}])[a-z](?=[a-z]*(?![\p{L}\p{N}.]))/gu, (c) => c.toUpperCase()) });
    }
    from = end + 1;
  }
  return out;
}

/** `re`'s matches in the titled stretches, at their offsets in the whole text. */
function titledMatches(re: RegExp, stretches: readonly TitledStretch[]): RegExpExecArray[] {
  return stretches.flatMap((s) => [...matchesOf(re, s.text)].map((m) => Object.assign(m, { index: s.start + m.index })));
}

// The finding is the clause that gives the address ("Our office is at 88 Flinders St, ..."), so
// that the rewrite replaces the offer itself rather than leaving "visit us at" behind.
export const contactAddress = defineRule("contact/address", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const clauses = ctx.clauses(view);
  const out: Detection[] = [];
  const stretches = lowerCaseStretches(text);
  for (const re of [STREET_ADDRESS_RE, EUROPEAN_ADDRESS_RE, LABELED_ADDRESS_RE, PREFIXED_STREET_RE, PARCEL_ADDRESS_RE, UNIT_ADDRESS_RE, DIVISION_ADDRESS_RE, BUILDING_FLOOR_ADDRESS_RE, ROOM_BUILDING_ADDRESS_RE, UK_POSTCODE_ADDRESS_RE, PO_BOX_RE, JAPANESE_ADDRESS_RE]) {
    // The parcel and unit shapes, written in lower case in chat, read the titled stretches too ("house 14, street 6, block
    // D, ..."); a street address does when it ends on a postcode ("9 oak lane fairhope al 36532"), so that a titled
    // "5 Stars And Close" is none.
    const candidates = [...matchesOf(re, text)];
    if (stretches.length && (re === PARCEL_ADDRESS_RE || re === UNIT_ADDRESS_RE || re === STREET_ADDRESS_RE)) {
      const at = new Set(candidates.map((m) => m.index));
      candidates.push(...titledMatches(re, stretches).filter((m) => !at.has(m.index) && (re !== STREET_ADDRESS_RE || /\d{4,6}\s*$/.test(m[0]))));
    }
    for (const m of candidates) {
      // Ends at a sentence end ("... Victoria Island. You are welcome": a capitalized word, then a lower-case one),
      // not at an abbreviation ("Brgy. Poblacion, Taytay", "P.O. Box 4471").
      const sentenceEnd = /\.[ \t]+[A-Z][a-z'’]*[ \t]+[a-z]/.exec(text.slice(m.index, m.index + m[0].length + 20));
      let found = (sentenceEnd && sentenceEnd.index < m[0].length ? m[0].slice(0, sentenceEnd.index) : m[0]).replace(/[\s,.]+$/, "");
      // A signature block: the town and postcode on the next line belong to the address.
      const nextLine = NEXT_LINE_TOWN_POSTCODE_RE.exec(text.slice(m.index + found.length, m.index + found.length + 80));
      if (nextLine) found += nextLine[0];
      if (re === PARCEL_ADDRESS_RE && isEnumeration(found)) continue;
      const end = m.index + found.length;
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const soft = paragraphBefore(text, m.index, 60);
      const weakBox = re === PO_BOX_RE && matches(WEAK_BOX_WORD_RE, m[1]!);
      const hasPostcode = !weakBox && (nextLine !== null || matches(ENDS_WITH_POSTCODE_RE, found) || (re !== STREET_ADDRESS_RE && matches(ENDS_WITH_PLACE_RE, found)));
      const context =
        matches(ADDRESS_CONTEXT_RE, before.slice(before.lastIndexOf("\n") + 1)) ||
        // A number, a name and a district is a weaker shape: only the words on its own line say it is an address.
        (re !== STREET_ADDRESS_RE && re !== DIVISION_ADDRESS_RE && (matches(ADDRESS_CONTEXT_RE, soft) || matches(POSTAL_CONTEXT_RE, soft))) ||
        matches(ADDRESS_INVITATION_AFTER_RE, text.slice(end, end + 120)); // "... Victoria Island. You are welcome to walk in"
      if (!hasPostcode && !context) continue;
      if (weakBox && !matches(POSTAL_CONTEXT_RE, soft)) continue;
      const around = sentenceInParagraph(text, m.index, end);
      const allowed = matches(LEGAL_DOCUMENT_RE, around) || matches(AFTER_CONTRACT_RE, around);
      // The clauses the address spans: "Send the drive to ul. Długa 15, 80-827 Gdańsk" is split at its comma.
      const spanned = clauses.filter((c) => c.start < end && m.index < c.end);
      const clause = spanned.length && spanned[0]!.start <= m.index ? { start: spanned[0]!.start, end: Math.max(end, spanned[spanned.length - 1]!.end) } : undefined;
      const [s, e] = clause && clause.end - clause.start <= (end - m.index) * 4 ? [clause.start, clause.end] : [m.index, end];
      out.push(detectionIn(view, s, e, allowed
        ? { severity: "information", replacement: null, message: "Address given for a legal document or for after the contract starts: allowed then." }
        : { severity: hasPostcode && context ? "error" : "warning" }));
    }
  }
  return [...out, ...placeholderContactDetections(ctx, "contact/address")];
});
