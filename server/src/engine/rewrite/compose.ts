// Composing the rewritten body from clauses: which clauses offend, keep or go in each mode ("clauses",
// "runs", "merged", "whole"), and how the rewritten runs and the kept clauses are joined back.

import { LEXICON, swapPhrases } from "./lexicon";
import type { Sentence, SentenceClause } from "./sentence";
import { shapeOf, withoutConnector } from "./shape";
import { danglingOf, dangles, isOwnLine } from "./reading-checks";
import { byPriority, type Region } from "./targets";
import { upperFirst, lowerFirst } from "./text";
import { ASKABLE_STATEMENT_RE } from "./touch-ups";
import { BARE_CHANNEL_ONLY_RE } from "./regions";
import { TAG_QUESTION_RE, CLIENT_OWNED_RE, SUBJECT_ONLY_RE, NAME_ASIDE_RE } from "./sentence-patterns";
import { rewriteRun } from "./rewrite-run";
import { FRAME_RE, deniesOffPlatform } from "./frames";
import { withoutDanglingConjunct } from "./clause-removal";
import { swapChannelPlace, channelVerbSwapped, swapVisit } from "./place-swaps";

export type Mode = "clauses" | "runs" | "merged" | "whole";
type State = "keep" | "offend" | "drop";

/** Builds the rewritten body in one mode: runs of offending clauses, one merged run, or the whole. */
export function compose(source: string, sentence: Sentence, clauses: SentenceClause[], regions: Region[], mode: Mode, swapping: boolean): { text: string; phrase: string } | undefined {
  const text = (c: SentenceClause) => source.slice(c.start, c.end);
  const overlaps = (c: SentenceClause) => regions.filter((r) => r.start < c.end && r.end > c.start);
  const state: State[] = clauses.map((c) => (mode === "whole" || overlaps(c).length ? "offend" : "keep"));
  if (mode === "merged") {
    const first = state.indexOf("offend");
    const last = state.lastIndexOf("offend");
    for (let i = first; i <= last; i++) state[i] = "offend";
  }
  // A clause that only made sense beside the removed part goes with it.
  const dangling = danglingOf(regions.map((r) => r.book));
  const swaps = new Map<number, string>();
  const names = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    clauses.forEach((c, i) => {
      if (state[i] !== "keep" || swaps.has(i) || !(state[i - 1] && state[i - 1] !== "keep") && !(state[i + 1] && state[i + 1] !== "keep")) return;
      // "find my page on Facebook — Clara Bakes Cakes — and ...": a bare name after a channel is the page's name.
      // (and the place after the name: "— Lena Hartmann, Munich")
      const nameAside = NAME_ASIDE_RE.test(text(c)) && ((state[i - 1] === "offend" && /[—–-]/.test(c.sep) && overlaps(clauses[i - 1]!).some((r) => r.family === "contact")) || names.has(i - 1));
      if (nameAside) names.add(i);
      // "could you fill in my intake form? https://...": the sentence that introduced the detail goes with it.
      const intro = (sentence.joins ?? []).includes(c.end) && state[i + 1] !== "keep" && LEXICON.channelNouns.occursIn(text(c));
      // ("text me anytime" beside a removed number: the channel's own verb points at it too)
      const channelVerb = regions.every((r) => r.family === "contact") ? channelVerbSwapped(text(c), regions.map((r) => r.book)) : undefined;
      // (the client's own channels, "your company's LinkedIn page", point at nothing that was removed)
      // (a clause that denies going off Upwork, "I never ask to be paid outside Upwork", is the rules kept: it stays as written)
      // (and a channel's own verb left alone, "please add", only asked to use the removed detail)
      if (!nameAside && !intro && !channelVerb && !BARE_CHANNEL_ONLY_RE.test(text(c)) && (!dangles(text(c).replace(CLIENT_OWNED_RE, " "), dangling) || deniesOffPlatform(text(c)))) return;
      // "Happy to walk you through it on the phone" keeps its point: "... here on Upwork".
      // ("please add" -> "please message me here on Upwork": the verb asked to reach me, which is done here)
      const bare = BARE_CHANNEL_ONLY_RE.exec(text(c));
      const bareSwapped = bare && regions.every((r) => r.family === "contact") ? text(c).replace(/(?:add|ping|text|call|ring|dm|pm)(?:\s+(?:me|us))?(?=(?:\s+(?:anytime|any\s+time|whenever))?\s*[.!]?\s*$)/i, "message me here on Upwork") : undefined;
      const swapped = swapping && !nameAside ? (bareSwapped ?? channelVerb ?? swapChannelPlace(text(c), regions.map((r) => r.book)) ?? swapVisit(text(c), regions) ?? withoutDanglingConjunct(text(c), dangling)) : undefined;
      if (swapped !== undefined) swaps.set(i, swapped);
      else state[i] = "drop";
      changed = true;
    });
  }
  // "My Gmail is x@y.com, so just drop the files there": once the next clause points here on Upwork,
  // a clause that only stated the detail has nothing left to say.
  if (mode === "clauses" && [...swaps.values()].some((t) => /\bUpwork\b/.test(t))) {
    clauses.forEach((c, i) => {
      if (state[i] === "offend" && shapeOf(text(c), "", false) === "statement" && !LEXICON.locatedLeads.occursIn(text(c))) state[i] = "drop";
    });
  }
  // "Even though we start on Upwork, I'd like to move the work to a direct agreement": once the rest stays on
  // Upwork, a concession that set Upwork against it says nothing.
  if (state[0] === "keep" && LEXICON.concessiveOpeners.startOf(text(clauses[0]!)) && /\b(?:Upwork|the platform|here)\b/i.test(text(clauses[0]!)) && state.slice(1).includes("offend") && regions.every((r) => r.family === "circumvention")) state[0] = "drop";
  // "My portfolio site, www.x.com, has a chat widget ...": once its predicate went, the subject goes too.
  if (state[0] === "keep" && clauses[1]?.sep.trim() === "," && state.slice(1).every((x) => x !== "keep") && SUBJECT_ONLY_RE.test(text(clauses[0]!))) state[0] = "drop";
  const terminal = source.slice(sentence.end, sentence.close);
  // A joined question may not end up closing the sentence with the last sentence's full stop
  // ("Have you seen my portfolio? It's @x." keeps a clause after the question).
  const lastKept = state.map((x) => x !== "drop").lastIndexOf(true);
  const closer = /^[.!?…]+/.exec(clauses[lastKept + 1]?.sep ?? "")?.[0];
  if (lastKept >= 0 && closer && closer !== terminal.replace(/["'”’)\]]+$/, "")) {
    const last = clauses.length - 1;
    if (overlaps(clauses[last]!).length) state[last] = "offend";
  }
  const ownLine = isOwnLine(source, sentence);
  // Lowercase only when the sentence opens with a lowercase word (not a link or a handle)
  const startsUpper = !/^[\s*_"'(\[]*\p{Ll}[\p{L}']*(?:[\s,]|$)/u.test(source.slice(sentence.start, sentence.end));
  const pieces: { text: string; sep: string; fromClause: number; generic?: boolean }[] = [];
  let pendingSep: string | undefined;
  let phrase = "";
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (state[i] === "drop") {
      pendingSep ??= c.sep;
      continue;
    }
    const sep = pieces.length === 0 ? "" : (pendingSep ?? c.sep);
    pendingSep = undefined;
    if (state[i] === "keep") {
      pieces.push({ text: swaps.get(i) ?? text(c), sep, fromClause: i });
      continue;
    }
    const runStart = i;
    let j = i;
    // Clause by clause, unless one finding spans the break (a clause-level finding is rewritten whole).
    const spans = (a: SentenceClause, b: SentenceClause) => regions.some((r) => r.clauseLevel && r.start < a.end && r.end > b.start);
    while (j + 1 < clauses.length && state[j + 1] === "offend" && (mode !== "clauses" || spans(clauses[j]!, clauses[j + 1]!))) j++;
    const last = clauses[j]!;
    const inRun = regions.filter((r) => r.start < last.end && r.end > c.start);
    const isLast = state.slice(j + 1).every((x) => x === "drop");
    const written = rewriteRun(source, c.start, last.end, inRun, {
      // (a run that ends a joined sentence has that sentence's terminal: "Are you on Skype?")
      terminal: isLast ? terminal : (/^[.!?…]+/.exec(clauses[j + 1]?.sep ?? "")?.[0] ?? ""),
      ownLine,
      atStart: pieces.length === 0,
      before: pieces.map((p) => p.sep + p.text).join(""),
      startsUpper,
      whole: mode === "merged" || mode === "whole",
      isLastRun: isLast,
      cell: /\|\s*$/.test(source.slice(Math.max(0, sentence.start - 3), sentence.start)),
      // (a short phrase after a label the line opened with goes on in lower case: "**Reach me:** via Upwork messages")
      afterLabel: /:(?:\*\*|__)?[ \t]*$/.test(source.slice(source.lastIndexOf("\n", sentence.start - 1) + 1, sentence.start)),
    });
    i = j;
    // A reward, a withheld file or a follow-up schedule in the middle of a sentence goes rather than
    // take a whole-sentence phrase: "The cut comes graded, and if you review I'll add subtitles, so ..."
    // (a clause after it stands when it opens with a subject, "and" or "then"; "so it's ready" leaned on what came before)
    // (nor one opened by "as", "because", "although": "As I'm building my JSS" is no sentence alone)
    const dependent = (c: SentenceClause) => LEXICON.conditionOpeners.startOf(withoutConnector(text(c))) !== undefined || LEXICON.subordinators.startOf(withoutConnector(text(c))) !== undefined;
    // (a discourse tag alone, "Just so you know", "fair warning", is no sentence either)
    // (nor a connector alone, "Plus, I'll ping you daily": "Plus." says nothing)
    const tagOnly = (c: SentenceClause) => {
      const bare = withoutConnector(text(c)).replace(/[\s.!?,]+$/, "");
      return bare === "" || LEXICON.discourseTags.startOf(bare)?.length === bare.length;
    };
    const standing = clauses.some((c, k) => state[k] === "keep" && !tagOnly(c) && (k < runStart ? !dependent(c) : k > j && !/^\s*so\b/i.test(text(c)) && !dependent(c)));
    // (and a condition that only asked for a detail, "Once I have your Telegram handle, I'll share updates")
    const askedFirst = LEXICON.conditionOpeners.startOf(withoutConnector(text(c))) !== undefined && !new RegExp(FRAME_RE.source, "iu").test(source.slice(c.start, clauses[j]!.end)) && inRun.every((r) => r.family === "contact") && clauses.some((c, k) => k > j && state[k] === "keep" && !dependent(c));
    // (and a concession that held the offending part, before a main clause that stands: "Although I'm quicker on Telegram (@x), I'll keep all files here")
    const conceded = runStart === 0 && LEXICON.concessiveOpeners.startOf(text(c)) !== undefined && clauses.some((k2, k) => k > j && state[k] === "keep" && !dependent(k2) && !/^\s*so\b/i.test(text(k2)));
    // (a follow-up schedule that closes the sentence after a dash or semicolon is said once in its place: "Don't worry if you're busy — I'll ping you hourly" keeps its dash)
    // (after ", and" too, the "and" kept: "..., and I'll follow up daily until you decide" -> "..., and I'll wait to hear from you")
    const andJoined = /^\s*,\s*$/.test(sep) && /^\s*and\s/i.test(text(c));
    // (only where the book's whole phrase would stand, and not after words that chase too: "Sending this again — and I'll resend it daily" -> "Sending this again")
    const chasing = LEXICON.findingCues.get("spam")!.occursIn(pieces.map((p) => p.text).join(" "));
    const saidOnce = written.generic && !chasing && pieces.length > 0 && isLast && (/^\s*[—–;]|^\s+-\s/.test(sep) || andJoined) && inRun.every((r) => r.family === "spam");
    if (saidOnce) {
      const closer = terminal.includes("?") ? LEXICON.followUpCloser.question : LEXICON.followUpCloser.statement;
      pieces.push({ text: (andJoined ? "and " : "") + closer, sep, fromClause: runStart });
      phrase ||= closer;
      continue;
    }
    const droppable = conceded || written.generic && (standing && inRun.every((r) => r.family !== undefined && LEXICON.droppableFamilies.has(r.family)) || askedFirst);
    // (a table cell keeps a short phrase in the detail's place: "Upwork messages, replies in 10 min")
    const cellHead = pieces.length === 0 && !state.slice(j + 1).includes("offend") && /\|\s*$/.test(source.slice(Math.max(0, sentence.start - 3), sentence.start));
    if (droppable || (written.bare && !cellHead && (pieces.length > 0 || state.some((x, k) => k > j && x !== "drop")))) {
      // A signature's or a list's detail goes, and the rest of the line stands: "Best, Jane — jane@x.com".
      // (a reason that was a clause of its own stays in the run's place: "Please reply me, I think maybe ...")
      if (droppable && written.reason && pieces.length > 0) {
        pieces.push({ text: written.reason, sep, fromClause: runStart });
        continue;
      }
      if (pieces.length > 0) pendingSep = sep;
      continue;
    }
    phrase ||= written.phrase;
    // (a tail left by a removed list item joins the clause before it: "your full name so I can ...")
    pieces.push({ text: written.text, sep: written.glue && pieces.length > 0 ? " " : sep, fromClause: runStart, generic: written.generic && !LEXICON.leadingConnectors.startOf(text(c)) && shapeOf(text(c), "", false) === "statement" });
  }
  // "just message me here on Upwork and I will send them, my address is below": once another clause points
  // here on Upwork, a statement that the book's whole phrase stood in for says nothing more (one that
  // opened with "and" or "but" added a step of its own and stays).
  if (mode === "clauses" && pieces.length > 1) {
    const generic = pieces.findIndex((p) => p.generic);
    // (not a joined sentence's own statement: "Are you on WhatsApp? Mine is +44 ..." keeps its question mark before it)
    if (generic > 0 && !/[.!?]/.test(pieces[generic]!.sep) && pieces.some((p, k) => k !== generic && !p.generic && /\bUpwork\b/.test(p.text))) pieces.splice(generic, 1);
  }
  // "..., or do you prefer to get them in the Upwork messages?": once the rewrite asks here on Upwork, an
  // alternative that offered Upwork says it again.
  if (pieces.some((p) => state[p.fromClause] !== "keep" && /\bhere on Upwork\b/.test(p.text))) {
    for (let k = pieces.length - 1; k > 0; k--) {
      const p = pieces[k]!;
      if (state[p.fromClause] === "keep" && /^\s*or\b/i.test(p.text) && /\bUpwork\b/.test(p.text) && !/[.!?]/.test(p.sep)) pieces.splice(k, 1);
    }
    // (a statement now left to carry the question mark is asked: "I can send you the wireframes here on Upwork?" -> "Could I send ...")
    const only = pieces.length === 1 && !TAG_QUESTION_RE.test(pieces[0]!.text) ? ASKABLE_STATEMENT_RE.exec(pieces[0]!.text) : undefined;
    if (only && terminal.includes("?")) pieces[0]!.text = `${only[1]}${startsUpper ? "Could" : "could"} ${only[2] === "I" ? "I" : "we"} ${pieces[0]!.text.slice(only[0].length)}`;
  }
  // "I can start today — but honestly, it's easier if we skip Upwork": a connector and a discourse tag alone
  // set up the part that went, and go before its rewrite ("— we'll keep all work on Upwork").
  for (let k = pieces.length - 2; k >= 0; k--) {
    const p = pieces[k]!;
    const next = pieces[k + 1]!;
    const bare = withoutConnector(p.text).replace(/[\s,]+$/, "");
    if (state[p.fromClause] !== "keep" || state[next.fromClause] === "keep" || !/\bUpwork\b/.test(next.text) || !/^\s*(?:but|and|yet|though)\s/i.test(p.text) || LEXICON.discourseTags.startOf(bare)?.length !== bare.length) continue;
    pieces.splice(k, 1);
    next.sep = k === 0 ? "" : p.sep;
    if (k === 0 && startsUpper) next.text = upperFirst(next.text);
  }
  // "If you're happy, a review helps a lot; if you're not, please tell me before rating so ...": a condition left
  // closing the sentence once its main clause went says nothing, and goes too ("If you're happy, a review helps a lot").
  const tail = pieces[pieces.length - 1];
  if (tail && pieces.length > 1 && state[tail.fromClause] === "keep" && tail.fromClause < clauses.length - 1 && LEXICON.conditionOpeners.startOf(withoutConnector(tail.text)) !== undefined && !/,/.test(tail.text)) pieces.pop();
  // "Did you see my last five messages, or should I keep sending them every few hours?": once the repeating part
  // went, a kept clause that still counts the messages says it once ("Did you see my message?").
  if (regions.every((r) => r.family === "spam")) for (const p of pieces) if (state[p.fromClause] === "keep") p.text = swapPhrases(p.text, LEXICON.followUpSwaps);
  // "A, B, and if you ever pass through, my address is ...": the "and" of a dropped last clause goes on to the
  // clause that now ends the list ("A, B, and I'm happy to share my address here on Upwork ...").
  const lastPiece = pieces[pieces.length - 1];
  if (lastPiece && pieces.length > 1 && /^\s*,\s*$/.test(lastPiece.sep) && !LEXICON.leadingConnectors.startOf(lastPiece.text)) {
    const prevFrom = pieces[pieces.length - 2]!.fromClause;
    const droppedAnd = clauses.some((c, k) => k > prevFrom && k < lastPiece.fromClause && state[k] === "drop" && /^\s*and\s/i.test(text(c)));
    if (droppedAnd) lastPiece.text = `and ${lowerFirst(lastPiece.text)}`;
  }
  if (pieces.length === 0) return undefined;
  // "Fill in the contact form on my site, www.x.com, and I'll reply the same day": the invitation that
  // opened the sentence went with its detail, so the sentence asks here on Upwork instead.
  const opener = clauses[0] && state[0] === "drop" && shapeOf(text(clauses[0]), "", false) === "invitation";
  if (opener && pieces[0]!.fromClause > 0 && !pieces.some((p) => /\bUpwork\b/.test(p.text)) && regions.every((r) => r.family === "contact") && LEXICON.leadingConnectors.startOf(pieces[0]!.text)) {
    const book = byPriority(regions.map((r) => r.book));
    pieces.unshift({ text: startsUpper ? upperFirst(book.invitation) : book.invitation, sep: "", fromClause: 0 });
    pieces[1]!.sep = " ";
    phrase ||= book.invitation;
  }
  const head = pieces[0]!;
  if (head.fromClause > 0 && (state[head.fromClause] === "keep" || !/^\p{Lu}/u.test(head.text))) {
    // The clause that opened the sentence went: the next one opens it now ("and I'll draft" -> "I'll draft").
    const stripped = withoutConnector(head.text) === head.text.toLowerCase() ? head.text : head.text.slice(head.text.length - withoutConnector(head.text).length);
    head.text = startsUpper ? upperFirst(stripped) : stripped;
  }
  // "If you want to see the pieces, [our showroom is at ...,] and you're welcome to ...": once the main clause
  // between them went, the "and" that joined it has nothing to join.
  for (let k = 1; k < pieces.length; k++) {
    const prev = pieces[k - 1]!;
    const dependentPrev = LEXICON.conditionOpeners.startOf(withoutConnector(prev.text)) !== undefined || LEXICON.subordinators.startOf(withoutConnector(prev.text)) !== undefined;
    if (dependentPrev && pieces[k]!.fromClause > prev.fromClause + 1 && /^\s*and\s+/i.test(pieces[k]!.text) && pieces.length === k + 1) pieces[k]!.text = pieces[k]!.text.replace(/^\s*and\s+/i, "");
  }
  // After a joined sentence's terminal ("? "), the next clause opens a sentence: "? And my DMs" -> "? My DMs".
  for (const p of pieces.slice(1)) {
    if (!/[.!?]["')\]]*\s+$/.test(p.sep)) continue;
    const bare = withoutConnector(p.text);
    p.text = upperFirst(bare === p.text.toLowerCase() ? p.text : p.text.slice(p.text.length - bare.length));
  }
  return { text: pieces.map((p) => p.sep + p.text).join(""), phrase };
}
