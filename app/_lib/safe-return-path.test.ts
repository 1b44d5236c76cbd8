import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/en/projects/abc", "/en/projects/abc"],
    ["/en/invite/tok-en_1?x=1#y", "/en/invite/tok-en_1?x=1#y"],
    ["/en/a/../b", "/en/b"],
    ["/%5Cother-host/x", "/%5Cother-host/x"], // an encoded backslash is only a character of our path
  ])("keeps the same-origin path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    // What the seen attack sends: next=%2F%09%2Fother-host%2Fx, decoded by the query parser.
    decodeURIComponent("%2F%09%2Fother-host%2Fx"),
    "/\t/other-host/x",
    "/\n/other-host/x",
    "/\r/other-host/x",
    "/\r\n/other-host",
    "\t//other-host",
    "//other-host/x",
    "///other-host/x",
    "/\\other-host/x",
    "\\\\other-host/x",
    "/\\/other-host",
    "/.//other-host/x",
    "/./\\other-host",
    "https://other-host/x",
    "http:other-host",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " /\t/other-host",
    "",
    "relative/path",
  ])("refuses %j", (input) => {
    expect(safeReturnPath(input)).toBe("");
  });

  it("refuses anything that is not a string", () => {
    for (const input of [undefined, null, 42, ["/en"], { toString: () => "/en" }]) expect(safeReturnPath(input)).toBe("");
  });
});
