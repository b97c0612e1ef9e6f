// `npm start`: lints the bundled examples/ library and explains the result. Findings there are
// deliberate, so exit code 1 (findings) is a success here; 2 (an error) is not.
import { spawnSync } from "node:child_process";

const r = spawnSync(process.execPath, ["bin/proposal-lint.js", "examples"], { stdio: "inherit" });
if (r.status === 1) console.log("\nThe examples hold deliberate violations: the findings above are expected.");
process.exit(r.status === 2 || r.status === null ? 2 : 0);
