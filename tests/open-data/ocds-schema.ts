import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * Validators for what we publish, from the official OCDS 1.1.5 schemas vendored in tests/fixtures/ocds (see
 * SOURCE.md), with the bid extension merged into the release schema as the extension mechanism specifies
 * (JSON Merge Patch, RFC 7386). Each schema is registered under its published id, so the packages' $refs resolve
 * without the network.
 */
const FIXTURES = path.resolve("tests/fixtures/ocds");
const read = (name: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")) as Record<string, unknown>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function mergePatch(target: Json, patch: Json): Json {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out: { [key: string]: Json } =
    typeof target === "object" && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key] ?? null, value);
  }
  return out;
}

function compile() {
  // OCDS uses draft-04 with its own annotation keywords (codelist, openCodelist, deprecated, mergeStrategy, …):
  // strict mode would refuse them as unknown keywords.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const release = mergePatch(
    read("release-schema.json") as Json,
    read("bid-extension-release-schema.json") as Json,
  );
  ajv.addSchema(release as object);
  ajv.addSchema(read("versioned-release-validation-schema.json"));
  return {
    releasePackage: ajv.compile(read("release-package-schema.json")),
    recordPackage: ajv.compile(read("record-package-schema.json")),
  };
}

let validators: ReturnType<typeof compile> | undefined;

/** The schema errors of a release package or a record package: [] when valid. */
export function ocdsErrors(kind: "releasePackage" | "recordPackage", data: unknown): string[] {
  validators ??= compile();
  const validate = validators[kind];
  if (validate(data)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
  );
}
