// The library report: pure rendering checks, then the page as headless Chromium shows it, with a
// screenshot for docs/. Chromium is Debian's (/usr/bin/chromium) driven by playwright-core.

import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { dirname, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { escapeHtml, familyOf, renderLibraryReport, type HtmlDiagnostic, type LibraryReportInput } from "../../server/src/cli/report-html";

const CHROMIUM = "/usr/bin/chromium";
// Written to docs/ by `npm run screenshots`; test runs write beside their other results.
const SCREENSHOT = resolve(__dirname, "../..", process.env.E2E_SCREENSHOTS_DIR ?? "test-results/screenshots", "library-report.png");

const at = (line: number, character = 0, length = 10) => ({ start: { line, character }, end: { line, character: character + length } });
const d = (ruleId: string, severity: string, message: string, line = 0): HtmlDiagnostic => ({ ruleId, severity, message, range: at(line) });

const INPUT: LibraryReportInput = {
  generatedAt: "2025-01-15T09:30:00Z",
  files: [
    { path: "web/shopify-launch-kit.md", diagnostics: [d("spam/duplicate-template", "warning", "Near-duplicate of web/new-shopify-store.md (90% similar) and web/bloom-candles.md (88%).", 2)] },
    { path: "web/new-shopify-store.md", diagnostics: [d("spam/duplicate-template", "warning", "Near-duplicate of web/shopify-launch-kit.md (90% similar).", 2), d("spam/generic-template", "information", "This letter has no personalization placeholder.", 2)] },
    { path: "web/bloom-candles.md", diagnostics: [d("spam/duplicate-template", "warning", "Near-duplicate of web/shopify-launch-kit.md (88% similar).", 2)] },
    {
      path: "va/nairobi-inbox.md",
      diagnostics: [
        d("contact/phone", "error", "Shares a phone number before a contract.", 14),
        d("circumvention/off-platform-payment", "error", "Asks to be paid outside Upwork.", 14),
        d("contact/messaging", "warning", "Invites the client to a messaging app.", 15),
      ],
    },
    { path: "design/logo-pitch.md", diagnostics: [d("feedback/incentive", "warning", "Offers a discount for a 5-star review.", 9), d("contact/email", "error", "Shares an email address.", 11)] },
    { path: "writing/seo-blog.md", diagnostics: [d("spam/malformed-placeholder", "warning", 'Malformed placeholder "{{client_name}".', 0)] },
    { path: "translation/es-localisation.md", diagnostics: [d("spam/duplicate-template", "warning", "Near-duplicate of translation/spanish-offer.md (81% similar).", 0)] },
    { path: "translation/spanish-offer.md", diagnostics: [d("spam/duplicate-template", "warning", "Near-duplicate of translation/es-localisation.md (81% similar).", 0), d("conduct/harassment", "warning", "Insults the client.", 20)] },
    { path: "data/dashboards.md", diagnostics: [] },
    { path: "evil/<img src=x onerror=alert(1)>.md", diagnostics: [d("account/client-login", "warning", 'Asks for the client\'s login: "<script>alert(1)</script>" & more', 3)] },
  ],
  clusters: [
    { files: ["translation/es-localisation.md", "translation/spanish-offer.md"], similarity: 0.816 },
    { files: ["web/bloom-candles.md", "web/new-shopify-store.md", "web/shopify-launch-kit.md"], similarity: 0.888 },
  ],
};

describe("library report HTML (pure)", () => {
  const html = renderLibraryReport(INPUT);

  it("escapes everything that comes from the files", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assert.ok(!html.includes("<script>alert(1)</script>"));
    assert.ok(!html.includes("<img src=x"));
    assert.ok(html.includes("evil/&lt;img src=x onerror=alert(1)&gt;.md"));
  });

  it("is self-contained: no scripts and no URL of any kind", () => {
    assert.ok(!/<script/i.test(html));
    assert.ok(!/https?:|\/\/[a-z]|url\(|@import|<link|<img|src=/i.test(html.replaceAll("evil/&lt;img src=x", "")));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  });

  it("maps rule ids to families", () => {
    assert.equal(familyOf("contact/phone"), "contact");
    assert.equal(familyOf("input/template"), "other");
  });

  it("renders an empty library", () => {
    const empty = renderLibraryReport({ generatedAt: "now", files: [], clusters: [] });
    assert.match(empty, /No templates\./);
    assert.match(empty, /No near-duplicate templates\./);
  });
});

describe("library report in headless Chromium", { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium)` }, () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  after(async () => browser?.close());

  it("shows worst templates first, counts by family, clusters and frequent rules, with no request", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const dialogs: string[] = [];
    page.on("dialog", (dlg) => {
      dialogs.push(dlg.message());
      void dlg.dismiss();
    });
    await page.setContent(renderLibraryReport(INPUT), { waitUntil: "load" });

    assert.equal(await page.title(), "Proposal Lint: template library report");
    assert.deepEqual(requests, []);
    assert.deepEqual(dialogs, []);

    const rows = await page.$$eval("#templates tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    assert.equal(rows.length, 10);
    // Worst first: two errors, then one error, then warnings only, then the clean one.
    assert.deepEqual(rows.slice(0, 2).map((r) => r[1]), ["va/nairobi-inbox.md", "design/logo-pitch.md"]);
    assert.equal(rows[rows.length - 1]![1], "data/dashboards.md");
    const header = await page.$$eval("#templates thead th", (ths) => ths.map((th) => th.textContent));
    assert.deepEqual(header, ["#", "Template", "circumvention", "contact", "account", "spam", "conduct", "feedback", "errors", "warnings", "total"]);
    // va/nairobi-inbox.md: 1 circumvention, 2 contact; 2 errors, 1 warning, 3 total.
    assert.deepEqual(rows[0]!.slice(2), ["1", "2", "0", "0", "0", "0", "2", "1", "3"]);
    const evil = rows.find((r) => r[1]!.startsWith("evil/"))!;
    assert.equal(evil[1], "evil/<img src=x onerror=alert(1)>.md");

    const clusters = await page.$$eval(".cluster", (els) => els.map((el) => el.textContent ?? ""));
    assert.equal(clusters.length, 2);
    assert.match(clusters[0]!, /Cluster 1: 3 templates, 88% similar/);
    assert.match(clusters[0]!, /web\/shopify-launch-kit\.md/);
    assert.match(clusters[1]!, /2 templates, 81% similar/);

    const rules = await page.$$eval("#rules tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent)));
    assert.deepEqual(rules[0], ["spam/duplicate-template", "spam", "5", "5"]);

    const cards = await page.$$eval(".cards li", (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(cards.slice(0, 5), ["10templates", "9with problems", "14findings", "3errors", "10warnings"]);

    assert.equal(await page.locator("script, img, link, iframe, object, embed").count(), 0);

    // The screenshot for docs/ shows the realistic part of the library only.
    await page.setContent(renderLibraryReport({ ...INPUT, files: INPUT.files.filter((f) => !f.path.startsWith("evil/")) }), { waitUntil: "load" });
    await page.locator("details").first().evaluate((el) => el.setAttribute("open", ""));
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.ok(existsSync(SCREENSHOT));
    await page.close();
  });
});
