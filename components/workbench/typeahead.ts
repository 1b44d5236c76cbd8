/**
 * Keeps the characters typed between "start editing this row" and the moment its editor exists
 * (a frame or two later), so a fast typist loses nothing. Framework-free.
 */
export class Typeahead {
  private buffer = "";
  private listening = false;

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    event.stopPropagation();
    this.buffer += event.key;
  };

  /** Starts capturing with `first` already typed. */
  start(first: string): void {
    this.buffer = first;
    if (!this.listening && typeof window !== "undefined") {
      window.addEventListener("keydown", this.onKeyDown, true);
      this.listening = true;
    }
  }

  /** Returns what was typed so far and keeps capturing (the editor exists but has no focus yet). */
  drain(): string {
    const typed = this.buffer;
    this.buffer = "";
    return typed;
  }

  /** Stops capturing and returns everything typed so far. */
  take(): string {
    if (this.listening) window.removeEventListener("keydown", this.onKeyDown, true);
    this.listening = false;
    const typed = this.buffer;
    this.buffer = "";
    return typed;
  }
}
