// The `yaml` package, loaded at its first use: most templates have no front matter and most
// workspaces no YAML config, and loading the package is 20 to 30 ms of a fresh process's start.
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

/** The `yaml` module (its `parse`, `YAMLParseError`...), required on the first call. */
export function yamlModule(): typeof Yaml {
  return (loaded ??= require("yaml") as typeof Yaml);
}
