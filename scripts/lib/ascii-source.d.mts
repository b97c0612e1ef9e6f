/** See ascii-source.mjs: `text` with every UTF-16 code unit above 0x7f written as a \uXXXX escape. */
export function escapeNonAscii(text: string): string;
/** esbuild plugin: the project's TypeScript handed to esbuild with escapeNonAscii applied. */
export const asciiSourcesPlugin: import("esbuild").Plugin;
