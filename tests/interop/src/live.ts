// The server the live tests call: TYOKYKY_SERVER when CI names it, else the built example
// server started on a free port; when neither exists the tests are skipped with `skip`.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "./ajv.js";

const binary = join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug", "examples", "server");

export const skip: string | false =
  process.env.TYOKYKY_SERVER || existsSync(binary)
    ? false
    : "no TYOKYKY_SERVER and no built server: run `cargo build --example server --features http` first, or set TYOKYKY_SERVER";

let child: ChildProcess | undefined;

/** The server's base URL, starting it when needed. */
export async function start(): Promise<string> {
  if (process.env.TYOKYKY_SERVER) return process.env.TYOKYKY_SERVER;
  const started = spawn(binary, ["0"], { stdio: ["ignore", "pipe", "inherit"] });
  child = started;
  return new Promise<string>((resolve, reject) => {
    let seen = "";
    started.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const address = /listening on (http:\/\/[^\s]+)/.exec(seen)?.[1];
      if (address) resolve(address);
    });
    started.on("exit", (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

/** Stops a server [`start`] started. */
export function stop(): void {
  child?.kill();
}
