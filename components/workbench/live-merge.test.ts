import { describe, expect, it } from "vitest";
import { decideRemote, remotePatch } from "./live-merge";

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
