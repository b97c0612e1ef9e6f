// Lexicons as data: the files are well formed and the patterns built from them match what the
// lists say, including the filter-dodging spellings.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { lexiconAlternation, lexiconRe } from "../../server/src/engine/lexicons";
import { MESSAGING_APP_RE } from "../../server/src/engine/patterns/contact";
import { PAYMENT_METHOD_RE } from "../../server/src/engine/patterns/payment";

const DIR = join(__dirname, "../../server/src/engine/lexicons");

describe("lexicon files", () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".json"))) {
    it(`${file} has a description and non-empty lists without repeats`, () => {
      const data = JSON.parse(readFileSync(join(DIR, file), "utf8"));
      assert.equal(typeof data.description, "string");
      // Lists sit at the top level or one level down (rule-cues.json: family -> rule -> list).
      const lists = Object.entries(data).flatMap(([k, v]) =>
        Array.isArray(v) ? [[k, v]] : v && typeof v === "object" ? Object.entries(v).filter(([, w]) => Array.isArray(w)) : [],
      ) as [string, unknown[]][];
      assert.ok(lists.length > 0);
      for (const [name, list] of lists) {
        const keys = list.map((t) => (typeof t === "string" ? t : (t as { name: string }).name).toLowerCase());
        assert.ok(keys.length > 0, name);
        assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], `${file} ${name} repeats`);
      }
    });
  }
});

describe("patterns built from lexicons", () => {
  it("escape regex characters, match spaces loosely and put longer entries first", () => {
    assert.equal(lexiconAlternation(["pay pal", "paypal.me"]), String.raw`paypal\.me|pay\s{1,3}pal`);
    const re = lexiconRe(["wa.me"]);
    assert.ok(re.test("wa.me/123"));
    assert.ok(!re.test("waxme"));
  });
  it("widen letters of leet entries only", () => {
    assert.equal(lexiconAlternation([{ name: "skype", leet: true }]), "sk[y¥]p[e3]");
    assert.equal(lexiconAlternation([{ name: "imo" }]), "imo");
  });
  it("payment channels match their spellings and not look-alike words", () => {
    for (const s of ["PayPal", "pay pal", "M-Pesa", "mpesa", "Western  Union", "e-transfer", "USDT", "cash app"]) assert.ok(PAYMENT_METHOD_RE.test(`via ${s} please`), s);
    for (const s of ["paypals", "swiftly", "pixel", "upin"]) assert.ok(!PAYMENT_METHOD_RE.test(`the ${s} thing`), s);
  });
  it("messaging apps match the spellings used to slip past filters", () => {
    for (const s of ["Sk¥pe", "wh4tsapp", "whats app", "te1egram", "teleqram", "S1gnal", "watsap"]) assert.ok(MESSAGING_APP_RE.test(`on ${s} now`), s);
    assert.ok(!MESSAGING_APP_RE.test("a skyped call"));
  });
});
