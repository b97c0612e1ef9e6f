// Cases found while writing the rule fixtures: innocent sentences that were flagged and real
// violations that were missed. Each pins the behaviour it fixed.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixAll, lint } from "../../server/src/engine";

const flagged = (text: string) => lint(text).findings.filter((f) => f.severity === "error" || f.severity === "warning");

const INNOCENT = [
  "I will work directly with your developers and designers.",
  "I prefer to work directly in your Figma file.",
  "I wrote a guide on how freelancers can receive payments with Wise.",
  "The app lets users send money via UPI and Paytm.",
  "I track Payoneer fees and Wise transfer costs for my bookkeeping clients.",
  "I reconcile bank transfers and PayPal payouts and categorize Stripe fees.",
  "I'll create a new account for you on Mailchimp.",
  "I'll set up a new profile on Google Business.",
  "My new profile photo shows my studio.",
  "I manage multiple accounts for my clients' social media.",
  "I built a backup account system for a bank.",
  "I use a VPN at cafés for security.",
  "I wrote a comparison of VPN services for a US tech blog.",
  "I configured WireGuard VPN access for a UK accounting firm.",
  "I'll replace those old WordPress plugins.",
  "These older iPhones need a lighter build.",
  "Typical white backgrounds work best for Amazon.",
  "Those black and white photos need restoring.",
  "We don't serve customers under 18 in the age-gated store.",
  "I love cooking with shiitake mushrooms.",
  "I wrote a sex education curriculum for a health nonprofit.",
  "If you have feedback on the first draft, I'll revise it for free.",
  "Extra revisions are free if your feedback comes within a week.",
  "I'll hold the final files until the feedback round is complete.",
  "I'll send the final files after your feedback on the second draft.",
  "I'll release the next milestone after I get your feedback on the wireframes.",
  "I send daily progress reports during the project.",
  "I can send you a daily summary of new leads.",
  "I'll use the same template for all 40 product pages.",
  "Could you share your email list size and open rates?",
  "Please send your email templates so I can audit them.",
  "What's your email platform?",
  "Please share your LinkedIn strategy for next quarter.",
  "Send me your Instagram analytics export.",
  "My portfolio includes github.com/annak/booking-widget and github.com/annak/contact-form-react.",
  "See behance.net/gallery/123/Careers-Page-Redesign for the case study.",
  "I redesigned acme.com/careers for a client.",
  "Clone it with git@github.com:acme/shop.git and run the tests.",
  "Logged at 2012-01-02 08:30 by the cron job.",
  "Join the call at zoom.us/j/123456789 after the contract starts.",
  "The account number 12345678 is the client's, in the CSV export.",
  "Your customers can reach you on WhatsApp after launch.",
  "I usually chat on Slack with my clients after the contract starts.",
];

const VIOLATIONS: [string, string][] = [
  ["Happy to move this project off Upwork once we trust each other.", "circumvention/off-platform-work"],
  ["Let's keep working together long term outside of the platform.", "circumvention/off-platform-work"],
  ["Tips via Venmo are always welcome!", "circumvention/off-platform-payment"],
  ["I prefer Zelle for smaller jobs.", "circumvention/off-platform-payment"],
  ["Give me access to your Upwork account and I'll handle the hiring.", "account/client-login"],
  ["Send me the username and password for your Upwork.", "account/client-login"],
  ["I have an alternate account ready if this one is limited.", "account/second-account"],
  ["My business partner also uses this account on weekends.", "account/shared-account"],
  ["I bought this account from a top-rated freelancer.", "account/false-identity"],
  ["I refuse to work with Muslim clients.", "conduct/discrimination"],
  ["I'd rather not work with women on this project.", "conduct/discrimination"],
  ["I only hire young people under 30.", "conduct/discrimination"],
  ["Only a moron would write a brief this vague.", "conduct/harassment"],
  ["Stop wasting my time with stupid questions.", "conduct/harassment"],
  ["Clients who leave a review get 15% off their next project.", "feedback/incentive"],
  ["Leave a testimonial and get a free logo mockup.", "feedback/incentive"],
  ["I expect a 5-star rating for this price.", "feedback/pressure"],
  ["You'll get the final files after you leave me a 5-star review.", "feedback/withholding"],
  ["The source files will be sent only after you leave a review.", "feedback/withholding"],
  ["I send this exact proposal to dozens of jobs a day.", "spam/mass-proposal"],
  ["Expect a reminder from me daily until you decide.", "spam/repeated-follow-up"],
  ["My number is 415.555.0132.", "contact/phone"],
  ["Please call 415_555_0132 after 5pm.", "contact/phone"],
  ["Text me: nine one seven - 555 - zero one three two", "contact/phone"],
  ["Discord: jane#0420", "contact/messaging"],
  ["TG @jane_dev", "contact/messaging"],
  ["Send me a message on WhatsApp and I'll share samples.", "contact/messaging"],
  ["Find me on X as @devon_codes.", "contact/social"],
  ["My LinkedIn is the fastest way to reach me.", "contact/social"],
  ["Drop the prints off at Calle Mayor 14, 28013 Madrid.", "contact/address"],
  ["Our studio is at 12 Rue de la Paix, 75002 Paris.", "contact/address"],
  ["I'm reachable at jane.doe gmail com.", "contact/email"],
  ["Write to jane @ gmail . com anytime.", "contact/email"],
  ["My inbox: janedoe(gmail)", "contact/email"],
  ["Book a quick call at zoom.us/j/123456789.", "contact/link"],
];

