// Compiles the VS Code integration suite (test/vscode/suite/*.ts) to CommonJS in
// out/test/vscode/suite/, one file per source so the suite's index can add the *.test.js files.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const suiteDir = path.join(here, 'suite');
export const outDir = path.join(repoRoot, 'out/test/vscode/suite');

// Builds the suite and returns the absolute path of its entry module (exports run()).
export async function buildSuite() {
  rmSync(outDir, { recursive: true, force: true }); // no stale *.test.js from deleted sources
  const entryPoints = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(suiteDir, f));
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await buildSuite());
}
