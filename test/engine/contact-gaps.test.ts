// The contact gaps of issue 10 (item 6) and its small inputs from real material (item 7), one
// phenomenon per block, each with sentences written for this file and hard negatives beside them.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lint } from "../../server/src/engine";
import { paragraphAfter, paragraphBefore } from "../../server/src/engine/rules/contact/paragraph";

const flags = (text: string) => lint(text).findings.filter((f) => f.severity === "error" || f.severity === "warning");
// The rule's finding that covers the expected text, if one does (the learned layer may flag a wrapped line's first half too).
const spanOf = (text: string, ruleId: string, covered = "") => {
  const mine = flags(text).filter((x) => x.ruleId === ruleId).map((f) => text.slice(f.start, f.end));
  return mine.find((s) => s.includes(covered) || covered.includes(s)) ?? mine[0];
};

/** [sentence, rule that must report it, text the finding must cover]. */
type Case = [string, string, string];

function phenomenon(name: string, found: Case[], innocent: string[]): void {
  describe(name, () => {
    for (const [text, ruleId, covered] of found) {
      it(`reports ${ruleId} in: ${text.replace(/\n/g, "⏎")}`, () => {
        const span = spanOf(text, ruleId, covered);
        assert.ok(span !== undefined, `no ${ruleId}: ${JSON.stringify(flags(text).map((f) => f.ruleId))}`);
        assert.ok(span.includes(covered) || covered.includes(span), `finding «${span}» should cover «${covered}»`);
      });
    }
    for (const text of innocent) {
      it(`stays silent on: ${text.replace(/\n/g, "⏎")}`, () => {
        assert.deepEqual(flags(text).map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»`), []);
      });
    }
  });
}

phenomenon(
  "an app name followed by a handle or an ID in brackets or after a label",
  [
    ["Quickest way to reach me is Telegram (@olek_builds).", "contact/messaging", "Telegram (@olek_builds)"],
    ["You can find me on Skype [live:cid.7f3a21] most evenings.", "contact/messaging", "Skype [live:cid.7f3a21]"],
    ["Ping me on Discord (username: kai.renders) for quick questions.", "contact/messaging", "Discord (username: kai.renders)"],
    ["WeChat (ID: wx_meiling2024) works best for me.", "contact/messaging", "WeChat (ID: wx_meiling2024)"],
    ["Easier on Viber: ID dario_77, or here.", "contact/messaging", "Viber: ID dario_77"],
  ],
  [
    "I built a Telegram (aiogram) bot for a logistics client last year.",
    "Skype (for Business) migration to Teams is part of my IT support work.",
    "I integrated WhatsApp (Cloud API) notifications into their Shopify store.",
    "Slack (#design-feedback) is where your team posts requests, you said.",
  ],
);

phenomenon(
  "the same handle on several networks",
  [
    ["I go by the same handle on Instagram, TikTok and Behance: @pixelandpine.", "contact/social", "@pixelandpine"],
    ["Same username on all socials - lunastudio_88.", "contact/social", "lunastudio_88"],
    ["I'm @kiln.and.clay everywhere (Insta, Threads, X) if you want more photos.", "contact/social", "@kiln.and.clay"],
  ],
  [
    "I have the same handle problem in my own brand research: names get taken on Instagram fast.",
    "I use the same username convention across all platforms I build for clients.",
  ],
);

phenomenon(
  "phone numbers that mix spelled-out digits and digits",
  [
    ["My number is zero seven 9 one one, 234 five six seven.", "contact/phone", "zero seven 9 one one, 234 five six seven"],
    ["Ring me on oh 2 oh, seven nine four six, 0 one two three.", "contact/phone", "oh 2 oh, seven nine four six, 0 one two three"],
    ["If it is urgent, call our\ncoordinator Ines: oh seven one two - three four five - six seven eight.", "contact/phone", "oh seven one two - three four five - six seven eight"],
  ],
  [
    "We shipped one, two, three releases in 2021, 2022 and 2023 and four more in 2024.",
    "Rated five stars on 12 of 14 jobs, with 1 two-star review from 2019.",
  ],
);

phenomenon(
  "letter-spaced emails",
  [
    ["Drop me a note at j u l i a . k r o l @ g m a i l . c o m and I will answer.", "contact/email", "j u l i a . k r o l @ g m a i l . c o m"],
    ["Mail: s a m . l e e @ p r o t o n . m e", "contact/email", "s a m . l e e @ p r o t o n . m e"],
  ],
  [
    "Grades: A B C D E F, with A = 90 and above.",
    "The acronym is spelled R E S T, not rest.",
  ],
);

phenomenon(
  "links whose path is a contact or request-a-proposal page",
  [
    ["Full details are on my site: https://northpixel.io/request-a-proposal", "contact/link", "https://northpixel.io/request-a-proposal"],
    ["You can also leave your details on my studio's contact page:\nhttps://harbourframe.studio/contact and I'll get back to you.", "contact/link", "https://harbourframe.studio/contact"],
    ["Booking link: tidycal dot com slash ana-m", "contact/link", "tidycal dot com slash ana-m"],
  ],
  [
    "I built the contact-us flow at github.com/mira/contact-us-demo as a sample.",
    "Your current site's /contact page loads slowly; I would lazy-load the map.",
    "Candidates apply through your own careers page (https://careers.bluefinrobotics.com) so they land in your ATS.",
    "I redesigned their request-a-quote flow and doubled conversions.",
  ],
);

phenomenon(
  "search my name, then a network or the contact form on my site",
  [
    ["Just search my name, Tomasz Wrona, and use the contact form on my site.", "contact/link", "search my name"],
    ["Find me by my full name (Ilse Verhoeven) on LinkedIn and drop me a line.", "contact/social", "Find me by my full name (Ilse Verhoeven) on LinkedIn"],
    ["Google my studio name and message me on Facebook.", "contact/social", "message me on Facebook"],
  ],
  [
    "Search your brand name on Google and you'll see the ranking issue.",
    "Google my name if you like: my published articles are listed on my Upwork profile.",
  ],
);

phenomenon(
  "contact details given as template placeholders after a contact verb",
  [
    ["For anything urgent, email {{agent_email}}.", "contact/email", "email {{agent_email}}"],
    ["WhatsApp me at {{phone}} and we can sort the details.", "contact/phone", "WhatsApp me at {{phone}}"],
    ["Call us on [Phone Number] any time this week.", "contact/phone", "Call us on [Phone Number]"],
    ["Add me on Skype: <<skype_id>>", "contact/messaging", "<<skype_id>>"],
  ],
  [
    "Dear {{client_name}}, thanks for the detailed brief.",
    "I'll email {{client_name}} the weekly report inside Upwork messages.",
    "Set up Mailchimp so the {{client_email}} merge tag fills correctly.",
    "Add {{project_type}} to the subject line and {{deadline}} to the first paragraph.",
  ],
);

phenomenon(
  "street addresses in non-English formats, Cyrillic included",
  [
    ["Our office: ул. Тверская, д. 12, кв. 4, Москва, 125009.", "contact/address", "Тверская, д. 12"],
    ["Send the hard drive to вул. Хрещатик 22, Київ 01001.", "contact/address", "Хрещатик 22"],
    ["Samples can go to ul. Długa 15/3, 80-827 Gdańsk.", "contact/address", "ul. Długa 15/3, 80-827 Gdańsk"],
    ["Please post the documents to P.O. Box 4471, Nairobi, Kenya.", "contact/address", "P.O. Box 4471, Nairobi, Kenya"],
    ["Our studio is at Jl. Sudirman No. 45, Jakarta, you can drop the prints there.", "contact/address", "Jl. Sudirman No. 45, Jakarta"],
  ],
  [
    "Ulica is the Polish word for street, which matters for address parsing in my geocoder.",
    "I cleaned 12,000 rows of address data (ul. and al. prefixes normalized) for a Polish retailer.",
    "The P.O. Box field in your checkout form should accept 6 digits.",
    "I worked at Box 7 years as an engineer.",
  ],
);

phenomenon(
  "requests for the client's Slack handle, home or postal address, or best email",
  [
    ["What's your Slack handle so I can add you to our workspace?", "contact/request", "What's your Slack handle"],
    ["Could you send me your home address for the contract paperwork?", "contact/request", "send me your home address"],
    ["Also share your postal address and I'll mail a pack of fabric swatches.", "contact/request", "share your postal address"],
    ["Which is the best number to reach you on this week?", "contact/request", "best number to reach you"],
    ["What's the best email to send\nthe storyboard and two test renders to?", "contact/request", "What's the best email to send"],
  ],
  [
    "What's your email marketing platform today?",
    "Which is the best email service for your newsletter: Mailchimp or Klaviyo?",
    "Please share the read-only access to your Slack workspace for the audit.",
    "Send me your brief and I'll reply with an estimate.",
  ],
);

phenomenon(
  "an app named as the medium of a call",
  [
    ["I'm free for a short Skype call whenever suits you.", "contact/messaging", "a short Skype call"],
    ["Shall we hop on a quick Skype call tomorrow?", "contact/messaging", "a quick Skype call"],
    ["I'd love a 15-minute WhatsApp video call to go over the brief.", "contact/messaging", "WhatsApp video call"],
  ],
  [
    "I built a Skype call recorder plugin in C# for a call centre.",
    "No Skype call needed - everything can happen here on Upwork.",
    "Happy to jump on a call here on Upwork whenever suits you.",
    "I recorded a WhatsApp call integration demo for a CRM vendor.",
  ],
);

phenomenon(
  "moving the conversation to LinkedIn or another network",
  [
    ["Let's move this conversation to LinkedIn, it's easier for me.", "contact/social", "move this conversation to LinkedIn"],
    ["Happy to continue the chat over on Instagram if you prefer.", "contact/social", "continue the chat over on Instagram"],
    ["I'm @petra.codes on X, DM me there.", "contact/social", "@petra.codes on X"],
  ],
  [
    "Let's move this conversation to the Upwork messages so everything stays in one place.",
    "I manage LinkedIn outreach campaigns and move leads to the CRM.",
    "I never move conversations to LinkedIn or WhatsApp before a contract.",
    "Your Instagram @brightbakes.co has great photos.",
  ],
);

phenomenon(
  "an invitation whose contact detail is elsewhere",
  [
    ["Feel free to email me or ring me on the number in my signature.", "contact/phone", "ring me on the number in my signature"],
    ["You can reach us at the email listed below.", "contact/email", "reach us at the email listed below"],
  ],
  [
    "Feel free to message me here on Upwork with any questions.",
    "Please don't call me on the number in my signature before the contract starts.",
  ],
);

phenomenon(
  "a contact detail kept on a site, profile or attachment, and contact forms on your own site",
  [
    ["Happy to talk by phone, my number is on my website.", "contact/phone", "my number is on my website"],
    ["My contact details are in the attached CV if you need them.", "contact/email", "My contact details are in the attached CV"],
    ["My Calendly link is in my Instagram bio, pick any slot.", "contact/link", "My Calendly link is in my Instagram bio"],
    ["There's an enquiry form on our studio website if you'd rather write there.", "contact/link", "enquiry form on our studio website"],
    ["For rates and contact, visit brightloom.agency/contact today.", "contact/link", "brightloom.agency/contact"],
  ],
  [
    "My portfolio is on my website and my reviews are on my Upwork profile.",
    "The contact form on your website drops half the submissions; I'll fix the validation.",
    "My address is on the NDA you sent, already signed.",
  ],
);

phenomenon(
  "asking for the client's details with 'let me know' and 'I'll need'",
  [
    ["Let me know your home address so I can post the fabric swatches.", "contact/request", "Let me know your home address"],
    ["I'll need your personal phone number to confirm the booking.", "contact/request", "I'll need your personal phone number"],
  ],
  [
    "Let me know your budget and I'll suggest a scope.",
    "Let me know your email list size so I can price the migration.",
  ],
);

phenomenon(
  "staying in touch on a social network",
  [["Let's keep in touch on LinkedIn and carry on from there.", "contact/social", "keep in touch on LinkedIn"]],
  ["I help brands keep in touch with customers through LinkedIn newsletters."],
);

phenomenon(
  "app invitations, soft line breaks and numbers from any country",
  [
    ["For quick questions add me in Viber: plus three eight zero, six seven, one two three, four five, six seven.", "contact/phone", "add me in Viber"],
    ["Evenings are best, text or ring/WhatsApp\n+44.7700.900.456 after six.", "contact/phone", "+44.7700.900.456"],
    ["Faster on WeChat, or phone 139 1234 5678.", "contact/phone", "139 1234 5678"],
  ],
  [
    "The call center handled 2,400 calls a day on version 13.8.0.",
  ],
);

describe("emails that are handles", () => {
  it("'Instagram @name.tld' and \"I'm @name.tld\" are handles, not emails", () => {
    for (const text of ["I looked at your Instagram @sunbloom.skin and your TikTok.", "I'm @petra.codes on X."]) {
      assert.equal(flags(text).filter((f) => f.ruleId === "contact/email").length, 0, text);
    }
  });
  it("an email for read-only access stays the scoping exception when the sentence wraps", () => {
    const text = "To scope this I only need read-only access: in the ads console go to Access and\nsecurity and invite ola.berg.ads@gmail.com with the \"Read only\" role.";
    const email = lint(text).findings.find((f) => f.ruleId === "contact/email");
    assert.equal(email?.severity, "information");
  });
});

describe("issue 10 item 7: small inputs from real material (contact)", () => {
  it("a shortener labelled as portfolio is at most information", () => {
    const findings = lint("Portfolio: https://bit.ly/4kDx9Qz").findings;
    assert.ok(findings.every((f) => f.severity === "information" || f.severity === "hint"), JSON.stringify(findings));
  });
  it("a shortener offered as a way to reach you is still a warning", () => {
    assert.ok(flags("Reach me through https://bit.ly/4kDx9Qz anytime.").some((f) => f.ruleId === "contact/link"));
  });
});

// The intent-family inputs of item 7 (detectors: paying the other party and third-party escrow,
// renting a profile, review threats, refusing a country, coercive report threats).
describe("issue 10 item 7: small inputs from real material (intent families)", () => {
  const cases: [string, string][] = [
    ["I'll send you 20 USD via PayPal instead.", "circumvention"],
    ["We'll use an independent escrow service instead, so you're paid no matter what.", "circumvention"],
    ["Let me bid from your profile; I'll pay you $800 a month.", "account"],
    ["Refund half or I'll leave a 1★ review.", "feedback"],
    ["Cut the price or I'll tank your JSS.", "feedback"],
    ["Nice work, but I won't hire anyone from your country.", "conduct"],
    ["Close the dispute or I'll report you to the police and your employer.", "conduct"],
  ];
  for (const [text, family] of cases) {
    it(`${family}: ${text}`, () => {
      assert.ok(flags(text).some((f) => f.family === family), JSON.stringify(flags(text).map((f) => f.ruleId)));
    });
  }
  const critique = "Your current logo looks amateurish, honestly, but the name is strong.";
  it(`nothing: ${critique}`, () => {
    assert.deepEqual(flags(critique).map((f) => f.ruleId), []);
  });
});

describe("context across soft line breaks (rules/contact/paragraph.ts)", () => {
  it("reads the line above inside a paragraph, not across a list item, a blank line or a heading", () => {
    assert.equal(paragraphBefore("Or call our\nmanager: 0772", 21, 40), "Or call our manager: ");
    assert.equal(paragraphBefore("Call us\n- Rates: 0772", 17, 40), "- Rates: ");
    assert.equal(paragraphBefore("Call us\n\nRates: 0772", 16, 40), "Rates: ");
    assert.equal(paragraphBefore("## Call\nRates: 0772", 15, 40), "Rates: ");
  });
  it("stays bounded on a 1 MB line", () => {
    const text = "word ".repeat(200_000) + "phone 0772";
    const t = Date.now();
    for (let i = 0; i < 1000; i++) paragraphBefore(text, text.length - 4, 60);
    assert.ok(Date.now() - t < 200, `${Date.now() - t} ms for 1000 calls`);
    assert.equal(paragraphAfter(text, 0, 20).length, 20);
  });
});
