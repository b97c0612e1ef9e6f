// A short letter with an email, an app and a fee dodge: the unit of the libraries the CLI pool tests lint.

/** The letter numbered `i` (its number and email differ, the rest is the same). */
export const POOL_LETTER = (i: number) => `Hi {{client_name}},

I read your post about the store migration and I have done ${i} of these this year. Reach me at
dev${i}@example.com or on WhatsApp if that is quicker, and we can skip the Upwork fee.

- Theme setup and product import
- Shipping rules and taxes
- Checkout tests on three phones

Best,
Sam
`;
