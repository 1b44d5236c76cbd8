"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { TOKEN_SCOPES } from "@/core/access/permissions";
import { createApiToken, MAX_TOKEN_NAME_LENGTH } from "@/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import type { ApiTokenView } from "@/server/api-tokens/api-token-view";
import { getDb } from "@/server/db/client";
import { clientIp } from "@/app/_lib/current-actor";
import type { FormState } from "./_lib/action-result";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

const ZCreate = z.object({
  name: z.string().trim().min(1).max(MAX_TOKEN_NAME_LENGTH),
  scope: z.enum(TOKEN_SCOPES),
  expiresInDays: z.union([z.literal(""), z.coerce.number().int().min(1).max(3650)]).optional(),
});

export type CreatedApiToken = { token: ApiTokenView; secret: string };

/** Creates a personal access token; its secret is in the answer, and nowhere else, ever. */
export async function createApiTokenAction(_state: FormState<CreatedApiToken>, form: FormData): Promise<FormState<CreatedApiToken>> {
  return runAction(
    ZCreate,
    Object.fromEntries(form),
    async (data, actor) => {
      const created = await createApiToken(getDb(), {
        actor,
        name: data.name,
        scope: data.scope,
        expiresInDays: data.expiresInDays || undefined,
        ip: await clientIp(),
      });
      revalidatePath("/[lng]/account", "page");
      return created;
    },
    { invalidMessage: "Give the token a name and a scope." },
  );
}

/** Revokes one of the caller's tokens: its next request gets 401. */
export async function revokeApiTokenAction(input: { tokenId: string }) {
  return runAction(z.object({ tokenId: recordId }), input, async (data, actor) => {
    const token = await revokeApiToken(getDb(), { actor, tokenId: data.tokenId, ip: await clientIp() });
    revalidatePath("/[lng]/account", "page");
    return token;
  });
}
