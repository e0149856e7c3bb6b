// The reference page (examples/web/, served by the example server at /) in a real
// browser: Debian's chromium driven by playwright-core. Each example path is uploaded;
// the findings table, the due list and the picture's markers must agree with what the
// API answers. A screenshot per language is saved under target/screenshots/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { root } from "./ajv.js";
import { skip as noServer, start, stop } from "./live.js";

const executablePath = "/usr/bin/chromium";
const skip = noServer || (existsSync(executablePath) ? false : "no /usr/bin/chromium: apt-get install chromium");
const asOf = "2025-03-01";

let server = "";
let browser: Browser | undefined;

before(async () => {
  if (skip) return;
  server = await start();
  browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

after(async () => {
  await browser?.close();
  stop();
});

type Finding = { severity: "error" | "warning" | "info"; code: string };

async function api(endpoint: string, body: string): Promise<Response> {
  return fetch(`${server}/v1/${endpoint}?as_of=${asOf}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", "Accept-Language": "en" },
  });
}

const pathsDir = join(root, "examples", "data", "paths");
const files = readdirSync(pathsDir).filter((name) => name.endsWith(".json")).sort();

test("each example path shows its findings, due list and markers as the API answers them", { skip }, async () => {
  assert.ok(browser);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server}/`);
  await page.fill("#as-of", asOf);
  await page.selectOption("#lang", "en");
  for (const file of files) {
    const body = readFileSync(join(pathsDir, file), "utf8");
    const report = (await (await api("validate", body)).json()) as { findings: Finding[] };
    const due = (await (await api("due", body)).json()) as { messages: string[] };
    await page.setInputFiles("#file", join(pathsDir, file));
    await page.waitForFunction((text) => (document.querySelector("#document") as HTMLTextAreaElement).value === text, body);
    await page.click("#check");
    await page.waitForFunction(() => /findings\.$/.test(document.querySelector("#status")?.textContent ?? ""));
    assert.equal(await page.locator("#findings tbody tr").count(), report.findings.length, file);
    assert.equal(await page.locator("#due li").count(), due.messages.length, file);
    for (const severity of ["error", "warning", "info"] as const) {
      const expected = report.findings.filter((f) => f.severity === severity).length;
      assert.equal(await page.locator(`#timeline svg g.finding[data-severity="${severity}"]`).count(), expected, `${file} ${severity}`);
      assert.equal(await page.locator(`#findings tbody tr[data-severity="${severity}"]`).count(), expected, `${file} ${severity} rows`);
    }
  }
  await page.close();
});

test("a client record shows its findings, its due list and each path's picture", { skip }, async () => {
  assert.ok(browser);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server}/`);
  await page.fill("#as-of", "2024-05-15");
  await page.selectOption("#lang", "en");
  // Two paths of one client, one of them with what is due on 15 May 2024.
  const path = JSON.parse(readFileSync(join(pathsDir, "violations_rehabilitative_work_activity.json"), "utf8"));
  const other = JSON.parse(readFileSync(join(pathsDir, "wellbeing_group.json"), "utf8"));
  other.client = path.client;
  const body = JSON.stringify({
    document: "client_record", schema_version: 1,
    client: { document: "client", schema_version: 1, id: path.client, labour_market_status: "unemployed_jobseeker" },
    paths: [other, path],
  });
  const ask = (endpoint: string) => fetch(`${server}/v1/${endpoint}?as_of=2024-05-15`,
    { method: "POST", body, headers: { "Content-Type": "application/json", "Accept-Language": "en" } });
  const report = (await (await ask("validate")).json()) as { findings: Finding[] };
  const due = (await (await ask("due")).json()) as { messages: string[] };
  assert.ok(report.findings.length > 0);
  assert.ok(due.messages.length > 0);
  await page.fill("#document", body);
  await page.click("#check");
  await page.waitForSelector("#timeline svg g.path");
  assert.equal(await page.locator("#timeline svg g.path").count(), 2);
  assert.equal(await page.locator("#findings tbody tr").count(), report.findings.length);
  assert.equal(await page.locator("#due li").count(), due.messages.length);
  for (const severity of ["error", "warning", "info"] as const) {
    const expected = report.findings.filter((f) => f.severity === severity).length;
    assert.equal(await page.locator(`#timeline svg g.finding[data-severity="${severity}"]`).count(), expected, severity);
  }
  // The n-th row links to the n-th finding's marker, the client's and the paths' alike.
  for (const [index, finding] of report.findings.entries()) {
    assert.equal(await page.locator(`#timeline svg g#finding-${index}`).getAttribute("data-code"), finding.code);
  }
  await page.close();
});

test("the filter hides a severity and a finding links to its marker", { skip }, async () => {
  assert.ok(browser);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server}/`);
  await page.fill("#as-of", asOf);
  await page.setInputFiles("#file", join(pathsDir, "violations_rehabilitative_work_activity.json"));
  await page.click("#check");
  await page.waitForSelector("#timeline svg");
  const warnings = page.locator('#findings tbody tr[data-severity="warning"]');
  const errors = page.locator('#findings tbody tr[data-severity="error"]');
  assert.ok((await errors.count()) > 0);
  await page.uncheck('#filter input[value="error"]');
  assert.equal(await page.locator('#findings tbody tr[data-severity="error"]:visible').count(), 0);
  await page.check('#filter input[value="error"]');
  // The keyboard reaches the first finding's link; Enter highlights its marker.
  await errors.first().locator("a").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#timeline svg g.finding.highlight").count(), 1);
  assert.ok((await warnings.count()) >= 0);
  await page.close();
});

test("the page reads at 320 px and in each language; a screenshot of each", { skip }, async () => {
  assert.ok(browser);
  mkdirSync(join(root, "target", "screenshots"), { recursive: true });
  for (const lang of ["fi", "sv", "en"]) {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${server}/`);
    await page.fill("#as-of", "2024-05-15");
    await page.selectOption("#lang", lang);
    await page.setInputFiles("#file", join(pathsDir, "violations_mapping_and_coaching.json"));
    await page.click("#check");
    await page.waitForSelector("#timeline svg");
    // Nothing but the picture's own scroller is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 320, `the page is ${overflow} px wide in ${lang}`);
    const title = await page.locator("#timeline svg title#timeline-title").textContent();
    assert.ok(title && title.includes("oulu-0102"), `${title}`);
    await page.screenshot({ path: join(root, "target", "screenshots", `page_${lang}.png`), fullPage: true });
    await page.close();
  }
});
