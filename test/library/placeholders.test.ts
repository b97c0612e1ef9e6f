// Placeholders: malformed ones, unknown names, a library's minority style, completion names.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDocument } from "../../server/src/engine/markdown";
import {
  checkPlaceholders, formatPlaceholder, knownPlaceholders, placeholderKey, placeholdersOf, placeholderStyleFindings, summarizeStyles,
  MALFORMED_PLACEHOLDER, PLACEHOLDER_STYLE, UNKNOWN_PLACEHOLDER,
} from "../../server/src/engine/library/placeholders";

/** Each finding as "«span» -> fix" so a table row reads like the text. */
const spans = (text: string, placeholders?: string[]) =>
  checkPlaceholders(text, { placeholders }).map((f) => `${f.ruleId.slice(5)} «${text.slice(f.start, f.end)}»${f.fix ? ` -> ${f.fix.edits[0]!.text}` : ""}`);

describe("malformed placeholders", () => {
  const invalid: [string, string[]][] = [
    ["Hi {{client_name},", ["malformed-placeholder «{{client_name}» -> {{client_name}}"]],
    ["Hi {client_name}}, thanks", ["malformed-placeholder «{client_name}}» -> {{client_name}}"]],
    ["Hi {{client_name, thanks", ["malformed-placeholder «{{client_name» -> {{client_name}}"]],
    ["Hi client_name}}, thanks", ["malformed-placeholder «client_name}}» -> {{client_name}}"]],
    ["Hi {client_name and more", ["malformed-placeholder «{client_name» -> {client_name}"]],
    ["Hi {{ }}, thanks", ["malformed-placeholder «{{ }}»"]],
    ["Hi {{}} there", ["malformed-placeholder «{{}}»"]],
    ["Hi [Client Name, thanks", ["malformed-placeholder «[Client Name» -> [Client Name]"]],
    ["Hi Client Name], thanks", ["malformed-placeholder «Client Name]» -> [Client Name]"]],
    ["Budget: <<budget>.", ["malformed-placeholder «<<budget>» -> <<budget>>"]],
    ["Budget: <budget>>.", ["malformed-placeholder «<budget>>» -> <<budget>>"]],
    ["Budget: <<budget and more", ["malformed-placeholder «<<budget» -> <<budget>>"]],
    ["Dear %CLIENT_NAME, hello", ["malformed-placeholder «%CLIENT_NAME» -> %CLIENT_NAME%"]],
    ["Dear CLIENT_NAME% hello", ["malformed-placeholder «CLIENT_NAME%» -> %CLIENT_NAME%"]],
    ["[Insert portfolio link here\n\nThanks", ["malformed-placeholder «[Insert portfolio link here» -> [Insert portfolio link here]"]],
    ["Hi {{client_name}, about {{project}.", ["malformed-placeholder «{{client_name}» -> {{client_name}}", "malformed-placeholder «{{project}» -> {{project}}"]],
  ];
  for (const [text, expected] of invalid) it(`reports ${JSON.stringify(text)}`, () => assert.deepEqual(spans(text), expected));

  const valid = [
    "Hi {{client_name}}, {{ project }}, {budget}, [Client Name], <<deadline>>, %SENDER%.",
    "Mustache raw output {{{signature}}} is balanced.",
    "See [my portfolio](https://example.com/work) and [Case Study][1], - [ ] open task, [x] done.",
    "See [a link that wraps\nonto the next line](https://example.com).",
    "100% sure, 50%OFF, x > y, C++ and a >> b chain.",
    "> quoted\n>> nested quote",
    "```json\n{\"name\": \"{{client_name}\"}\n```\nand `{{x}` inline.",
    "<!-- notes: {{client_name} [Fix this -->\nHello.",
    "---\ntitle: \"{{broken}\"\n---\nHello {{client_name}}.",
  ];
  for (const text of valid) it(`accepts ${JSON.stringify(text)}`, () => assert.deepEqual(spans(text), []));

  it("explains what is wrong", () => {
    const [f] = checkPlaceholders("Hi {{client_name},");
    assert.equal(f!.message, 'Malformed placeholder "{{client_name}": its {} delimiters don\'t match, so it would be sent as typed.');
    assert.equal(f!.ruleId, MALFORMED_PLACEHOLDER);
    assert.equal(f!.severity, "warning");
    assert.equal(f!.fix!.safe, false);
    assert.equal(checkPlaceholders("Hi {{ }}")[0]!.message, 'Empty placeholder "{{ }}": it has no name to fill in.');
    assert.equal(checkPlaceholders("Hi [Client Name")[0]!.message, 'Unclosed placeholder "[Client Name": it needs a closing "]".');
  });

  it("can be turned off", () => {
    assert.deepEqual(checkPlaceholders("Hi {{client_name},", { rules: { [MALFORMED_PLACEHOLDER]: "off" } }), []);
  });
});

