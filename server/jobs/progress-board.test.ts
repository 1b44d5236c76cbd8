import { describe, expect, it } from "vitest";
import { endProgress, progressReporter, readProgress } from "./progress-board";

const TOKEN = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

describe("the progress board", () => {
  it("keeps the last report under a page's token, for its own user only, until the operation ends", () => {
    const report = progressReporter(TOKEN, "ana")!;
    report({ stage: "segmenting", done: 256, total: 1000 });
    report({ stage: "writing", done: 500, total: 2000 });
    expect(readProgress(TOKEN, "ana")).toEqual({ stage: "writing", done: 500, total: 2000 });
    expect(readProgress(TOKEN, "ben")).toBeNull();
    endProgress(TOKEN);
    expect(readProgress(TOKEN, "ana")).toBeNull();
  });

  it("ignores tokens that are not UUIDs", () => {
    expect(progressReporter("../../etc", "ana")).toBeUndefined();
    expect(progressReporter("", "ana")).toBeUndefined();
  });
});
