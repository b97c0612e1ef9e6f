// The rewriter's phenomena (issue 11), one table row each: a sentence of our own (not from the golden
// set) linted and fixed with fix-all, and the text a person would write. Each row names what it pins.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyEdits, fixAll, lint, type Finding } from "../../server/src/engine";
import { attachFixes, plansFromCatalog } from "../../server/src/engine/rewrite/sentence-fixes";
import { paymentThroughUpwork } from "../../server/src/engine/rewrite/clause-edits";
import { readingProblems } from "../rewrites/golden-score";

const fixed = (text: string) => fixAll(text, (t) => lint(t).findings).text;

/** `text` with one finding of `ruleId` on `span` rewritten (what the rewriter does, whatever detection finds). */
function rewritten(text: string, ruleId: string, span: string): string {
  const start = text.indexOf(span);
  const finding: Finding = { ruleId, family: ruleId.split("/")[0] as Finding["family"], severity: "error", message: "", start, end: start + span.length };
  attachFixes([finding], text, plansFromCatalog([finding]));
  return finding.fix ? applyEdits(text, finding.fix.edits).text : text;
}

/** One test per row [name, before, ruleId, span, after]: `before` with the finding rewritten is `after`, and reads well. */
function itRewrites(rows: [string, string, string, string, string][]): void {
  for (const [name, before, ruleId, span, after] of rows) {
    it(name, () => {
      const out = rewritten(before, ruleId, span);
      assert.equal(out, after);
      assert.deepEqual(readingProblems(before, out), []);
    });
  }
}

const CASES: [string, string, string][] = [
  // the issue's cases
  ["two findings share one sentence and one rewrite", "Feel free to ping me on WhatsApp at +1 415 555 0132.", "Feel free to message me here on Upwork."],
  ["a time after the detail stays", "Email me at sam@fold.io today.", "Message me here on Upwork today."],
  ["a clause that mails to the removed address goes", "Also share your postal address and I'll mail a pack of fabric swatches.", "Let's keep talking here on Upwork."],
  ["the partner clause of a payment goes with it", "Happy to start small, and after the first milestone we could carry on outside Upwork — I'd invoice you myself.", "Happy to start small, and after the first milestone we could carry on here on Upwork."],
  ["a reason that leaned on the withheld files goes", "The final files are released once you've left a 5-star review — that's how we keep prices low.", "The final files are released once you approve the milestone."],
  // contact
  ["a thing emailed keeps its object and is sent", "I'll email the wireframes to sam@fold.io so you can review them.", "I'll send the wireframes here on Upwork so you can review them."],
  ["a clause that only stated the detail goes when the next points here", "My Outlook is sam@fold.io, so just send the brief there.", "Just send the brief here on Upwork."],
  ["a video call named before its link goes with it", "I can walk you through the audit in a Zoom call (zoom.us/j/5550001111) on Friday.", "I can walk you through the audit here on Upwork on Friday."],
  ["a callback promise becomes a reply", "Leave your number and I'll call you back after lunch.", "Let's keep talking here on Upwork and I'll get back to you after lunch."],
  ["a bare promise to add on the removed app goes", "Please send me your Skype ID and I'll add you.", "Please message me here on Upwork."],
  ["a name and town after a removed profile go", "Connect on LinkedIn — Sam Fold, Berlin.", "Message me here on Upwork."],
  ["the question introducing a removed form goes", "Before I quote, could you fill in my short intake form? https://forms.gle/abc123 (team size and timeline).", "Before I quote, we can set up a call here on Upwork (team size and timeline)."],
  ["a sign-off line keeps its closing and name, the detail goes", "Cheers, Tom Ruiz (WhatsApp: +44 7911 123456)", "Cheers, Tom Ruiz"],
  ["a dashed name line loses the profile after it", "— Priya Nair · instagram.com/priyanair.art", "— Priya Nair"],
  ["a signature that is one finding keeps the closing and name", "Regards, Omar Haddad, 22 Elm Street, Springfield", "Regards, Omar Haddad"],
  ["a verb that only fit the channel becomes a message", "Got a question about the scope? Drop me a line at tom@ruizcode.dev and I'll reply the same day.", "Got a question about the scope? Send me a message here on Upwork and I'll reply the same day."],
  ["texting becomes messaging here on Upwork", "Text me on 07911 123456 when you're free.", "Message me here on Upwork when you're free."],
  ["an app named as a call's medium becomes an Upwork call", "If it suits you we could have a Skype call on my usual link", "If it suits you we could have an Upwork call"],
  ["emphasis around a removed detail goes with it", "- Invoices and receipts are available on request at **books@fold.io**", "- Invoices and receipts are available on request here on Upwork"],
  ["a list item's own label stays before the detail's short phrase", "- Free intro session: tidycal.com/fold/intro", "- Free intro session: via Upwork messages"],
  ["a purpose after a request for a detail stays after 'please'", "Kindly share your phone number so I can send the mockups.", "Kindly message me here on Upwork so I can send the mockups."],
  ["a meeting in person at an address becomes an Upwork call", "- Meet face to face at 12 Harbour Road, Leeds", "- Meet on an Upwork call"],
  ["an app named as the product of the work is no channel and stays", "I set up Telegram bots for two shops — text me on 07700 900456 for a demo.", "I set up Telegram bots for two shops — message me here on Upwork for a demo."],
  ["a place 'at' an address is 'in' its town", "Our studio is at 14 Mill Lane, Bristol, and we reply within a day.", "Our studio is in Bristol, and we reply within a day."],
  ["an address gives way to its town in a table cell", "| Office | 77 King St W, Toronto ON M5K 1A1 |", "| Office | Toronto |"],
  // circumvention
  ["a payment link becomes an Upwork milestone", "I'll send you a PayPal invoice for the balance.", "I'll send you an Upwork milestone for the balance."],
  ["a payment method accepted becomes payment through Upwork", "We accept Venmo as payment.", "We accept payment through Upwork."],
  ["an agreement made off Upwork becomes an Upwork contract", "| Ongoing support | Private contract after handover (no Upwork fees) |", "| Ongoing support | New Upwork contract after handover |"],
  // feedback and follow-ups
  ["a reward tied to a review mid-sentence loses only its condition", "The logo comes in three colourways, and if you leave a glowing review I'll add a favicon for free, so it's ready for launch.", "The logo comes in three colourways, and I'll add a favicon for free, so it's ready for launch."],
  // (The learned layer retrained with the spent sets reads "Returning clients get a free logo variation." as a probable
  // incentive, so the rewriter gives way to the family's whole phrase instead.)
  ["a promise to reach the reader that carries an object is a sending, not a reply", "Send me your number so I can text you the signed quote.", "Let's keep talking here on Upwork so I can send you the signed quote."],
  ["a review as the subject of a reward gives way to returning clients, whose reward alone no longer reads as one", "A 5-star rating gets you a free logo variation.", "Returning clients get a free logo variation."],
  ["a discount for paying off Upwork goes with the payment", "Pay me with Zelle and I'll knock a little off the total!", "All payments go through Upwork!"],
  ["a preference for the removed way to pay goes", "We also take Bitcoin if you prefer.", "All payments go through Upwork."],
  ["a condition naming Upwork's chat as the fallback goes", "Reach me at lee@fold.io if the Upwork chat is down.", "Message me here on Upwork."],
  ["a verb that fits Upwork too keeps its place", "I'm available on WhatsApp at +44 7700 900123 most evenings.", "I'm available here on Upwork most evenings."],
  ["a purpose that only praised the channel's speed goes with it", "Ping me on Signal at +44 7700 900555 so we can talk faster.", "Message me here on Upwork."],
  ["an address finding that ends inside its bracket takes the bracket whole, the town and the rest stay", "We're based in Porto (Rua Nova 12, 2nd floor — pop in any time!) so our hours overlap.", "We're based in Porto so our hours overlap."],
  ["a time phrase closing a question's purpose stays after the place", "Could you share your personal number so we can sync up over the weekend?", "Could we sync up here on Upwork over the weekend?"],
  ["an apology for all the messages goes with the repeating, a smiley the finding took stays", "Apologies for all the messages — I'll keep pinging you until you open the chat :)", "I'll follow up once here on Upwork :)"],
  ["a finding that opens a bracket after the number and stops inside it leaves the bracket whole", "Ring me at 0161 555 0182 (9–5 GMT) if anything is unclear.", "Message me here on Upwork (9–5 GMT) if anything is unclear."],
  ["the courtesy that opened an invitation stays before its rewrite", "For the brief, please use my email sam@fold.io because the chat here is slow.", "For the brief, please message me here on Upwork."],
  ["a channel's bare verb after a stated detail ('please add') asks for a message here instead", "My Signal is +44 7700 900555, please add, then we can plan the shoot.", "Please message me here on Upwork, then we can plan the shoot."],
  ["a follow-up schedule keeps its subject", "I know you're busy this week, so I'll ping you hourly until you reply.", "I know you're busy this week, so I'll follow up once here on Upwork."],
  // minimal edit first: only the detail and its lead-in change, every other word stays
  ["a quotation before the invitation stays", "As my last client said, \"on time and on budget\" — write to me at lin@fold.io to book a slot.", "As my last client said, \"on time and on budget\" — message me here on Upwork to book a slot."],
  ["a statement of my number before a semicolon becomes an invitation, the clause after it stays", "My phone number is 555-203-7781; I answer between 9 and 5.", "You can message me here on Upwork; I answer between 9 and 5."],
  ["a lead-in phrase before a stated number stays", "For rush jobs my number is 555-203-7781, so don't be shy", "For rush jobs you can message me here on Upwork, so don't be shy"],
  ["a channel named after the preposition goes with the detail, the politeness stays", "Please contact me on email lin@fold.io with the brief and a deadline", "Please contact me here on Upwork with the brief and a deadline"],
  ["a channel named in another clause is the work's, and an acronym verb swapped mid-sentence is lower case", "I ran a bakery's TikTok to 20k followers — DM me @lin.bakes.77 for the numbers.", "I ran a bakery's TikTok to 20k followers — message me here on Upwork for the numbers."],
  ["a means keeps its preposition: via the app becomes via Upwork messages", "Status reports via Telegram +44 7700 900123 every Friday.", "Status reports via Upwork messages every Friday."],
  ["a channel named before the preposition goes with the detail", "Send the signed brief via email to lin@fold.io and I'll start Monday.", "Send the signed brief here on Upwork and I'll start Monday."],
  ["emphasis around the lead-in and the detail keeps both its marks around the phrase", "Questions about the scope — *text me at 555-0147* — are welcome.", "Questions about the scope — *message me here on Upwork* — are welcome."],
  ["an appositive detail goes with both its commas", "I've shipped three Shopify stores this year — reach me on my mobile, 555-203-7781, any evening.", "I've shipped three Shopify stores this year — reach me here on Upwork any evening."],
  // a word swap that would leave the clause saying the violation or its opposite gives way to the whole clause
  ["a preposition heading its own clause is no swappable word", "We could agree the fee without Upwork taking its cut.", "We could keep all payments on Upwork."],
  ["a swap that leaves the payment method and a denial of Upwork gives way", "The deposit by M-Pesa directly, not through Upwork.", "All payments go through Upwork."],
  ["an intermediary of my own left after the swap gives way", "We'd prefer to hire you directly through our agency.", "I'm happy to continue with a new contract here on Upwork."],
  ["the clause telling clients to pose as the owner is part of the shared account", "Messages go out from Tom's profile, so tell clients you are Tom.", "I do all the work on this profile myself."],
  ["a cashtag after the swapped channel is a payment handle and goes", "Coffee money welcome on c@shapp: $LinBakes", "Coffee money welcome through Upwork"],
  ["a payment request I send is a payment to me, not one I make", "I'll email you a Wise payment request for the final milestone.", "I'll request payment through Upwork for the final milestone."],
];

