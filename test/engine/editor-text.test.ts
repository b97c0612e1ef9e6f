// The text a user reads: messages quoting what was found, the short hover (escaped markdown, the
// Upwork rule or a style note, the fix consistent with the quick fix), suppressions as data, and the
// plain text "Copy for Upwork" and `proposal-lint export` give.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  addSuppression, applySuppressions, escapeMarkdown, exportBlockers, hoverSummary, lint, lintTemplateLibrary, messageWithQuote, parseSuppressions,
  quoteFound, serializeSuppressions, toPlainText, type Finding,
} from "../../server/src/engine";

describe("messages quote what was found", () => {
  it("quotes the flagged text after the rule's message, like cspell's Unknown word (xyz)", () => {
    const [f] = lint("Hi {{client_name}}, email me at jane@x.com today.").findings;
    assert.equal(f!.message, 'Email address shared before a contract ("email me at jane@x.com")');
  });

  it("shortens long quotes to 40 UTF-16 units with an ellipsis at a word end, whitespace collapsed, never splitting a surrogate pair", () => {
    assert.equal(quoteFound("a\n  b"), "a b");
    const long = "You can pay me via PayPal to skip the Upwork fee and save twenty percent";
    assert.equal(quoteFound(long), "You can pay me via PayPal to skip the…");
    assert.equal(quoteFound("x".repeat(38) + "😀😀"), "x".repeat(38) + "…");
    assert.equal(quoteFound("x".repeat(37) + "😀😀"), "x".repeat(37) + "😀…");
    assert.equal(messageWithQuote("Phone number shared before a contract.", "+1 415 555 0132"), 'Phone number shared before a contract ("+1 415 555 0132")');
  });

  it("quotes after a detector's own message, unless that message already quotes the text", () => {
    const [link] = lint("Hi {{client_name}}, book a call at calendly.com/jane/30min today.").findings;
    assert.equal(link!.message, 'Link to a booking page: schedule calls through Upwork before a contract ("book a call at calendly.com/jane/30min")');
    const [malformed] = lint("Hi {{client_name}, thanks for the brief.").findings;
    assert.equal(malformed!.message, `Malformed placeholder "{{client_name}": its {} delimiters don't match, so it would be sent as typed.`);
  });
});