describe("innocent sentences stay quiet", () => {
  for (const text of INNOCENT) it(text, () => assert.deepEqual(flagged(text).map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»`), []));
});

describe("violations are found", () => {
  for (const [text, ruleId] of VIOLATIONS) it(`${ruleId}: ${text}`, () => assert.ok(flagged(text).some((f) => f.ruleId === ruleId), JSON.stringify(lint(text).findings.map((f) => f.ruleId))));
});

describe("spans cover the whole lead-in and datum", () => {
  const span = (text: string, ruleId: string) => {
    const f = lint(text).findings.find((x) => x.ruleId === ruleId);
    return f && text.slice(f.start, f.end);
  };
  it("(415) keeps its bracket and the nearest lead-in", () => assert.equal(span("Text me at (415) 555-0132.", "contact/phone"), "Text me at (415) 555-0132"));
  it("the nearest 'call' wins", () => assert.equal(span("If a quick call is easier, call me on +44 7700 900123.", "contact/phone"), "call me on +44 7700 900123"));
  it("'my email is' is part of the finding", () => assert.equal(span("My email is priya@gmail.com.", "contact/email"), "My email is priya@gmail.com"));
  it("bold labels are part of the finding", () => assert.equal(span("**E-mail:** kai@icloud.com", "contact/email"), "E-mail:** kai@icloud.com"));
  it("a handle after the platform is part of the finding", () => assert.equal(span("Follow me on TikTok @kayode.cuts for edits.", "contact/social"), "Follow me on TikTok @kayode.cuts"));
  it("postcodes stay in the address", () => {
    assert.equal(span("Visit our office at 88 Flinders St, Melbourne VIC 3000.", "contact/address"), "Visit our office at 88 Flinders St, Melbourne VIC 3000");
    assert.equal(span("Send it to 221B Baker Street, London NW1 6XE.", "contact/address"), "Send it to 221B Baker Street, London NW1 6XE");
  });
  it("profanity is reported as the whole word", () => assert.equal(span("This is fucking slow.", "conduct/profanity"), "fucking"));
});

describe("evasions from the research catalogue", () => {
  const cases: [string, string][] = [
    ["Ping me on sk¥pe: jane.doe_7", "contact/messaging"],
    ["Let's move this to wh@tsapp, faster for both of us.", "contact/messaging"],
    ["Find me on the green app, same name as here.", "contact/messaging"],
    ["My WeChat: wxid_8kd93jd02", "contact/messaging"],
    ["Call me on +1 415\n555 0132 tonight.", "contact/phone"],
    ["Call me: 4️⃣1️⃣5️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣3️⃣2️⃣", "contact/phone"],
    ["Email me at jane\u200b.doe@gma\u00adil.com", "contact/email"],
    ["Write to me via [my portfolio](mailto:jane.doe@gmail.com).", "contact/email"],
    ["![me](https://calendly.com/jane/intro)", "contact/link"],
    ["See the note.[^1]\n\n[^1]: Book me at calendly.com/jane/intro", "contact/link"],
    ["[site]: https://linktr.ee/janedoe", "contact/link"],
  ];
  for (const [text, ruleId] of cases) it(`${ruleId}: ${JSON.stringify(text)}`, () => assert.ok(flagged(text).some((f) => f.ruleId === ruleId), JSON.stringify(lint(text).findings.map((f) => f.ruleId))));
});

describe("rewrites that read naturally", () => {
  const fixed = (text: string) => fixAll(text, (t) => lint(t).findings).text;
  it("a bare link inside a running sentence is removed with its space", () => assert.equal(fixed("My studio site calendly.com/x/book lists the open slots."), "My studio site lists the open slots."));
  it("a link after a preposition becomes 'here on Upwork'", () => assert.equal(fixed("Samples and booking live at linktr.ee/jane and more."), "Samples and booking live here on Upwork and more."));
  it("an app and its ID without a colon", () => assert.equal(fixed("I'm on Threema 7XK2PQ9M for quick chats."), "I'm here on Upwork for quick chats."));
  it("an invitation keeps its sentence", () => assert.equal(fixed("Kindly reach me via WhatsApp for the full price list."), "Kindly message me here on Upwork for the full price list."));
});

describe("phenomena found by an independently written test set", () => {
  const cases: [string, string][] = [
    ["Llámame al seis, uno, cero - dos, dos, tres - cuatro, cero, nueve, uno.", "contact/phone"],
    ["Appelez-moi au 07.61.22.48.90 pour en parler.", "contact/phone"],
    ["Ruf mich an unter eins, fünf, eins, zwei, drei, vier, fünf, sechs, sieben, acht.", "contact/phone"],
    ["Ping me on te1egram @studio_ana for the raw files.", "contact/messaging"],
    ["What's your direct work email so I can send the invite?", "contact/request"],
    ["Pásame tu número y te escribo.", "contact/request"],
    ["Just search \"Ana Kowalska UX Warsaw\" and message me there.", "contact/social"],
    ["I am sending this same proposal to every logo job posted this week.", "spam/mass-proposal"],
    ["I've used this exact letter for your other two open projects too.", "spam/mass-proposal"],
    ["The source files are released once you've left your public five-star feedback.", "feedback/withholding"],
    ["If a client rates me below 5 stars, I leave them a matching review.", "feedback/pressure"],
    ["Payment can be via GCash or PayPal friends & family, whatever suits you.", "circumvention/off-platform-payment"],
    ["Share your Upwork username and password and I'll reply to applicants as you.", "account/client-login"],
    ["I prefer not to report to female managers.", "conduct/discrimination"],
    ["I don't take projects from Indian or Pakistani clients.", "conduct/discrimination"],
    ["Hire someone cheaper and don't be surprised when your site goes down.", "conduct/harassment"],
    ["After the project we could get to know each other in a more private way.", "conduct/harassment"],
  ];
  for (const [text, ruleId] of cases) it(`${ruleId}: ${text}`, () => assert.ok(flagged(text).some((f) => f.ruleId === ruleId), JSON.stringify(lint(text).findings.map((f) => f.ruleId))));
  const innocent = [
    "Je vous rappelle demain pour le devis.",
    "The release is version 1.22.48.9 of the SDK.",
    "An NDA is fine. If you prefer paper, our office is at Friedrichstraße 123, 10117 Berlin.",
    "I use the same template for all my invoices.",
    "Female founders and Indian clients are among my favourite people to work with.",
  ];
  it("the phrases near them stay quiet or keep their meaning", () => {
    assert.deepEqual(flagged(innocent[0]!), []);
    assert.deepEqual(flagged(innocent[1]!), []);
    assert.deepEqual(flagged(innocent[2]!).map((f) => f.ruleId), ["contact/address"]); // the NDA is another sentence
    assert.deepEqual(flagged(innocent[3]!), []);
    assert.deepEqual(flagged(innocent[4]!), []);
  });
});

describe("a violation and the sentence that gives its reason are one finding", () => {
  it("merges 'This way you also avoid the fees' into the violation before it (independent-n n064)", () => {
    const text = "Pay me via PayPal and we can close the Upwork contract after. This way you also avoid the fees.\n";
    const found = flagged(text).filter((f) => f.family === "circumvention");
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.start, found[0]!.end).endsWith("avoid the fees"), true);
  });
  it("keeps the reason apart when another sentence stands between them", () => {
    const text = "Pay me via PayPal, please. I start on Monday at nine. This way you also avoid the fees.\n";
    assert.equal(flagged(text).filter((f) => f.family === "circumvention").length, 2);
  });
});
