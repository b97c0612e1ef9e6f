// The CLI's bundle loader (dist/cli-boot.js, run by bin/proposal-lint.js and by each worker thread
// of lint-pool.ts): tunes V8's RegExp compilation, then loads the CLI bundle (dist/cli.js) with
// V8's code cache kept on disk, as the server's entry does (boot.ts, code-cache.ts): Node 22.1+
// through its compile cache, Node 20 through code-cache.ts. Compiling the 1.6 MB bundle costs a
// fresh process, and every worker thread of a large library's run, about 100-150 ms otherwise.
// The tuning comes first because V8 keeps its flags with the cached code.
import * as nodeModule from "node:module";
import { join } from "node:path";
import { requireWithCodeCache } from "../code-cache";
import { tuneRegExpCompilation } from "../regexp-tuning";

tuneRegExpCompilation();
const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
if (enableCompileCache) enableCompileCache();
module.exports = enableCompileCache ? require("./cli.js") : requireWithCodeCache(join(__dirname, "cli.js"));
