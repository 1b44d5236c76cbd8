"use client";

import { useEffect } from "react";
import { useAnnounce } from "@/components/ui/Announcer";

/**
 * What a navigation key says when it has nowhere to go ("no segment left to confirm"): shown as a
 * toast so the grid does not move, and said through the page's live region (not a second one).
 */
export function NavMessage({ message }: { message: { text: string; at: number } | null }) {
  const announce = useAnnounce();
  useEffect(() => {
    if (message) announce(message.text);
  }, [message, announce]);
  return (
    <p className="nav-message" data-testid="nav-message">
      {message ? <span key={message.at}>{message.text}</span> : null}
    </p>
  );
}
