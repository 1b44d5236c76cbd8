import { Editor, type Content } from "@tiptap/core";
import { sourceEditorExtensions, type SourceEditorHandlers } from "./source-editor-extensions";

/** A headless source editor for tests (needs the happy-dom environment). */
export function makeSourceEditor(content: Content, handlers: Partial<SourceEditorHandlers> = {}): Editor {
  return new Editor({
    element: document.createElement("div"),
    extensions: sourceEditorExtensions({ onGloss: () => false, onAnnotate: () => false, ...handlers }),
    content,
  });
}
