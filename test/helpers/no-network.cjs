// Preloaded into a CLI or server process by the privacy test: any attempt to open a connection or
// resolve a host name is recorded to PROPOSAL_LINT_NETWORK_LOG and refused.
const fs = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");
const log = process.env.PROPOSAL_LINT_NETWORK_LOG;
const record = (what) => {
  if (log) fs.appendFileSync(log, what + "\n");
  throw new Error(`network use is not allowed in Proposal Lint: ${what}`);
};
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // net.connect() passes its normalized arguments as one array.
  const opts = Array.isArray(args[0]) ? args[0][0] : args[0];
  // IPC and stdio pipes are local; anything with a port or host is a network connection.
  if (opts && typeof opts === "object" && (opts.port !== undefined || opts.host !== undefined)) record(`connect ${opts.host ?? ""}:${opts.port ?? ""}`);
  if (typeof opts === "number") record(`connect :${opts}`);
  return origConnect.apply(this, args);
};
for (const name of ["lookup", "resolve", "resolve4", "resolve6"]) {
  const orig = dns[name];
  dns[name] = function (host, ...rest) {
    record(`dns.${name} ${host}`);
    return orig.call(this, host, ...rest);
  };
}
if (typeof globalThis.fetch === "function") globalThis.fetch = (url) => record(`fetch ${url}`);
