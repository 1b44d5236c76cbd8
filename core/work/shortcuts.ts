/**
 * Every keyboard shortcut of the translation grid, in one table: the editor's keymap
 * (editor/segment-keymap.ts), the grid's own key handler, the help overlay and README's shortcut
 * tables are all read from it (a unit test keeps README equal to it in English and French).
 *
 * Keys are written in ProseMirror's notation ("Mod-Enter", "Alt-ArrowUp", "Shift-F3"), which the
 * editor binds as is; `Mod` is Ctrl (⌘ on a Mac). Descriptions live in locales/{en,fr}/workbench.json
 * under `shortcuts.<id>`.
 */

export type ShortcutSection = "move" | "edit" | "find" | "review" | "structure";
/** Where the key works: in the open segment editor, anywhere in the grid (editor included), or in the find bar. */
export type ShortcutScope = "editor" | "grid" | "findBar";

export interface Shortcut {
  id: string;
  section: ShortcutSection;
  scope: ShortcutScope;
  keys: readonly string[];
}

const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Alt-${n}`);

export const SHORTCUTS = [
  { id: "confirm", section: "edit", scope: "editor", keys: ["Mod-Enter"] },
  { id: "previous", section: "move", scope: "editor", keys: ["Alt-ArrowUp"] },
  { id: "next", section: "move", scope: "editor", keys: ["Alt-ArrowDown"] },
  { id: "leave", section: "edit", scope: "editor", keys: ["Escape"] },
  { id: "insertTerm", section: "edit", scope: "editor", keys: digits },
  // Ctrl, not Alt: Alt+1…9 stay the glossary's. Taken anywhere in the grid, for the open segment's editor.
  { id: "insertMatch", section: "edit", scope: "grid", keys: ["Mod-1", "Mod-2", "Mod-3"] },
  { id: "goTo", section: "move", scope: "grid", keys: ["Mod-g"] },
  { id: "first", section: "move", scope: "grid", keys: ["Alt-Home"] },
  { id: "last", section: "move", scope: "grid", keys: ["Alt-End"] },
  { id: "nextFlagged", section: "move", scope: "grid", keys: ["Alt-PageDown"] },
  { id: "previousFlagged", section: "move", scope: "grid", keys: ["Alt-PageUp"] },
  { id: "find", section: "find", scope: "grid", keys: ["Mod-f"] },
  { id: "concordance", section: "find", scope: "grid", keys: ["Mod-k"] },
  { id: "findNext", section: "find", scope: "findBar", keys: ["Enter", "F3"] },
  { id: "findPrevious", section: "find", scope: "findBar", keys: ["Shift-Enter", "Shift-F3"] },
  { id: "closeFind", section: "find", scope: "findBar", keys: ["Escape"] },
  { id: "help", section: "move", scope: "grid", keys: ["?", "F1"] },
  { id: "approve", section: "review", scope: "editor", keys: ["Alt-a"] },
  { id: "reject", section: "review", scope: "editor", keys: ["Alt-r"] },
  { id: "merge", section: "structure", scope: "editor", keys: ["Mod-Shift-j"] },
  { id: "split", section: "structure", scope: "editor", keys: ["Mod-Shift-k"] },
  { id: "moveTargetDown", section: "structure", scope: "editor", keys: ["Alt-Shift-ArrowDown"] },
  { id: "moveTargetUp", section: "structure", scope: "editor", keys: ["Alt-Shift-ArrowUp"] },
  { id: "unalign", section: "structure", scope: "editor", keys: ["Mod-Shift-u"] },
  { id: "undo", section: "structure", scope: "editor", keys: ["Mod-Alt-z"] },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]["id"];
export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = ["move", "edit", "find", "review", "structure"];

/** The keys of one shortcut (the first is the main one). */
export function keysOf(id: ShortcutId): readonly string[] {
  return SHORTCUTS.find((s) => s.id === id)!.keys;
}

const KEY_NAMES: Record<string, string> = { ArrowUp: "↑", ArrowDown: "↓", Escape: "Esc", PageDown: "PgDn", PageUp: "PgUp", Mod: "Ctrl" };

/** One key as people write it: "Mod-Shift-j" → "Ctrl+Shift+J"; `names` gives a language's key names ("Maj", "Entrée"). */
export function displayKey(key: string, names: Readonly<Record<string, string>> = {}): string {
  const parts = key.length > 1 ? key.split(/-(?!$)/) : [key];
  return parts.map((part) => names[part] ?? KEY_NAMES[part] ?? (part.length === 1 ? part.toUpperCase() : part)).join("+");
}

/** A shortcut's keys as shown in the help and in README: "Alt+1 … Alt+9" for a run of digits, else "A / B". */
export function displayKeys(shortcut: Pick<Shortcut, "keys">, names: Readonly<Record<string, string>> = {}): string {
  const { keys } = shortcut;
  if (keys.length > 2 && keys.every((k) => /-\d$/.test(k))) return `${displayKey(keys[0], names)} … ${displayKey(keys[keys.length - 1], names)}`;
  return keys.map((key) => displayKey(key, names)).join(" / ");
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press is `key` (ProseMirror notation). Ctrl and ⌘ both count as Mod. */
export function matchesKey(event: KeyPress, key: string): boolean {
  const parts = key.length > 1 ? key.split(/-(?!$)/) : [key];
  const base = parts[parts.length - 1];
  const mods = new Set(parts.slice(0, -1));
  const mod = event.ctrlKey || event.metaKey;
  // A printable symbol such as "?" is typed with Shift on most layouts: Shift is then not asked about.
  const symbol = base.length === 1 && !/[a-z0-9]/i.test(base);
  if (mod !== (mods.has("Mod") || mods.has("Ctrl")) || event.altKey !== mods.has("Alt")) return false;
  if (!symbol && event.shiftKey !== mods.has("Shift")) return false;
  return base.length === 1 ? event.key.toLowerCase() === base.toLowerCase() : event.key === base;
}

/** The shortcut among `ids` that a key press stands for, if any. */
export function shortcutOf<T extends ShortcutId>(event: KeyPress, ids: readonly T[]): T | null {
  return ids.find((id) => keysOf(id).some((key) => matchesKey(event, key))) ?? null;
}
