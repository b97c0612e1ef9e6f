// Small text helpers the strategies share: casing a rewrite for where it lands, and counting words.

export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const lowerFirst = (s: string) => (/^I(?:\b|')/.test(s) || /^Upwork\b/.test(s) || !/^\p{Lu}\p{Ll}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
export const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