describe("rewrite phenomena", () => {
  for (const [name, before, after] of CASES) {
    it(name, () => {
      const out = fixed(before);
      assert.equal(out, after);
      assert.deepEqual(readingProblems(before, out), [], "reads as a finished sentence");
      assert.equal(fixed(out), out, "fix-all is idempotent");
    });
  }

  it("a rewrite keeps its quotation marks paired", () => {
    const out = fixed('Add at the end: "Leave 5 stars and get 15% off your next order!"');
    assert.equal(out.split('"').length % 2, 1, out);
    assert.deepEqual(readingProblems('Add at the end: "Leave 5 stars and get 15% off your next order!"', out).filter((p) => p.includes("bracket")), []);
  });

  it("a short question naming the channel goes with the detail after it", () => {
    assert.equal(fixed("Are you on WhatsApp? Mine is +44 7911 123456."), "I'm happy to talk here on Upwork.");
  });

  it("a joined question keeps its own question mark, never the next sentence's full stop", () => {
    const out = rewritten("Have you seen my Instagram? It's @fern.studio, and my DMs are always open.", "contact/social", "It's @fern.studio, and my DMs are always open.");
    assert.equal(out, "Have you seen my Upwork portfolio? My Upwork messages are always open.");
  });

  it("a sentence pointing 'there' after a channel question points here on Upwork", () => {
    assert.equal(rewritten("Are you on Telegram? I'd love to chat there before we start.", "contact/request", "Are you on Telegram?"), "I'd love to chat here on Upwork before we start.");
  });

  it("an address's town stays after 'located in'", () => {
    assert.equal(rewritten("I am located in plot 7, block C Lahore, you can visit any time.", "contact/address", "plot 7, block C"), "I am located in Lahore, you can message me here on Upwork any time.");
  });

  it("a follow-up said once in its own words", () => {
    assert.equal(rewritten("Follow-up #2: Just bumping this again in case you missed my last two messages!", "spam/repeated-follow-up", "Follow-up #2: Just bumping this again"), "Just checking in in case you missed my message!");
  });

  it("a form on the removed site becomes sharing the requirements here on Upwork", () => {
    assert.equal(rewritten("Please fill out our onboarding form at forms.fold.io/start so we can plan the sprint.", "contact/link", "fill out our onboarding form at forms.fold.io/start"), "Please share your requirements here on Upwork so we can plan the sprint.");
  });

  it("a rating demand swapped for honest feedback keeps the space after it", () => {
    assert.equal(rewritten("As the shop grows, I'm hoping you'll rate me 10/10 on every category.", "feedback/pressure", "rate me 10/10 on every category"), "As the shop grows, I'm hoping you'll leave honest feedback on every category.");
  });

  it("a channel's other name after a slash goes with the handle", () => {
    assert.equal(rewritten("Follow me on Twitter/X as @fold_builds for the behind-the-scenes.", "contact/social", "Follow me on Twitter/X as @fold_builds"), "Message me here on Upwork for the behind-the-scenes.");
  });

  it("a channel as a subject with its detail in brackets is said of Upwork chat", () => {
    assert.equal(rewritten("Our WhatsApp (+44 7700 900123) is the quickest way to reach the team.", "contact/phone", "+44 7700 900123"), "Upwork chat is the quickest way to reach the team.");
  });

  it("a page's emphasised name goes with the channel it named", () => {
    assert.equal(rewritten("Have a look at my Instagram **Fold Studio Daily** for recent shoots.", "contact/social", "my Instagram **Fold Studio Daily**"), "Have a look at my Upwork portfolio for recent shoots.");
  });

  it("work continued after Upwork continues on Upwork", () => {
    assert.equal(rewritten("Once the pilot ends, we can carry on after Upwork.", "circumvention/off-platform-work", "we can carry on after Upwork"), "Once the pilot ends, we can carry on here on Upwork.");
  });

  it("a private agreement becomes a new Upwork contract", () => {
    assert.equal(rewritten("After the pilot we could sign a private agreement for the support.", "circumvention/off-platform-work", "sign a private agreement"), "After the pilot we could sign a new Upwork contract for the support.");
  });

  it("a way to pay chosen instead of Upwork gives way to Upwork", () => {
    assert.equal(rewritten("For the second phase we can go with PayPal instead of Upwork.", "circumvention/off-platform-payment", "we can go with PayPal instead of Upwork"), "For the second phase we can go with Upwork.");
  });

  it("a choice among the removed channels goes with them", () => {
    assert.equal(rewritten("My profiles are listed at bio.site/fold — use whichever app suits you.", "contact/link", "bio.site/fold"), "My profiles are listed here on Upwork.");
  });

  it("a preferred channel becomes Upwork messages and a second channel offered as well goes", () => {
    assert.equal(rewritten("For design feedback I prefer Telegram (@fold_ux), though email works as well.", "contact/messaging", "I prefer Telegram (@fold_ux), though email works as well"), "For design feedback I prefer Upwork messages.");
  });

  it("quick-fix titles are whole phrases", () => {
    for (const [, before] of CASES) {
      for (const f of lint(before).findings) {
        if (!f.fix) continue;
        const quoted = /"(.*)"$/.exec(f.fix.title)?.[1] ?? "";
        assert.ok(f.fix.title.trim() === f.fix.title && quoted.trim() === quoted && quoted.length > 0, f.fix.title);
      }
    }
  });

  // golden-2's phenomena (issue 11), in sentences of our own
  const GIVEN: [string, string, string, string, string][] = [
    ["a subject and modal that open the offending part stay", "Once the pilot ends, we could take the rest of the work private and split the savings.", "circumvention/off-platform-work", "we could take the rest of the work private and split the savings", "Once the pilot ends, we could keep working together here on Upwork."],
    ["a question's own frame stays, with the phrase for its subject", "Would it be okay if I text you every evening until you decide?", "spam/repeated-follow-up", "text you every evening until you decide", "Would it be okay if I follow up once here on Upwork?"],
    ["a modal with 'also' before a payment link keeps both", "You can also [settle the invoice here](https://pay.example.org/inv) to avoid the Upwork fee.", "circumvention/off-platform-payment", "[settle the invoice here](https://pay.example.org/inv) to avoid the Upwork fee", "You can also pay through Upwork."],
    ["an app named with what was built on it is no channel, so the clause about it stays", "I've built Venmo payment integrations for two apps, and you can pay me on Venmo if you like.", "circumvention/off-platform-payment", "you can pay me on Venmo", "I've built Venmo payment integrations for two apps, and you can pay through Upwork."],
    ["a clause opened by 'since' is no sentence alone: a feedback demand after it takes a phrase", "Since I'm new on the platform, I need you to give me five stars.", "feedback/pressure", "I need you to give me five stars", "Since I'm new on the platform, honest feedback at the end is always appreciated."],
    ["a purpose that only served the removed part goes", "My studio bills repeat clients outside Upwork to keep costs down.", "circumvention/off-platform-work", "bills repeat clients outside Upwork to keep costs down", "My studio bills repeat clients on Upwork."],
    ["an emphasised label opening the line stays whole", "**One more thing:** what's your WhatsApp number?", "contact/request", "what's your WhatsApp number", "**One more thing:** could we keep talking here on Upwork?"],
    ["a promise to do something 'there' is kept here on Upwork", "Share your Gmail and I'll post the invoice drafts there.", "contact/request", "Share your Gmail and I'll post the invoice drafts there", "I'll send the invoice drafts here on Upwork."],
    ["what a detail 'would let me' do is the purpose that stays", "Your phone number would let me plan the kickoff call.", "contact/request", "Your phone number would let me plan", "I can plan the kickoff call here on Upwork."],
    ["a second step that messages 'there' is the invitation once the channel goes", "Follow my Insta @potterypia and message me there with your glaze ideas!", "contact/social", "Follow my Insta @potterypia", "Message me here on Upwork with your glaze ideas!"],
    ["the separator a finding opens with is the cell's: the rest of the cell stays", "| Hours | Tue–Sat, 07700 900321 |", "contact/phone", ", 07700 900321", "| Hours | Tue–Sat |"],
    ["an in-person meeting beside a removed address moves to an Upwork call, every part of it", "I'm based at 22 Quay Street, Galway, and I'd love to meet face to face over a coffee.", "contact/address", "22 Quay Street,", "I'm based in Galway, and I'd love to meet on an Upwork call."],
    ["a duty before a rating demand goes with it", "- The buyer must give a 5-star rating at handover", "feedback/pressure", "must give a 5-star rating", "- The buyer can leave honest feedback at handover"],
    ["a threat of a bad rating goes and the request stands", "Approve the invoice today or I'll leave you a 1-star review.", "feedback/pressure", "or I'll leave you a 1-star review", "Approve the invoice today."],
    ["a condition that only asked for the detail goes, and so does the step that used the channel", "As soon as I get your WhatsApp number, I'll add you to our group chat and send the schedule.", "contact/request", "As soon as I get your WhatsApp number", "I'll send the schedule."],
    ["a frame that asks for a gerund gets one", "Would you mind moving this chat to Telegram?", "contact/messaging", "moving this chat to Telegram", "Would you mind messaging me here on Upwork?"],
    ["a list item's label loses the channel it named and keeps its bracketed hours", "- Email support: help@quietdesk.io (within 24 h)", "contact/email", "help@quietdesk.io", "- Support: via Upwork messages (within 24 h)"],
    ["a rating demand pressed with a tag question is asked anew", "We're agreed you'll rate me 10/10, okay?", "feedback/pressure", "you'll rate me 10/10, okay", "Would you leave honest feedback at the end?"],
    ["details asked for in a list after a colon go and the other items stay", "Before we start I'll need from you: your mobile number, your Skype ID and the brand guidelines.", "contact/request", "your mobile number, your Skype ID and", "Before we start I'll need from you: the brand guidelines."],
    ["a finding that opens with its dash is still rewritten", "Thanks again — I'll be nudging you twice a day.", "spam/repeated-follow-up", " — I'll be nudging you twice a day", "Thanks again — I'll be following up once next week."],
    ["someone else on the account goes and the claim that stands stays", "My sister also answers from this account on Sundays, but every design here is mine.", "account/shared-account", "My sister also answers from this account on Sundays, but every design here is mine", "Every design here is mine."],
    ["a login asked for in a list item becomes a user invite", "- Access: your Upwork username + password", "account/client-login", "your Upwork username + password", "- Access: a user invite with my own login"],
    ["a subject of a few words keeps its modal as the frame", "Our support desk will ping you every hour until you decide.", "spam/repeated-follow-up", "ping you every hour until you decide", "Our support desk will follow up once here on Upwork."],
    ["an abbreviation's full stop at the line's end stays the sentence's", "I'll nudge you every 30 minutes until I get a yes or no.", "spam/repeated-follow-up", "I'll nudge you every 30 minutes until I get a yes or no", "I'll follow up once here on Upwork."],
    ["a delivery held for a review waits for the milestone instead, the client still its subject", "I'll hand over the Figma source right after you post a 5-star review.", "feedback/withholding", "right after you post a 5-star review", "I'll hand over the Figma source right after you approve the milestone."],
    ["a top rating demanded as a floor is swapped and the address stays", "Please never rate me below five stars, madam.", "feedback/pressure", "never rate me below five stars", "Please leave honest feedback, madam."],
    ["a middot-separated line loses only the item with the address", "Omar Haddad · Motion Designer · 14 Elm Road, Leeds LS2 7AB", "contact/address", "Omar Haddad · Motion Designer · 14 Elm Road, Leeds LS2 7AB", "Omar Haddad · Motion Designer"],
    ["a bracketed street address goes and the city stays", "| Base | Porto, Portugal (Rua Alegre 45, 3º) |", "contact/address", " (Rua Alegre 45, 3º)", "| Base | Porto, Portugal |"],
    ["the removed channel's own verb in the next clause is said here on Upwork", "My cell is 555-0188, call me after six, I'm in the studio all day.", "contact/phone", "My cell is 555-0188", "Message me here on Upwork after six, I'm in the studio all day."],
    ["a concession that held the channel goes before a main clause that stands", "Although I answer faster on Viber (+44 7700 900456), all the files will stay in this Upwork thread.", "contact/messaging", "on Viber (+44 7700 900456)", "All the files will stay in this Upwork thread."],
    ["a payment app built as the work is no payment cue", "I built a Stripe and Apple Pay checkout for a bakery, and for this order please pay me via Revolut.", "circumvention/off-platform-payment", "I built a Stripe and Apple Pay checkout for a bakery, and for this order please pay me via Revolut", "I built a Stripe and Apple Pay checkout for a bakery, and for this order please pay me through Upwork."],
    ["a purpose kept as the question puts the place before its time", "Could you send me your Skype ID so I can walk you through the draft before Friday?", "contact/request", "Could you send me your Skype ID so I can walk you through the draft", "Could I walk you through the draft here on Upwork before Friday?"],
    ["a lead that names only the channel keeps its other words", "Weekly check-ins by phone at 0161 555 0100 if that suits you", "contact/phone", "at 0161 555 0100", "Weekly check-ins here on Upwork if that suits you"],
    ["a follow-up schedule is said once", "I'll check in daily until you respond.", "spam/repeated-follow-up", "daily until you respond", "I'll check in once next week if I don't hear back."],
    ["an off-platform agreement becomes a new Upwork contract", "Our team will move the retainer to a direct agreement after launch.", "circumvention/off-platform-work", "move the retainer to a direct agreement", "Our team will move the retainer to a new Upwork contract after launch."],
    ["an arrow pointing at a removed link goes with it", "## Book a slot → calendly.com/mara-ux", "contact/link", "calendly.com/mara-ux", "## Book a slot here on Upwork"],
    ["a form named as a subject is said as messaging here on Upwork", "I reply within a day, and the booking form at leafworks.co/hello is the easiest way to reach me.", "contact/link", "at leafworks.co/hello", "I reply within a day, and messaging me here on Upwork is the easiest way to reach me."],
    ["a discourse tag alone is no sentence: the rewrite follows it", "Just so you know, I will keep re-posting this under each of your jobs.", "spam/repeated-follow-up", "I will keep re-posting this under each of your jobs", "Just so you know, I will follow up once here on Upwork."],
    ["an alternative to Upwork is swapped for Upwork and its praise goes", "I'd suggest we use Payoneer instead of Upwork, it's safer for both sides.", "circumvention/off-platform-payment", "use Payoneer instead of Upwork, it's safer for both sides", "I'd suggest we use Upwork."],
  ];
  // golden-3's phenomena (issue 11), in sentences of our own
  GIVEN.push(
    ["a line's own label stays when all after it is rewritten", "- Client reviews: 5 stars or nothing — my badge depends on it", "feedback/pressure", "5 stars or nothing — my badge depends on it", "- Client reviews: honest feedback welcome"],
    ["a label's last word is no channel verb", "- Follow-up plan: day 1, day 2, day 3 and daily after that", "spam/repeated-follow-up", "day 1, day 2, day 3 and daily after that", "- Follow-up plan: one follow-up on Upwork"],
    ["a bracketed clause closing the sentence goes with its finding", "See you Monday (I'll keep pinging you daily until then).", "spam/repeated-follow-up", "(I'll keep pinging you daily until then)", "See you Monday."],
    ["a phrase that would repeat the clause before it is said to the client, and the client's condition stays", "I'd happily share my showreel, and my Telegram (@mira_cuts) is always open if you want to talk through the edit.", "contact/messaging", "(@mira_cuts)", "I'd happily share my showreel, and I'm happy to talk here on Upwork if you want to talk through the edit."],
    ["a statement that only announced the detail goes once another clause points here", "If you need the rates, just email me and I will send them, my inbox is listed below:", "contact/email", "just email me and I will send them, my inbox is listed below", "If you need the rates, just message me here on Upwork and I will send them"],
    ["a verb's particle before the channel place stays", "I'll record a short demo, which you can comment on through the feedback widget at support.kitely.net.", "contact/link", "through the feedback widget at support.kitely.net", "I'll record a short demo, which you can comment on here on Upwork."],
    ["a fee-avoiding purpose that opens the clause goes with its comma", "To avoid the Upwork fee, we can settle the balance by bank transfer.", "circumvention/off-platform-payment", "To avoid the Upwork fee, we can settle the balance by bank transfer", "We can settle the balance through Upwork."],
    ["a currency, a wallet number and 'instead of the milestone' go with the channel", "I've shipped two NFT storefronts, but for this job please pay in ETH to my wallet 0x9f3a77b2c1 instead of the milestone.", "circumvention/off-platform-payment", "please pay in ETH to my wallet 0x9f3a77b2c1 instead of the milestone", "I've shipped two NFT storefronts, but for this job please pay through Upwork."],
    ["a document couriered to the asked-for address is sent here instead, still asked", "Could you send me your home address so I can courier the signed NDA?", "contact/request", "Could you send me your home address so I can courier the signed NDA", "Could I send the signed NDA here on Upwork?"],
    ["a second step in the channel's own verb is the invitation", "P.S. Follow @bakes.by.lin on Instagram and DM me to get the full recipe list.", "contact/social", "Follow @bakes.by.lin on Instagram", "P.S. Message me here on Upwork to get the full recipe list."],
    ["a conditional offer of the channel gives way to its 'otherwise'", "If you'd rather use Skype, I'm at lin.bakes.77, otherwise just reply to this message.", "contact/messaging", "If you'd rather use Skype, I'm at lin.bakes.77, otherwise just", "Just reply to this message."],
    ["a clause that only says where my things are goes after one that stands", "I edited four wedding films this spring, and all my reels (Vimeo, YouTube) are at lnk.bio/linfilms.", "contact/link", ", and all my reels (Vimeo, YouTube) are at lnk.bio/linfilms", "I edited four wedding films this spring."],
    ["a closing condition that asked the client onto the channel gives way to the book's place, and the client's own pages stay", "I studied your brand's Pinterest boards, and I'd love to send you a moodboard if you follow me at @lin.moods.", "contact/social", "if you follow me at @lin.moods", "I studied your brand's Pinterest boards, and I'd love to send you a moodboard in my Upwork portfolio."],
    ["an address that the finding cut short goes whole, and the visit's purpose is done on a call", "Drop by my workshop at 5 Elm Road, Unit 2, Leeds LS6 2QT to see the fabric samples in person.", "contact/address", "5 Elm Road, Unit 2", "See the fabric samples on a video call here on Upwork."],
    ["a concession that set Upwork against the plan goes", "Even though we met on Upwork, I'd prefer to bill the next phase through a direct contract.", "circumvention/off-platform-work", "Even though we met on Upwork, I'd prefer to bill the next phase through a direct contract.", "I'd prefer to bill the next phase through a new Upwork contract."],
    ["a login asked for becomes a user invite and keeps what it was for", "Please share your Wix login and password and I'll update the menu pages for you.", "account/client-login", "share your Wix login and password", "Please add me as a user on your Wix account and I'll update the menu pages for you."],
    ["a bracketed address and the in-person offer joined to it go", "I'm based in Porto (Rua Nova 12, 1º) and can meet you at your office if you're in town.", "contact/address", " (Rua Nova 12, 1º) and can meet you at your office if you're in town", "I'm based in Porto."],
    ["a relative clause holding the repetition goes and the count is said once", "This is my second reminder, which I'll send again every morning, about the invoice design.", "spam/repeated-follow-up", "my second reminder, which I'll send again every morning,", "This is a quick reminder about the invoice design."],
    ["a reason that is a clause of its own stays where the follow-up goes", "Please answer me, I message you hourly because I think you missed my proposal.", "spam/repeated-follow-up", "I message you hourly because I think you missed my proposal", "Please answer me, I think you missed my proposal."],
    ["a threat on a condition asks for what it pressed", "If you won't approve the draft today, we will rate you one star.", "feedback/pressure", "we will rate you one star", "Please approve the draft today."],
    ["the call a detail was asked for is had here", "Which number can I call for a short 15-minute chat about the logo brief?", "contact/request", "Which number can I call", "Could we have a short 15-minute chat about the logo brief here on Upwork?"],
    ["a relative clause's commas go with it after a subject", "My proposal, which I will resend every hour, covers the full scope.", "spam/repeated-follow-up", "which I will resend every hour", "My proposal covers the full scope."],
    ["what a detail is used for is the purpose, and an alternative that offered Upwork goes once the rewrite asks here", "Is there a Gmail I can use to share the storyboard, or would you rather see it in the Upwork chat?", "contact/request", "Is there a Gmail I can use to share the storyboard", "Could I share the storyboard here on Upwork?"],
    ["a purpose with a subject of mine stays after the request", "Kindly share your WhatsApp number so our designer can send the drafts.", "contact/request", "share your WhatsApp number", "Kindly message me here on Upwork so our designer can send the drafts."],
    ["a connector opening the line stays before the verb slot", "But feel free to WhatsApp me at +1 555 0100.", "contact/messaging", "But feel free to WhatsApp me at +1 555 0100", "But feel free to message me here on Upwork."],
    ["a connector alone is no clause that stands: the follow-up is said once after it", "Plus, I'll ping you every day until you reply.", "spam/repeated-follow-up", "I'll ping you every day until you reply", "Plus, I'll follow up once here on Upwork."],
    ["quoted speech keeps both its marks and loses the handle inside them", "He wrote: \"ping me on Telegram @kai_dev\" and it worked.", "contact/messaging", "ping me on Telegram", "He wrote: \"message me here on Upwork\" and it worked."],
    ["a visit for a talk is a talk here", "Come by my office at 40 Dock Road, Hull HU1 2AB for a quick chat about the menu.", "contact/address", "Come by my office at 40 Dock Road, Hull HU1 2AB for a quick chat about the menu", "Let's have a quick chat about the menu here on Upwork."],
    ["after a condition, the 'and' of a main clause that went goes too", "If you want to try the chairs, our showroom is at 9 Mill Row, Unit 2, Derby DE1 3AA, and you're welcome to visit.", "contact/address", "9 Mill Row, Unit 2", "If you want to try the chairs, you're welcome to message me here on Upwork."],
    ["a rating swap loses both halves", "You give me a 5, I'll give you a 5.", "feedback/incentive", "You give me a 5, I'll give you a 5", "If you're happy with the work, honest feedback is always appreciated."],
    ["a request label keeps its marks, and the phrase after it goes on in lower case", "**Reach me:** lin.bakes@proton.me", "contact/email", "lin.bakes@proton.me", "**Reach me:** via Upwork messages"],
    ["a lead before the point stays when the sentence is rewritten whole (detection's span took it too), and the rewrite goes on in lower case", "Btw, I also take Bitcoin if that suits your accountant.", "circumvention/off-platform-payment", "Btw, I also take Bitcoin if that suits your accountant", "Btw, all payments go through Upwork."],
    ["a postscript's mark stays before the whole-sentence phrase", "PS: if you give me your Signal number I can send you short clips, which is quicker for me.", "contact/request", "PS: if you give me your Signal number I can send you short clips, which is quicker for me", "PS: let's keep talking here on Upwork."],
    ["a list item's own label stays before its rewritten value, which is the book's phrase for a value", "2. Month 3 onward: direct contract (no platform)", "circumvention/off-platform-work", "direct contract (no platform)", "2. Month 3 onward: on Upwork"],
    ["a detail asked for beside an innocent thing goes alone with its 'and' (detection's span is the whole request)", "Could you send over your WhatsApp number and the style guide?", "contact/request", "Could you send over your WhatsApp number and the style guide", "Could you send over the style guide?"],
    ["a middle list item goes with its comma, and a list of two loses the Oxford comma", "I'll need the logins list, your mobile number, and the launch date.", "contact/request", "your mobile number", "I'll need the logins list and the launch date."],
    ["a last list item goes with the 'and' before it", "Please include your portfolio and your email address.", "contact/request", "your email address", "Please include your portfolio."],
    ["a purpose whose subject is a team's initials stays after the request", "Please share your cell number so Ops can book the install.", "contact/request", "share your cell number", "Please message me here on Upwork so Ops can book the install."],
    ["a clause after the detail is no list item: the request is rewritten", "Send me your email and I'll add you to the board.", "contact/request", "Send me your email and I'll add you to the board", "Let's keep talking here on Upwork and I'll add you to the board."],
    ["a follow-up schedule closing the sentence after a dash is answered in its place, the clause before it kept", "Take your time with the brief — I'll message you every two hours until you answer.", "spam/repeated-follow-up", "I'll message you every two hours until you answer", "Take your time with the brief — I look forward to hearing from you."],
    ["a follow-up asked after a dash becomes a question the client can answer", "Still no reply on my end — should I keep pinging you every morning?", "spam/repeated-follow-up", "should I keep pinging you every morning?", "Still no reply on my end — is there anything else you need from me?"],
    ["a follow-up after words that chase too goes with its dash", "Sending this again — and I'll keep resending it hourly until you reply.", "spam/repeated-follow-up", "— and I'll keep resending it hourly until you reply", "Sending this again."],
    ["money back for a review goes with its condition, the clause before it kept", "Thanks for the interview — and if you leave me five stars, your next revision is on the house.", "feedback/incentive", "if you leave me five stars, your next revision is on the house", "Thanks for the interview."],
    ["a discount promised for a review is the incentive itself: the sentence asks for honest feedback", "Post a 5-star review and I'll knock 15% off your next order.", "feedback/incentive", "Post a 5-star review and I'll knock 15% off your next order", "If you're happy with the work, honest feedback is always appreciated."],
    ["a promotion open to anyone stays once the review demand before it goes", "Post a 5-star review and get 15% off your next order!", "feedback/incentive", "Post a 5-star review and", "Get 15% off your next order!"],
    ["an extra deliverable stays once its review condition goes", "I'll add a bonus icon set in exchange for a 5-star review.", "feedback/incentive", "I'll add a bonus icon set in exchange for a 5-star review", "I'll add a bonus icon set."],
    ["a payment app's own kind of transfer goes with the app", "For the retainer, you can pay me via PayPal Goods & Services each month.", "circumvention/off-platform-payment", "you can pay me via PayPal Goods & Services", "For the retainer, you can pay me through Upwork each month."],
    ["a second outside means in the swapped clause goes", "After launch I can invoice you myself through FreshBooks.", "circumvention/off-platform-payment", "I can invoice you myself through FreshBooks", "After launch I can bill you through Upwork."],
    ["'outside this platform' is off-platform work, swapped where it stands", "Once the pilot is approved we can handle phase two outside this platform.", "circumvention/off-platform-work", "we can handle phase two outside this platform", "Once the pilot is approved we can handle phase two on Upwork."],
    ["a choice among the removed channels goes with them", "All my profiles (Behance, Dribbble, Telegram) are at bio.link/sasha — pick whichever is easiest.", "contact/link", "All my profiles (Behance, Dribbble, Telegram) are at bio.link/sasha", "We can set up a call here on Upwork."],
    ["how fast the removed payment clears goes with it", "For clients in Ghana I accept mobile money via PayPal — it clears in minutes.", "circumvention/off-platform-payment", "I accept mobile money via PayPal", "For clients in Ghana I accept payment through Upwork."],
    ["'that's where' pointed at the removed channel and goes", "3. Add me on Snapchat @lee.draws — that's where I post my sketches first.", "contact/social", "Add me on Snapchat @lee.draws", "3. Message me here on Upwork."],
    ["an app's tool named after it and 'rather than Upwork's' go when billing is swapped", "Prices are in EUR; I bill quarterly via Stripe's invoicing tool rather than Upwork's.", "circumvention/off-platform-payment", "I bill quarterly via Stripe's invoicing tool rather than Upwork's", "Prices are in EUR; I bill quarterly through Upwork."],
    ["a payment method is the offending part of a long finding, so a condition before it stays", "If that works, i pay you 30% upfront by MoneyGram and rest on delivery", "circumvention/off-platform-payment", "If that works, i pay you 30% upfront by MoneyGram and rest on delivery", "If that works, i pay you 30% upfront through Upwork and rest on delivery"],
    ["'directly' after the swapped channel goes with it", "For the first sprint, just send the deposit to my Venmo directly.", "circumvention/off-platform-payment", "just send the deposit to my Venmo directly", "For the first sprint, just send the deposit through Upwork."],
    ["innocent pieces before the clause holding the demand stay, though one of them opens no clause", "I'll ship the brand kit by Friday, including the colour tokens and a type scale, and I'll expect a five-star rating in return.", "feedback/pressure", "I'll ship the brand kit by Friday, including the colour tokens and a type scale, and I'll expect a five-star rating in return", "I'll ship the brand kit by Friday, including the colour tokens and a type scale."],
    ["a contrast and an honesty tag that set up the removed part go before its rewrite", "I can start this week — but honestly, it's easier if you pay me outside Upwork.", "circumvention/off-platform-work", "but honestly, it's easier if you pay me outside Upwork", "I can start this week — it's easier if you pay me on Upwork."],
    ["after a postscript's mark, a 'but' whose first half went goes", "PS: My mobile is 0161 555 0199, but honestly I answer quicker on Upwork chat.", "contact/phone", "My mobile is 0161 555 0199, but honestly", "PS: Honestly I answer quicker on Upwork chat."],
    ["a visit offered beside a removed address is a message, and 'if you're nearby' goes", "If you're nearby, our studio is at 8 Kiln Lane, Leeds LS2 7DJ — come by and we'll go through the samples.", "contact/address", "8 Kiln Lane, Leeds LS2 7DJ", "Our studio is in Leeds — message me here on Upwork and we'll go through the samples."],
    ["the 'and' of a dropped last clause goes on to the clause that now ends the list", "I edit podcasts, I master in Audition, and if you ever pass through, my address is 9 Mill Row, Derby DE1 3AA.", "contact/address", "9 Mill Row, Derby DE1 3AA", "I edit podcasts, I master in Audition, and I'm happy to share my address here on Upwork once the contract starts."],
    ["a top rating out of five goes whole, and the consequence threatened goes with the demand", "**Note:** rate me 5/5 in every category or I can't bid on your future jobs.", "feedback/pressure", "rate me 5/5 in every category or I can't bid on your future jobs", "**Note:** leave honest feedback in every category."],
    ["a longer review condition of a delivery waits for the milestone instead", "The app is built and tested, and I'll publish it to the store as soon as your review is up on my profile.", "feedback/withholding", "as soon as your review is up on my profile", "The app is built and tested, and I'll publish it to the store as soon as the milestone is approved."],
    ["a bracketed review condition of a delivery waits for the milestone", "3. Source files (after your 5-star review)", "feedback/withholding", "(after your 5-star review)", "3. Source files (after milestone approval)"],
    ["a link's call to action that pointed 'here' is an invitation", "**Book a call:** [click here](https://calendly.com/sam-fold)", "contact/link", "https://calendly.com/sam-fold", "**Book a call:** message me here on Upwork"],
    ["a booking verb that fitted the calendar becomes setting up a call", "If you'd like a walkthrough, grab a slot at cal.com/samfold/intro.", "contact/link", "cal.com/samfold/intro", "If you'd like a walkthrough, set up a call here on Upwork."],
    ["the bracketed name of the removed page goes with it", "Feel free to message me on Facebook (Fold Studio Design) with any questions.", "contact/social", "message me on Facebook (Fold Studio Design)", "Feel free to message me here on Upwork with any questions."],
    ["a kept clause that counted the messages says it once when the repeating part goes", "Did you get my last four messages, or should I keep sending them every hour?", "spam/repeated-follow-up", "or should I keep sending them every hour", "Did you get my message?"],
    ["'in case you missed it' is a tag, no clause that stands alone: the follow-up is said once before it", "Btw I sent this same letter to your other 4 posts, in case you missed it.", "spam/repeated-follow-up", "I sent this same letter to your other 4 posts, in case you missed it", "Btw I'll follow up once here on Upwork, in case you missed it."],
    ["a condition left closing the sentence once its main clause went goes too", "If you like the edit, a review helps a lot; if you don't, please tell me before rating so I can talk you out of a bad score.", "feedback/pressure", "please tell me before rating so I can talk you out of a bad score", "If you like the edit, a review helps a lot."],
    // justifications.ts: what argued for the removed part goes with it, wherever it stands
    ["a leading reason that complains of Upwork goes, the lead before it stays", "Also, since the Upwork inbox is so slow, you can mail me at sam@fold.io.", "contact/email", "sam@fold.io", "Also, you can message me here on Upwork."],
    ["a reason that does not name Upwork stands and stays", "Since my week fills up fast, email me at sam@fold.io to book a slot.", "contact/email", "email me at sam@fold.io", "Since my week fills up fast, message me here on Upwork to book a slot."],
    ["a complaint of the platform before ', so' goes with the 'so'", "Frankly, Upwork messages are unreliable, so text me at 0161 555 0199.", "contact/phone", "text me at 0161 555 0199", "Frankly, message me here on Upwork."],
    ["a benefit of going off-platform after a comma goes", "We can run phase two privately after launch, which means no middleman for either of us.", "circumvention/off-platform-work", "We can run phase two privately after launch", "We can run phase two on Upwork after launch."],
    ["an apology and the policy it apologised for go (rewrite11: a delivery held back only after feedback comes with the final milestone)", "Design files come only after a good rating, sorry, that is my policy.", "feedback/withholding", "only after a good rating", "Design files come with the final milestone."],
    ["an adverb between a channel's verb and its detail stays, the verb swapped", "Text me anytime at 0161 555 0199 about the edits.", "contact/phone", "Text me anytime at 0161 555 0199", "Message me anytime here on Upwork about the edits."],
    // (rewrite14: the conjunct that skips Upwork goes alone as the move's motive, so the minimal swap stands: it was "we can keep working together here on Upwork")
    ["a phrase of time before the subject stays, and a conjunct that skips Upwork goes with the move", "From the second sprint we can work privately and bypass Upwork entirely.", "circumvention/off-platform-work", "From the second sprint we can work privately and bypass Upwork entirely", "From the second sprint we can work on Upwork."],
    ["'rather than here' closing the removed place goes whole", "Please send the brief to my inbox at sam@fold.io rather than here.", "contact/email", "sam@fold.io", "Please send the brief here on Upwork."],
    ["a list of ways to pay that holds Upwork keeps only Upwork", "Payment options: Payoneer, Skrill or Upwork hourly", "circumvention/off-platform-payment", "Payoneer, Skrill", "Payment options: Upwork hourly"],
    ["channel verbs said with the swapped one go with their channel", "Email, text or call me at 0161 555 0199 with any questions.", "contact/phone", "call me at 0161 555 0199", "Message me here on Upwork with any questions."],
    ["a page's name after a colon closing the sentence goes with the page", "Follow me on Instagram: Fold Studio Ceramics.", "contact/social", "Follow me on Instagram", "Message me here on Upwork."],
    ["a field of a bar-parted line goes with its bar, the other fields stay", "Phone: +1 415 555 0132 | Portfolio: behance.net/samfold | Rate: $40/h", "contact/phone", "Phone: +1 415 555 0132", "Portfolio: behance.net/samfold | Rate: $40/h"],
    ["a street abbreviation ends no sentence, and a finding over a whole field line takes only its field", "Studio: al. Róż 7, 00-556 Warszawa | Tools: Figma, Blender", "contact/address", "Studio: al. Róż 7, 00-556 Warszawa | Tools: Figma, Blender", "Tools: Figma, Blender"],
    ["a finding over a whole middot line leaves the name and title, the address item goes", "Jonas Berg, Architect · 41 Quay Street, Suite 3, Galway H91 X2Y4", "contact/address", "Jonas Berg, Architect · 41 Quay Street, Suite 3, Galway H91 X2Y4", "Jonas Berg, Architect"],
    ["a street address alone in brackets inside a longer address finding goes with its brackets, the hours stay", "- Working from Porto, Portugal (Rua Escura 48, Sé), online 10–19 WET", "contact/address", "Working from Porto, Portugal (Rua Escura 48, Sé), online 10–19 WET", "- Working from Porto, Portugal, online 10–19 WET"],
    ["a condition without a comma that complains of Upwork goes", "Ping me on Telegram @samfold if the Upwork app keeps losing notifications.", "contact/messaging", "Ping me on Telegram @samfold", "Message me here on Upwork."],
    ["a condition that stands on its own stays", "Ping me on Telegram @samfold if the brief changes.", "contact/messaging", "Ping me on Telegram @samfold", "Message me here on Upwork if the brief changes."],
    ["a reassurance closing the sentence was about what went", "My partner logs in to this account too, I write the code, no worries.", "account/shared-account", "My partner logs in to this account too", "I write the code."],
    ["what is left only argued for the removed part: the rule's phrase takes the sentence", "We share one seller account between the three of us, it's simpler.", "account/shared-account", "We share one seller account between the three of us", "I do all the work on this profile myself."],
    ["a lead left alone keeps the rule's phrase after it", "Frankly, my cousin in Leeds does most of the jobs on my account.", "account/shared-account", "my cousin in Leeds does most of the jobs on my account", "Frankly, I do all the work on this profile myself."],
    ["a credential asked for at the start of a sentence is a user invite, the work it was for kept", "Send me your Mailchimp password and I'll rebuild the welcome flow.", "account/client-login", "Send me your Mailchimp password and I'll rebuild the welcome flow", "Add me as a user on your Mailchimp account and I'll rebuild the welcome flow."],
    ["the login 'to your' platform is the same request", "Could you share the password for your Squarespace site so I can update the menu?", "account/client-login", "share the password for your Squarespace site", "Could you add me as a user on your Squarespace site so I can update the menu?"],
    ["the reason of a repeated follow-up goes with it", "Because you haven't replied yet, I'm resending this every morning.", "spam/repeated-follow-up", "I'm resending this every morning", "I'm resending this once next week."],
    // rewrite10 (phenomena of golden-6's failures, pinned on sentences of our own)
    ["a colon glued to the next character is part of a token, no label: the whole handle goes", "| Chat | live:.cid.4e1d9c |", "contact/messaging", "live:.cid.4e1d9c", "| Chat | Via Upwork messages |"],
    ["an aside's own '!' before its closing bracket ends no sentence: the bracketed street address goes whole", "We're based in Porto (Rua Nova 12, 2nd floor — pop in any time!) so our hours overlap.", "contact/address", "(Rua Nova 12, 2nd floor — pop in any time!)", "We're based in Porto so our hours overlap."],
    ["a reassurance that the removed way to pay is as safe goes with it", "To skip the fee we could settle through Escrow.com — it's just as safe.", "circumvention/off-platform-payment", "we could settle through Escrow.com — it's just as safe", "All payments go through Upwork."],
    ["a comfort of mine that argued for the channel goes", "We can continue on WhatsApp, it is more comfortable for me.", "contact/messaging", "We can continue on WhatsApp, it is more comfortable for me.", "We can keep talking here on Upwork."],
    ["a call with no app named before its number is the verb's object and stays", "Glad to hop on a short call: 0161 555 0142.", "contact/phone", "0161 555 0142", "Glad to hop on a short call here on Upwork."],
    ["a label that names the place stays before the town its address gives way to", "- Workshop: 4 Canal Street, Unit 2, Manchester M1 3HE", "contact/address", "4 Canal Street, Unit 2, Manchester M1 3HE", "- Workshop: Manchester"],
    ["a label that named the address says 'Location'", "- Address: 4 Canal Street, Unit 2, Manchester M1 3HE", "contact/address", "4 Canal Street, Unit 2, Manchester M1 3HE", "- Location: Manchester"],
    ["a field's name that is a channel noun elsewhere labels an account line and stays", "- account: run by my brother and me", "account/shared-account", "run by my brother and me", "- account: me, personally"],
    ["'outside platform' closing a rewritten value pointed at the move and goes", "- later projects: directly, outside platform", "circumvention/off-platform-work", "directly, outside platform", "- later projects: on Upwork"],
    ["a call promised in a question's purpose is asked for here on Upwork, its time kept", "Can you send me your email so I can call you after lunch?", "contact/request", "Can you send me your email so I can call you", "Could we have a quick call here on Upwork after lunch?"],
    ["a request that would still name the client's details becomes the request's own phrase", "Leave your contacts in the comments and I will write you directly.", "contact/request", "Leave your contacts in the comments and I will write you directly.", "Let's keep talking here on Upwork."],
    ["a lead and its bracketed aside left alone keep the rule's phrase after their dash; replies from others went with the sharing", "Heads-up (so nothing surprises you later) — my flatmate also answers messages on this account, so you might get replies from him.", "account/shared-account", "my flatmate also answers messages on this account, so you might get replies from him", "Heads-up (so nothing surprises you later) — I do all the work on this profile myself."],
    ["an aside between paired dashes that holds the whole finding goes with its dashes, a comma after a subordinate head", "When you're ready — and I'll nudge you every morning until then — send me the brief.", "spam/repeated-follow-up", "and I'll nudge you every morning until then", "When you're ready, send me the brief."],
    ["a dashed aside goes without a comma after a plain subject", "The final logo — which I release only after a 5-star review — comes in three colours.", "feedback/withholding", "which I release only after a 5-star review", "The final logo comes in three colours."],
    ["a way to pay named alone in brackets goes with its brackets, the rate stays", "My day rate is $300 (PayPal preferred) and I can start Monday.", "circumvention/off-platform-payment", "(PayPal preferred)", "My day rate is $300 and I can start Monday."],
    ["a bare 'instead' after the swapped way to pay goes", "I can take 5% off if you pay me by Wise instead.", "circumvention/off-platform-payment", "if you pay me by Wise instead", "I can take 5% off if you pay me through Upwork."],
    ["a plural of reminders left beside 'once' still repeats: the follow-up is said once", "You'll get nudges from me every morning until you reply.", "spam/repeated-follow-up", "You'll get nudges from me every morning until you reply", "I'll follow up once here on Upwork."],
    ["a smiley closing an unpunctuated sentence is its terminal and stays", "Sorry for the wait — I'll keep pinging you until you open the chat :)", "spam/repeated-follow-up", "I'll keep pinging you until you open the chat", "Sorry for the wait — I look forward to hearing from you :)"],
    ["details asked for as a list whose rest still points back ('whichever you use', 'there') are no innocent list: the promise is asked here", "Can you send me your Signal or Telegram, whichever you use, and I'll share the drafts there?", "contact/request", "Can you send me your Signal or Telegram, whichever you use, and I'll share the drafts there?", "Could I share the drafts here on Upwork?"],
    ["a clause that denies going off Upwork keeps the rules and stays as written", "I never take payments outside Upwork, but after launch we could sign a private contract.", "circumvention/off-platform-work", "but after launch we could sign a private contract", "I never take payments outside Upwork, but after launch we could sign a new Upwork contract."],
    ["a 'but' clause swapped to Upwork after a clause that already says Upwork goes", "Invoices are paid on Upwork, but bonuses can go to my PayPal.", "circumvention/off-platform-payment", "but bonuses can go to my PayPal", "Invoices are paid on Upwork."],
    ["the payee and town of the removed transfer go with it", "Send the balance by MoneyGram to Ana Lima, Recife.", "circumvention/off-platform-payment", "Send the balance by MoneyGram to Ana Lima, Recife", "Send the balance through Upwork."],
    ["a contact detail's closing aside that names no channel says when and stays, the channel label saying 'Contact'", "- mobile: 0161 555 0199 (weekdays only)", "contact/phone", "mobile: 0161 555 0199 (weekdays only)", "- Contact: via Upwork messages (weekdays only)"],
    ["a promise to send the payment details goes with the removed way to pay", "Once the pilot ends, the retainer can go straight to my bank — I'll email the details!", "circumvention/off-platform-payment", "the retainer can go straight to my bank — I'll email the details", "Once the pilot ends, all payments go through Upwork!"],
    ["the client's convenience is no argument for the channel and stays", "If it's more convenient for you, add me on Signal: sam_fold, and we can go over the plan.", "contact/messaging", "add me on Signal: sam_fold, ", "If it's more convenient for you, message me here on Upwork, and we can go over the plan."],
    // rewrite11: phenomena recurring across golden-5, -6 and -7 (each row a sentence of our own)
    ["an opening of time before a question for the client's details stays before the rewritten question", "Before I draft the plan, what's your phone number? I'd like to confirm a few dates.", "contact/request", "what's your phone number?", "Before I draft the plan, could we keep talking here on Upwork? I'd like to confirm a few dates."],
    ["an opening of time stays before a whole rewrite that keeps the request's purpose", "Before we agree on scope, could I get your Telegram so I can ask about the audience?", "contact/request", "could I get your Telegram so I can", "Before we agree on scope, could I ask about the audience here on Upwork?"],
    // (rewrite15: the work the other person was to do on my login stays, done by me; it was "I do all the work on this profile myself")
    ["a frame announcing the point stays before the rule's phrase", "Please note that my sister will sometimes log in to this account to reply on weekends.", "account/shared-account", "my sister will sometimes log in to this account to reply on weekends", "Please note that I will personally reply on weekends."],
    ["a reminder frame stays before a rating demand's rewrite", "Just a reminder that I need a 5-star rating from you by Friday!", "feedback/pressure", "I need a 5-star rating from you by Friday", "Just a reminder that honest feedback at the end is always appreciated!"],
    ["an opening that argued for the channel is no lead: it goes with the rest", "To save on fees, please pay the balance by Zelle.", "circumvention/off-platform-payment", "please pay the balance by Zelle", "Please pay the balance through Upwork."],
    ["a table row labelled by its channel says 'Contact' when its value becomes the contact phrase", "| Telegram | @sam_fold_dev |", "contact/messaging", "@sam_fold_dev", "| Contact | Via Upwork messages |"],
    ["a table row's generic label names what the row is for and stays", "| Scheduling | https://calendly.com/sam-fold |", "contact/link", "https://calendly.com/sam-fold", "| Scheduling | Via Upwork messages |"],
    ["a short closing verdict on the removed part goes with it", "After the trial month we'd like to keep going with you directly — it's simpler for everyone.", "circumvention/off-platform-work", "keep going with you directly", "After the trial month we'd like to keep going with you on Upwork."],
    ["a delivery held back 'only after' feedback comes with the final milestone, 'only' going with the condition", "The style guide I hand over only after you post a glowing review.", "feedback/withholding", "only after you post a glowing review", "The style guide I hand over with the final milestone."],
    ["a verb of holding becomes its delivery when the condition goes", "The raw recordings stay with me until your review is live!", "feedback/withholding", "until your review is live", "The raw recordings are handed over with the final milestone!"],
    ["a held object keeps its words when a wider phrase opened the condition, and an apology for the holding in brackets goes", "We'll hold the source repo for your shop until the review is posted (sorry, house rule).", "feedback/withholding", "until the review is posted (sorry, house rule)", "We'll deliver the source repo for your shop with the final milestone."],
    ["'release' is a delivery verb already and stays", "The layered files get released only after you rate the job.", "feedback/withholding", "only after you rate the job", "The layered files get released with the final milestone."],
    ["a negated holding keeps its event: no delivery is held back by a verb", "I'm not sending the invoice until you rate me 5 stars.", "feedback/withholding", "until you rate me 5 stars", "I'm not sending the invoice until you approve the milestone."],
    ["a verdict comparing with here argued for the channel and goes", "I'll share the build with you on Discord, it is quicker than uploading here.", "contact/messaging", "on Discord", "I'll share the build with you here on Upwork."],
  );
  itRewrites(GIVEN);
});