describe("names not in the configured list", () => {
  const configured = ["client_name", "budget", "Project Title"];

  it("reports unknown names and suggests the nearest configured one in the same style", () => {
    assert.deepEqual(spans("Hi {{clinet_name}}, re [Project Titel] at <<budgte>> by {{deadline}}.", configured), [
      "unknown-placeholder «{{clinet_name}}» -> {{client_name}}",
      "unknown-placeholder «[Project Titel]» -> [Project Title]",
      "unknown-placeholder «<<budgte>>» -> <<budget>>",
      "unknown-placeholder «{{deadline}}»",
    ]);
  });

  it("matches names across styles and cases", () => {
    assert.deepEqual(spans("Hi [Client Name], {{ clientName }}, %CLIENT_NAME%, {project_title}, <<Budget>>.", configured), []);
  });

  it("says which names are allowed", () => {
    const [f] = checkPlaceholders("Hi {{deadline}}", { placeholders: configured });
    assert.equal(f!.ruleId, UNKNOWN_PLACEHOLDER);
    assert.equal(f!.message, 'Unknown placeholder "{{deadline}}": not one of the configured placeholders (client_name, budget, Project Title), so nothing fills it in.');
  });

  it("accepts any name when no list is configured", () => {
    assert.deepEqual(spans("Hi {{anything_at_all}}."), []);
  });

  it("gives source offsets", () => {
    const text = "---\nkind: letter\n---\nHi {{clinet_name}},";
    const [f] = checkPlaceholders(text, { placeholders: configured });
    assert.equal(text.slice(f!.start, f!.end), "{{clinet_name}}");
  });
});

describe("placeholder styles across a library", () => {
  const uses = (path: string, text: string) => ({ path, placeholders: placeholdersOf(parseDocument(text)) });
  const library = [
    uses("a.md", "Hi {{client_name}}, about {{project}}."),
    uses("b.md", "Hi {{client_name}}."),
    uses("c.md", "Hi [Client Name], about {{project}}."),
    uses("d.md", "No placeholders here."),
  ];

  it("finds the majority style by templates", () => {
    const s = summarizeStyles(library);
    assert.equal(s.majority, "double-brace");
    assert.equal(s.templates["double-brace"], 3);
    assert.equal(s.templates.square, 1);
  });

  it("reports each use of a minority style, with a fix to the majority style", () => {
    const findings = placeholderStyleFindings(library);
    assert.deepEqual([...findings.keys()], ["c.md"]);
    const [f] = findings.get("c.md")!;
    assert.equal(f!.ruleId, PLACEHOLDER_STYLE);
    assert.equal(f!.severity, "hint", "a style note is a hint by default, out of the Problems panel and the CLI's count");
    assert.equal(f!.message, "Placeholder written as [Client Name]; the library writes it as {{client_name}} (3 of 3 templates use {{…}}).");
    assert.deepEqual(f!.fix!.edits, [{ start: 3, end: 16, text: "{{client_name}}" }]);
  });

  it("reports mixed styles inside a single template", () => {
    const findings = placeholderStyleFindings([uses("a.md", "Hi {{client_name}}, {{project}} for <<budget>>.")]);
    assert.deepEqual(findings.get("a.md")!.map((f) => f.start), [36]);
  });
});

describe("placeholder names and formats", () => {
  it("compares names by key", () => {
    assert.equal(placeholderKey("Client Name"), "client_name");
    assert.equal(placeholderKey("clientName"), "client_name");
    assert.equal(placeholderKey(" CLIENT-NAME "), "client_name");
  });

  it("writes a name in any style", () => {
    assert.deepEqual(
      (["double-brace", "single-brace", "square", "angle", "percent"] as const).map((s) => formatPlaceholder("client_name", s)),
      ["{{client_name}}", "{client_name}", "[Client Name]", "<<client_name>>", "%CLIENT_NAME%"],
    );
  });

  it("lists known names for completion: configured first, then the library's by use", () => {
    const library = [
      { path: "a.md", placeholders: placeholdersOf(parseDocument("{{client_name}} {{deadline}} {{deadline}} [Your Name]")) },
      { path: "b.md", placeholders: placeholdersOf(parseDocument("{{deadline}} <<budget>>")) },
    ];
    assert.deepEqual(knownPlaceholders(["budget", "Client Name"], library).map((k) => `${k.name}:${k.count}:${k.configured}`), [
      "budget:1:true", "Client Name:1:true", "deadline:3:false", "your_name:1:false",
    ]);
  });

  it("ignores placeholders in code and comments", () => {
    const doc = parseDocument("Hi {{client_name}}.\n\n```\n{{not_this}}\n```\n<!-- {{nor_this}} -->\n");
    assert.deepEqual(placeholdersOf(doc).map((p) => p.key), ["client_name"]);
  });
});

describe("adversarial input", () => {
  it("checks long runs of delimiters and names in linear time", () => {
    const ordinary = "Hi {{client_name}}, thanks for the post about the store. ".repeat(400);
    const time = (text: string) => {
      const start = process.hrtime.bigint();
      checkPlaceholders(text, { placeholders: ["client_name"] });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const base = Math.max(5, time(ordinary));
    for (const pump of ["{", "}", "-", "a", "aA", "<", ">", "[A", "A]", "_", "{a ", "<<a ", "a}"]) {
      const text = pump.repeat(Math.ceil(ordinary.length / pump.length));
      assert.ok(time(text) < base * 20 + 50, `pump ${JSON.stringify(pump)}`);
    }
  });
});
