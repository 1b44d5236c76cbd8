// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { Typeahead } from "./typeahead";

const key = (k: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
};

describe("Typeahead", () => {
  it("collects printable keys typed before the editor exists, then stops listening", () => {
    const typeahead = new Typeahead();
    typeahead.start("S");
    expect(key("e").defaultPrevented).toBe(true);
    key("c");
    key("s", { ctrlKey: true }); // shortcuts are not text
    key("ArrowLeft");
    expect(typeahead.take()).toBe("Sec");
    expect(key("x").defaultPrevented).toBe(false);
    expect(typeahead.take()).toBe("");
  });

  it("drain hands over what was typed but keeps capturing until take", () => {
    const typeahead = new Typeahead();
    typeahead.start("a");
    expect(typeahead.drain()).toBe("a");
    key("b");
    expect(typeahead.take()).toBe("b");
    expect(key("c").defaultPrevented).toBe(false);
  });
});