describe("hover summary", () => {
  const finding = (over: Partial<Finding>): Finding => ({ ruleId: "contact/email", family: "contact", severity: "error", message: "m", start: 0, end: 1, ...over });

  it("escapes markdown in finding text: <<budget>> stays visible, [Client Name] is no link", () => {
    assert.equal(escapeMarkdown("<<budget>> and [Client Name] *x*"), "\\<\\<budget\\>\\> and \\[Client Name\\] \\*x\\*");
    assert.equal(escapeMarkdown("jane@x.com, https://x.io, www.y.io"), "jane\\@x.com, https\\://x.io, www\\.y.io", "no autolinks");
  });

  it("files placeholder-style as a style note, with the fix the quick fix applies", () => {
    const lib = lintTemplateLibrary([
      { path: "a.md", text: "Hi {{client_name}}, about {{project}}." },
      { path: "b.md", text: "Hi {{client_name}}, re {{project}}." },
      { path: "c.md", text: "Hi {{client_name}}, budget <<budget>>." },
    ], { rules: { "spam/placeholder-style": "warning" } });
    const [f] = lib.findings.get("c.md")!;
    assert.equal(f!.message, "Placeholder written as <<budget>>; the library writes it as {{budget}} (3 of 3 templates use {{…}}).");
    const hover = hoverSummary(f!)!;
    assert.ok(hover.includes("\\<\\<budget\\>\\>"), hover);
    assert.doesNotMatch(hover, /<>/);
    assert.match(hover, /^Style note \(no Upwork rule broken/m);
    assert.doesNotMatch(hover, /Upwork rule 5: Spam/);
    assert.ok(hover.includes(`**Fix** (Ctrl+.): ${escapeMarkdown(f!.fix!.title)}`), hover);
    assert.doesNotMatch(hover, /no automatic rewrite/);
  });

  it("is placeholder-style off the Problems panel by default (hint)", () => {
    const lib = lintTemplateLibrary([
      { path: "a.md", text: "Hi {{client_name}}." }, { path: "b.md", text: "Hi {{client_name}}." }, { path: "c.md", text: "Hi [Client Name]." },
    ]);
    assert.deepEqual(lib.findings.get("c.md")!.map((f) => [f.ruleId, f.severity]), [["spam/placeholder-style", "hint"]]);
  });

  it("cites the Upwork rule, the fix in one line and the links, in at most five lines", () => {
    const [f] = lint("Hi {{client_name}}, email me at jane@x.com today.").findings;
    const hover = hoverSummary(f!, { rulePage: (id) => `command:show?${id}`, docs: (id) => `file:///rules/${id}/README.md` })!;
    assert.equal(hover, [
      '**Email address shared before a contract ("email me at jane\\@x.com")**',
      "",
      'Upwork rule 2: No contact information before a contract. **Fix** (Ctrl+.): Rewrite as "Hi {{client\\_name}}, message me here on Upwork today."',
      "",
      "[Show rule](command:show?contact/email) · [`contact/email`](file:///rules/contact/email/README.md)",
    ].join("\n"));
    assert.equal(hoverSummary(finding({ ruleId: "nope/x" })), undefined);
  });
});

describe("suppressions as data", () => {
  const text = "Hi {{client_name}},\n\nEmail me at jane@x.com.\nOr  email me at jane@x.com\nagain.\n";
  const found = lint(text).findings;

  it("switches off the findings whose rule and flagged text match, wherever they are, and reports stale entries", () => {
    assert.equal(found.length, 2);
    const { kept, stale } = applySuppressions(found, text, [
      { file: "a.md", rule: "contact/email", text: "Email me at jane@x.com" },
      { file: "a.md", rule: "contact/email", text: "call me at 555" },
    ]);
    assert.deepEqual(kept.map((f) => text.slice(f.start, f.end)), ["email me at jane@x.com"]);
    assert.deepEqual(stale, [{ file: "a.md", rule: "contact/email", text: "call me at 555" }]);
  });

  it("a file-wide entry switches the rule off for the file; whitespace in the text does not matter", () => {
    assert.deepEqual(applySuppressions(found, text, [{ file: "a.md", rule: "contact/email" }]).kept, []);
    const data = addSuppression({ version: 1, suppressions: [] }, { file: "a.md", rule: "contact/email", text: "Or  email me\nat jane@x.com" });
    assert.deepEqual(data.suppressions, [{ file: "a.md", rule: "contact/email", text: "Or email me at jane@x.com" }]);
    const wide = addSuppression(data, { file: "a.md", rule: "contact/email" });
    assert.deepEqual(wide.suppressions, [{ file: "a.md", rule: "contact/email" }]);
    assert.deepEqual(addSuppression(wide, { file: "a.md", rule: "contact/email", text: "x" }), wide, "already covered by the file-wide entry");
  });

  it("round-trips the file and names what is wrong with a bad one", () => {
    const data = { version: 1 as const, suppressions: [{ file: "b.md", rule: "contact/phone" }, { file: "a.md", rule: "contact/email", text: "x" }] };
    const text = serializeSuppressions(data);
    assert.ok(text.endsWith("}\n"));
    assert.deepEqual(parseSuppressions(text).suppressions.map((s) => s.file), ["a.md", "b.md"]);
    assert.throws(() => parseSuppressions('{"suppressions": [{"file": 1}]}'), /suppressions\[0\] needs "file" and "rule"/);
    assert.throws(() => parseSuppressions("[]"), /expected \{"version": 1/);
  });
});

describe("plain text for Upwork", () => {
  it("removes front matter, comments and directives, and markdown markup; keeps bullets, numbering and line breaks", () => {
    const source = [
      "---", "title: x", "---", "<!-- proposal-lint-disable-file spam/generic-template -->", "# Hi Anna", "",
      "I'm **Jane**, a *Shopify* developer: [my work](https://github.com/jane), `30+` stores.", "Second line, same paragraph.", "",
      "- Audit <!-- private note --> first", "* Then fix", "  + nested", "", "1. One", "2. Two", "", "> Quoted *client*", "", "---", "",
      "```js", "keep  **this**", "```", "", "Thanks,\\", "Jane  ", "",
    ].join("\n");
    assert.equal(toPlainText(source), [
      "Hi Anna", "", "I'm Jane, a Shopify developer: my work (https://github.com/jane), 30+ stores.", "Second line, same paragraph.", "",
      "- Audit first", "- Then fix", "  - nested", "", "1. One", "2. Two", "", "Quoted client", "", "keep  **this**", "", "Thanks,", "Jane", "",
    ].join("\n"));
  });

  it("keeps CRLF line endings, snake_case words and 2*3 arithmetic", () => {
    assert.equal(toPlainText("Hi\r\n\r\nuse client_name_field and 2*3*4\r\n"), "Hi\r\n\r\nuse client_name_field and 2*3*4\r\n");
  });

  it("refuses while placeholders or errors remain, naming them with their lines", () => {
    const source = "Hi {{client_name}},\n\nPay me via PayPal to skip the fee.\n";
    const r = exportBlockers(source, lint(source).findings);
    assert.deepEqual(r, { ok: false, reasons: ["1 unfilled placeholder: {{client_name}} (line 1)", "1 error: circumvention/off-platform-payment (line 3)"] });
    const clean = "Hi Anna,\n\nI build **fast** stores.\n";
    assert.deepEqual(exportBlockers(clean, lint(clean).findings), { ok: true, text: "Hi Anna,\n\nI build fast stores.\n" });
  });
});
