import Link from "next/link";
import { AcceptInvitationForm } from "@/components/members/AcceptInvitationForm";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db/client";
import { isAppError } from "@/server/errors";
import { findPendingInvitation } from "@/server/members/accept-invitation";
import { currentSession } from "@/app/_lib/current-actor";
import { invitationPath } from "@/app/_lib/invitation-link";
import { languageParam } from "@/app/_lib/language";

export const dynamic = "force-dynamic";

/** Landing page of an invitation link: who it is for, then sign in (or up) and join. */
export default async function InvitePage({ params }: { params: Promise<{ lng: string; token: string }> }) {
  const lng = await languageParam(params);
  const { token } = await params;
  const t = getT(lng, "members");
  const invitation = await findPendingInvitation(getDb(), token).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!invitation) {
    return (
      <div className="page page--narrow">
        <h1>{t("accept.invalid")}</h1>
      </div>
    );
  }
  const session = await currentSession();
  const here = invitationPath(lng, token);
  const role = t(`roles.${invitation.role as "viewer"}`);
  return (
    <div className="page page--narrow">
      <h1>{t("accept.title", { project: invitation.project.name })}</h1>
      <p>{t("accept.text", { project: invitation.project.name, role })}</p>
      <p className="hint">{t("accept.forEmail", { email: invitation.email })}</p>
      {session ? (
        <AcceptInvitationForm token={token} />
      ) : (
        <p>
          {t("accept.signInFirst")} <Link href={`/${lng}/sign-in?next=${encodeURIComponent(here)}`}>{getT(lng, "auth")("signIn.submit")}</Link>
          {" · "}
          <Link href={`/${lng}/sign-up?next=${encodeURIComponent(here)}`}>{getT(lng, "auth")("signUp.submit")}</Link>
        </p>
      )}
    </div>
  );
}
