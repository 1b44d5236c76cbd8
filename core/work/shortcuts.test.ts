import { describe, expect, it } from "vitest";
import { displayKey, displayKeys, matchesKey, SHORTCUTS, shortcutOf, type KeyPress } from "./shortcuts";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe("shortcut table", () => {
  it("names every shortcut once and gives it at least one key", () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    expect(SHORTCUTS.every((s) => s.keys.length > 0)).toBe(true);
  });

  it("no two shortcuts of the grid or editor share a key", () => {
    const keys = SHORTCUTS.filter((s) => s.scope !== "findBar").flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("writes keys as people read them", () => {
    expect(displayKey("Mod-Shift-j")).toBe("Ctrl+Shift+J");
    expect(displayKey("Alt-ArrowUp")).toBe("Alt+↑");
    expect(displayKey("Shift-F3")).toBe("Shift+F3");
    expect(displayKey("?")).toBe("?");
    expect(displayKeys({ keys: ["Alt-1", "Alt-2", "Alt-3"] })).toBe("Alt+1 … Alt+3");
    expect(displayKeys({ keys: ["Enter", "F3"] })).toBe("Enter / F3");
  });
});

describe("matchesKey", () => {
  it("takes Ctrl or ⌘ for Mod and asks every other modifier exactly", () => {
    expect(matchesKey(press("g", { ctrlKey: true }), "Mod-g")).toBe(true);
    expect(matchesKey(press("g", { metaKey: true }), "Mod-g")).toBe(true);
    expect(matchesKey(press("g"), "Mod-g")).toBe(false);
    expect(matchesKey(press("G", { ctrlKey: true, shiftKey: true }), "Mod-g")).toBe(false);
    expect(matchesKey(press("J", { ctrlKey: true, shiftKey: true }), "Mod-Shift-j")).toBe(true);
    expect(matchesKey(press("Home", { altKey: true }), "Alt-Home")).toBe(true);
    expect(matchesKey(press("Home", { ctrlKey: true }), "Alt-Home")).toBe(false);
  });

  it("does not ask about Shift for a symbol typed with it", () => {
    expect(matchesKey(press("?", { shiftKey: true }), "?")).toBe(true);
    expect(matchesKey(press("?", { ctrlKey: true }), "?")).toBe(false);
  });

  it("finds the shortcut among those asked for", () => {
    expect(shortcutOf(press("F3", { shiftKey: true }), ["findNext", "findPrevious"])).toBe("findPrevious");
    expect(shortcutOf(press("Enter"), ["findNext", "findPrevious"])).toBe("findNext");
    expect(shortcutOf(press("x"), ["findNext"])).toBeNull();
  });
});
