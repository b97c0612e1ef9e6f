// The engine's first lint in a process compiles its large patterns and loads the learned layer
// (a few hundred ms). The server does that once on a sample letter right after `initialize`, while
// the client is still sending `initialized` and opening its first document and while that
// document's settings are fetched, so the first real document is linted at full speed.

import { lint } from "../engine";
import { withQuickRegExpCompilation } from "../regexp-tuning";

/** A short letter touching every family (contact details, payment, account, feedback, conduct, spam). */
export const WARM_UP_LETTER = `---
clientType: individual
---
Hi {{client_name}},

I'm a Shopify developer with 6 years of experience; last month I cut a store's load time in 2 weeks.
Email me at jane.doe@gmail.com or call +1 415 555 0132, or message me on WhatsApp.
Book a slot at calendly.com/jane/intro or find me at linkedin.com/in/jane-doe.
You can pay me through PayPal to skip the Upwork fee, and we can work directly after this contract.
My brother also uses this account. Leave 5 stars and I'll add a free revision.
What's your phone number? Only an idiot would ignore this, so I'm following up again.

Best,
[Your Name]
`;

/**
 * Lints the sample letter once, with V8's quick RegExp compilation (the letter is short enough;
 * regexp-tuning.ts), so the patterns compile to bytecode and tier up to optimized machine code as
 * they are used. Errors are ignored: warming up must never take the server down.
 */
export function warmUpEngine(): void {
  try {
    withQuickRegExpCompilation(() => lint(WARM_UP_LETTER));
  } catch {
    // the real documents will report whatever went wrong
  }
}
