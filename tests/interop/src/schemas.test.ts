// ajv (draft 2020-12, formats on) accepts every fixture and every document the crate
// emits, and rejects the documents the crate rejects for a structural reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { documents, readJson, root, validator } from "./ajv.js";

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));
}

function check(document: string, file: string, valid: boolean) {
  const validate = validator(document);
  const ok = validate(readJson(file));
  assert.equal(ok, valid, `${file} as ${document}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}

// Example data, by document type.
const examples: [string, string][] = [
  ["service_path", "examples/data/paths"],
  ["client_record", "examples/data/client_records"],
  ["service_model", "examples/data/models"],
  ["criteria_set", "examples/data/work_activity/criteria"],
  ["model_profiles", "examples/data/work_activity/profiles"],
  ["recommendations", "examples/data/work_activity/recommendations"],
  ["deployment_progress", "examples/data/work_activity/deployment"],
];

test("every example document is valid", () => {
  let count = 0;
  for (const [document, dir] of examples) {
    for (const file of jsonFiles(join(root, dir))) {
      check(document, file, true);
      count++;
    }
  }
  assert.ok(count >= 20, `only ${count} example documents`);
});

test("the corpus agrees with the crate", () => {
  for (const document of documents()) {
    const base = join(root, "tests", "corpus", document);
    for (const file of jsonFiles(join(base, "valid"))) check(document, file, true);
    // Rejected by serde for a structural reason: ajv rejects them too.
    for (const file of jsonFiles(join(base, "invalid"))) check(document, file, false);
    // Rejected by serde for what a schema cannot say (check characters, date order):
    // structurally valid, so ajv accepts them.
    for (const file of jsonFiles(join(base, "serde_only"))) check(document, file, true);
  }
});

test("every export and emitted report is valid", () => {
  const exports = join(root, "exports");
  const single: [string, string][] = [
    ["rule_catalogue", "rule_catalogue.json"],
    ["labels", "labels.json"],
    ["criteria_set", "criteria_set.json"],
    ["model_profiles", "model_profiles.json"],
    ["cohort_report", "cohort_report.json"],
  ];
  for (const [document, file] of single) check(document, join(exports, file), true);
  const many: [string, string][] = [
    ["report", "reports"],
    ["due_list", "due_lists"],
    ["quality_report", "quality_reports"],
    ["instrument_score", "instrument_scores"],
  ];
  for (const [document, dir] of many) {
    const files = jsonFiles(join(exports, dir));
    assert.ok(files.length > 0, `no ${dir}`);
    for (const file of files) check(document, file, true);
  }
});
