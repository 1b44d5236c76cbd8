import fs from "node:fs";
import { CliError } from "./cli-error";

/** Bytes of FILE, or of stdin when FILE is absent or "-". */
export async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (file && file !== "-") {
    try {
      return new Uint8Array(fs.readFileSync(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(code === "ENOENT" ? `no such file: ${file}` : code === "EISDIR" ? `${file} is a directory` : `cannot read ${file} (${code})`);
    }
  }
  if (process.stdin.isTTY) throw new CliError("no FILE given and nothing on stdin", 2);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes to stdout and waits until it is flushed (pipes can be slow; exit must not truncate). */
export function writeOut(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}
