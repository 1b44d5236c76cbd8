import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runExchangeJob } from "@/server/workers/exchange-jobs";
import { cliSandbox, expectOneLineError } from "./cli-sandbox";

// `export-project PROJECT_ID > FILE.zip`: the project archive on stdout, as the REST API gives it.
const { cli, cliBytes, write, remove } = cliSandbox("lisiere-cli-archive-");
afterAll(remove);

let projectId = "";
let documentId = "";
beforeAll(() => {
  projectId = cli(["project", "create", "Archives"]).stdout.trim();
  documentId = cli(["import", write("article.txt", "Le Pentagone évoque un risque. Il pleut."), "--project", projectId, "--title", "Article"]).stdout.trim();
  expect(documentId).not.toBe("");
});

describe("export-project", () => {
  it("writes the project's zip to stdout: a manifest naming each file, an XLIFF our strict reader takes", async () => {
    const result = cliBytes(["export-project", projectId]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const files = unzipSync(new Uint8Array(result.stdout));
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(manifest).toMatchObject({
      project: { id: projectId, name: "Archives" },
      documents: [
        { id: documentId, title: "Article", segments: 2, files: { xliff: "documents/Article.xlf", annotations: "annotations/Article.annotations.jsonld" } },
      ],
      counts: { documents: 1, segments: 2 },
    });
    expect(Object.keys(files).sort()).toEqual([
      "annotations/Article.annotations.jsonld",
      "documents/Article.xlf",
      "glossary.tbx",
      "manifest.json",
      "memory.tmx",
    ]);
    const { document } = await runExchangeJob({ kind: "xliff", content: files["documents/Article.xlf"] });
    expect(document.units.flatMap((u) => u.segments).map((s) => s.source)).toEqual(["Le Pentagone évoque un risque.", "Il pleut."]);
  });

  it("refuses an unknown project and a missing id with one line", () => {
    expectOneLineError(cli(["export-project", "nope"]), /project nope: Project not found\./);
    expectOneLineError(cli(["export-project"]), /export-project takes exactly one PROJECT_ID/);
  });
});
