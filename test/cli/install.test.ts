// The CLI installs the way Node tools install: `npm pack` builds and packs it, and the tarball,
// installed globally into a temporary prefix without network, gives a working `proposal-lint`.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const ROOT = join(__dirname, "..", "..");

/** The environment without what an outer `npm run` exported (its prefix, user agent, config). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

function npm(args: string[], cwd: string) {
  const r = spawnSync("npm", args, { cwd, encoding: "utf8", env: cleanEnv() });
  assert.equal(r.status, 0, `npm ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r;
}

describe("npm pack and a global install of the tarball", () => {
  it("installs a proposal-lint command that lints files and standard input", { timeout: 180_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), "pl-install-"));
    npm(["pack", "--pack-destination", work, "--loglevel=error"], ROOT);
    const tarball = readdirSync(work).find((f) => /^proposal-lint-.*\.tgz$/.test(f));
    assert.ok(tarball, "npm pack wrote no tarball");

    const listed = spawnSync("tar", ["-tzf", join(work, tarball)], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    for (const needed of ["package/bin/proposal-lint.js", "package/dist/cli.js", "package/dist/cli-boot.js", "package/dist/server.js", "package/dist/server-main.js", "package/package.json"]) {
      assert.ok(listed.includes(needed), `${needed} missing from the tarball: ${listed.join(", ")}`);
    }
    assert.ok(!listed.some((f) => f.startsWith("package/test/") || f.startsWith("package/server/src/")), "sources and tests leaked into the tarball");

    const prefix = join(work, "prefix");
    npm(["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", "--loglevel=error", join(work, tarball)], work);
    const bin = join(prefix, "bin", "proposal-lint");

    writeFileSync(join(work, "letter.md"), "Hi {{client_name}},\n\nFeel free to email me at jane.doe@gmail.com anytime.\n");
    const lint = spawnSync(bin, ["letter.md"], { cwd: work, encoding: "utf8", env: cleanEnv() });
    assert.equal(lint.status, 1, lint.stderr);
    assert.match(lint.stdout, /^letter\.md:3:\d+ error contact\/email /m);

    const stdin = spawnSync(bin, ["--stdin", "--fix"], { cwd: work, encoding: "utf8", env: cleanEnv(), input: "Email me at jane.doe@gmail.com anytime.\n" });
    assert.equal(stdin.status, 0, stdin.stderr);
    assert.doesNotMatch(stdin.stdout, /jane\.doe/);
    assert.match(stdin.stdout, /Upwork/);

    const version = spawnSync(bin, ["--version"], { encoding: "utf8", env: cleanEnv() });
    assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+$/);
  });
});
