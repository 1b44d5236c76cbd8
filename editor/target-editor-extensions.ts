import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { UndoRedo } from "@tiptap/extensions";
import { QaDecorations } from "./qa-decorations";
import { SegmentKeymap, type SegmentKeymapOptions } from "./segment-keymap";
import { SingleParagraphDocument } from "./single-paragraph-document";

/** The extensions of a segment's target editor (shared by the app and the headless tests). */
export function targetEditorExtensions(keymap: Partial<SegmentKeymapOptions>) {
  return [SingleParagraphDocument, Paragraph, Text, UndoRedo, SegmentKeymap.configure(keymap), QaDecorations];
}
