// @vitest-environment happy-dom
import type { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { ALLOW_CONTENT_CHANGE } from "./read-only-text";
import { highlightsOf, sourceDoc } from "./source-doc";
import { makeSourceEditor } from "./test-source-editor";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function make(text = "Le risque est réel") {
  editor = makeSourceEditor(sourceDoc(text, []));
  return editor;
}

describe("read-only source text", () => {
  it("refuses typing, deleting and replacing", () => {
    const e = make();
    e.commands.insertContentAt(1, "x");
    e.view.dispatch(e.state.tr.insertText("y", 3));
    e.commands.deleteRange({ from: 1, to: 4 });
    e.chain().setTextSelection({ from: 1, to: 4 }).deleteSelection().run(); // what cut does after copying
    expect(e.getText()).toBe("Le risque est réel");
  });

  it("refuses paste and drop", () => {
    const e = make();
    e.commands.setTextSelection({ from: 4, to: 10 });
    e.view.pasteText("danger");
    e.view.pasteHTML("<p><strong>danger</strong></p>");
    expect(e.getText()).toBe("Le risque est réel");
  });

  it("lets mark changes and selection moves through", () => {
    const e = make();
    e.chain().setTextSelection({ from: 4, to: 10 }).setGloss({ annotationId: "a1", entryId: "e1" }).run();
    expect(e.state.selection.from).toBe(4);
    expect(highlightsOf(e.state.doc)).toEqual([{ type: "gloss", start: 3, end: 9, annotationId: "a1", entryId: "e1" }]);
    e.commands.unsetGloss("a1");
    expect(highlightsOf(e.state.doc)).toEqual([]);
    expect(e.getText()).toBe("Le risque est réel");
  });

  it("lets a reload through when flagged", () => {
    const e = make();
    e.commands.setContent(sourceDoc("Autre phrase", []));
    expect(e.getText()).toBe("Le risque est réel");
    e.chain().setMeta(ALLOW_CONTENT_CHANGE, true).setContent(sourceDoc("Autre phrase", [])).run();
    expect(e.getText()).toBe("Autre phrase");
  });
});
