import { describe, expect, it } from "vitest";
import { clampPanelWidth, DEFAULT_PANEL_WIDTH, parsePanelWidth } from "./side-panel-layout";

describe("side panel width", () => {
  it("keeps a width inside its bounds", () => {
    expect(clampPanelWidth(100, 1920)).toBe(220);
    expect(clampPanelWidth(350, 1920)).toBe(350);
    expect(clampPanelWidth(5000, 1920)).toBe(640);
  });
  it("never takes more than 40% of a narrow window", () => {
    expect(clampPanelWidth(600, 1024)).toBe(409);
  });
  it("reads back only numbers, else the default", () => {
    expect(parsePanelWidth("412")).toBe(412);
    expect(parsePanelWidth("wide")).toBe(DEFAULT_PANEL_WIDTH);
    expect(parsePanelWidth("")).toBe(DEFAULT_PANEL_WIDTH);
  });
});
