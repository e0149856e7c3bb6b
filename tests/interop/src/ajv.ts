// One ajv instance for JSON Schema 2020-12 with formats on, knowing every schema in schemas/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its default export is the function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const root = join(import.meta.dirname, "..", "..", "..");
export const schemasDir = join(root, "schemas");

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
// The integer formats schemars writes beside its minimum and maximum.
const ranges: Record<string, [number, number]> = {
  uint: [0, Number.MAX_SAFE_INTEGER],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
  uint64: [0, Number.MAX_SAFE_INTEGER],
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};
for (const [name, [min, max]] of Object.entries(ranges)) {
  ajv.addFormat(name, { type: "number", validate: (x: number) => Number.isInteger(x) && x >= min && x <= max });
}
for (const name of ["double", "float"]) {
  ajv.addFormat(name, { type: "number", validate: (x: number) => Number.isFinite(x) });
}

const validators = new Map<string, ValidateFunction>();
for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json"))) {
  const schema = readJson(join(schemasDir, file)) as object;
  validators.set(file.replace(".schema.json", ""), ajv.compile(schema));
}

export function validator(document: string): ValidateFunction {
  const found = validators.get(document);
  if (!found) throw new Error(`no schema for ${document}`);
  return found;
}

export function documents(): string[] {
  return [...validators.keys()].sort();
}