describe("a next sentence that only argued for the removed part (rewrite11)", () => {
  // Only a next sentence closed by the same mark goes, so the text keeps its terminal.
  const FOLLOWERS: [string, string, string, string, string][] = [
    ["a next sentence that only complained of the platform goes with the rewrite", "I'll invoice you by Payoneer for the extras. Upwork's cut on add-ons is steep.", "circumvention/off-platform-payment", "invoice you by Payoneer", "I'll bill you through Upwork for the extras."],
    ["a next sentence that is a short verdict on the removed way goes with the rewrite", "You can settle the balance by Venmo. It's much simpler for me.", "circumvention/off-platform-payment", "settle the balance by Venmo", "You can settle the balance through Upwork."],
    ["a question followed by a statement keeps both marks: the text's terminal stays", "Could we settle the balance by Venmo? It's much simpler for me.", "circumvention/off-platform-payment", "settle the balance by Venmo", "Could we settle the balance through Upwork? It's much simpler for me."],
    ["a next sentence about my own situation stays", "Could we move to Signal? I find the Upwork app slow on my tablet.", "contact/messaging", "move to Signal", "Could we keep talking here on Upwork? I find the Upwork app slow on my tablet."],
  ];
  itRewrites(FOLLOWERS);
});

describe("phenomena read from golden-8's failures (rewrite12)", () => {
  const ROWS: [string, string, string, string, string][] = [
    ["a closing remark that only characterised the removed habit goes", "Send the signed forms to 12 Mill Lane, Bristol BS1 — I'm a paper person like that.", "contact/address", "to 12 Mill Lane, Bristol BS1", "Send the signed forms here on Upwork."],
    ["what named the held reward as insurance goes with its condition", "The layered PSDs come once the 5-star review is up — think of it as insurance.", "feedback/withholding", "once the 5-star review is up", "The layered PSDs come once the milestone is approved."],
    ["a call's channel adjective goes where it now reads here on Upwork", "Would a short phone call at 555-0100 suit you on Monday?", "contact/phone", "at 555-0100", "Would a short call here on Upwork suit you on Monday?"],
    ["a channel noun as the thing awaited becomes a message", "Looking forward to your email at jo@quillbox.net", "contact/email", "your email at jo@quillbox.net", "Looking forward to your message here on Upwork"],
    ["a second way to pay joined after the swapped one goes with it", "We invoice through FreshBooks and you can settle it by ACH.", "circumvention/off-platform-payment", "invoice through FreshBooks and you can settle it by ACH", "We invoice through Upwork."],
    ["a payment link named as the alternative goes", "Clients pay by Payoneer or a Paddle link once the draft is in.", "circumvention/off-platform-payment", "pay by Payoneer or a Paddle link", "Clients pay through Upwork once the draft is in."],
    ["a payment split between Upwork and the removed way is one payment on Upwork", "Would you take $800 if I pay half on Upwork and the rest by Zelle?", "circumvention/off-platform-payment", "pay half on Upwork and the rest by Zelle", "Would you take $800 if I pay on Upwork?"],
    ["the payee's number goes with the swapped transfer", "The retainer is payable by Venmo to 555-0188 each month.", "circumvention/off-platform-payment", "payable by Venmo to 555-0188", "The retainer is payable through Upwork each month."],
    ["a telephone asked for is a requested detail", "Could you share your email and telephone so I can send the licence agreement?", "contact/request", "share your email and telephone", "Could you message me here on Upwork so I can send the licence agreement?"],
    ["a promise to ring back in an idiom becomes a reply", "Drop your number below and I'll give you a ring tonight.", "contact/request", "Drop your number below and I'll give you a ring", "Let's keep talking here on Upwork and I'll get back to you tonight."],
    ["an alternative that is here already, and the choice left to the client, go", "Send the files to my inbox at kay@lumen.io or the upload box here, as you prefer.", "contact/email", "my inbox at kay@lumen.io", "Send the files here on Upwork."],
    ["a second app offered beside the place goes, and so does a piece that says Upwork goes unread", "Text me on iMessage or Signal, whichever — I don't really check Upwork.", "contact/messaging", "Text me on iMessage or Signal, whichever — I don't really check Upwork.", "Message me here on Upwork."],
    ["a piece that would rather not use Upwork contracts goes with the direct agreement", "We'd rather not run this through Upwork contracts — could we sign a direct agreement?", "circumvention/off-platform-work", "We'd rather not run this through Upwork contracts — could we sign a direct agreement?", "Could we sign a new Upwork contract?"],
    ["a piece that sends the client away from the job post goes", "Please send your CV to jobs@kettle.io, not through this job post.", "contact/email", "to jobs@kettle.io, not through this job post", "Please send your CV here on Upwork."],
    ["the next reminder announced beside a follow-up goes with it", "Follow-up 3 of 5: please check my proposal, next reminder in an hour.", "spam/repeated-follow-up", "Follow-up 3 of 5", "Please check my proposal."],
    ["a promise to keep chasing and its excuse go with the follow-up", "This is ping number four — I'll keep going till you reply, I've nothing better to do.", "spam/repeated-follow-up", "ping number four — I'll keep going till you reply", "I'll follow up once here on Upwork."],
    ["a push to reply fast after a mass-sent pitch goes", "We sent this pitch to every Shopify job this week, so please reply fast before slots close.", "spam/repeated-follow-up", "We sent this pitch to every Shopify job this week", "I'll follow up once here on Upwork."],
    ["a detail between paired dashes goes with both dashes, and the sentence keeps its capital", "Ring me — 555-0142 — and we can sort the brief in ten minutes.", "contact/phone", "555-0142", "Message me here on Upwork and we can sort the brief in ten minutes."],
    ["an 'also' that added the removed ways to pay goes once payment is through Upwork", "We also accept BTC or ETH for the deposit.", "circumvention/off-platform-payment", "accept BTC or ETH", "We accept payment through Upwork for the deposit."],
    ["working under someone else's profile goes with the shared account", "Heads-up: this is my cousin's profile — he's abroad, so I'm bidding under it for now.", "account/shared-account", "this is my cousin's profile — he's abroad, so I'm bidding under it for now", "Heads-up: I do all the work on this profile myself."],
    ["work said to be done by others goes with the shared account", "FYI: the bid comes from our lead's account, but the actual work will be done by our interns.", "account/shared-account", "the bid comes from our lead's account, but the actual work will be done by our interns", "FYI: I do all the work on this profile myself."],
    ["after 'P.S.' the rewrite keeps the capital the sentence had", "P.S. Pop your WhatsApp number below and I'll give you a ring.", "contact/request", "Pop your WhatsApp number below and I'll give you a ring", "P.S. Let's keep talking here on Upwork and I'll get back to you."],
    ["a form filled with the bare verb 'fill' becomes sharing the requirements", "Fill our short intake form at https://quillbox.net/intake and I'll quote within a day.", "contact/link", "at https://quillbox.net/intake", "Share your requirements here on Upwork and I'll quote within a day."],
    ["asking where to send goes with the removed address", "I can send the signed contract to your address, just tell me where.", "contact/address", "to your address", "I can send the signed contract here on Upwork."],
    ["a bare promise left alone is no sentence: the rule's phrase stands instead", "Good review = priority on my waitlist, I promise.", "feedback/incentive", "Good review = priority on my waitlist", "If you're happy with the work, honest feedback is always appreciated."],
    ["a handle named right after a contact finding goes with it", "Happy to share more — ping me on Instagram at @jo.designs for the full lookbook.", "contact/social", "ping me on Instagram", "Happy to share more — message me here on Upwork for the full lookbook."],
    ["a profile path named right after a contact finding goes with it", "Samples are one click away — DM me on LinkedIn at /in/jo-writes to see them.", "contact/social", "DM me on LinkedIn", "Samples are one click away — message me here on Upwork to see them."],
    ["a condition whose main clause went leads into the rule's phrase, after its P.S.", "PS: If you go quiet, expect a nudge tonight, and the day after that!", "spam/repeated-follow-up", "expect a nudge tonight, and the day after that", "PS: If you go quiet, I'll follow up once here on Upwork!"],
    ["a bracketed 'outside Upwork' swapped says Upwork once", "- Maintenance: handled directly by our studio (outside Upwork)", "circumvention/off-platform-work", "handled directly by our studio (outside Upwork)", "- Maintenance: handled on Upwork by our studio"],
    ["'directly rather than through the platform' is one off-platform place, said once on Upwork", "We can start phase two with you directly rather than through the platform.", "circumvention/off-platform-work", "start phase two with you directly rather than through the platform", "We can start phase two with you on Upwork."],
    ["'You're welcome to' / 'Feel free to' before a thing sent stays, and the thing is sent here", "Feel free to post the signed lease to 22 Orchard Rd, Leeds.", "contact/address", "Feel free to post the signed lease to 22 Orchard Rd, Leeds", "Feel free to send the signed lease here on Upwork."],
    ["a demo a visit was for is had here, without 'in-person'", "Visit our office at 3rd Floor, Orchard House, Leeds for an in-person demo of the booking app.", "contact/address", "Visit our office at 3rd Floor, Orchard House, Leeds for an in-person demo", "Let's have a demo of the booking app here on Upwork."],
    ["a bold label keeps its marks and the aside after its detail", "- **Phone:** +1 206 555 0147 (weekdays, 9–5 PT)", "contact/phone", "+1 206 555 0147", "- **Contact:** via Upwork messages (weekdays, 9–5 PT)"],
    ["a statement with a tag question stays a statement, and keeps its tag", "I message you every day until you answer, okay?", "spam/repeated-follow-up", "I message you every day until you answer, okay", "I'll follow up once here on Upwork, okay?"],
    ["a tag question left alone tags the rule's statement", "I'll message you every day until you answer, ok?", "spam/repeated-follow-up", "every day until you answer", "I'll follow up once here on Upwork, ok?"],
    ["an opening condition of up to ten words stays before a whole rewrite", "If you'd like me to send you the signed quote, just reply with your email and phone.", "contact/request", "If you'd like me to send you the signed quote, just reply with your email and phone", "If you'd like me to send you the signed quote, let's keep talking here on Upwork."],
    ["the words a demanded review was to say go with the demand", "Please leave me five stars with the words \"fast and friendly\" when we close.", "feedback/pressure", "leave me five stars with the words \"fast and friendly\"", "Please leave honest feedback when we close."],
    ["a portfolio put where a followed channel was is visited, not followed", "Follow me on Instagram @mira.draws to see the daily sketches.", "contact/social", "Instagram @mira.draws", "Visit my Upwork portfolio to see the daily sketches."],
    ["a move to what is now an Upwork arrangement is staying on it", "Several clients began here and moved over to a direct retainer later.", "circumvention/off-platform-work", "moved over to a direct retainer", "Several clients began here and stayed on an Upwork retainer later."],
    ["my company named as the one billing goes once the billing is on Upwork", "- Hosting: invoiced directly by Northwind Labs LLC", "circumvention/off-platform-work", "invoiced directly by Northwind Labs LLC", "- Hosting: invoiced on Upwork"],
    ["the possessive a removed list item opened with stays with the list", "Please share your email and preferred start date.", "contact/request", "Please share your email and preferred start date", "Please share your preferred start date."],
    ["a hotline called becomes a message to us", "Site down? Call our hotline: +1 212 555 0199", "contact/phone", ": +1 212 555 0199", "Site down? Message us here on Upwork"],
  ];
  itRewrites(ROWS);
  // (the "!" was the aside's own, inside its bracket: the sign-off line had no terminal of its own, so the reading check's terminal rule does not apply)
  it("'P.S.' ends no sentence: a bracketed P.S. that only asked for stars goes whole after the sign-off", () => {
    assert.equal(rewritten("Best, Dev Studio (P.S. a 5-star review would make our week!)", "feedback/pressure", "a 5-star review"), "Best, Dev Studio");
  });
});

