// The language server's process entry (dist/server.js): tunes V8's RegExp compilation, then loads
// the server bundle (dist/server-main.js, built from main.ts) with V8's code cache kept on disk, so
// every later start reads the 2 MB bundle's compiled code instead of parsing and compiling it again.
// Node 22.1+ (the Node inside current VS Code) does that itself once `enableCompileCache()` is on
// (NODE_COMPILE_CACHE, else the temp directory); older Node goes through code-cache.ts. The bundle
// is a separate file because a cache only covers code loaded after this entry. The tuning comes
// first because V8 keeps its flags with the cached code and drops a cache made under other flags.
import * as nodeModule from "node:module";
import { join } from "node:path";
import { requireWithCodeCache } from "./code-cache";
import { tuneRegExpCompilation } from "./regexp-tuning";

tuneRegExpCompilation();
const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
if (enableCompileCache) {
  enableCompileCache();
  require("./server-main.js");
} else requireWithCodeCache(join(__dirname, "server-main.js"));
