// A frontend renders a validation report and a due list in Finnish, Swedish and English
// from the crate's JSON and exports alone, with types generated from the schemas.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readJson, root } from "./ajv.js";
import type { Report } from "./generated/report.js";
import type { DueList } from "./generated/due_list.js";
import type { RuleCatalogue } from "./generated/rule_catalogue.js";
import type { Labels } from "./generated/labels.js";

type Lang = "fi" | "sv" | "en";
const langs: Lang[] = ["fi", "sv", "en"];

const exports = join(root, "exports");
const catalogue = readJson(join(exports, "rule_catalogue.json")) as RuleCatalogue;
const labels = readJson(join(exports, "labels.json")) as Labels;

function label(vocabulary: string, value: unknown, lang: Lang): string {
  const found = labels.vocabularies.find((v) => v.name === vocabulary)?.values.find((v) => v.value === value);
  if (!found) throw new Error(`no label for ${vocabulary} ${String(value)}`);
  return found[lang];
}

function renderReport(report: Report, lang: Lang): string[] {
  return report.findings.map((finding) => {
    const rule = catalogue.rules.find((r) => r.code === finding.code);
    if (!rule) throw new Error(`unknown rule ${finding.code}`);
    return `${label("Severity", finding.severity, lang)} | ${rule.title[lang]} | ${finding.path} | ${finding.message[lang]}`;
  });
}

function renderDueList(list: DueList, lang: Lang): string[] {
  return list.items.map((item) => {
    const status = label("DueStatus", item.status, lang);
    const what = label("DueKind", item.what.type, lang);
    const detail = item.what.type === "contact" ? ` ${label("EventKind", item.what.event, lang)} ${item.what.period}` : "";
    return `${item.due} ${status}: ${what}${detail}`;
  });
}

test("a validation report renders in three languages", () => {
  const report = readJson(join(exports, "reports", "violations_mapping_and_coaching.json")) as Report;
  assert.ok(report.findings.length >= 3);
  for (const lang of langs) {
    const lines = renderReport(report, lang);
    assert.equal(lines.length, report.findings.length);
    for (const line of lines) assert.ok(!line.includes("undefined") && line.split(" | ").every((part) => part.length > 0), line);
  }
  const fi = renderReport(report, "fi").join("\n");
  assert.match(fi, /varoitus \| Liian vähän kertoja viikossa tai kuukaudessa \| .* \| Kartoitusjakso, viikko 7\/2024: yksilötapaaminen 0 kertaa/);
  assert.match(renderReport(report, "sv").join("\n"), /varning \| För få gånger per vecka eller månad/);
});

test("the coordinator's due list renders in three languages", () => {
  const list = readJson(join(exports, "due_lists", "mapping_and_coaching.json")) as DueList;
  assert.ok(list.items.length > 0);
  for (const lang of langs) {
    for (const line of renderDueList(list, lang)) assert.ok(!line.includes("undefined"), line);
  }
  assert.match(renderDueList(list, "fi").join("\n"), /tulossa|myöhässä/);
});

test("every enum value has a label in every language", () => {
  for (const vocabulary of labels.vocabularies) {
    for (const value of vocabulary.values) {
      for (const lang of langs) assert.ok(value[lang].trim().length > 0, `${vocabulary.name} ${JSON.stringify(value.value)} ${lang}`);
    }
  }
  for (const rule of catalogue.rules) {
    for (const lang of langs) assert.ok(rule.title[lang].length > 0 && rule.message[lang].length > 0, rule.code);
  }
});
