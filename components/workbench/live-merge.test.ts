import { describe, expect, it } from "vitest";
import { decideRemote, holdsRestructure, remotePatch } from "./live-merge";

describe("merging a remote change into the page", () => {
  const held = { held: true, knownVersion: 3, unsaved: false };

  it("applies a newer version of a segment the user is not editing", () => {
    expect(decideRemote({ version: 4 }, held)).toBe("apply");
  });

  it("never replaces text the user has not had saved: keeps theirs so their save meets the conflict", () => {
    expect(decideRemote({ version: 4 }, { ...held, unsaved: true })).toBe("keep-mine");
  });

  it("ignores its own save coming back, older events and segments the page does not hold", () => {
    expect(decideRemote({ version: 3 }, held)).toBe("ignore");
    expect(decideRemote({ version: 2 }, { ...held, unsaved: true })).toBe("ignore");
    expect(decideRemote({ version: 9 }, { ...held, held: false })).toBe("ignore");
  });

  it("applies when the page has no version for the segment yet", () => {
    expect(decideRemote({ version: 2 }, { ...held, knownVersion: undefined })).toBe("apply");
  });

  it("patches only the fields a remote row carries (a partial event has no texts)", () => {
    expect(remotePatch({ id: "s", status: "approved", version: 5, reviewedVersion: 5 } as never)).toEqual({
      status: "approved",
      version: 5,
      reviewedVersion: 5,
    });
    expect(remotePatch({ id: "s", targetText: "", status: "new", version: 2, trackedBaseText: null } as never)).toEqual({
      targetText: "",
      status: "new",
      version: 2,
      trackedBaseText: null,
    });
  });
});

describe("a restructure event", () => {
  const versions = new Map([
    ["a", 4],
    ["b", 1],
  ]);
  const versionOf = (id: string) => versions.get(id);

  it("is the page's own when it holds every written row at that version", () => {
    expect(
      holdsRestructure(
        [
          { id: "a", version: 4 },
          { id: "b", version: 1 },
        ],
        versionOf,
      ),
    ).toBe(true);
  });

  it("is someone else's when a row is newer or unknown, or the rows were too many to list", () => {
    expect(holdsRestructure([{ id: "a", version: 5 }], versionOf)).toBe(false);
    expect(holdsRestructure([{ id: "c", version: 1 }], versionOf)).toBe(false);
    expect(holdsRestructure(undefined, versionOf)).toBe(false);
  });
});