describe("phenomena read from golden-9's failures (rewrite13)", () => {
  const ROWS: [string, string, string, string, string][] = [
    ["a follow-up's schedule is said once and the 'until' that ended it goes, the rest of the sentence kept", "Please note our team will check in hourly via Upwork messages until we hear back, as is our usual practice.", "spam/repeated-follow-up", "hourly via Upwork messages until we hear back", "Please note our team will check in once via Upwork messages, as is our usual practice."],
    ["a contrast that only restricted the rating goes alone, with its dash; the request before it stays", "If the launch went well, a review would mean a lot—but please only leave one if it's five stars.", "feedback/pressure", "—but please only leave one if it's five stars", "If the launch went well, a review would mean a lot."],
    ["a time clause that held the off-platform move goes alone; the main clause stays", "Returning clients get priority booking when we skip the platform.", "circumvention/off-platform-work", "when we skip the platform", "Returning clients get priority booking."],
    ["a condition before its main clause goes with its comma, after a connector", "I'll send the last batch tomorrow, and if you could leave five stars right away, we can wrap up by Friday.", "feedback/pressure", "if you could leave five stars right away, ", "I'll send the last batch tomorrow, and we can wrap up by Friday."],
    ["a short remark set off by a dash stays before a whole rewrite", "Quick note—my brother answers most messages on this profile.", "account/shared-account", "my brother answers most messages on this profile", "Quick note—I answer all messages on this profile myself."],
    ["a remark's dash may open the finding: the remark stays with its dash", "Fingers crossed—expect a ping from me every evening until you decide!", "spam/repeated-follow-up", "—expect a ping from me every evening until you decide!", "Fingers crossed—I'll follow up once here on Upwork!"],
    ["a remark the rewrite kept while dropping what followed its dash gets no phrase after it", "Thanks for reading — a 5-star review would mean the world.", "feedback/pressure", "a 5-star review would mean the world", "Thanks for reading."],
    ["an app named as the means of a meeting is Upwork calls in its place, its bracketed ID gone", "- Weekly syncs happen over Zoom (meeting ID 555 0199 2211) on Mondays", "contact/messaging", "over Zoom (meeting ID 555 0199 2211)", "- Weekly syncs happen over Upwork calls on Mondays"],
    ["an app named as the means of a transfer is Upwork messages in its place", "Draft hand-offs go through Telegram (@lio_drafts) so nothing gets lost.", "contact/messaging", "through Telegram (@lio_drafts)", "Draft hand-offs go through Upwork messages so nothing gets lost."],
    ["a line's descriptive label stays before a value that was only the detail", "- Slides for the discovery workshop: https://bit.ly/3xYzQ9", "contact/link", "https://bit.ly/3xYzQ9", "- Slides for the discovery workshop: via Upwork messages"],
    ["a way to pay listed with its bracketed qualifier goes with it, the list keeping Upwork", "Payment options: Zelle (US only), Skrill or Upwork escrow.", "circumvention/off-platform-payment", "Zelle (US only), Skrill or ", "Payment options: Upwork escrow."],
    ["a hand-over set after the feedback, said as a noun, waits for the milestone's approval, every other word kept", "4. Delivery of the layered files takes place upon receipt of a positive rating.", "feedback/withholding", "receipt of a positive rating", "4. Delivery of the layered files takes place upon approval of the final milestone."],
    ["the same in a table cell whose finding is the condition", "| Source files | after 5★ review |", "feedback/withholding", "after 5★ review", "| Source files | after approval of the final milestone |"],
    ["a piece after an unspaced dash that finds the removed way better than Upwork goes", "I'd rather pay you via Revolut once the draft is signed off—it's simpler for our bookkeeper than Upwork invoices.", "circumvention/off-platform-payment", "pay you via Revolut", "I'd rather pay you through Upwork once the draft is signed off."],
    ["a concession that held the off-platform move goes whole, the main clause capitalised", "Even though I normally move clients to direct contracts, for this audit I'm happy to stay here.", "circumvention/off-platform-work", "Even though I normally move clients to direct contracts, ", "For this audit I'm happy to stay here."],
    ["a connector on both sides of a dropped piece is said once", "The handover went smoothly, and if you could leave me a perfect 5 today, and I look forward to the next phase.", "feedback/pressure", "if you could leave me a perfect 5 today, ", "The handover went smoothly, and I look forward to the next phase."],
    ["a schedule given alone as a table cell is said once", "| Check-ins | each morning over Upwork chat |", "spam/repeated-follow-up", "each morning", "| Check-ins | once over Upwork chat |"],
  ];
  itRewrites(ROWS);
});

