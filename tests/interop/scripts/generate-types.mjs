// Generates TypeScript types from the crate's committed JSON Schemas into src/generated/.
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const schemas = join(here, "..", "..", "..", "schemas");
const out = join(here, "..", "src", "generated");
await mkdir(out, { recursive: true });

for (const file of (await readdir(schemas)).filter((f) => f.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(await readFile(join(schemas, file), "utf8"));
  const name = file.replace(".schema.json", "");
  const typeName = name.split("_").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  const ts = await compile({ ...schema, title: typeName }, typeName, {
    bannerComment: `/* Generated from schemas/${file} by scripts/generate-types.mjs; do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: true,
    format: false,
  });
  await writeFile(join(out, `${name}.ts`), ts);
}
console.log(`generated types in ${out}`);
