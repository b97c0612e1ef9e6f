// Host names: the list of real top-level domains, and matching a host against configured lists.

import tldList from "tlds";

// "example" is reserved for documentation (RFC 2606), and templates use it the same way: "mysite.example/contact"
// stands for the writer's own site, so it is read as a real domain.
const TLDS = new Set([...tldList.map((t: string) => t.toLowerCase()), "example"]);

/** True for a real top-level domain ("com", "me", "pl"), false for "js" or "png". */
export function isKnownTld(tld: string): boolean {
  return TLDS.has(tld.toLowerCase());
}

/** All known top-level domains, for the link finder. */
export const KNOWN_TLDS: readonly string[] = [...TLDS];

/** True when `host` is one of `hosts` or a subdomain of one. */
export function hostMatches(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^www\./, "");
  return hosts.some((d) => h === d || h.endsWith("." + d));
}

/** True when the host is on the user's allow-list. */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  return allowed.length > 0 && hostMatches(host, allowed);
}