describe("mechanisms read from golden-10's odd-numbered failures (rewrite14)", () => {
  const ROWS: [string, string, string, string, string][] = [
    ["a channel's verb with a thing is composed anew before the place: the thing is sent", "If the portal times out I'll just mail them from ana.lopes@mailbox.pt", "contact/email", "from ana.lopes@mailbox.pt", "If the portal times out I'll just send them here on Upwork"],
    ["a channel's verb with a person is composed anew before the place: the person is messaged", "Just email ya at bo@site.io tomorrow.", "contact/email", "email ya at bo@site.io", "Just message ya here on Upwork tomorrow."],
    ["a light verb with a person and a channel's noun becomes 'message' with the person", "Give me a buzz on 0412 555 990 if the rain comes and we will move the shoot.", "contact/phone", "Give me a buzz on 0412 555 990", "Message me here on Upwork if the rain comes and we will move the shoot."],
    ["a light verb with a filler before the channel's noun", "Flick us a quick text on 0412 555 990 when you land.", "contact/phone", "Flick us a quick text on 0412 555 990", "Message us here on Upwork when you land."],
    ["a result clause that still names the platform goes after a payment swap", "Ping me here and I will send a Wise invoice for the banner so neither of us pays Upwork.", "circumvention/off-platform-payment", "a Wise invoice for the banner so neither of us pays Upwork", "Ping me here and I will send an Upwork milestone for the banner."],
    ["an added clause that still names the platform goes after a move is kept on Upwork", "If the pilot works we would rather hire you directly for the spring launch and leave Upwork behind.", "circumvention/off-platform-work", "hire you directly for the spring launch and leave Upwork behind", "If the pilot works we would rather hire you on Upwork for the spring launch."],
    ["a purpose that names the platform goes after a payment swap", "Taxes may be paid by cheque to keep the platform invoice small.", "circumvention/off-platform-payment", "by cheque to keep the platform invoice small", "Taxes may be paid through Upwork."],
    ["'go from there' points at no removed channel: the minimal edit keeps the rest of the sentence", "Happy to walk you through it — text me on 0412 555 990 any time tomorrow and we can go from there.", "contact/phone", "text me on 0412 555 990", "Happy to walk you through it — message me here on Upwork any time tomorrow and we can go from there."],
    ["a link's own 'here' before the place is said once", "[Grab a studio slot here](https://cal.com/pia/slot) — Fridays go fast!", "contact/link", "[Grab a studio slot here](https://cal.com/pia/slot)", "Grab a studio slot here on Upwork — Fridays go fast!"],
    ["'the minute' opens a condition of time: the hand-over waits for the milestone instead", "The source files are sent the minute your glowing review goes live.", "feedback/withholding", "the minute your glowing review goes live", "The source files are sent the minute the milestone is approved."],
    ["a top rating said as a noun phrase is an honest review in place, the frame before it kept", "All I ask is a 5-star rating at the end.", "feedback/pressure", "a 5-star rating", "All I ask is an honest review at the end."],
    ["a closing piece that still names a rating goes with the noun phrase's swap", "All I want is a perfect review, none of this 4-star stuff.", "feedback/pressure", "a perfect review, none of this 4-star stuff", "All I want is an honest review."],
    ["the words the review was to say go with the rating's swap", "My one wish is a full rating with the words 'superb work'.", "feedback/pressure", "a full rating with the words 'superb work'", "My one wish is an honest review."],
    ["a piece after a dash that asks for the payee's bank details goes with the swapped transfer", "Our accounts team pays every vendor by wire — just send your IBAN and SWIFT and we will settle today.", "circumvention/off-platform-payment", "by wire", "Our accounts team pays every vendor through Upwork."],
    ["the benefit of dodging the fee, said after a dash, goes with the swap", "We can settle through Zelle to dodge the fee — win-win for both of us.", "circumvention/off-platform-payment", "through Zelle to dodge the fee", "We can settle through Upwork."],
    ["'directly' before the swapped place goes with the way round Upwork, and a closing comparison with the others goes too", "After launch we will pay the support retainer directly through Gusto like our other vendors.", "circumvention/off-platform-payment", "pay the support retainer directly through Gusto", "After launch we will pay the support retainer through Upwork."],
    ["a payment app the lists do not know, named with a capital after a verb of paying, is swapped like a known one", "I am usually paid via Remote Pay by my clients.", "circumvention/off-platform-payment", "paid via Remote Pay", "I am usually paid through Upwork by my clients."],
    ["a spoken means with the detail stated after it is a call here, the statement gone", "Honestly it is quicker to sort out by phone, my mobile is 0412 555 990, but happy to type here too.", "contact/phone", "my mobile is 0412 555 990", "Honestly it is quicker to sort out on an Upwork call, but happy to type here too."],
    ["a short closing piece left alone after the findings that opened the sentence went follows the rule's statement", "My cousin Dev does the editing half the time, on my account, certified and all.", "account/shared-account", "My cousin Dev does the editing half the time, on my account", "I do all the work on this profile myself, certified and all."],
    ["a purpose naming a fee inside a clause of its own goes from that clause's comma", "You can pay me via GCash every Friday, then we don't need to worry about the fees.", "circumvention/off-platform-payment", "via GCash", "You can pay me through Upwork every Friday."],
    ["the place set against Upwork goes whole before 'directly' does", "We would rather pay you directly by bank transfer instead of through Upwork.", "circumvention/off-platform-payment", "directly by bank transfer instead of through Upwork", "We would rather pay you through Upwork."],
    ["a short closing clause with its own subject is no fragment: the rule's statement is not put before it", "Sent this exact pitch to fifty jobs today, I hope you don't mind.", "spam/repeated-follow-up", "Sent this exact pitch to fifty jobs today", "I hope you don't mind."],
    ["'follow' coordinated before a channel's verb goes with the channel", "1. Follow & DM us on Insta @studio.pk", "contact/social", "Follow & DM us on Insta @studio.pk", "1. Message us here on Upwork"],
    ["words before a motive's connector that it would leave dangling go from their comma", "We accept Skrill also, for quicker and cheaper settlement than Upwork.", "circumvention/off-platform-payment", "accept Skrill", "We accept payment through Upwork also."],
    ["an account of mine named as the payee goes after the swap", "We suggest settling the hours via GCash to our agency account.", "circumvention/off-platform-payment", "via GCash to our agency account", "We suggest settling the hours through Upwork."],
    ["a piece that says the swap itself stays, and a film's cut is no fee", "I take a 20% deposit via Venmo and the balance through Upwork once you approve the cut.", "circumvention/off-platform-payment", "via Venmo", "I take a 20% deposit through Upwork and the balance once you approve the cut."],
  ];
  itRewrites(ROWS);
});

