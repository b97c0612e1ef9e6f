// Bundles the client, the server and the CLI into one file each (type-checking is `npm run typecheck`).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { asciiSourcesPlugin } from "./lib/ascii-source.mjs";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

const watch = process.argv.includes("--watch");

// The project's TypeScript goes to esbuild with its non-ASCII characters escaped
// (lib/ascii-source.mjs): the bundles come out ASCII, which V8 reads and parses faster.
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  minify: !watch,
  logLevel: "warning",
  define: { PROPOSAL_LINT_VERSION: JSON.stringify(version) },
  plugins: [asciiSourcesPlugin],
};

await Promise.all([
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", external: ["vscode"] }),
  // dist/server.js is a small entry that turns on the compile cache before loading the bundle (boot.ts).
  build({ ...common, entryPoints: ["server/src/main.ts"], outfile: "dist/server-main.js" }),
  build({ ...common, entryPoints: ["server/src/boot.ts"], outfile: "dist/server.js", external: ["./server-main.js"] }),
  build({ ...common, entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js" }),
  // dist/cli-boot.js loads the CLI bundle with the code cache (cli/boot.ts); bin/proposal-lint.js and the worker threads start there.
  build({ ...common, entryPoints: ["server/src/cli/boot.ts"], outfile: "dist/cli-boot.js", external: ["./cli.js"] }),
]);
