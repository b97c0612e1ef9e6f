// The language server's process entry (dist/server.js): turns on Node's compile cache, then loads
// the server bundle (dist/server-main.js, built from main.ts). Node 22.1+ (the Node inside current
// VS Code) keeps the V8 code of modules loaded after `enableCompileCache()` in its on-disk cache
// (NODE_COMPILE_CACHE, else the temp directory), so every later start reads the 1.8 MB bundle's
// compiled code instead of parsing and compiling it again. The bundle is a separate file because the
// cache only covers modules loaded after the call. Where Node has no such function this is a plain require.
import * as nodeModule from "node:module";

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
require("./server-main.js");