describe("a payment clause swapped for Upwork loses what it said to go round Upwork (rewrite14, clause level)", () => {
  const ROWS: [string, string, string][] = [
    ["a closing piece that waves Upwork's own means away goes", "Balance of $200 send directly to my Payoneer, no need new milestone", "Balance of $200 send through Upwork"],
    ["a result that still names the platform goes", "I'll send a Wise invoice for the banner so neither of us pays Upwork", "I'll send an Upwork milestone for the banner"],
    ["a purpose naming a fee inside a clause of its own goes from its comma", "via GCash every Friday, then we don't need to worry about the fees", "through Upwork every Friday"],
  ];
  for (const [name, before, after] of ROWS) it(name, () => assert.equal(paymentThroughUpwork(before), after));
});

describe("mechanisms read from golden-11's odd-numbered failures (rewrite15)", () => {
  const ROWS: [string, string, string, string, string][] = [
    ["the work another person was to do on my login stays, done by me, with the modal kept", "Just so you know, my colleague, a chartered accountant, will log in to my account and file your VAT return while I'm on leave.", "account/shared-account", "my colleague, a chartered accountant, will log in to my account and file your VAT return", "Just so you know, I will personally file your VAT return while I'm on leave."],
    ["the work said with 'to' after logging in as me stays, done by me", "Is it okay if my VA signs in as me to answer your messages on weekends?", "account/shared-account", "my VA signs in as me", "Is it okay if I personally answer your messages on weekends?"],
    ["work said with 'and' after no modal agrees with the other person: the rule's phrase instead", "My partner logs in to my account and answers the messages.", "account/shared-account", "My partner logs in to my account and answers the messages", "I do all the work on this profile myself."],
    ["a closing aside that only invited a visit goes with the address: the town stands after its bold label", "- **HQ:** 9 Rosebery Ave, Leeds LS2 7QR (pop in any time)", "contact/address", "9 Rosebery Ave, Leeds LS2 7QR (pop in any time)", "- **HQ:** Leeds"],
    ["a closing aside that only invited a visit goes with the address: the town stands after its label", "- Workshop: 9 Rosebery Ave, Leeds LS2 7QR (pop in any time)", "contact/address", "9 Rosebery Ave, Leeds LS2 7QR (pop in any time)", "- Workshop: Leeds"],
    ["a bracketed other channel offered after Upwork's means goes whole", "Can we jump on a Zoom call (or a Telegram voice chat if easier) on Tuesday to walk through the brief?", "contact/messaging", "a Zoom call", "Can we jump on an Upwork call on Tuesday to walk through the brief?"],
    ["a focusing 'only' before a held hand-over and its object goes with the feedback event", "We only hand over the master files after your 5-star rating on our profile.", "feedback/withholding", "after your 5-star rating on our profile", "We hand over the master files after approval of the final milestone."],
    ["work named with a payment word ('bank reconciliations') is no payee's bank: its clause stays beside the swap", "The package covers bank reconciliations and payroll, and you can pay me via PayPal to skip the fees.", "circumvention/off-platform-payment", "you can pay me via PayPal to skip the fees", "The package covers bank reconciliations and payroll, and you can pay me through Upwork."],
    ["a call to the owner's line is a message to them, and a phone's idiom after it says the reply", "For urgent fixes, call our support line at 0800 555 0199 and an engineer will pick up.", "contact/phone", "at 0800 555 0199", "For urgent fixes, message us here on Upwork and an engineer will reply."],
    ["a payee's number after the word that named it goes after the swap", "You can also pay via M-Pesa Till 880022.", "circumvention/off-platform-payment", "via M-Pesa Till 880022", "You can also pay through Upwork."],
    ["a fee purpose said of whom it suits goes with them", "I also accept payment via Payoneer for clients who want to avoid Upwork fees.", "circumvention/off-platform-payment", "via Payoneer for clients who want to avoid Upwork fees", "I accept payment through Upwork."],
    ["a second price offered for paying outside Upwork goes once the payment is swapped", "The full audit is $900, or $800 if you pay me by bank transfer.", "circumvention/off-platform-payment", "if you pay me by bank transfer", "The full audit is $900."],
    ["a finding over several cells is rewritten in the cell holding its cue, and a listed reward goes alone", "| Launch | Landing page + free month of hosting for a 5-star review | $1,200 |", "feedback/incentive", "Launch | Landing page + free month of hosting for a 5-star review | $1,200", "| Launch | Landing page | $1,200 |"],
    ["a bracketed aside that alone holds the cue is the evidence inside its cell: the listed deliverables and the price stay", "| 2 | Brand book, logo files (sent once your 5★ review is posted) | $650 |", "feedback/withholding", "2 | Brand book, logo files (sent once your 5★ review is posted) | $650", "| 2 | Brand book, logo files | $650 |"],
    ["the work done by me goes on without a piece that still speaks of the other person", "This month my brother will log in to my account and handle the proofreading, since his spelling is better than mine.", "account/shared-account", "my brother will log in to my account and handle the proofreading", "This month I will personally handle the proofreading."],
    ["a follow-up over several cells is rewritten in the cell holding its schedule, the row's label kept", "| Follow-ups | Every 4 hours by email | Until signed |", "spam/repeated-follow-up", "Follow-ups | Every 4 hours by email | Until signed", "| Follow-ups | One follow-up on Upwork | Until signed |"],
  ];
  itRewrites(ROWS);
  it("a call named by its medium beside a removed detail is an Upwork call", () => {
    assert.equal(fixed("I prefer phone calls for kickoffs — my cell is 555-201-3344."), "I prefer Upwork calls for kickoffs — you can message me here on Upwork.");
    assert.equal(fixed("Honestly a phone call is faster, call me at 555-201-3344."), "Honestly an Upwork call is faster, message me here on Upwork.");
  });
  it("a detail's aside taken whole keeps its closing bracket in the minimal edit", () => {
    assert.equal(fixed("Happy to help (text me at 555-201-3344)."), "Happy to help (message me here on Upwork).");
  });
  it("an aside's opening bracket opens no clause: an app named before it is still the channel", () => {
    assert.equal(fixed("3. Weekly syncs via Microsoft Teams (my Teams ID: a.b@c-d.de)."), "3. Weekly syncs via Upwork calls.");
  });
  it("a question's purpose whose object is a list of things is asked with the list whole", () => {
    assert.equal(fixed("What's your direct email and phone so our PM can share the discovery deck, the audit and the sitemap before Thursday's review?"), "Could our PM share the discovery deck, the audit and the sitemap here on Upwork before Thursday's review?");
  });
  it("a 'that' before a noun phrase is no relative clause: the piece holding the reward goes whole, not cut in half", () => {
    assert.equal(fixed("We deliver the site by Friday, and please note that a 5-star review will earn you a free month of hosting."), "We deliver the site by Friday.");
  });
  it("'cash on delivery of' a thing keeps when: only the method is swapped", () => {
    assert.equal(fixed("Kindly pay the balance in cash on delivery of the report."), "Kindly pay the balance through Upwork on delivery of the report.");
  });
  it("a contact detail listed in a table cell is said on Upwork in place, not dropped from the list", () => {
    const before = "| Updates | Weekly report, Skype calls at jo.design when needed |";
    const out = rewritten(before, "contact/messaging", "Skype calls at jo.design");
    assert.ok(out.startsWith("| Updates | Weekly report, "), out);
    assert.ok(!/skype|jo\.design/i.test(out), out);
  });
});

