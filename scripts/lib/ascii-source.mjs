// Non-ASCII characters of a source file as \u escapes, for the bundles. esbuild escapes them in
// string literals but leaves them in regular expression literals and String.raw templates (the
// patterns' curly quotes and dashes); a single one makes V8 decode, keep and parse the whole bundle
// as two-byte text. A \uXXXX escape means the same character in a string, a template, a regular
// expression (with or without the u flag: a surrogate pair written as two escapes is one code point
// there) and in a String.raw template that is handed to RegExp, which is the only use of String.raw
// in the engine.

import { readFile } from "node:fs/promises";

/**
 * `text` with every UTF-16 code unit above 0x7f written as a lower-case \uXXXX escape. A character
 * already escaped by a backslash (an identity escape: `\’`) loses that backslash, so the escape
 * stays one character.
 * @param {string} text
 * @returns {string}
 */
export function escapeNonAscii(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return kept + "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
  });
}

/** An esbuild plugin handing the project's TypeScript (server/src, client/src) to esbuild escaped. */
export const asciiSourcesPlugin = {
  name: "ascii-sources",
  /** @param {import("esbuild").PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /[\\/](?:server|client)[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      return { contents: escapeNonAscii(text), loader: "ts" };
    });
  },
};
