// The language server's process entry: speaks LSP over stdio (or the transport the client chose).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./lsp/server";
import { tuneRegExpCompilation } from "./regexp-tuning";

tuneRegExpCompilation();

const connection = createConnection(ProposedFeatures.all);
// A failure in one handler must never take the server down: log it and keep serving.
process.on("unhandledRejection", (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
process.on("uncaughtException", (err) => connection.console.error(`Uncaught exception: ${err.stack ?? err.message}`));
startServer(connection);
