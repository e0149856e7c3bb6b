// A frontend calls the running HTTP server (`cargo run --example server --features http`)
// and renders its report and due list in Finnish, Swedish and English; the committed
// OpenAPI document is validated by an independent validator.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { root } from "./ajv.js";
import { skip, start, stop } from "./live.js";
import type { Report } from "./generated/report.js";
import type { DueList } from "./generated/due_list.js";

type Lang = "fi" | "sv" | "en";
const langs: Lang[] = ["fi", "sv", "en"];

let server: string | undefined;

before(async () => {
  if (!skip) server = await start();
});

after(stop);

test("the committed OpenAPI document is valid OpenAPI 3.1", async () => {
  const validator = new Validator();
  const document = JSON.parse(readFileSync(join(root, "openapi.json"), "utf8"));
  const result = await validator.validate(document);
  assert.equal(validator.version, "3.1");
  assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
});

async function post(path: string, body: string, lang: Lang): Promise<{ status: number; json: unknown }> {
  assert.ok(server, "set TYOKYKY_SERVER to the running server's URL (.ci/run does)");
  const response = await fetch(`${server}${path}`, {
    method: "POST",
    body,
    headers: { "Accept-Language": lang, "Content-Type": "application/json" },
  });
  return { status: response.status, json: await response.json() };
}

const violating = readFileSync(join(root, "examples", "data", "paths", "violations_mapping_and_coaching.json"), "utf8");

test("the server's report renders in three languages", { skip }, async () => {
  const seen = new Set<string>();
  for (const lang of langs) {
    const { status, json } = await post("/v1/validate?as_of=2025-03-01", violating, lang);
    assert.equal(status, 200);
    const report = json as Report;
    assert.ok(report.findings.length >= 3);
    for (const finding of report.findings) {
      const message = finding.message[lang];
      assert.ok(message && message.length > 0, `${finding.code} has no ${lang} message`);
      seen.add(message);
    }
  }
  // Three languages, three different texts for the same findings.
  assert.ok(seen.size >= 9, [...seen].join("\n"));
});

test("the server's due list renders in three languages", { skip }, async () => {
  for (const lang of langs) {
    const { status, json } = await post("/v1/due?as_of=2024-02-20", violating, lang);
    assert.equal(status, 200);
    const answer = json as { due_list: DueList; messages: string[] };
    assert.ok(answer.due_list.items.length > 0);
    assert.equal(answer.messages.length, answer.due_list.items.length);
    const lines = answer.due_list.items.map((item, i) => `${item.due} ${answer.messages[i]}`);
    for (const line of lines) assert.ok(!line.includes("undefined"), line);
    if (lang === "fi") assert.match(lines.join("\n"), /Kartoitusjakso/);
    if (lang === "en") assert.match(lines.join("\n"), /Mapping phase/);
  }
});

test("an unreadable document gets a 400 with findings, not a crash", { skip }, async () => {
  const { status, json } = await post("/v1/validate?as_of=2025-03-01", '{"document": "client", "schema_version": 1', "en");
  assert.equal(status, 400);
  assert.equal((json as Report).findings[0]?.code, "document.malformed_json");
});
