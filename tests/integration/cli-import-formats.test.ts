import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/server/db/generated/client";
import { cliSandbox } from "./cli-sandbox";

/** `cli import` looks at what a file is, not only at its name, and refuses what is not a document. */
const sandbox = cliSandbox("lisiere-cli-import-");
const { cli, write, dbFile } = sandbox;
afterAll(sandbox.remove);

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="fr" datatype="plaintext"/>
  <body><tu><tuv xml:lang="fr"><seg>Il pleut.</seg></tuv><tuv xml:lang="en"><seg>It is raining.</seg></tuv></tu></body>
</tmx>
`;

const xliff = (languages: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${languages}><file id="f1" original="Dépêche"><unit id="u1"><segment id="s1" state="translated"><source>Es regnet.</source><target>It is raining.</target></segment></unit></file></xliff>\n`;

async function documentCount(): Promise<number> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: dbFile }) });
  try {
    return await db.document.count();
  } finally {
    await db.$disconnect();
  }
}

describe("cli import refuses what is not a French document", () => {
  it("refuses a TMX translation memory with one line and exit code 1, whatever its name", async () => {
    for (const name of ["demo.tmx", "memory.txt"]) {
      const result = cli(["import", write(name, TMX)]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^error: .*This is a TMX translation memory, not a document to translate; .+\n$/u);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(await documentCount()).toBe(0);
  });

  it("refuses an XLIFF file from English into German, naming both languages", async () => {
    const result = cli(["import", write("de.xlf", xliff('srcLang="en" trgLang="de"'))]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: .*This XLIFF file translates English \(en\) into German \(de\); Lisière translates French into English\.\n$/u);
    expect(await documentCount()).toBe(0);
  });

  it("imports Trados XLIFF 1.2 (.sdlxliff) and refuses one with nothing to translate, saying so", async () => {
    const sdl = (body: string) =>
      `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file original="a" source-language="fr-FR" target-language="en-US" datatype="x-sdlfilterframework2"><body>${body}</body></file></xliff>`;
    const before = await documentCount();
    const empty = cli(["import", write("empty.sdlxliff", sdl(""))]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^error: .*This XLIFF file has nothing to translate: it has no segments\.\n$/u);
    expect(await documentCount()).toBe(before);
    const unit = `<trans-unit id="1"><source>Il pleut.</source><seg-source><mrk mtype="seg" mid="1">Il pleut.</mrk></seg-source><target><mrk mtype="seg" mid="1">It is raining.</mrk></target><sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs></trans-unit>`;
    const imported = cli(["import", write("old.sdlxliff", sdl(unit))]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(cli(["export", imported.stdout.trim(), "--format", "xliff12"]).stdout).toMatch(/<target state="translated">It is raining\.<\/target>/u);
  });

  it("imports a French → English XLIFF with regional tags and keeps them in its XLIFF export", () => {
    const imported = cli(["import", write("fr-ca.xlf", xliff('srcLang="fr-CA" trgLang="en-GB"').replace("Es regnet.", "Il pleut."))]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const exported = cli(["export", imported.stdout.trim(), "--format", "xliff"]);
    expect(exported.stdout).toMatch(/srcLang="fr-CA" trgLang="en-GB"/u);
  });
});
