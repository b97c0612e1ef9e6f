// Engine tests: markdown awareness, exceptions, directives, normalization, fixes.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyEdits, disableForFileEdits, disableForLineEdits, fixAll, lint, parseDocument, validateConfig } from "../../server/src/engine";
import { normalizeText } from "../../server/src/engine/normalize";

const ids = (text: string) => lint(text).findings.map((f) => f.ruleId);
const spans = (text: string) => lint(text).findings.map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»`);

describe("markdown awareness", () => {
  it("parses front matter instead of linting it", () => {
    const text = "---\ntitle: Call me on +1 415 555 0132\nowner: jane@studio.io\n---\nHello {{client_name}}.\n";
    assert.deepEqual(ids(text), []);
    assert.equal(parseDocument(text).frontMatter?.data?.["owner"], "jane@studio.io");
  });

  it("never flags placeholders", () => {
    assert.deepEqual(ids("Hi {{client_email}}, [Client Name] and {project} at <<budget>>, %PHONE%."), []);
  });

  it("ignores example addresses in code but reports a real one there", () => {
    assert.deepEqual(ids("```js\nsend({ to: 'user@example.com' })\n```\n"), []);
    assert.deepEqual(ids("Use `test@example.org` in staging."), []);
    assert.deepEqual(ids("```\ncontact: jane.doe@gmail.com\n```\n"), ["contact/email"]);
  });

  it("checks link targets: mailto and tel are contact, portfolios are fine", () => {
    assert.deepEqual(ids("[Write to me](mailto:jane.doe@gmail.com)"), ["contact/email"]);
    assert.deepEqual(ids("[Call me](tel:+14155550132)"), ["contact/phone"]);
    assert.deepEqual(ids("See my work on [GitHub](https://github.com/janedoe) and [Dribbble](https://dribbble.com/jane)."), []);
    assert.deepEqual(ids("Book a call: [here](https://calendly.com/jane/intro)"), ["contact/link"]);
  });

  it("lints HTML comments, where internal notes live", () => {
    assert.deepEqual(ids("<!-- Team: use this letter for all 40 open logo postings today. -->"), ["spam/mass-proposal"]);
  });
});

describe("skills are not violations", () => {
  for (const text of [
    "I integrated PayPal checkout and Stripe subscriptions for a Shopify store.",
    "I built a Telegram bot that posts order updates.",
    "Email marketing in Klaviyo: 12 flows, 38% open rate.",
    "I set up the WhatsApp Business API chatbot for a clinic.",
    "Skilled at Node.js, Python 3.12 and React 18.",
    "LinkedIn Ads and Instagram Graph API dashboards.",
    "Budget $1,450; delivery 2025-03-14; version 4.2.1; order #4155550132 shipped.",
    "I keep all communication on Upwork until the contract starts.",
    "I will never ask you to pay outside Upwork.",
  ]) {
    it(text, () => assert.deepEqual(spans(text), []));
  }
});

describe("front-matter exceptions", () => {
  const body = "Email me at jane.doe@gmail.com. You can pay me via PayPal to skip the Upwork fee.\n";
  it("clientType: enterprise turns contact rules off, not circumvention", () => {
    assert.deepEqual(ids(`---\nclientType: enterprise\n---\n${body}`), ["circumvention/off-platform-payment"]);
  });
  it("stage: contract turns contact rules off", () => {
    assert.deepEqual(ids(`---\nstage: contract\n---\n${body}`), ["circumvention/off-platform-payment"]);
  });
  it("clientType: smb is no exception", () => {
    assert.deepEqual(ids(`---\nclientType: smb\n---\n${body}`).sort(), ["circumvention/off-platform-payment", "contact/email"]);
  });
});

describe("directives", () => {
  const line = "Email me at jane.doe@gmail.com.";
  it("disable-next-line, disable/enable and disable-file", () => {
    assert.deepEqual(ids(`<!-- proposal-lint-disable-next-line contact/email -->\n${line}\n${line}`), ["contact/email"]);
    assert.deepEqual(ids(`<!-- proposal-lint-disable contact/email -->\n${line}\n<!-- proposal-lint-enable contact/email -->\n${line}`), ["contact/email"]);
    assert.deepEqual(ids(`<!-- proposal-lint-disable-file -->\n${line}`), []);
    assert.deepEqual(ids(`<!-- proposal-lint-disable-file contact/phone -->\n${line}`), ["contact/email"]);
  });
  it("reports directives naming unknown rules", () => {
    const r = lint("<!-- proposal-lint-disable-file contact/fax -->\nHello.");
    assert.match(r.problems[0]!.message, /Unknown rule "contact\/fax"/);
  });
  it("disable-for-line wraps a table instead of splitting it", () => {
    const text = "Intro.\n\n| Item | Contact |\n|---|---|\n| Me | jane.doe@gmail.com |\n\nEnd.\n";
    const finding = lint(text).findings[0]!;
    const out = applyEdits(text, disableForLineEdits(text, finding.ruleId, finding.start)).text;
    assert.equal(out, "Intro.\n\n<!-- proposal-lint-disable contact/email -->\n| Item | Contact |\n|---|---|\n| Me | jane.doe@gmail.com |\n<!-- proposal-lint-enable contact/email -->\n\nEnd.\n");
    assert.deepEqual(ids(out), []);
  });
  it("disable-for-file goes after front matter", () => {
    const text = "---\ntitle: x\n---\nEmail me at jane.doe@gmail.com.\n";
    const out = applyEdits(text, disableForFileEdits(text, "contact/email")).text;
    assert.equal(out, "---\ntitle: x\n---\n<!-- proposal-lint-disable-file contact/email -->\nEmail me at jane.doe@gmail.com.\n");
    assert.deepEqual(ids(out), []);
  });
});

describe("normalization keeps exact source ranges", () => {
  it("maps folded characters back to the original text", () => {
    const src = "Sky\u200Cpe: live:bruno_1 and jane＠gmail．com";
    const view = normalizeText(src);
    assert.equal(view.text, "Skype: live:bruno_1 and jane@gmail.com");
    const at = view.text.indexOf("jane");
    assert.deepEqual(view.toSource(at, view.text.length), { start: src.indexOf("jane"), end: src.length });
    assert.deepEqual(view.toSource(0, 5), { start: 0, end: 6 });
  });
  it("maps every unit of copied runs, chat words, dropped and astral characters", () => {
    // The map is kept as pieces (copied runs and folds); each unit must still find its own source range.
    const src = "Pls  call\u200b me: ＠ana 𝟒𝟏𝟓";
    const view = normalizeText(src);
    assert.equal(view.text, "Please call me: @ana 415");
    const units = [...view.text].map((_, k) => [view.toSource(k, k + 1).start, view.toSource(k, k + 1).end]);
    const expected = [
      ...Array(6).fill([0, 3]), // "Please" is "Pls"
      [3, 4], // the second space is dropped
      [5, 6], [6, 7], [7, 8], [8, 9], // "call"; the zero-width space after it is dropped
      [10, 11], [11, 12], [12, 13], [13, 14], [14, 15],
      [15, 16], // "＠"
      [16, 17], [17, 18], [18, 19], [19, 20],
      [20, 22], [22, 24], [24, 26], // mathematical digits, two UTF-16 units each
    ];
    assert.deepEqual(units, expected);
    assert.deepEqual(view.toSource(0, view.text.length), { start: 0, end: src.length });
    assert.deepEqual(view.toSource(view.text.length, view.text.length), { start: src.length, end: src.length });
  });
  it("reads dialect spellings as standard English, by the words around them, and underlines the original words", () => {
    // lexicons/dialect-spellings.json: Patwa "mi" is "me" after a verb and "I" before one; Spanish "mi" stays as written.
    assert.equal(normalizeText("Jus sen mi yuh email an password, an mi wi log in").text, "Just send me your email and password, and I wi log in");
    assert.equal(normalizeText("Envíame mi número, para mi es mejor").text, "Envíame mi número, para mi es mejor");
    // "an" is "and" only before a lower-case consonant word: "an hour", "an SEO audit" and "an idea" stay.
    assert.equal(normalizeText("yuh see: an hour, an SEO audit, an idea, an mi know").text, "you see: an hour, an SEO audit, an idea, and I know");
    // A variety is read only in a text with one of its marker words ("yuh" above): elsewhere "an", "dis" and "dem" stay.
    assert.equal(normalizeText("I have an idea, dis is fine, mit dem Kunden").text, "I have an idea, dis is fine, mit dem Kunden");
    assert.equal(normalizeText("I dinnae want y'all tae pay oot").text, "I don't want you all to pay out");
    const src = "if yuh pay mi pon JN Money instead a Upwork, yuh save di fee";
    const found = lint(src).findings.filter((f) => f.family === "circumvention");
    assert.equal(found.length, 1);
    assert.ok(src.slice(found[0]!.start, found[0]!.end).startsWith("if yuh pay mi pon JN Money"));
  });
  it("finds disguised contact details and underlines the original characters", () => {
    const src = "Reach me: jane＠gmail．com or WhаtsApp: +44 7700 900123";
    const found = lint(src).findings;
    assert.deepEqual(found.map((f) => f.ruleId).sort(), ["contact/email", "contact/phone"]);
    for (const f of found) assert.ok(f.start >= 0 && f.end <= src.length && f.end > f.start);
    assert.equal(src.slice(found.find((f) => f.ruleId === "contact/email")!.start, found.find((f) => f.ruleId === "contact/email")!.end), "Reach me: jane＠gmail．com");
  });
});

describe("fixes", () => {
  it("rewrites the offending clause and touches nothing outside its span", () => {
    const text = "Thanks for the brief.\n\nFeel free to email me at jane@x.com anytime.\n\nBest,\nJane\n";
    const f = lint(text).findings[0]!;
    const out = applyEdits(text, f.fix!.edits).text;
    assert.equal(out, "Thanks for the brief.\n\nFeel free to message me here on Upwork anytime.\n\nBest,\nJane\n");
    assert.equal(out.slice(0, f.start), text.slice(0, f.start));
    assert.equal(out.slice(out.length - (text.length - f.end)), text.slice(f.end));
  });
  it("fix-all is idempotent and leaves no fixable finding", () => {
    const text = "Email me at jane@x.com. Call me on +1 415 555 0132. Pay me via PayPal to skip the Upwork fee.";
    const once = fixAll(text, (t) => lint(t).findings).text;
    assert.equal(fixAll(once, (t) => lint(t).findings).text, once);
    assert.deepEqual(lint(once).findings.filter((f) => f.fix?.safe), []);
  });
  it("keeps the sentence's capitalisation: a rewrite that starts a sentence is capitalized only if it was", () => {
    const fix = (t: string) => fixAll(t, (x) => lint(x).findings).text;
    assert.equal(fix("Thanks! Call me on +1 415 555 0132."), "Thanks! Message me here on Upwork.");
    assert.equal(fix("thanks! call me on +1 415 555 0132."), "thanks! message me here on Upwork.");
    assert.equal(fix("Thanks, and call me on +1 415 555 0132."), "Thanks, and message me here on Upwork.");
  });
  it("rewrites a detail and its label on a line of their own as a label and a short phrase", () => {
    assert.equal(fixAll("Skype: live:jane.doe_7", (t) => lint(t).findings).text, "Contact: via Upwork messages");
  });
});

describe("custom rules from a config", () => {
  it("run on the linear-time matcher and respect directives", () => {
    const customRules = [{ id: "custom/agency-name", pattern: "acme\\s+studio", message: "Don't name the agency before the contract.", family: "account" as const }];
    const text = "We are ACME  Studio.\n<!-- proposal-lint-disable-next-line custom/agency-name -->\nAcme Studio again.";
    const r = lint(text, { customRules });
    assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.severity} «${text.slice(f.start, f.end)}»`), ["custom/agency-name warning «ACME  Studio»"]);
    assert.deepEqual(r.problems, []);
  });
  it("are refused when RE2 cannot run them in linear time", () => {
    const { config, issues } = validateConfig({ customRules: [{ id: "custom/x", pattern: "(a+)\\1", message: "m", family: "spam" }, { id: "custom/y", pattern: "(?<=a)b", message: "m", family: "spam" }] }, () => true);
    assert.deepEqual(config.customRules, []);
    assert.equal(issues.length, 2);
    assert.match(issues[0]!.message, /linear-time matcher/);
  });
  it("check their shape", () => {
    const { issues } = validateConfig({ customRules: [{ id: "mine", pattern: "x", message: "m", family: "spam" }, { id: "custom/z", pattern: "x", message: "m", family: "nope" }] }, () => true);
    assert.deepEqual(issues.map((i) => i.path), ["customRules[0].id", "customRules[1].family"]);
  });
});
