// Property tests over generated templates: lint never throws, ranges stay inside the document and
// on UTF-16 boundaries, fixes change only what they report and are idempotent; disguised contact
// details are found, innocent numbers are not.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { applyEdits, fixAll, lint, safeFixEdits } from "../../server/src/engine";
import { sentenceAround } from "../../server/src/engine/rewrite/sentence";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const prose = fc.constantFrom(
  "Hi {{client_name}},", "I build fast Shopify stores.", "Rate: $45/hour, 20 hours a week.", "Delivery by 2025-03-14.",
  "| Item | Price |\n|---|---|\n| Audit | $300 |", "```js\nconst x = 1;\n```", "- bullet one\n- bullet two", "> quoted line",
  "<!-- internal note -->", "---\ntitle: x\n---", "Version 4.2.1 of the plugin.", "😀 emoji and 𝟒𝟏𝟓 digits", "\r\n", "\u200b", "`code`",
);
const violation = fc.constantFrom(
  "Email me at jane.doe@gmail.com anytime.", "Call me on +1 415 555 0132.", "You can pay me via PayPal to skip the Upwork fee.",
  "Add me on Skype: live:jane_7", "Book a call at calendly.com/jane/intro.", "What's your WhatsApp?",
  "Leave me 5 stars and I'll refund 20%.", "I'll message you every day until you answer.", "My brother also uses this account.",
);
const template = fc.array(fc.oneof(prose, violation, fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 })), { maxLength: 25 }).map((parts) => parts.join("\n"));

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

describe("lint on generated markdown", () => {
  it("never throws, and every range is inside the text on UTF-16 boundaries", () => {
    fc.assert(
      fc.property(template, (text) => {
        const { findings, problems } = lint(text);
        for (const r of [...findings, ...problems]) {
          assert.ok(r.start >= 0 && r.end <= text.length && r.start <= r.end, `range ${r.start}-${r.end} outside ${text.length}`);
          for (const o of [r.start, r.end]) assert.ok(o === 0 || o === text.length || !isHighSurrogate(text.charCodeAt(o - 1)), `offset ${o} splits a surrogate pair`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("applying all fixes changes only text inside the sentences of the reported ranges", () => {
    fc.assert(
      fc.property(template, (text) => {
        const findings = lint(text).findings;
        const edits = safeFixEdits(findings);
        const { text: out, applied } = applyEdits(text, edits);
        // Rebuild the output from the untouched gaps and the edits: anything else changed is a bug.
        let at = 0;
        let rebuilt = "";
        for (const e of applied) {
          const protect = findings.map((f) => [f.start, f.end] as const);
          const inSentence = (f: (typeof findings)[number]) => {
            const s = sentenceAround(text, f.start, f.end, protect);
            return Math.min(s.start, f.start) <= e.start && e.end <= Math.max(s.end, f.end);
          };
          assert.ok(findings.some(inSentence), "an edit outside the sentence of every finding");
          rebuilt += text.slice(at, e.start) + e.text;
          at = e.end;
        }
        assert.equal(rebuilt + text.slice(at), out);
      }),
      { numRuns: RUNS },
    );
  });

  it("fix-all is idempotent and leaves no safe fix behind", () => {
    fc.assert(
      fc.property(template, (text) => {
        const once = fixAll(text, (t) => lint(t).findings).text;
        assert.equal(fixAll(once, (t) => lint(t).findings).text, once);
        assert.deepEqual(lint(once).findings.filter((f) => f.fix?.safe).map((f) => f.ruleId), []);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

// Generated disguises of a known email and phone number must be found, covering the original text.
const user = fc.constantFrom("jane.doe", "kwame", "li.wei88", "ana_m");
const provider = fc.constantFrom("gmail", "outlook", "proton", "yahoo");
const tld = fc.constantFrom("com", "me", "net");
const at = fc.constantFrom("@", " @ ", " [at] ", " (at) ", " {at} ", "＠", " at ");
const dot = fc.constantFrom(" [dot] ", " (dot) ", " dot ", "．");
const zw = fc.constantFrom("", "\u200b", "\u00ad", "\u200c");

describe("disguised contact details are found", () => {
  it("emails in any spelling", () => {
    fc.assert(
      fc.property(user, provider, tld, at, dot, zw, fc.constantFrom("Write to ", "Reach me at ", "Email: ", ""), (u, p, t, a, d, z, lead) => {
        const email = `${u}${a}${p.slice(0, 2)}${z}${p.slice(2)}${d}${t}`;
        const text = `Thanks for the brief. ${lead}${email} — talk soon.`;
        const found = lint(text).findings.filter((f) => f.ruleId === "contact/email");
        const start = text.indexOf(email);
        assert.ok(found.some((f) => f.start <= start && f.end >= start + email.length), `missed ${JSON.stringify(email)} in ${JSON.stringify(text)}`);
      }),
      { numRuns: RUNS },
    );
  });

  const groupings = fc.constantFrom(" ", "-", ".", " - ", "  ", "\u200b");
  const digitStyle = fc.constantFrom("ascii", "fullwidth", "arabic", "math");
  const styleDigits = (s: string, style: string) =>
    s.replace(/\d/g, (d) => {
      const n = Number(d);
      if (style === "fullwidth") return String.fromCharCode(0xff10 + n);
      if (style === "arabic") return String.fromCharCode(0x0660 + n);
      if (style === "math") return String.fromCodePoint(0x1d7ce + n);
      return d;
    });
  it("phone numbers with any grouping and digits, after a phone word", () => {
    fc.assert(
      fc.property(fc.constantFrom(["+1", "415", "555", "0132"], ["+44", "7700", "900", "123"], ["+91", "98765", "43210"], ["+234", "803", "555", "0147"]), groupings, digitStyle, fc.constantFrom("Call me on ", "WhatsApp: ", "Text me at "), (parts, sep, style, lead) => {
        const phone = styleDigits(parts.join(sep), style);
        const text = `Happy to help. ${lead}${phone} any time.`;
        const found = lint(text).findings.filter((f) => f.ruleId === "contact/phone");
        const start = text.indexOf(phone);
        assert.ok(found.some((f) => f.start <= start && f.end >= start + phone.length), `missed ${JSON.stringify(phone)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("innocent numbers are never flagged", () => {
    const innocent = fc.oneof(
      fc.integer({ min: 1, max: 99999 }).map((n) => `$${n.toLocaleString("en-US")}`),
      fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([a, b, c]) => `v${a}.${b}.${c}`),
      fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
      fc.integer({ min: 1000, max: 65535 }).map((n) => `port ${n}`),
      fc.integer({ min: 1950, max: 2035 }).map(String),
      fc.integer({ min: 10000000, max: 99999999 }).map((n) => `order #${n}`),
      fc.constantFrom("ISBN 978-0-306-40615-7", "ISO 9001", "10:30 CET", "1,400 stores", "50,000 words"),
    );
    fc.assert(
      fc.property(fc.array(innocent, { minLength: 1, maxLength: 6 }), (nums) => {
        const text = `Budget and scope: ${nums.join(", ")}.`;
        assert.deepEqual(lint(text).findings.map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»`), []);
      }),
      { numRuns: RUNS },
    );
  });
});