describe("phenomena read from golden-12's failures (rw)", () => {
  const ROWS: [string, string, string, string, string][] = [
    // emojis: the writer's tone stays, what stood for the removed part goes (emoji.ts, lexicon standInEmojis)
    ["an emoji among the words a whole rewrite replaced comes back after the rewrite, before the terminal", "My partner replies from this account at night 🌙 she's a night owl!", "account/shared-account", "My partner replies from this account at night", "I do all the work on this profile myself 🌙!"],
    ["an emoji that stood for the removed payment goes, the writer's wink stays", "Paying through Revolut gets you a small discount 💰😉", "circumvention/off-platform-payment", "Paying through Revolut gets you a small discount", "All payments go through Upwork 😉"],
    ["a phone beside the removed number goes, the smile after it stays in place", "Text me on 555-201-3344 📱🙂 whenever you like.", "contact/phone", "Text me on 555-201-3344", "Message me here on Upwork 🙂 whenever you like."],
    ["an emoji before the finding keeps its place in the kept clause; the one beside the number goes", "Happy to chat anytime 🙌 — WhatsApp me at +44 7911 123456 📲", "contact/phone", "WhatsApp me at +44 7911 123456", "Happy to chat anytime 🙌 — message me here on Upwork"],
    ["an icon opening a heading stays in front of a whole rewrite", "## 📞 Ring us: 555-201-3344", "contact/phone", "Ring us: 555-201-3344", "## 📞 I'm happy to talk here on Upwork"],
    ["an icon that stood in and opened a list item is not put back when the rewrite dropped it", "- 📞 Cell: 555-201-3344", "contact/phone", "Cell: 555-201-3344", "- Via Upwork messages"],
    ["a handle after 'as' goes with the channel it names", "Want more? Find me on LinkedIn as /in/sam-fold-design, I post there weekly.", "contact/social", "Find me on LinkedIn", "Want more? Message me here on Upwork."],
    ["the same emoji three times stood for the repeating and goes with a repeated follow-up", "Nudging you every hour until you reply 📣📣📣 lol", "spam/repeated-follow-up", "Nudging you every hour until you reply", "Following up once next week if I don't hear back lol"],
    // leads that stand with a bare space or an emoji (lexicon sentenceLeads.bare)
    ["'FYI' stands before a lower-case word with only a space", "FYI my cousin answers on this profile on Sundays, so replies are quick!", "account/shared-account", "my cousin answers on this profile on Sundays", "FYI I do all the work on this profile myself, so replies are quick!"],
    ["a lead's emoji is part of the lead", "Btw 😅 what's your phone number so I can text the draft?", "contact/request", "what's your phone number", "Btw 😅 could we keep talking here on Upwork?"],
    ["'Honestly' stands before a lower-case word too, and what argued for leaving goes", "Honestly let's just move this off Upwork 😅 way less hassle!", "circumvention/off-platform-work", "move this off Upwork", "Honestly let's just keep working together here on Upwork 😅!"],
    // what named the payee of the removed payment goes with it (lexicon danglingCues)
    ["a payee named after the swapped payment goes", "Kindly wire the advance by Wise to my name.", "circumvention/off-platform-payment", "by Wise", "Kindly wire the advance through Upwork."],
    ["a promise to send the payee's details in private goes", "You can pay me on Payoneer, I share the details in private.", "circumvention/off-platform-payment", "pay me on Payoneer", "You can pay me through Upwork."],
    ["a promise to give the payee's key goes", "Best is you pay with UPI, I give my key after the call.", "circumvention/off-platform-payment", "pay with UPI", "Best is you pay through Upwork."],
    // the thing of the removed payment app goes with it (clause-edits METHOD_THING)
    ["a payment app's portal or dashboard goes with the app", "Invoices go out weekly via our FreshBooks dashboard.", "circumvention/off-platform-payment", "via our FreshBooks dashboard", "Invoices go out weekly through Upwork."],
    // a channel of mine named for its messages is Upwork's messages, not my portfolio (touch-ups portfolioSeen, lexicon portfolioMessages)
    ["a DM sent to my social channel is a message here on Upwork", "Got questions? Send me a DM to my TikTok @lena.cuts and I answer.", "contact/social", "Send me a DM to my TikTok @lena.cuts", "Got questions? Send me a message here on Upwork and I answer."],
    ["my social channel's DMs are my Upwork messages", "P.S. my Insta DMs are always open.", "contact/social", "my Insta DMs", "P.S. my Upwork messages are always open."],
    // a clause's last word is no preposition before the next clause's verb (reading-checks readsWell)
    ["a phrasal verb's particle before a comma does not reject the invitation after it", "If you want to go over it, phone me at 555-201-3344 after lunch.", "contact/phone", "phone me at 555-201-3344", "If you want to go over it, message me here on Upwork after lunch."],
    // a bold stretch the edit broke is closed again (touch-ups emphasisPaired); a held verb under emphasis is a delivery (clause-edits lastHeldSwapped)
    ["the closing bold mark taken with a removed condition is put back, and the held verb inside the bold is a delivery", "The raw footage is **kept until your review is live**.", "feedback/withholding", "kept until your review is live", "The raw footage is **delivered with the final milestone**."],
    ["a blank to fill in is no emphasis to close", "| Your contact | ______ (phone) |", "contact/request", "______ (phone)", "| Your contact | Via Upwork messages |"],
    // a finding whose marks all sit in one bracketed aside is that aside (regions narrowedToCuedAside)
    ["an aside that alone names leaving Upwork goes with its brackets, what it hung on stays", "Regulars get my gold tier (we skip Upwork after month one), details below.", "circumvention/off-platform-work", "Regulars get my gold tier (we skip Upwork after month one), details below", "Regulars get my gold tier, details below."],
    ["an account's sharing may be said outside its aside: the finding is not narrowed to the aside", "Quick note: my cousin bids for me from his login (he has the Top Rated badge 😅), so the profile name differs.", "account/shared-account", "my cousin bids for me from his login (he has the Top Rated badge 😅), so the profile name differs", "Quick note: I do all the work on this profile myself."],
    // an app named as what a verb of building worked on is the product of the work, no channel (reading-checks PRODUCT_RE, lexicon productVerbs)
    ["apps I integrated stay as my work; only the clause that prefers one for my pay is rewritten", "We set up Stripe and Square for a dozen cafés, and for our own invoices we prefer PayPal.", "circumvention/off-platform-payment", "We set up Stripe and Square for a dozen cafés, and for our own invoices we prefer PayPal", "We set up Stripe and Square for a dozen cafés, all payments go through Upwork."],
    // a delivery refused without a review is said as the delivery (clause-edits withheldAsDelivered)
    ["'No review, no X' becomes X with the final milestone, the closing apology and the refusing emoji gone", "No five stars, no layered files 🙅 sorry!", "feedback/withholding", "No five stars, no layered files 🙅 sorry!", "The layered files come with the final milestone!"],
    // a schedule after a verb of writing to the reader is a follow-up's, said once (clause-edits scheduleOnce, lexicon followUpSchedule.writeVerbs)
    ["a condition and a verb of writing to the reader stay, the schedule is said once and the apology for it goes", "If nobody answers, our team will write you each morning, sorry for the noise.", "spam/repeated-follow-up", "our team will write you each morning, sorry for the noise", "If nobody answers, our team will write you once."],
    // "hit me up" reaches me, so it fits Upwork and is reached here; a name with a handle after "or" is a second channel (minimal-edit, place-swaps)
    ["'hit me up' keeps its verb and is reached here on Upwork", "Hit me up on Insta (@lena.cuts) 🙂", "contact/social", "on Insta (@lena.cuts)", "Hit me up here on Upwork 🙂"],
    // a condition whose main clause went is no sentence (reading-checks conditionLeftAlone)
    ["a time clause is not left alone when the demand after it goes", "Before we sign off on the final round, we'd like you to post a five-star review for our shop.", "feedback/withholding", "Before we sign off on the final round, we'd like you to post a five-star review for our shop", "I'll deliver everything as agreed."],
    ["a second channel named by its handle after 'or' goes with its 'whichever'", "Ping me on Insta (@lena.cuts) or X (@lena_x), whichever you check more 🙂", "contact/social", "on Insta (@lena.cuts) or X (@lena_x), whichever you check more", "Message me here on Upwork 🙂"],
  ];
  itRewrites(ROWS);
});

