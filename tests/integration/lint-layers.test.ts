import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layer rules of eslint.config.mjs, held to what ARCHITECTURE.md says, on small sources linted
// as if they sat in each folder: a rule that is dropped or loosened fails here, not silently.

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The layer messages ESLint gives `code` as the file `filePath` (which need not exist). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

const refused = (specifier: string, kind = "") => `import ${kind}{ x } from "${specifier}";\nexport { x };\n`;

describe("the layer rules", () => {
  it.each([
    ["components/workbench/Fixture.tsx", "@/app/[lng]/sign-in/actions"],
    ["components/workbench/Fixture.tsx", "../../app/[lng]/projects/[projectId]/actions"],
    ["components/Fixture.tsx", "../app/_lib/current-actor"],
    ["editor/Fixture.ts", "@/app/_lib/auth"],
  ])("%s may not import %s (a route folder or app/)", async (file, specifier) => {
    expect(await layerErrors(file, refused(specifier))).toEqual([expect.stringContaining("never import app/")]);
  });

  it("lets components import server/ for types only", async () => {
    expect(await layerErrors("components/ui/Fixture.tsx", refused("@/server/db/client"))).toEqual([expect.stringContaining("only types from server/")]);
    expect(await layerErrors("components/ui/Fixture.tsx", refused("../../server/errors"))).toEqual([expect.stringContaining("only types from server/")]);
    expect(await layerErrors("components/ui/Fixture.tsx", refused("@/server/errors", "type "))).toEqual([]);
    expect(await layerErrors("components/ui/Fixture.tsx", refused("@/actions/segments"))).toEqual([]);
    expect(await layerErrors("components/ui/Fixture.tsx", refused("@/actions/_lib/run-action"))).toEqual([expect.stringContaining("server code")]);
  });

  it.each(["../../server/db/client", "../server/errors", "@/server/errors", "../../app/_lib/auth", "../../components/ui/FormError", "react"])(
    "keeps core/ from importing %s",
    async (specifier) => {
      expect(await layerErrors("core/model/fixture.ts", refused(specifier))).not.toEqual([]);
    },
  );

  it("lets core/ import core/", async () => {
    expect(await layerErrors("core/model/fixture.ts", refused("../text/normalize"))).toEqual([]);
  });

  it.each([
    ["server/documents/fixture.ts", "../../app/_lib/auth"],
    ["server/documents/fixture.ts", "@/components/workbench/save-queue"],
    ["server/fixture.ts", "../actions/segments"],
    ["actions/fixture.ts", "@/app/[lng]/projects/[projectId]/page"],
    ["actions/fixture.ts", "../components/ui/FormError"],
    ["cli/commands/fixture.ts", "../../app/_lib/auth"],
    ["bench/fixture.ts", "../app/_lib/auth"],
    ["bench/fixture.ts", "@/components/workbench/save-queue"],
  ])("refuses %s importing %s", async (file, specifier) => {
    expect(await layerErrors(file, refused(specifier))).toHaveLength(1);
  });

  it("lets actions/ use the request helpers of app/_lib, and the app import Prisma only through server/", async () => {
    expect(await layerErrors("actions/fixture.ts", refused("@/app/_lib/current-actor"))).toEqual([]);
    expect(await layerErrors("app/[lng]/fixture.ts", refused("../../server/db/generated/client"))).toEqual(
      ["Prisma lives in server/ only."].map((m) => expect.stringContaining(m)),
    );
  });
});
