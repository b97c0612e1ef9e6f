// The language server's process entry: speaks LSP over stdio (or the transport the client chose).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./lsp/server";

startServer(createConnection(ProposedFeatures.all));