describe("phenomena read from golden-9's and golden-10's failures (rw2)", () => {
  const ROWS: [string, string, string, string, string][] = [
    // a line's items parted by middots: only the item holding the detail goes, on either side (regions narrowed; a year is no detail)
    ["an address item between middots goes, the name before it and the item after it stay", "Mara Lind · 14 Elm Row, Leeds LS1 4AB · Illustrator since 2016", "contact/address", "Mara Lind · 14 Elm Row, Leeds LS1 4AB · Illustrator since 2016", "Mara Lind · Illustrator since 2016"],
    ["a sentence wrapped over two lines is no list of line items: its last line is not given back alone", "Quick note, I'm bidding from my cousin's account while mine's suspended, so the name on the\ninvoice will say Omar.", "account/shared-account", "Quick note, I'm bidding from my cousin's account while mine's suspended, so the name on the\ninvoice will say Omar", "Quick note, I do all the work on this profile myself."],
    ["a table cell's items parted by middots keep the item before the one holding the detail", "| Demo | My portfolio is ready (2 min) · DMs open on Insta @mara.lind |", "contact/social", "on Insta @mara.lind", "| Demo | My portfolio is ready (2 min) |"],
    // my channel's messages said open where the rewrite put my portfolio are open here (touch-ups portfolioSeen, lexicon portfolioMessages.open)
    ["DMs said open on a social channel are messages open here on Upwork", "- Case studies on Behance (behance.net/mlind) and DMs always open on Instagram @mara.lind", "contact/social", "on Instagram @mara.lind", "- Case studies on Behance (behance.net/mlind) and messages always open here on Upwork"],
    ["an idiom that sent the reader to my DMs says a message here once my portfolio took the channel's place", "See the clips on my TikTok @mara.cuts and slide into my DMs if you want one.", "contact/social", "on my TikTok @mara.cuts", "See the clips in my Upwork portfolio and message me here if you want one."],
    // the name of the removed page left after the place goes (place-swaps PAGE_NAME_AFTER_PLACE_RE)
    ["a page's name after 'at' goes once the channel became the place", "Happy to start this week, and you can find me on Instagram at Mara's Sketchbook for a chat.", "contact/social", "find me on Instagram", "Happy to start this week, and you can message me here on Upwork for a chat."],
    ["a name joined by 'and' ends at its last capitalised word, what follows stays", "You can find me on Facebook at Mara Studio and the team will reply.", "contact/social", "find me on Facebook", "You can message me here on Upwork and the team will reply."],
    // a profile of mine on a social site named as a thing to see is my Upwork profile in place (in-place socialProfileSwapped, lexicon socialProfiles)
    ["a social profile to see becomes my Upwork profile, its link gone, the list it stood in kept", "3. References: see my LinkedIn profile (linkedin.com/in/maralind) and the attached letters.", "contact/social", "linkedin.com/in/maralind", "3. References: see my Upwork profile and the attached letters."],
    // "there" after a verb of reaching pointed at the app swapped for Upwork's means, and is "here" (in-place channelMeansSwapped)
    ["'connect there' after apps swapped for Upwork's means connects here", "Our support lead is available on Telegram and Signal all week, kindly connect there for quick answers.", "contact/messaging", "Telegram and Signal", "Our support lead is available on Upwork messages all week, kindly connect here for quick answers."],
    // a call named by its app whose detail sat in a dashed aside is an Upwork call, the aside gone with its dashes (in-place callAsideSwapped)
    ["a call app before a dashed aside stating its link becomes an Upwork call, the aside and its dashes gone", "Let's jump on a short Zoom call—my link is zoom.us/j/5551234567—and plan the launch together.", "contact/link", "zoom.us/j/5551234567", "Let's jump on a short Upwork call and plan the launch together."],
    ["a handle with its app's prefix in the aside is a detail too, and a time after the app stays", "Could we do a 20-minute Skype on Monday—my ID is live:mara.lind—to go over the brief?", "contact/messaging", "live:mara.lind", "Could we do a 20-minute Upwork call on Monday to go over the brief?"],
    ["a number after a spaced dash goes to its comma; the rest of the aside and its closing dash stay", "Honestly, the fastest is a quick phone call — 0412 555 018, any time after 5 — we can sort it in minutes.", "contact/phone", "0412 555 018", "Honestly, the fastest is a quick Upwork call, any time after 5 — we can sort it in minutes."],
    // the removed channel set against where we talk goes once the talk is here (place-swaps, lexicon placeContrasts)
    ["'rather than through the chat' goes after the place", "**Rate:** $30 per page, and please send files to **art@mara.studio** rather than through the chat.", "contact/email", "to **art@mara.studio** rather than through the chat", "**Rate:** $30 per page, and please send files here on Upwork."],
    // a street address set off in a sentence whose other clauses stand goes alone, with its dashes or commas (asides withoutDashAside, withoutAddressPieces; regions: a clause of mine that says where I am is given back)
    ["an address in an aside between unspaced em dashes goes with its dashes", "I'm based in Oslo—happy to meet at my studio on Storgata 12 if you're ever nearby—and I work CET hours.", "contact/address", "Storgata 12", "I'm based in Oslo and I work CET hours."],
    ["an address set off by commas goes with the place name after it, the clauses around it stay", "I'm in Oslo, office at Storgata 12, Grünerløkka, and I work remotely.", "contact/address", "Storgata 12", "I'm in Oslo, and I work remotely."],
    ["an address finding over the whole sentence gives back my clause before it and the one after it", "I am based in Porto (Norte), studio at Rua Formosa 212, Bolhão, and I work 100% remote.", "contact/address", "I am based in Porto (Norte), studio at Rua Formosa 212, Bolhão, and I work 100% remote", "I am based in Porto (Norte), and I work 100% remote."],
    // a payment swapped in place keeps the writer's "via" and loses the payee's account and the "direct" that said the way round (clause-edits paymentThroughUpwork)
    ["a means said 'via' stays 'via', and 'direct' after it goes", "| Phase 2 | $900 | paid via Wise direct |", "circumvention/off-platform-payment", "paid via Wise direct", "| Phase 2 | $900 | paid via Upwork |"],
    ["an IBAN after the swapped place goes", "9. Payment: 30 % upfront by bank transfer to NL91 ABNA 0417 1643 00, 70 % on delivery.", "circumvention/off-platform-payment", "by bank transfer to NL91 ABNA 0417 1643 00", "9. Payment: 30 % upfront through Upwork, 70 % on delivery."],
    // a rating demanded with a bracketed aside that pressed for it: the demand is swapped in place and the aside goes (clause-edits demandSwapped)
    ["a bracketed aside pressing for the top rating goes with the demand, the frame of the wish stays", "I really hope you'll leave five stars (anything lower would hurt my ranking for months).", "feedback/pressure", "I really hope you'll leave five stars (anything lower would hurt my ranking for months)", "I really hope you'll leave honest feedback."],
    // emphasis and sentence ends: a mark closed after the terminal ends the sentence; a bold rewrite closes where the bold did (sentence TERMINAL_RE, asides emphasisClosed)
    ["a question closed by its bold ends its sentence, so the bold lead stays before the rewrite", "**Rather talk?** Find me on Signal as @maralind.", "contact/messaging", "Find me on Signal as @maralind.", "**Rather talk?** Message me here on Upwork."],
    ["a bold stretch rewritten whole closes before the tail it did not hold", "**No platform fees if you pay me direct** — just saying.", "circumvention/off-platform-payment", "No platform fees if you pay me direct", "**All payments go through Upwork** — just saying."],
    ["the kind of words a demanded review was to say go with the demand", "Kindly give 5 star rating with positive comments after the contract closes.", "feedback/pressure", "give 5 star rating with positive comments", "Kindly leave honest feedback after the contract closes."],
    ["a closing piece that names a rating by its number goes with the swapped rating", "All I want is a five-star review at the end, buddy, none of this 4.9 nonsense.", "feedback/pressure", "All I want is a five-star review at the end, buddy, none of this 4.9 nonsense.", "All I want is an honest review at the end, buddy."],
    // a finding over the whole sentence gives back a closing clause of when the reader is free (regions narrowed)
    ["a closing 'when you get a minute' stays after the rewritten request", "To check the build I'll need access to your store, so just send me your Shopify password and the 2FA code when you get a minute.", "account/client-login", "To check the build I'll need access to your store, so just send me your Shopify password and the 2FA code when you get a minute", "To check the build I'll need access to your store, so just add me as a user with my own login when you get a minute."],
    // work said to be mine keeps that alone: a second doer offered after "or" goes with what was said of them (own-work otherDoerDropped)
    ["a second doer after 'or' goes with the bracket about their login, my own work stays", "Proposals here are written by me or, when I'm away, by my partner Jo (she logs in under my name).", "account/shared-account", "or, when I'm away, by my partner Jo (she logs in under my name)", "Proposals here are written by me."],
    // outputs that no person writes are refused (lists: a vocative is no list item; reading-checks: an adjective that lost its verb)
    ["a word said to the reader after the detail asked for is no item of a list: the question is asked anew", "What's your cell, buddy?", "contact/request", "What's your cell, buddy?", "Could we keep talking here on Upwork?"],
    ["an adjective of willingness left before the place without its verb is refused", "P.S. Glad to knock 15% off if you pay outside the app.", "circumvention/off-platform-payment", "knock 15% off if you pay outside the app", "P.S. I'm happy to be paid through Upwork."],
    ["'rather than uploading it here' goes after the place, the next clause stays", "If you like, mail your portfolio to jobs@mara.studio rather than uploading it here, and add your rate.", "contact/email", "mail your portfolio to jobs@mara.studio", "If you like, send your portfolio here on Upwork, and add your rate."],
  ];
  itRewrites(ROWS);
});

describe("phenomena read from golden-7's and golden-4's failures (rw3)", () => {
  const ROWS: [string, string, string, string, string][] = [
    // what pressed a swapped rating demand goes with it: a second top rating joined by "and" (clause-edits demandSwapped),
    // and a piece that names a floor, a badge, my income or a time before the end (the pressure phrasebook's dangling words)
    ["a second top rating joined to the demand goes with it, the time after it stays", "Kindly give me 5 stars and 10/10 in private when you close the job.", "feedback/pressure", "give me 5 stars and 10/10 in private", "Kindly leave honest feedback when you close the job."],
    ["a stake of mine that pressed the rating goes as a piece", "Could you rate me five stars at the end, as this is my main source of income?", "feedback/pressure", "rate me five stars at the end, as this is my main source of income", "Could you leave honest feedback at the end?"],
    ["a floor and a badge kept by the rating go as pieces", "Please rate us 5 stars, nothing less, so we keep our Top Rated badge.", "feedback/pressure", "Please rate us 5 stars, nothing less, so we keep our Top Rated badge.", "Please leave honest feedback."],
    ["a time before the end that pressed the rating goes, a purpose of its own stays", "Would you leave me five stars today, before the end, so new clients trust me?", "feedback/pressure", "leave me five stars today, before the end, so new clients trust me", "Would you leave honest feedback today, so new clients trust me?"],
    // a verdict compared with here argued for the removed app (justifications comparedVerdicts); one that holds of Upwork too stays
    ["'it is easier than uploading here' goes with the app", "I'll share the test build on Telegram, it is easier than uploading here.", "contact/messaging", "on Telegram, it is easier than uploading here", "I'll share the test build here on Upwork."],
    ["'it's easier for us both' compares with nothing and stays", "Pay the deposit by Venmo, it's easier for us both.", "circumvention/off-platform-payment", "Pay the deposit by Venmo", "Pay the deposit through Upwork, it's easier for us both."],
    // a condition that the chat here is slow complains of the platform (justifications platformNames)
    ["'if the chat here is slow' goes after the invitation", "Write to me at kai@orbit.dev if the chat here is slow.", "contact/email", "Write to me at kai@orbit.dev", "Message me here on Upwork."],
    // a thing sent through an app is sent here on Upwork, not "via Upwork calls" because the sentence says "demo" (in-place channelMeansSwapped, lexicon meansChannels.sendingVerbs)
    ["a build sent via an app is sent here on Upwork, whatever the sentence is about", "I will send the demo build via WhatsApp.", "contact/messaging", "via WhatsApp", "I will send the demo build here on Upwork."],
    // a promise to add the reader on the removed app that a time follows is a reply (frames purposeOf, lexicon timedCallbacks); a bare one still goes
    ["'I'll add you within the hour' is a reply within the hour", "Just share your Viber number and I'll add you within the hour.", "contact/request", "share your Viber number and I'll add you", "Just message me here on Upwork and I'll get back to you within the hour."],
    ["a bare 'I'll add you' still goes with the ID asked for", "Please send me your Skype ID and I'll add you.", "contact/request", "send me your Skype ID and I'll add you", "Please message me here on Upwork."],
    // another party's channel is the work's object, not mine (sentence-patterns CLIENT_OWNED_RE: an owner named after an article)
    ["a clause about a client's TikTok stays before the rewritten invitation", "We doubled a gym's TikTok following in a quarter — DM me @fitgrow_ads for the numbers.", "contact/social", "DM me @fitgrow_ads", "We doubled a gym's TikTok following in a quarter — message me here on Upwork for the numbers."],
    // a clause of mine before "and then" stays when the promise after it is placed here (rewrite-run ownClauseBefore)
    ["my own clause before 'and then' stays when the promise is kept here on Upwork", "I'll review your shop's Facebook page and then send you my Facebook so we can talk there.", "contact/social", "and then send you my Facebook so we can talk there", "I'll review your shop's Facebook page and then we can talk here on Upwork."],
    // a feedback finding's first clause that names a reward but no review goes back before ", and" and the clause tying a reward to
    // a review (regions narrowed, lexicon rewardBeforeReview); a price said as a rate is no rating
    ["a reward of its own before the review's reward stays", "New clients get a free kickoff call, and I'll knock 15% off your next order for a five-star review.", "feedback/incentive", "New clients get a free kickoff call, and I'll knock 15% off your next order for a five-star review", "New clients get a free kickoff call."],
    ["'my hourly rate' is a price, not a rating: the clauses before the review's reward stay", "My hourly rate is $35, revisions are unlimited, and everyone who leaves a 5-star review gets a free favicon.", "feedback/incentive", "My hourly rate is $35, revisions are unlimited, and everyone who leaves a 5-star review gets a free favicon", "My hourly rate is $35, revisions are unlimited."],
    // a payment swapped for Upwork loses what belonged to the removed transfer (clause-edits paymentThroughUpwork): the payee's bank
    // before a time, a business of mine it came from (lexicon payeeEntities) and a closing condition of trust (lexicon trustConditions)
    ["a payee's bank named before a time goes, the time stays", "Most of my regulars pay me by Revolut to Monzo at the end of each month.", "circumvention/off-platform-payment", "pay me by Revolut to Monzo at the end of each month", "Most of my regulars pay me through Upwork at the end of each month."],
    ["a business of mine the invoice came from goes with its place", "We can invoice you ourselves from our consulting LLC in Delaware.", "circumvention/off-platform-payment", "We can invoice you ourselves from our consulting LLC in Delaware", "We can bill you through Upwork."],
    ["a closing condition of trust goes with the swapped payment", "We'll fund the first milestone here and the rest via Wise once we've built trust.", "circumvention/off-platform-payment", "and the rest via Wise once we've built trust", "We'll fund the first milestone here and the rest through Upwork."],
    // a purpose that pointed "there" after an invitation the rewrite wrote is the sentence once the place is here (rewrite-sentence purposePromoted)
    ["a question for an app so I can do a thing there asks to do it here", "Do you use Signal, so I can send the floor plans there?", "contact/messaging", "Do you use Signal", "Could I send the floor plans here on Upwork?"],
    ["a promise to do a thing there after the app's invitation is said here", "Add me on Skype, I will walk you through the code there.", "contact/messaging", "Add me on Skype", "I will walk you through the code here on Upwork."],
    // a time span or a price is no detail, so a clause holding one goes back from a request finding; and a clause with its own
    // subject and modal is no item listed beside the detail (regions narrowed SPAN_OR_PRICE_RE, lists SUBJECT_MODAL_RE)
    ["a clause of our own with a time span stays after the rewritten request", "Please share your personal email, and our office will confirm the booking within 2 days.", "contact/request", "Please share your personal email, and our office will confirm the booking within 2 days", "Please message me here on Upwork and our office will confirm the booking within 2 days."],
    // another person of mine doing the work on my profile or as me is me (own-work otherSubjectOwned, lexicon ownWork.helpers/places)
    ["a helper doing the work on my profile gives way to me, the verb in my person", "My brother replies to most client messages on this profile, and I do the final edit.", "account/shared-account", "My brother replies to most client messages on this profile", "I reply to all client messages on this profile myself, and I do the final edit."],
    ["a helper who sends things as me gives way to me, 'as me' gone, the list number kept", "3. My VA sends the invoices as me from this account", "account/shared-account", "My VA sends the invoices as me", "3. I send the invoices from this account myself"],
    // the channels named beside a removed number go with it: a bracketed other app it is on too (place-swaps DETAIL_ASIDE_RE), and a
    // channel's bare verb with only a time ("text anytime"; regions BARE_CHANNEL_ONLY_RE, compose's bare swap)
    ["another app in brackets after the number and a bare 'text anytime' go, my own clause stays", "My cell is 0412 555 019 (WhatsApp too), text anytime, I reply within an hour.", "contact/phone", "My cell is 0412 555 019", "Message me here on Upwork anytime, I reply within an hour."],
  ];
  itRewrites(ROWS);
});
